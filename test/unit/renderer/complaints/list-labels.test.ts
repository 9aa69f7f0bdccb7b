import { describe, expect, it } from 'vitest'
import { categoryLabel, rootCauseLabel } from '@renderer/features/complaints/complaint-list-labels'

describe('stored categories and root causes', () => {
  it('knows the built-in keys, which each language names itself', () => {
    expect(categoryLabel('repair-price')).toEqual({ kind: 'built-in', key: 'repair-price' })
    expect(rootCauseLabel('supplier')).toEqual({ kind: 'built-in', key: 'supplier' })
  })

  it('shows a manager’s own category, and a cause written out, as typed', () => {
    expect(categoryLabel('安装预约')).toEqual({ kind: 'custom', text: '安装预约' })
    expect(rootCauseLabel('维修时未彻底排查故障点')).toEqual({ kind: 'custom', text: '维修时未彻底排查故障点' })
  })

  it('treats an empty or blank value as not classified', () => {
    expect(categoryLabel('')).toEqual({ kind: 'blank' })
    expect(categoryLabel('  ')).toEqual({ kind: 'blank' })
    expect(rootCauseLabel('')).toEqual({ kind: 'blank' })
  })

  it('does not take a key of the other list, or a key in other case, for a built-in', () => {
    expect(categoryLabel('supplier')).toEqual({ kind: 'custom', text: 'supplier' })
    expect(categoryLabel('Repair-Price')).toEqual({ kind: 'custom', text: 'Repair-Price' })
  })
})
