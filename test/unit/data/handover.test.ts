import type { Table } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { conflictKey, type Side } from '@shared/domain/merge'
import type { Customer } from '@shared/domain/customer'
import { db } from '@renderer/data/db'
import { makeBackup } from '@renderer/data/repositories/backup'
import { customersRepository } from '@renderer/data/repositories/customers'
import {
  applyMerge,
  exportHandOver,
  getHandOverStatus,
  markHandOverExported,
  previewMerge
} from '@renderer/data/repositories/handover'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { interactionsRepository } from '@renderer/data/repositories/interactions'
import { getDeviceId } from '@renderer/data/repositories/meta'
import { customerContent, interactionContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'
import { loaded, loadPc, savePc, snapshotTables, type PcState } from './transfer-helpers'

useFreshDatabase()

const options = { now: new Date('2026-11-24T09:00:00.000Z'), appVersion: '1.2.3' }
const alice = { staffId: 'alice' }
const bob = { staffId: 'bob' }

/** Plays one PC: loads its state, runs `work`, saves its state again. */
async function onPc<T>(pc: { state: PcState | null }, work: () => Promise<T>): Promise<T> {
  await loadPc(pc.state)
  const result = await work()
  pc.state = await savePc()
  return result
}

/** This PC's changes since its last packet, marked as handed over. */
async function handOver(): Promise<Uint8Array> {
  const packet = await exportHandOver({ ...options, scope: 'since-last' })
  await markHandOverExported(packet.header)
  return packet.bytes
}

const merge = async (bytes: Uint8Array, choices: ReadonlyMap<string, Side> = new Map()) => applyMerge(await loaded(bytes), choices, alice)

const preview = async (bytes: Uint8Array) => previewMerge(await loaded(bytes))

/** Two PCs that share one customer, handed over from A to B. */
async function twoPcsSharingACustomer(): Promise<{ a: { state: PcState | null }; b: { state: PcState | null }; customer: Customer }> {
  const a = { state: null as PcState | null }
  const b = { state: null as PcState | null }
  const customer = await onPc(a, () => customersRepository.create(customerContent('张伟', { notes: '' }), alice))
  const first = await onPc(a, handOver)
  await onPc(b, () => merge(first))
  return { a, b, customer }
}

describe('exportHandOver', () => {
  it('holds everything the first time, then only what changed since the last packet', async () => {
    const first = await customersRepository.create(customerContent('张伟'), alice)
    const everything = await exportHandOver({ ...options, scope: 'since-last' })
    expect(everything.header).toMatchObject({ kind: 'handover', since: null, counts: { customers: 1, auditLog: 1 } })
    await markHandOverExported(everything.header)

    await customersRepository.update(first.id, { notes: '改了备注' }, alice)
    const second = await customersRepository.create(customerContent('李娜'), alice)
    const changes = await exportHandOver({ ...options, scope: 'since-last' })

    expect(changes.header.since).toBe(everything.header.clock)
    expect(changes.header.counts).toMatchObject({ customers: 2, auditLog: 2, staff: 0 })
    const file = await loaded(changes.bytes)
    expect(file.header.counts.customers).toBe(2)
    expect((await getHandOverStatus()).lastExport?.clock).toBe(everything.header.clock)
    void second
  })

  it('can hold everything on request, whatever was handed over before', async () => {
    await customersRepository.create(customerContent('张伟'), alice)
    await handOver()
    const all = await exportHandOver({ ...options, scope: 'everything' })
    expect(all.header).toMatchObject({ since: null, counts: { customers: 1 } })
  })
})

describe('merging a packet', () => {
  it('adds the other PC’s records exactly as they were written: same ids, stamps and audit entries', async () => {
    const a = { state: null as PcState | null }
    const b = { state: null as PcState | null }
    const customer = await onPc(a, async () => {
      const created = await customersRepository.create(customerContent('张伟'), alice)
      await interactionsRepository.create(interactionContent(created.id), alice)
      return db.customers.get(created.id)
    })
    const packet = await onPc(a, handOver)

    const result = await onPc(b, async () => {
      const shown = await preview(packet)
      expect(shown.totals).toEqual({ added: 5, updated: 0, deleted: 0, unchanged: 0 })
      expect(shown.counts.customers.added).toBe(1)
      expect(shown.conflicts).toEqual([])
      return merge(packet)
    })

    expect(result.totals.added).toBe(5)
    await loadPc(b.state)
    expect(await db.customers.get(customer?.id ?? '')).toEqual(customer)
    expect((await listAuditForRecord(customer?.id ?? '')).map((entry) => entry.action)).toEqual(['update', 'create'])
  })

  it('merges field by field, and lists a field both PCs changed as a conflict, on both sides', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { notes: 'A 的备注', address: 'A 改的地址' }, alice))
    await onPc(b, () => customersRepository.update(customer.id, { notes: 'B 的备注', tags: ['B 加的标签'] }, bob))
    const fromA = await onPc(a, handOver)
    const fromB = await onPc(b, handOver)

    const onB = await onPc(b, () => preview(fromA))
    const onA = await onPc(a, () => preview(fromB))

    for (const shown of [onA, onB]) {
      expect(shown.conflicts.map((conflict) => conflict.field)).toEqual(['notes'])
      expect(shown.counts.customers).toMatchObject({ updated: 1, added: 0 })
      expect(shown.conflicts[0]?.label).toBe('张伟')
    }
    expect(onB.conflicts[0]).toMatchObject({ mine: 'B 的备注', theirs: 'A 的备注' })
    expect(onA.conflicts[0]).toMatchObject({ mine: 'A 的备注', theirs: 'B 的备注' })

    await onPc(b, () => merge(fromA))
    await onPc(a, () => merge(fromB))
    await loadPc(a.state)
    const onAAfter = await db.customers.get(customer.id)
    await loadPc(b.state)
    const onBAfter = await db.customers.get(customer.id)
    // With no choice made, both PCs end with the same record: the later edit's notes, each side's other field.
    expect(onAAfter).toEqual(onBAfter)
    expect(onAAfter).toMatchObject({ notes: 'B 的备注', address: 'A 改的地址', tags: ['B 加的标签'] })
  })

  it('applies the manager’s choice as a new edit here, which then wins on the other PC too', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { notes: 'A 的备注' }, alice))
    await onPc(b, () => customersRepository.update(customer.id, { notes: 'B 的备注' }, bob))
    const fromA = await onPc(a, handOver)

    let chosen: unknown
    const result = await onPc(b, async () => {
      const [conflict] = (await preview(fromA)).conflicts
      if (conflict === undefined) throw new Error('expected a conflict')
      // The manager picks the side the stamps did not.
      const side = conflict.automatic === 'mine' ? 'theirs' : 'mine'
      chosen = side === 'mine' ? conflict.mine : conflict.theirs
      return merge(fromA, new Map([[conflictKey(conflict), side]]))
    })

    expect(result.decided).toBe(1)
    const onB = await onPc(b, async () => {
      const record = await db.customers.get(customer.id)
      expect(record).toMatchObject({ notes: chosen, updatedBy: 'alice', deviceId: await getDeviceId() })
      const audit = await listAuditForRecord(customer.id)
      expect(audit[0]).toMatchObject({ action: 'update', changedFields: ['notes'], staffId: 'alice' })
      return record
    })
    const fromB = await onPc(b, handOver)
    const onA = await onPc(a, async () => {
      expect((await preview(fromB)).conflicts).toEqual([])
      await merge(fromB)
      return db.customers.get(customer.id)
    })
    expect(onA?.notes).toBe(chosen)
    expect(onA).toEqual(onB)
  })

  it('changes nothing when the same packet is imported twice', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { notes: 'A 的备注' }, alice))
    await onPc(b, () => customersRepository.update(customer.id, { notes: 'B 的备注' }, bob))
    const fromA = await onPc(a, handOver)
    await onPc(b, () => merge(fromA))

    await loadPc(b.state)
    const before = await savePc()
    const again = await preview(fromA)
    const result = await merge(fromA)

    expect(again.conflicts).toEqual([])
    expect(again.totals.added + again.totals.updated + again.totals.deleted).toBe(0)
    expect(result.totals).toEqual(again.totals)
    expect(await savePc()).toEqual(before)
  })

  it('ends the same whichever packet comes first', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { notes: 'A 的备注', address: '甲地址' }, alice))
    await onPc(b, async () => {
      await customersRepository.update(customer.id, { notes: 'B 的备注' }, bob)
      await customersRepository.create(customerContent('李娜'), bob)
    })
    const fromA = await onPc(a, handOver)
    const fromB = await onPc(b, handOver)
    const c1 = { state: null as PcState | null }
    const c2 = { state: null as PcState | null }

    await onPc(c1, async () => {
      await merge(fromA)
      await merge(fromB)
    })
    await onPc(c2, async () => {
      await merge(fromB)
      await merge(fromA)
    })

    await loadPc(c1.state)
    const first = await snapshotTables()
    await loadPc(c2.state)
    expect(await snapshotTables()).toEqual(first)
  })

  it('keeps a deletion over the other PC’s older edit, and keeps that edit in the deleted record', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(b, () => customersRepository.update(customer.id, { address: 'B 改的地址' }, bob))
    await onPc(a, () => customersRepository.remove(customer.id, alice))
    const fromA = await onPc(a, handOver)

    const shown = await onPc(b, () => preview(fromA))
    expect(shown.counts.customers.deleted).toBe(1)
    expect(shown.conflicts).toEqual([])
    await onPc(b, () => merge(fromA))

    await loadPc(b.state)
    const record = await db.customers.get(customer.id)
    expect(record?.deletedAt).not.toBeNull()
    expect(record?.address).toBe('B 改的地址')
  })

  it('works out lastContactAt again from the interactions both PCs logged', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => interactionsRepository.create(interactionContent(customer.id, { occurredAt: '2026-11-20T02:00:00.000Z' }), alice))
    await onPc(b, () => interactionsRepository.create(interactionContent(customer.id, { occurredAt: '2026-11-10T02:00:00.000Z' }), bob))
    const fromA = await onPc(a, handOver)
    const fromB = await onPc(b, handOver)
    await onPc(b, () => merge(fromA))
    await onPc(a, () => merge(fromB))

    for (const pc of [a, b]) {
      await loadPc(pc.state)
      expect((await db.customers.get(customer.id))?.lastContactAt).toBe('2026-11-20T02:00:00.000Z')
    }
  })

  it('merges another PC’s whole backup the same way', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { address: '新地址' }, alice))
    const backup = await onPc(a, () => makeBackup(options))

    const result = await onPc(b, () => merge(backup.bytes))

    expect(result.totals.updated).toBe(1)
    await loadPc(b.state)
    expect((await db.customers.get(customer.id))?.address).toBe('新地址')
  })

  it('remembers which PC it merged from', async () => {
    const { a, b } = await twoPcsSharingACustomer()
    await loadPc(b.state)
    const status = await getHandOverStatus()
    await loadPc(a.state)
    expect(status.peers.map((peer) => peer.deviceId)).toEqual([await getDeviceId()])
  })

  it('warns when a packet starts after changes of its PC that never came here', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, () => customersRepository.update(customer.id, { notes: '交给了别的电脑' }, alice))
    await onPc(a, handOver)
    await onPc(a, () => customersRepository.update(customer.id, { address: '新地址' }, alice))
    const later = await onPc(a, handOver)

    const shown = await onPc(b, () => preview(later))

    expect(shown.missesEarlierChanges).toBe(true)
    expect(shown.counts.customers.updated).toBe(1)
    const everything = await onPc(a, async () => (await exportHandOver({ ...options, scope: 'everything' })).bytes)
    expect((await onPc(b, () => preview(everything))).missesEarlierChanges).toBe(false)
  })

  it('rolls back everything when the merge fails half way', async () => {
    const { a, b, customer } = await twoPcsSharingACustomer()
    await onPc(a, async () => {
      await customersRepository.update(customer.id, { notes: '新备注' }, alice)
      await interactionsRepository.create(interactionContent(customer.id), alice)
    })
    const fromA = await onPc(a, handOver)
    await loadPc(b.state)
    const before = await savePc()
    const file = await loaded(fromA)
    const put = db.Table.prototype.bulkPut
    const failing = vi.spyOn(db.Table.prototype, 'bulkPut').mockImplementation(function (this: Table, ...args) {
      if (this.name === 'interactions') throw new Error('disk full')
      return Reflect.apply(put, this, args)
    })

    await expect(applyMerge(file, new Map(), alice)).rejects.toThrow('disk full')
    failing.mockRestore()

    expect(await savePc()).toEqual(before)
  })
})
