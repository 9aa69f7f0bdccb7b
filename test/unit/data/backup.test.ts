import { gunzipSync } from 'node:zlib'
import { Dexie, type Table } from 'dexie'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { formatStamp } from '@shared/domain/clock'
import { customerSearchFields } from '@shared/domain/customer-search'
import { unpackCustomerFacts } from '@shared/domain/customer-report-facts'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import { db } from '@renderer/data/db'
import { loadDemoShop } from '@renderer/data/demo-shop'
import { interactionsRepository } from '@renderer/data/repositories/interactions'
import { customersRepository } from '@renderer/data/repositories/customers'
import {
  DEFAULT_BACKUPS_TO_KEEP,
  exportBeforeMigration,
  getBackupsToKeep,
  makeBackup,
  restoreBackup
} from '@renderer/data/repositories/backup'
import { inspectExportFile } from '@renderer/data/repositories/export-file'
import { exportHandOver, markHandOverExported, getHandOverStatus } from '@renderer/data/repositories/handover'
import { getDeviceId, getMeta } from '@renderer/data/repositories/meta'
import { setSetting } from '@renderer/data/repositories/settings'
import { createStaff } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { BUNDLE_TABLES } from '@renderer/data/fact-bundles-middleware'
import { LATEST_SCHEMA_VERSION } from '@renderer/data/schema'
import { complaintContent, customerContent, interactionContent, stamped } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'
import { uniqueDatabaseName, withDatabaseAt } from './migration-harness'
import { loaded, loadPc, snapshotTables } from './transfer-helpers'

useFreshDatabase()

const NOW = new Date('2026-11-24T09:00:00.000Z')
const options = { now: NOW, appVersion: '1.2.3' }
const clerk = { staffId: '' }

/** A small shop with a bit of everything: demo records, the script library, settings, edits with audit entries, tombstones. */
async function fillShop(seed = 7): Promise<void> {
  await loadDemoShop({ customerCount: 12, now: NOW, seed })
  await seedScriptLibrary(NOW)
  const manager = await createStaff({ name: '王店长', role: 'manager' }, clerk)
  await setSetting(SETTING_KEYS.shopName, '城东店', { staffId: manager.id })
  const customer = await customersRepository.create(customerContent('张伟'), { staffId: manager.id })
  await interactionsRepository.create(interactionContent(customer.id), { staffId: manager.id })
  await customersRepository.update(customer.id, { notes: '喜欢上午联系' }, { staffId: manager.id })
  const [first] = await db.customers.limit(1).toArray()
  if (first) await customersRepository.remove(first.id, { staffId: manager.id })
}

describe('makeBackup', () => {
  it('writes every synced table, tombstones included, into one gzip file with a header that says what it holds', async () => {
    await fillShop()
    const before = await snapshotTables()

    const backup = await makeBackup(options)

    const text = gunzipSync(backup.bytes).toString('utf8')
    const document = JSON.parse(text) as { readonly data: Readonly<Record<string, readonly unknown[]>> } & Record<string, unknown>
    expect(document).toMatchObject({
      format: 'frontdesk-export',
      version: 1,
      kind: 'backup',
      exportedAt: NOW.toISOString(),
      appVersion: '1.2.3',
      deviceId: await getDeviceId(),
      schemaVersion: LATEST_SCHEMA_VERSION,
      since: null
    })
    expect(Object.keys(document.data)).toEqual([...EXPORT_TABLE_NAMES])
    for (const table of EXPORT_TABLE_NAMES) {
      expect(document.data[table], table).toEqual(before[table])
      expect(backup.header.counts[table]).toBe(before[table]?.length)
    }
    expect(backup.header.counts.phraseHits).toBeGreaterThan(0)
    expect(backup.header.counts.auditLog).toBeGreaterThan(0)
    expect(text.split('\n').length).toBeGreaterThan(backup.header.counts.customers)
    expect(backup.fileName).toMatch(/^frontdesk-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.gz$/)
  })
})

describe('restoreBackup', () => {
  it('gives back exactly what was backed up, into an empty database', async () => {
    await fillShop()
    const before = await snapshotTables()
    const backup = await makeBackup(options)
    await loadPc(null)

    const result = await restoreBackup(await loaded(backup.bytes))

    expect(await snapshotTables()).toEqual(before)
    expect(result.counts.customers).toBe(before.customers?.length)
  })

  it('replaces everything the database held, and nothing of the old data stays', async () => {
    await fillShop(1)
    const backup = await makeBackup(options)
    const before = await snapshotTables()
    await loadPc(null)
    await fillShop(2)

    await restoreBackup(await loaded(backup.bytes))

    expect(await snapshotTables()).toEqual(before)
  })

  it('builds the reports’ fact bundles once, just as the records’ own writes had, over a database that held other data', async () => {
    const bundles = async () => Object.fromEntries(await Promise.all(BUNDLE_TABLES.map(async (table) => [table, await db.table(table).toArray()] as const)))
    await fillShop(1)
    const [someone] = await db.customers.limit(1).toArray()
    await db.complaints.bulkPut([stamped(complaintContent(someone?.id ?? ''), 'k1'), stamped(complaintContent(someone?.id ?? '', { receivedAt: '2026-10-02T02:00:00.000Z' }), 'k2')])
    const backup = await makeBackup(options)
    const before = await bundles()
    expect(Object.values(before).map((rows) => rows.length > 0)).toEqual(BUNDLE_TABLES.map(() => true))
    await loadPc(null)
    await fillShop(2)

    await restoreBackup(await loaded(backup.bytes))

    expect(await bundles()).toEqual(before)
    // Writes after the restore are bundled as ever.
    const [customer] = await db.customers.limit(1).toArray()
    if (customer === undefined) throw new Error('the demo shop has customers')
    await customersRepository.update(customer.id, { tier: customer.tier === 'A' ? 'B' : 'A' }, clerk)
    expect(unpackCustomerFacts(await db.customerReportFacts.toArray()).find((fact) => fact.id === customer.id)?.tier).not.toBe(customer.tier)
  })

  it('is exact for any shop: backup, wipe, restore (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), async (seed, deletions) => {
        await loadPc(null)
        await loadDemoShop({ customerCount: 6, now: NOW, seed })
        for (const customer of await db.customers.limit(deletions).toArray()) await customersRepository.remove(customer.id, clerk)
        const before = await snapshotTables()
        const backup = await makeBackup(options)
        await loadPc(null)
        await restoreBackup(await loaded(backup.bytes))
        expect(await snapshotTables()).toEqual(before)
      }),
      { numRuns: 8 }
    )
  })

  it('keeps this PC’s device id, and moves its clock past the backup’s', async () => {
    await fillShop()
    const backup = await makeBackup(options)
    const otherPcDevice = await getDeviceId()
    await loadPc(null)
    const ownDevice = await getDeviceId()
    expect(ownDevice).not.toBe(otherPcDevice)

    await restoreBackup(await loaded(backup.bytes))

    expect(await getDeviceId()).toBe(ownDevice)
    const clock = await getMeta('clock')
    expect(clock && formatStamp(clock, ownDevice) > backup.header.clock).toBe(true)
    const [customer] = await db.customers.limit(1).toArray()
    expect(customer?.deviceId).toBe(otherPcDevice)
    const edited = customer && (await customersRepository.update(customer.id, { notes: '恢复后修改' }, clerk))
    expect(edited && edited.clock > backup.header.clock).toBe(true)
  })

  it('forgets the hand-over watermarks: the next packet holds everything', async () => {
    await fillShop()
    const backup = await makeBackup(options)
    const packet = await exportHandOver({ ...options, scope: 'since-last' })
    await markHandOverExported(packet.header)
    expect((await getHandOverStatus()).lastExport).not.toBeNull()

    await restoreBackup(await loaded(backup.bytes))

    expect((await getHandOverStatus()).lastExport).toBeNull()
    const next = await exportHandOver({ ...options, scope: 'since-last' })
    expect(next.header.since).toBeNull()
    expect(next.header.counts.customers).toBe(backup.header.counts.customers)
  })

  it('changes nothing when it fails half way: the old data is all still there', async () => {
    await fillShop(1)
    const backup = await makeBackup(options)
    await loadPc(null)
    await fillShop(2)
    const before = await snapshotTables()
    const file = await loaded(backup.bytes)

    // The disk fills up when the interactions are written: customers and staff are already in.
    const bulkPut = db.Table.prototype.bulkPut
    const failing = vi.spyOn(db.Table.prototype, 'bulkPut').mockImplementation(function (this: Table, ...args) {
      return this.name === 'interactions' ? Dexie.Promise.reject(new Error('disk full')) : Reflect.apply(bulkPut, this, args)
    })
    await expect(restoreBackup(file)).rejects.toThrow('disk full')
    failing.mockRestore()

    expect(await snapshotTables()).toEqual(before)
  })

  it('refuses a hand-over packet: it holds only changes, and restoring it would drop the rest', async () => {
    await fillShop()
    const packet = await exportHandOver({ ...options, scope: 'everything' })
    await expect(restoreBackup(await loaded(packet.bytes))).rejects.toThrow(RangeError)
  })

  it('brings a backup of an older schema up to date, as the upgrade did to the database', async () => {
    await fillShop()
    const backup = await makeBackup(options)
    const text = gunzipSync(backup.bytes).toString('utf8')
    // The same backup as schema version 1 wrote it: customers without sortName, search keys of the time.
    const lines = text.split('\n').map((line, index) => {
      if (index === 0) return line.replace(`"schemaVersion":${LATEST_SCHEMA_VERSION}`, '"schemaVersion":1')
      if (!line.startsWith('{"name"') || !line.includes('"sortName"')) return line
      const record = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Record<string, unknown>
      const { sortName: _sortName, ...old } = record
      return JSON.stringify({ ...old, searchKeys: ['old'] }) + (line.endsWith(',') ? ',' : '')
    })
    await loadPc(null)

    await restoreBackup(await loaded(lines.join('\n')))

    const customers = await db.customers.toArray()
    expect(customers.length).toBe(backup.header.counts.customers)
    for (const customer of customers) expect(customer).toMatchObject(customerSearchFields(customer))
  })
})

describe('checking a file before anything is written', () => {
  it('refuses a file cut short inside its compressed data, and says how far it reads', async () => {
    await fillShop()
    const backup = await makeBackup(options)
    const cut = backup.bytes.subarray(0, Math.floor(backup.bytes.length * 0.6))

    const inspection = await inspectExportFile(new Blob([new Uint8Array(cut)]))

    expect(inspection).toMatchObject({ ok: false, problem: { kind: 'damaged-compression' } })
    if (inspection.ok || inspection.problem.kind !== 'damaged-compression') throw new Error('expected damaged compression')
    expect(inspection.problem.table).not.toBeNull()
  })

  it('refuses compressed data that does not check out', async () => {
    await fillShop()
    const backup = await makeBackup(options)
    const damaged = backup.bytes.slice()
    damaged[damaged.length - 6] = (damaged[damaged.length - 6] ?? 0) ^ 0xff

    expect(await inspectExportFile(new Blob([damaged]))).toMatchObject({ ok: false, problem: { kind: 'damaged-compression' } })
  })
})

describe('automatic backups’ settings', () => {
  it('keeps 10 unless the manager chose another number between 1 and 100', async () => {
    expect(await getBackupsToKeep()).toBe(DEFAULT_BACKUPS_TO_KEEP)
    await setSetting(SETTING_KEYS.backupsToKeep, 30, clerk)
    expect(await getBackupsToKeep()).toBe(30)
    await setSetting(SETTING_KEYS.backupsToKeep, 0, clerk)
    expect(await getBackupsToKeep()).toBe(DEFAULT_BACKUPS_TO_KEEP)
  })
})

describe('exportBeforeMigration', () => {
  it('backs up a database of an older schema as it is, before anything upgrades it', async () => {
    const name = uniqueDatabaseName('before-migration')
    const customer = {
      ...customerContent('李娜'),
      searchKeys: ['李娜'],
      phoneDigits: ['13812345678'],
      id: '01JCUSTOMER00000000000000',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: '',
      deviceId: 'old-pc',
      clock: formatStamp({ millis: Date.parse('2025-01-01T00:00:00.000Z'), counter: 0 }, 'old-pc'),
      fieldClocks: {},
      deletedAt: null
    }
    await withDatabaseAt(name, 1, async (old) => {
      await old.table('customers').put(customer)
      await old.meta.put({ key: 'deviceId', value: 'old-pc' })
      await old.settings.put({ ...customer, id: SETTING_KEYS.backupsToKeep, value: 3 })
    })
    try {
      const backup = await exportBeforeMigration(options, name)

      expect(backup?.header).toMatchObject({ schemaVersion: 1, deviceId: 'old-pc', counts: { customers: 1, phraseHits: 0, settings: 1 } })
      expect(backup?.backupsToKeep).toBe(3)
      expect(await withDatabaseAt(name, 1, async (old) => old.verno)).toBe(1)
      // Restored into today's schema, the customer gets the search fields version 2 added.
      await restoreBackup(await loaded(backup?.bytes ?? new Uint8Array()))
      expect(await db.customers.get(customer.id)).toMatchObject({ name: '李娜', sortName: customerSearchFields(customer).sortName })
    } finally {
      await Dexie.delete(name)
    }
  })

  it('does nothing for a database that does not exist yet, or is already current', async () => {
    expect(await exportBeforeMigration(options, uniqueDatabaseName('none'))).toBeNull()
    await fillShop()
    db.close()
    expect(await exportBeforeMigration(options)).toBeNull()
    await db.open()
  })
})
