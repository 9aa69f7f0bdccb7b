import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseStamp } from '@shared/domain/clock'
import type { RecordContent } from '@shared/domain/record'
import type { ScriptPhrase } from '@shared/domain/script'
import { db } from '@renderer/data/db'
import { createRecord, RecordNotFoundError, removeRecord, restoreRecord, reviseRecord } from '@renderer/data/records'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { getDeviceId, getMeta } from '@renderer/data/repositories/meta'
import { scriptsRepository } from '@renderer/data/repositories/scripts'
import { setWallClock, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/

const phrase = (text = '您好，请问有什么可以帮您？'): RecordContent<ScriptPhrase> => ({
  kind: 'say',
  locale: 'zh-CN',
  text,
  step: 'listen',
  category: '',
  personality: '',
  why: '',
  better: '',
  variants: ['您好'],
  exceptions: [],
  retired: false
})

const CONTENT_FIELDS = Object.keys(phrase()).sort()

describe('create', () => {
  it('stamps id, times, author, device, clock and a field clock for every content field', async () => {
    setWallClock('2025-03-01T08:00:00.000Z')
    const created = await scriptsRepository.create(phrase(), clerk)
    const deviceId = await getDeviceId()

    expect(created.id).toMatch(ULID)
    expect(created.createdAt).toBe('2025-03-01T08:00:00.000Z')
    expect(created.updatedAt).toBe(created.createdAt)
    expect(created.updatedBy).toBe('clerk-1')
    expect(created.deviceId).toBe(deviceId)
    expect(created.deletedAt).toBeNull()
    expect(parseStamp(created.clock)).toEqual({ millis: Date.parse('2025-03-01T08:00:00.000Z'), counter: 0, deviceId })
    expect(Object.keys(created.fieldClocks).sort()).toEqual(CONTENT_FIELDS)
    expect(new Set(Object.values(created.fieldClocks))).toEqual(new Set([created.clock]))
    expect(await db.scripts.get(created.id)).toEqual(created)
  })

  it('gives every record its own id, sorted in the order they were made', async () => {
    const created = []
    for (let index = 0; index < 20; index++) created.push(await scriptsRepository.create(phrase(`第${index}句`), clerk))
    const ids = created.map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('accepts an empty actor when nobody is at the desk', async () => {
    const created = await scriptsRepository.create(phrase(), { staffId: '' })
    expect(created.updatedBy).toBe('')
  })

  it('ignores metadata smuggled in with the content', async () => {
    const smuggled = { ...phrase(), id: 'mine', deletedAt: '2020-01-01T00:00:00.000Z', clock: 'x' }
    const created = await createRecord('scripts', smuggled, clerk)
    expect(created.id).not.toBe('mine')
    expect(created.deletedAt).toBeNull()
    expect(created.clock).not.toBe('x')
  })
})

describe('update', () => {
  it('stamps only the fields whose value changed', async () => {
    setWallClock('2025-03-01T08:00:00.000Z')
    const created = await scriptsRepository.create(phrase(), clerk)
    setWallClock('2025-03-02T09:00:00.000Z')
    const updated = await scriptsRepository.update(
      created.id,
      { text: '请您慢慢说，我在听。', variants: ['您好'], retired: false },
      { staffId: 'clerk-2' }
    )

    expect(updated.clock > created.clock).toBe(true)
    expect(updated.fieldClocks.text).toBe(updated.clock)
    const unchanged = CONTENT_FIELDS.filter((field) => field !== 'text')
    for (const field of unchanged) expect(updated.fieldClocks[field]).toBe(created.clock)
    expect(updated).toMatchObject({ createdAt: created.createdAt, updatedAt: '2025-03-02T09:00:00.000Z', updatedBy: 'clerk-2' })
    const [audit] = await listAuditForRecord(created.id)
    expect(audit).toMatchObject({ action: 'update', changedFields: ['text'], staffId: 'clerk-2', table: 'scripts' })
  })

  it('writes nothing when nothing changes, deep-equal arrays included', async () => {
    const created = await scriptsRepository.create(phrase(), clerk)
    const clockBefore = await getMeta('clock')
    const auditBefore = await db.auditLog.count()

    const result = await scriptsRepository.update(created.id, { text: created.text, variants: ['您好'], step: undefined }, clerk)

    expect(result).toEqual(created)
    expect(await db.scripts.get(created.id)).toEqual(created)
    expect(await db.auditLog.count()).toBe(auditBefore)
    expect(await getMeta('clock')).toEqual(clockBefore)
  })

  it('treats an undefined field in a patch as "leave it alone"', async () => {
    const created = await scriptsRepository.create(phrase(), clerk)
    const updated = await scriptsRepository.update(created.id, { text: '新的说法', step: undefined }, clerk)
    expect(updated.step).toBe('listen')
    expect(Object.keys(updated.fieldClocks).sort()).toEqual(CONTENT_FIELDS)
  })

  it('stamps exactly the changed fields, whatever the patch', async () => {
    const created = await scriptsRepository.create(phrase(), clerk)
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            text: fc.constantFrom('甲', '乙', created.text),
            step: fc.constantFrom('listen', 'calm'),
            variants: fc.array(fc.constantFrom('您好', '你好'), { maxLength: 2 }),
            retired: fc.boolean()
          },
          { requiredKeys: [] }
        ),
        async (patch) => {
          const before = await scriptsRepository.get(created.id)
          if (before === undefined) throw new Error('lost the record')
          const after = await scriptsRepository.update(created.id, patch, clerk)
          const changed = Object.entries(patch)
            .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(Reflect.get(before, field)))
            .map(([field]) => field)
          for (const field of CONTENT_FIELDS) {
            expect(after.fieldClocks[field]).toBe(changed.includes(field) ? after.clock : before.fieldClocks[field])
          }
          expect(after.clock === before.clock).toBe(changed.length === 0)
        }
      ),
      { numRuns: 40 }
    )
  })

  it('says which record is missing', async () => {
    await expect(scriptsRepository.update('nope', { text: 'x' }, clerk)).rejects.toBeInstanceOf(RecordNotFoundError)
    await expect(removeRecord('scripts', 'nope', clerk)).rejects.toThrow('No scripts record with id nope')
  })
})

describe('the clock', () => {
  it('keeps moving forward when the wall clock goes backwards', async () => {
    setWallClock('2025-03-01T08:00:00.000Z')
    const created = await scriptsRepository.create(phrase(), clerk)
    setWallClock('2025-02-01T08:00:00.000Z')
    const first = await scriptsRepository.update(created.id, { text: '一' }, clerk)
    const second = await scriptsRepository.update(created.id, { text: '二' }, clerk)
    const other = await scriptsRepository.create(phrase('三'), clerk)

    const stamps = [created, first, second, other].map((record) => record.clock)
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(4)
    expect(parseStamp(second.clock)).toMatchObject({ millis: Date.parse('2025-03-01T08:00:00.000Z'), counter: 2 })
    // People still see the wall time of the change.
    expect(second.updatedAt).toBe('2025-02-01T08:00:00.000Z')
  })
})

describe('tombstones', () => {
  it('delete sets the tombstone, restore clears it, and nothing is ever removed', async () => {
    setWallClock('2025-03-01T08:00:00.000Z')
    const kept = await scriptsRepository.create(phrase('留下'), clerk)
    const gone = await scriptsRepository.create(phrase('删掉'), clerk)
    setWallClock('2025-03-03T08:00:00.000Z')

    const deleted = await scriptsRepository.remove(gone.id, clerk)
    expect(deleted.deletedAt).toBe('2025-03-03T08:00:00.000Z')
    expect(deleted.fieldClocks.deletedAt).toBe(deleted.clock)
    expect(await db.scripts.count()).toBe(2)
    expect((await scriptsRepository.listLive()).map((record) => record.id)).toEqual([kept.id])
    expect(await scriptsRepository.countLive()).toBe(1)

    const again = await scriptsRepository.remove(gone.id, clerk)
    expect(again).toEqual(deleted)

    const restored = await scriptsRepository.restore(gone.id, clerk)
    expect(restored.deletedAt).toBeNull()
    expect(restored.clock > deleted.clock).toBe(true)
    expect(await scriptsRepository.countLive()).toBe(2)
    expect(await restoreRecord('scripts', gone.id, clerk)).toEqual(restored)

    const trail = await listAuditForRecord(gone.id)
    expect(trail.map((entry) => entry.action)).toEqual(['restore', 'delete', 'create'])
    expect(trail[0]?.changedFields).toEqual(['deletedAt'])
  })

  it('pages live records in index order, tombstones or not', async () => {
    const created = []
    for (const text of ['c', 'a', 'e', 'b', 'd']) created.push(await scriptsRepository.create(phrase(text), clerk))
    const page = async (offset: number, limit: number) =>
      (await scriptsRepository.listLive({ offset, limit })).map((record) => record.text)

    expect(await page(1, 2)).toEqual(['a', 'e'])
    await scriptsRepository.remove(created[1]?.id ?? '', clerk)
    expect(await page(0, 10)).toEqual(['c', 'e', 'b', 'd'])
    expect(await page(1, 2)).toEqual(['e', 'b'])
    expect(
      (await scriptsRepository.listLive({ orderBy: 'updatedAt', reverse: true, limit: 1 })).map((record) => record.text)
    ).toHaveLength(1)
  })
})

describe('audit entries', () => {
  it('are written with the change: create, update, delete, restore', async () => {
    const created = await scriptsRepository.create(phrase(), clerk)
    await scriptsRepository.update(created.id, { retired: true }, clerk)
    const trail = await listAuditForRecord(created.id)
    expect(trail.map((entry) => [entry.action, entry.changedFields])).toEqual([
      ['update', ['retired']],
      ['create', Object.keys(phrase())]
    ])
    expect(trail[0]?.clock).toBe((await scriptsRepository.get(created.id))?.clock)
  })

  it('disappear with the change when its transaction fails', async () => {
    const clockBefore = await getMeta('clock')
    const failing = db.transaction('rw', [db.scripts, db.auditLog, db.meta], async () => {
      await scriptsRepository.create(phrase(), clerk)
      throw new Error('power cut')
    })
    await expect(failing).rejects.toThrow('power cut')

    expect(await db.scripts.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
    expect(await getMeta('clock')).toEqual(clockBefore)
  })

  it('are not written for a change that could not be stored', async () => {
    const created = await scriptsRepository.create(phrase(), clerk)
    // A function cannot be cloned into IndexedDB; the cast sneaks one past the types.
    const unstorable = (() => '') as unknown as string
    await expect(
      reviseRecord('scripts', created.id, (current) => ({ ...current, variants: [unstorable] }), clerk)
    ).rejects.toThrow()
    expect((await listAuditForRecord(created.id)).map((entry) => entry.action)).toEqual(['create'])
  })
})
