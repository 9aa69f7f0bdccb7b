import { useLiveQuery } from 'dexie-react-hooks'
import type { TableCounts } from '@shared/export-format/tables'
import { describeDatabase, getBackupsToKeep } from '../repositories/backup'
import { getHandOverStatus, type HandOverStatus } from '../repositories/handover'

/** This PC's last hand-over packet and the PCs it merged from; undefined while loading. */
export const useHandOverStatus = (): HandOverStatus | undefined => useLiveQuery(getHandOverStatus, [])

/** How many automatic backups to keep (a shop-wide setting); undefined while loading. */
export const useBackupsToKeep = (): number | undefined => useLiveQuery(getBackupsToKeep, [])

/** Records per table on this PC (counted through the keys, not read), kept current; undefined while loading. */
export const useDatabaseCounts = (): TableCounts | undefined => useLiveQuery(async () => (await describeDatabase()).counts, [])
