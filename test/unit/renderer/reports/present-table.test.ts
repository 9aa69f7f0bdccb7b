import { describe, expect, it } from 'vitest'
import { totalRow, type ReportTable } from '@shared/domain/report-table'
import { LABEL_COLUMN, presentTable, type TableWording } from '@renderer/features/reports/present-table'

const TABLE: ReportTable = {
  rowKind: 'severity',
  columns: [
    { id: 'complaints', kind: 'count' },
    { id: 'share', kind: 'share' },
    { id: 'response-hours', kind: 'hours' },
    { id: 'average-score', kind: 'score' }
  ],
  rows: [
    { key: 'ordinary', values: [5, 5 / 7, 11, 4.5] },
    { key: 'crisis', values: [0, 0, null, null] }
  ],
  total: totalRow([5, 1, 11, 4.5])
}

const WORDING: TableWording = {
  rowHeader: 'Severity',
  columnHeader: (id) => `[${id}]`,
  rowLabel: (key) => key.toUpperCase(),
  totalLabel: 'Total',
  formatFigure: (value, format) => (value === null ? '—' : `${format}:${value}`)
}

describe('presentTable', () => {
  it('names the rows, heads the columns and formats each figure by what it holds', () => {
    const model = presentTable(TABLE, WORDING)
    expect(model.columns).toEqual([
      { id: LABEL_COLUMN, header: 'Severity', format: 'text' },
      { id: 'complaints', header: '[complaints]', format: 'integer' },
      { id: 'share', header: '[share]', format: 'percent' },
      { id: 'response-hours', header: '[response-hours]', format: 'decimal-1' },
      { id: 'average-score', header: '[average-score]', format: 'decimal-2' }
    ])
    expect(model.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['ORDINARY', 'integer:5', `percent:${5 / 7}`, 'decimal-1:11', 'decimal-2:4.5'],
      ['CRISIS', 'integer:0', 'percent:0', '—', '—'],
      ['Total', 'integer:5', 'percent:1', 'decimal-1:11', 'decimal-2:4.5']
    ])
    expect(model.rows.map((row) => row.isTotal ?? false)).toEqual([false, false, true])
    // The values stay numbers: a chart and a spreadsheet get the figures, not their text.
    expect(model.rows[0]?.cells.map((cell) => cell.value)).toEqual(['ORDINARY', 5, 5 / 7, 11, 4.5])
  })

  it('puts the row details’ text columns after the name, blank on the total row and for a key it does not know', () => {
    const details = {
      columns: [
        { id: 'tier', header: 'Tier' },
        { id: 'owner', header: 'Owner' }
      ],
      textsOf: (key: string) => (key === 'ordinary' ? ['A', 'Wang'] : [])
    }
    const model = presentTable(TABLE, { ...WORDING, details })
    expect(model.columns.slice(0, 4)).toEqual([
      { id: LABEL_COLUMN, header: 'Severity', format: 'text' },
      { id: 'tier', header: 'Tier', format: 'text' },
      { id: 'owner', header: 'Owner', format: 'text' },
      { id: 'complaints', header: '[complaints]', format: 'integer' }
    ])
    expect(model.rows.map((row) => row.cells.slice(0, 4).map((cell) => cell.text))).toEqual([
      ['ORDINARY', 'A', 'Wang', 'integer:5'],
      ['CRISIS', '', '', 'integer:0'],
      ['Total', '', '', 'integer:5']
    ])
  })

  it('leaves the total out of a table with no rows', () => {
    expect(presentTable({ ...TABLE, rows: [] }, WORDING).rows).toEqual([])
  })
})
