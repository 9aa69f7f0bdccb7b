/**
 * Hand-over watermarks, kept in the local-only meta table (never exported, never merged):
 *
 * - per peer device, the newest clock stamp of that device's this PC has merged
 *   (`handover:peer:<deviceId>`): what a conflict is measured against, and what this PC's
 *   own exports declare in their header's `seen`;
 * - the clock stamp of this PC's last hand-over packet (`handover:exported`): the next
 *   packet holds the changes after it.
 *
 * Call these inside a transaction that includes db.meta.
 */
import { isClockStamp, isInstant, isPlainObject } from '@shared/export-format/envelope'
import { db } from '../db'

const PEER_PREFIX = 'handover:peer:'
const EXPORTED_KEY = 'handover:exported'

export interface PeerWatermark {
  readonly deviceId: string
  /** The newest stamp of this device's that this PC holds. */
  readonly seen: string
  /** When this PC last merged a file that moved the watermark on (ISO instant). */
  readonly mergedAt: string
}

export interface ExportWatermark {
  /** This PC's clock stamp when it made its last hand-over packet. */
  readonly clock: string
  readonly at: string
}

function asPeer(deviceId: string, value: unknown): PeerWatermark | null {
  if (!isPlainObject(value) || !isClockStamp(value.seen) || !isInstant(value.mergedAt)) return null
  return { deviceId, seen: value.seen, mergedAt: value.mergedAt }
}

/** Every peer this PC has merged from, the most recent first. */
export async function listPeerWatermarks(): Promise<readonly PeerWatermark[]> {
  const rows = await db.meta.where('key').startsWith(PEER_PREFIX).toArray()
  return rows
    .flatMap((row) => asPeer(row.key.slice(PEER_PREFIX.length), row.value) ?? [])
    .sort((a, b) => (a.mergedAt < b.mergedAt ? 1 : -1))
}

/** What this PC has merged, per device, with its own device at `ownClock`: an export's `seen`, a merge's local knowledge. */
export async function seenByThisPc(ownDeviceId: string, ownClock: string): Promise<Readonly<Record<string, string>>> {
  const seen: Record<string, string> = {}
  for (const peer of await listPeerWatermarks()) seen[peer.deviceId] = peer.seen
  seen[ownDeviceId] = ownClock
  return seen
}

/**
 * Moves each device's watermark on to the stamp given, where that is newer; this PC's own
 * device is skipped (its clock is its watermark). Returns whether anything moved.
 */
export async function advancePeerWatermarks(
  stamps: Readonly<Record<string, string>>,
  ownDeviceId: string,
  at: string
): Promise<boolean> {
  let moved = false
  for (const [deviceId, stamp] of Object.entries(stamps)) {
    if (deviceId === ownDeviceId) continue
    const key = `${PEER_PREFIX}${deviceId}`
    const current = asPeer(deviceId, (await db.meta.get(key))?.value)
    if (current !== null && current.seen >= stamp) continue
    await db.meta.put({ key, value: { seen: stamp, mergedAt: at } })
    moved = true
  }
  return moved
}

export async function getExportWatermark(): Promise<ExportWatermark | null> {
  const value = (await db.meta.get(EXPORTED_KEY))?.value
  return isPlainObject(value) && isClockStamp(value.clock) && isInstant(value.at) ? { clock: value.clock, at: value.at } : null
}

/** After a packet was saved: the next one starts where it ended. Never moves back. */
export async function setExportWatermark(watermark: ExportWatermark): Promise<void> {
  const current = await getExportWatermark()
  if (current !== null && current.clock >= watermark.clock) return
  await db.meta.put({ key: EXPORTED_KEY, value: watermark })
}

/**
 * Forgets every hand-over: after a restore the data is the backup's, not what was handed
 * over, so the next packet holds everything and every difference is checked again.
 */
export async function clearHandOverWatermarks(): Promise<void> {
  await db.meta.where('key').startsWith(PEER_PREFIX).delete()
  await db.meta.delete(EXPORTED_KEY)
}
