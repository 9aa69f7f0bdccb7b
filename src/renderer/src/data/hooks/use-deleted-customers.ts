import { useLiveQuery } from 'dexie-react-hooks'
import type { Customer } from '@shared/domain/customer'
import { listDeletedCustomers } from '../repositories/customer-trash'

/** Deleted customers, newest deletion first (merged ones left out); undefined while loading. */
export const useDeletedCustomers = (): readonly Customer[] | undefined => useLiveQuery(() => listDeletedCustomers(), [])
