import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { unpackComplaintFact } from '@shared/domain/complaint-month-facts'
import { SERIES_BUNDLE, unpackCareTaskFacts } from '@shared/domain/care-task-month-facts'
import { unpackCustomerFacts } from '@shared/domain/customer-report-facts'
import { unpackPurchaseFacts } from '@shared/domain/purchase-month-facts'
import { openComplaintsByCustomer } from '@shared/domain/open-complaint-facts'
import { factBucketOf } from '@shared/domain/fact-bundles'
import { customerSearchFields } from '@shared/domain/customer-search'
import { LATEST_SCHEMA_VERSION, schemaVersions } from '@renderer/data/schema'
import { careTaskContent, complaintContent, interactionContent, stamped } from '../shared/customer-record-content'
import { makeCustomer } from '../shared/customer-fixtures'
import { migrate, uniqueDatabaseName, withDatabaseAt } from './migration-harness'

/**
 * Version 1 as shipped. A shipped version is never edited: if this test fails because
 * an index was added here, add a version 2 instead.
 */
const VERSION_1: Readonly<Record<string, { readonly primaryKey: string; readonly indexes: readonly string[] }>> = {
  customers: {
    primaryKey: 'id',
    indexes: ['name', 'tier', 'personality', 'stage', 'ownerId', 'createdAt', 'updatedAt', 'lastContactAt', 'deletedAt', 'mergedInto', 'searchKeys', 'phoneDigits', 'tags']
  },
  ownedProducts: { primaryKey: 'id', indexes: ['customerId', 'serial', 'warrantyEnd', 'updatedAt', 'deletedAt'] },
  interactions: {
    primaryKey: 'id',
    indexes: ['customerId', '[customerId+occurredAt]', 'occurredAt', '[kind+occurredAt]', 'kind', 'staffId', 'taskId', 'complaintId', 'updatedAt', 'deletedAt']
  },
  complaints: {
    primaryKey: 'id',
    indexes: ['number', 'customerId', 'status', 'severity', 'category', 'handlerId', 'receivedAt', 'resolvedAt', 'followUpDate', 'updatedAt', 'deletedAt']
  },
  careTasks: {
    primaryKey: 'id',
    indexes: ['customerId', '[staffId+startAt]', 'startAt', '[status+startAt]', 'status', 'occasionKey', 'complaintId', 'updatedAt', 'deletedAt']
  },
  careDecisions: { primaryKey: 'id', indexes: ['occasionKey', 'customerId', 'updatedAt', 'deletedAt'] },
  scripts: { primaryKey: 'id', indexes: ['kind', 'locale', 'step', 'category', 'personality', 'updatedAt', 'deletedAt'] },
  staff: { primaryKey: 'id', indexes: ['name', 'updatedAt', 'deletedAt'] },
  settings: { primaryKey: 'id', indexes: ['updatedAt', 'deletedAt'] },
  auditLog: { primaryKey: 'id', indexes: ['recordId', '[recordId+at]', 'at', 'table', 'staffId', 'updatedAt', 'deletedAt'] },
  meta: { primaryKey: 'key', indexes: [] }
}

const MULTI_ENTRY = new Set(['customers.searchKeys', 'customers.phoneDigits', 'customers.tags'])

describe('schema versions', () => {
  it('start at 1 and only go up', () => {
    const versions = schemaVersions.map((entry) => entry.version)
    expect(versions[0]).toBe(1)
    versions.slice(1).forEach((version, index) => expect(version).toBeGreaterThan(versions[index] ?? Infinity))
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1])
  })

  it('refuses to "migrate" to version 1, which has no version before it', async () => {
    await expect(migrate({ toVersion: 1, writeOldRows: async () => {}, readMigrated: async () => null })).rejects.toThrow(RangeError)
  })
})

interface StoreShape {
  readonly name: string
  readonly keyPath: string | string[] | null
  readonly indexes: readonly string[]
  readonly multiEntry: readonly string[]
  readonly count: number
}

/** The stores and indexes IndexedDB itself holds for a fresh database opened at `version`. */
async function freshShape(version: number): Promise<readonly StoreShape[]> {
  const name = uniqueDatabaseName(`v${version}-shape`)
  const shape = await withDatabaseAt(name, version, async (db) => {
    const idb = db.backendDB()
    const storeNames = [...idb.objectStoreNames]
    const transaction = idb.transaction(storeNames, 'readonly')
    const stores = storeNames.map((storeName) => {
      const store = transaction.objectStore(storeName)
      const indexes = [...store.indexNames].map((indexName) => store.index(indexName))
      return {
        name: storeName,
        keyPath: store.keyPath,
        indexes: indexes.map((index) => index.name).sort(),
        multiEntry: indexes.filter((index) => index.multiEntry).map((index) => `${storeName}.${index.name}`),
        count: db.table(storeName).count()
      }
    })
    return Promise.all(stores.map(async (store) => ({ ...store, count: await store.count })))
  })
  await Dexie.delete(name)
  return shape
}

function expectShape(shape: readonly StoreShape[], expected: typeof VERSION_1): void {
  expect(shape.map((store) => store.name).sort()).toEqual(Object.keys(expected).sort())
  for (const store of shape) {
    const expectedStore = expected[store.name]
    expect(store.keyPath).toBe(expectedStore?.primaryKey)
    expect(store.indexes).toEqual([...(expectedStore?.indexes ?? [])].sort())
    expect(store.count).toBe(0)
  }
  expect(shape.flatMap((store) => store.multiEntry).sort()).toEqual([...MULTI_ENTRY].sort())
}

describe('version 1', () => {
  it('opens empty with every table and index in IndexedDB itself', async () => {
    expectShape(await freshShape(1), VERSION_1)
  })

  it('keeps what was written across close and reopen', async () => {
    const name = uniqueDatabaseName('v1-reopen')
    await withDatabaseAt(name, 1, async (db) => {
      await db.meta.put({ key: 'deviceId', value: 'device-1' })
      await db.table('staff').put({ id: 's1', name: '王芳', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null })
    })
    const read = await withDatabaseAt(name, 1, async (db) => ({
      meta: await db.meta.get('deviceId'),
      staff: await db.staff.where('name').equals('王芳').toArray()
    }))
    await Dexie.delete(name)
    expect(read.meta?.value).toBe('device-1')
    expect(read.staff.map((member) => member.id)).toEqual(['s1'])
  })
})

const VERSION_2: typeof VERSION_1 = {
  ...VERSION_1,
  customers: { primaryKey: 'id', indexes: [...(VERSION_1.customers?.indexes ?? []), 'sortName'] }
}

/** A customer as version 1 stored it: search keys without pinyin, phone tails of four digits or more, no sortName. */
function version1Customer(id: string, name: string, mobile: string): Readonly<Record<string, unknown>> {
  const stamp = '1735689600000-0000-device-1'
  return {
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    updatedBy: 'staff-1',
    deviceId: 'device-1',
    clock: stamp,
    fieldClocks: { name: stamp, searchKeys: stamp },
    deletedAt: null,
    name,
    kind: 'person',
    company: '',
    phones: [{ raw: mobile, normalized: mobile, kind: 'mobile' }],
    address: '',
    preferredChannel: 'phone',
    contactConsent: true,
    importantDates: [],
    tier: 'B',
    tierHistory: [],
    stage: 'current',
    relationship: 'relationship',
    personality: 'unknown',
    ownerId: null,
    tags: ['老客户'],
    notes: '',
    lastContactAt: null,
    searchKeys: [name, '老客户'],
    phoneDigits: [mobile, mobile.slice(-4)],
    mergedInto: null
  }
}

describe('version 2', () => {
  it('adds the sortName index to customers and leaves every other table as it was', async () => {
    expectShape(await freshShape(2), VERSION_2)
  })

  it('recomputes every customer’s search fields, and nothing else', async () => {
    const rows = [version1Customer('c1', '曾小贤', '13812345678'), version1Customer('c2', '张伟', '13900001111')]
    const migrated = await migrate({
      toVersion: 2,
      writeOldRows: async (db) => {
        await db.table('customers').bulkPut(rows)
        await db.meta.put({ key: 'clock', value: { millis: 1, counter: 0 } })
      },
      readMigrated: async (db) => ({
        customers: await db.customers.orderBy('id').toArray(),
        byPinyin: await db.customers.where('searchKeys').startsWith('zengxiao').primaryKeys(),
        byInitials: await db.customers.where('searchKeys').equals('zw').primaryKeys(),
        byThreeDigits: await db.customers.where('phoneDigits').equals('111').primaryKeys(),
        byName: await db.customers.orderBy('sortName').primaryKeys(),
        audit: await db.auditLog.count(),
        clock: await db.meta.get('clock')
      })
    })

    expect(migrated.byPinyin).toEqual(['c1'])
    expect(migrated.byInitials).toEqual(['c2'])
    expect(migrated.byThreeDigits).toEqual(['c2'])
    expect(migrated.byName).toEqual(['c1', 'c2']) // zeng before zhang
    migrated.customers.forEach((customer, index) => {
      const { searchKeys, phoneDigits, sortName, ...rest } = customer
      const { searchKeys: _oldKeys, phoneDigits: _oldDigits, ...before } = rows[index] ?? {}
      expect(rest).toEqual(before)
      expect({ searchKeys, phoneDigits, sortName }).toEqual(customerSearchFields(customer))
    })
    expect(migrated.audit).toBe(0)
    expect(migrated.clock?.value).toEqual({ millis: 1, counter: 0 })
  })
})

const VERSION_3: typeof VERSION_1 = {
  ...VERSION_2,
  phraseHits: { primaryKey: 'id', indexes: ['[complaintId+field]', 'complaintId', 'ruleId', 'staffId', 'at', 'updatedAt', 'deletedAt'] }
}

/** Stamped metadata as version 2 stored it. */
function version2Meta(id: string): Readonly<Record<string, unknown>> {
  const stamp = '1735689600000-0000-device-1'
  return {
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    updatedBy: 'staff-1',
    deviceId: 'device-1',
    clock: stamp,
    fieldClocks: {},
    deletedAt: null
  }
}

describe('version 3', () => {
  it('adds the phraseHits table and leaves every other table as it was', async () => {
    expectShape(await freshShape(3), VERSION_3)
  })

  it('keeps every version 2 record as it was, and the new table takes hits', async () => {
    const customer = { ...version1Customer('c1', '曾小贤', '13812345678'), sortName: 'zeng xiao xian' }
    const complaint = {
      ...version2Meta('k1'),
      number: 'TS-20250102-0001-ABCD',
      customerId: 'c1',
      status: 'new',
      notes: '上次店员说“这是公司的规定”',
      dismissedFlags: [{ ruleId: 'seed-never-say.company-policy.zh-CN', text: '这是公司的规定', by: 'staff-1' }]
    }
    const staff = { ...version2Meta('staff-1'), name: '王芳', role: 'clerk', active: true }
    const audit = { ...version2Meta('a1'), at: '2025-01-02T00:00:00.000Z', staffId: 'staff-1', table: 'complaints', recordId: 'k1', action: 'create', changedFields: ['notes'] }
    const hit = {
      ...version2Meta('h1'),
      complaintId: 'k1',
      field: 'notes',
      ruleId: 'seed-never-say.company-policy.zh-CN',
      staffId: 'staff-1',
      at: '2025-01-02T00:00:00.000Z'
    }

    const migrated = await migrate({
      toVersion: 3,
      writeOldRows: async (db) => {
        await db.table('customers').put(customer)
        await db.table('complaints').put(complaint)
        await db.table('staff').put(staff)
        await db.table('auditLog').put(audit)
        await db.meta.put({ key: 'clock', value: { millis: 1, counter: 0 } })
      },
      readMigrated: async (db) => {
        const before = {
          customers: await db.customers.toArray(),
          complaints: await db.complaints.toArray(),
          staff: await db.staff.toArray(),
          audit: await db.auditLog.toArray(),
          clock: await db.meta.get('clock'),
          hitsAtFirst: await db.phraseHits.count()
        }
        await db.table('phraseHits').add(hit)
        return {
          ...before,
          byField: await db.phraseHits.where('[complaintId+field]').equals(['k1', 'notes']).primaryKeys(),
          byStaff: await db.phraseHits.where('staffId').equals('staff-1').primaryKeys(),
          byTime: await db.phraseHits.where('at').aboveOrEqual('2025-01-01').primaryKeys()
        }
      }
    })

    expect(migrated.customers).toEqual([customer])
    expect(migrated.complaints).toEqual([complaint])
    expect(migrated.staff).toEqual([staff])
    expect(migrated.audit).toEqual([audit])
    expect(migrated.clock?.value).toEqual({ millis: 1, counter: 0 })
    expect(migrated.hitsAtFirst).toBe(0)
    expect(migrated.byField).toEqual(['h1'])
    expect(migrated.byStaff).toEqual(['h1'])
    expect(migrated.byTime).toEqual(['h1'])
  })
})

const VERSION_4: typeof VERSION_1 = {
  ...VERSION_3,
  complaintMonthFacts: { primaryKey: 'month', indexes: [] }
}

describe('version 4', () => {
  it('adds the complaints’ monthly report facts and leaves every other table as it was', async () => {
    expectShape(await freshShape(4), VERSION_4)
  })

  it('bundles the complaints already stored by the month they came in, and changes no complaint', async () => {
    const complaints = [
      stamped(complaintContent('c1', { receivedAt: '2025-01-31T23:59:59.999Z', category: '门店自定义', severity: 'serious' }), 'k1'),
      stamped(complaintContent('c1', { receivedAt: '2025-02-01T00:00:00.000Z', status: 'closed', satisfaction: { score: 4, comment: '好', givenBy: 'clerk' } }), 'k2'),
      stamped(complaintContent('c2', { receivedAt: '2025-02-14T08:00:00.000Z' }), 'k3', '2025-02-14T08:00:00.000Z', '2025-02-15T00:00:00.000Z')
    ]
    const migrated = await migrate({
      toVersion: 4,
      writeOldRows: async (db) => {
        await db.table('complaints').bulkPut(complaints)
      },
      readMigrated: async (db) => ({ complaints: await db.complaints.toArray(), bundles: await db.complaintMonthFacts.toArray() })
    })
    expect(migrated.complaints).toEqual(complaints)
    expect(migrated.bundles.map((bundle) => ({ month: bundle.month, facts: Object.fromEntries(Object.entries(bundle.facts).map(([id, fact]) => [id, unpackComplaintFact(id, fact)])) }))).toEqual([
      { month: '2025-01', facts: { k1: expect.objectContaining({ category: '门店自定义', severity: 'serious', deletedAt: null }) } },
      {
        month: '2025-02',
        facts: {
          k2: expect.objectContaining({ status: 'closed', satisfaction: { score: 4, comment: '好', givenBy: 'clerk' } }),
          k3: expect.objectContaining({ deletedAt: '2025-02-15T00:00:00.000Z' })
        }
      }
    ])
  })
})

const VERSION_5: typeof VERSION_1 = {
  ...VERSION_4,
  customerReportFacts: { primaryKey: 'bucket', indexes: [] },
  careTaskMonthFacts: { primaryKey: 'month', indexes: [] },
  purchaseMonthFacts: { primaryKey: 'month', indexes: [] }
}

describe('version 5', () => {
  it('adds the customers’ and care tasks’ report fact bundles and leaves every other table as it was', async () => {
    expectShape(await freshShape(5), VERSION_5)
  })

  it('buckets the current customers already stored, leaves deleted and merged ones out, and changes no customer', async () => {
    const customers = [
      makeCustomer({ id: 'p1', tier: 'A', personality: 'peaceful', ownerId: 's1', lastContactAt: '2025-03-01T02:00:00.000Z' }),
      makeCustomer({ id: 'p2', tier: 'C', ownerId: null, lastContactAt: null }),
      makeCustomer({ id: 'p3', deletedAt: '2025-02-01T00:00:00.000Z' }),
      makeCustomer({ id: 'p4', mergedInto: 'p1' })
    ]
    const migrated = await migrate({
      toVersion: 5,
      writeOldRows: async (db) => {
        await db.table('customers').bulkPut(customers)
      },
      readMigrated: async (db) => ({ customers: await db.customers.toArray(), buckets: await db.customerReportFacts.toArray() })
    })
    expect(migrated.customers).toEqual(customers)
    const reported = unpackCustomerFacts(migrated.buckets).sort((a, b) => a.id.localeCompare(b.id))
    expect(reported).toEqual(
      customers.slice(0, 2).map(({ id, tier, personality, ownerId, lastContactAt, createdAt }) => ({ id, tier, personality, ownerId, lastContactAt, createdAt }))
    )
    expect(migrated.buckets.map((bucket) => bucket.bucket).sort()).toEqual([...new Set(['p1', 'p2'].map(factBucketOf))].sort())
  })

  it('bundles the live care tasks by start month, and the repeating series with their exceptions apart, with when each was marked done', async () => {
    const doneStamp = '1741312800000-0000-device-1' // 2025-03-07T02:00:00.000Z
    const tasks = [
      { ...stamped(careTaskContent('c1', { startAt: '2025-03-05T02:00:00.000Z', status: 'done' }), 't1'), fieldClocks: { status: doneStamp } },
      stamped(careTaskContent('c1', { startAt: '2025-04-01T02:00:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: null } }), 'series'),
      stamped(careTaskContent('c1', { startAt: '2025-04-09T02:00:00.000Z', occasionKey: 'series:series:2025-04-08' }), 'moved'),
      stamped(careTaskContent('c1', { startAt: '2025-03-20T02:00:00.000Z' }), 'gone', '2025-03-01T02:00:00.000Z', '2025-03-02T00:00:00.000Z')
    ]
    const migrated = await migrate({
      toVersion: 5,
      writeOldRows: async (db) => {
        await db.table('careTasks').bulkPut(tasks)
      },
      readMigrated: async (db) => ({ tasks: await db.careTasks.toArray(), bundles: await db.careTaskMonthFacts.toArray() })
    })
    expect(migrated.tasks).toEqual(expect.arrayContaining(tasks))
    expect(migrated.bundles.map((bundle) => [bundle.month, unpackCareTaskFacts([bundle]).map((task) => [task.id, task.doneAt])])).toEqual([
      ['2025-03', [['t1', '2025-03-07T02:00:00.000Z']]],
      [SERIES_BUNDLE, [['moved', null], ['series', null]]]
    ])
  })

  it('opens a version 1 database at the latest version in one go, every bundle in step with what it holds', async () => {
    const name = uniqueDatabaseName('v1-to-latest')
    try {
      await withDatabaseAt(name, 1, async (db) => {
        await db.table('customers').bulkPut([version1Customer('p1', '张伟', '13800138000'), version1Customer('p2', '王芳', '13900139000')])
        await db.table('complaints').put(stamped(complaintContent('p1'), 'k1'))
        await db.table('careTasks').put(stamped(careTaskContent('p1'), 't1'))
        await db.table('interactions').put(stamped(interactionContent('p1', { kind: 'purchase', amount: 380 }), 'x1'))
      })
      const sizes = await withDatabaseAt(name, LATEST_SCHEMA_VERSION, async (db) => ({
        customers: unpackCustomerFacts(await db.customerReportFacts.toArray()).map((customer) => customer.id).sort(),
        complaints: (await db.complaintMonthFacts.toArray()).flatMap((bundle) => Object.keys(bundle.facts)),
        tasks: unpackCareTaskFacts(await db.careTaskMonthFacts.toArray()).map((task) => task.id),
        purchases: unpackPurchaseFacts(await db.purchaseMonthFacts.toArray(), { start: '2025-01-01', end: '2026-01-01' }).map((purchase) => purchase.amount),
        open: [...openComplaintsByCustomer(await db.openComplaintFacts.toArray())]
      }))
      expect(sizes).toEqual({ customers: ['p1', 'p2'], complaints: ['k1'], tasks: ['t1'], purchases: [380], open: [['p1', 1]] })
    } finally {
      await Dexie.delete(name)
    }
  })
})

const VERSION_6: typeof VERSION_1 = {
  ...VERSION_5,
  auditLog: { primaryKey: 'id', indexes: ['recordId', 'updatedAt', 'deletedAt'] },
  openComplaintFacts: { primaryKey: 'bucket', indexes: [] }
}

describe('version 6', () => {
  it('adds the open complaints’ buckets, keeps only the audit log’s read indexes, and leaves every other table as it was', async () => {
    expectShape(await freshShape(6), VERSION_6)
  })

  it('buckets the live complaints not yet closed by complaint id, each with its customer, and changes no complaint', async () => {
    const complaints = [
      stamped(complaintContent('p1', { status: 'new' }), 'k1'),
      stamped(complaintContent('p1', { status: 'resolved' }), 'k2'),
      stamped(complaintContent('p2', { status: 'in-progress' }), 'k3'),
      stamped(complaintContent('p2', { status: 'closed' }), 'k4'),
      stamped(complaintContent('p3', { status: 'new' }), 'k5', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')
    ]
    const migrated = await migrate({
      toVersion: 6,
      writeOldRows: async (db) => {
        await db.table('complaints').bulkPut(complaints)
      },
      readMigrated: async (db) => ({ complaints: await db.complaints.toArray(), buckets: await db.openComplaintFacts.toArray() })
    })
    expect(migrated.complaints).toEqual(complaints)
    expect(openComplaintsByCustomer(migrated.buckets)).toEqual(new Map([['p1', 2], ['p2', 1]]))
    expect(migrated.buckets.map((bucket) => bucket.bucket).sort()).toEqual([...new Set(['k1', 'k2', 'k3'].map(factBucketOf))].sort())
  })
})
