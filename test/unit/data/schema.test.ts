import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, schemaVersions } from '@renderer/data/schema'
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

describe('version 1', () => {
  it('opens empty with every table and index in IndexedDB itself', async () => {
    const name = uniqueDatabaseName('v1-shape')
    const shape = await withDatabaseAt(name, 1, async (db) => {
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

    expect(shape.map((store) => store.name).sort()).toEqual(Object.keys(VERSION_1).sort())
    for (const store of shape) {
      const expected = VERSION_1[store.name]
      expect(store.keyPath).toBe(expected?.primaryKey)
      expect(store.indexes).toEqual([...(expected?.indexes ?? [])].sort())
      expect(store.count).toBe(0)
    }
    expect(shape.flatMap((store) => store.multiEntry).sort()).toEqual([...MULTI_ENTRY].sort())
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
