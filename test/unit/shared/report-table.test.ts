import { describe, expect, it } from 'vitest'
import {
  addToMean,
  averageOf,
  columnIndex,
  columnValues,
  countInto,
  emptyMean,
  meanOf,
  rankedCounts,
  shareOf,
  totalRow,
  TOTAL_ROW_KEY,
  type ReportTable
} from '@shared/domain/report-table'

const table: ReportTable = {
  rowKind: 'category',
  columns: [
    { id: 'complaints', kind: 'count' },
    { id: 'share', kind: 'share' }
  ],
  rows: [
    { key: 'a', values: [3, 0.75] },
    { key: 'b', values: [1, 0.25] }
  ],
  total: totalRow([4, 1])
}

describe('report tables', () => {
  it('give a column’s values row by row, the total left out', () => {
    expect(columnValues(table, 'share')).toEqual([0.75, 0.25])
    expect(columnIndex(table, 'complaints')).toBe(0)
    expect(table.total?.key).toBe(TOTAL_ROW_KEY)
  })

  it('fail loudly for a column they do not have', () => {
    expect(() => columnValues(table, 'missing')).toThrow(RangeError)
  })

  it('have no share of nothing and no average of nothing', () => {
    expect(shareOf(1, 4)).toBe(0.25)
    expect(shareOf(0, 0)).toBeNull()
    expect(averageOf([1, 2, 6])).toBe(3)
    expect(averageOf([])).toBeNull()
    const mean = emptyMean()
    expect(meanOf(mean)).toBeNull()
    addToMean(mean, 2)
    addToMean(mean, 5)
    expect(meanOf(mean)).toBe(3.5)
  })

  it('rank counts by size, then in the given order, then alphabetically', () => {
    const counts = new Map<string, number>()
    for (const key of ['z', 'y', 'x', 'b', 'b', 'a']) countInto(counts, key)
    countInto(counts, 'c', 2)
    expect(rankedCounts(counts, ['x', 'y'])).toEqual([
      ['b', 2],
      ['c', 2],
      ['x', 1],
      ['y', 1],
      ['a', 1],
      ['z', 1]
    ])
  })
})
