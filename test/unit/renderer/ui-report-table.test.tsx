// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { ReportTable } from '@renderer/ui/report-table'
import type { TableModel } from '@renderer/ui/table-model'

afterEach(cleanup)

const XSS = '<img src=x onerror=alert(1)>'

const TABLE: TableModel = {
  columns: [
    { id: 'label', header: '员工', format: 'text' },
    { id: 'scored', header: '评分数', format: 'integer' },
    { id: 'average', header: '平均分', format: 'decimal-2' }
  ],
  rows: [
    { id: 'a', cells: [{ value: XSS, text: XSS }, { value: 2, text: '2' }, { value: 4.5, text: '4.50' }] },
    { id: 'b', cells: [{ value: '王芳', text: '王芳' }, { value: 1, text: '1' }, { value: 2, text: '2.00' }] },
    { id: 't', isTotal: true, cells: [{ value: '合计', text: '合计' }, { value: 3, text: '3' }, { value: 11 / 3, text: '3.67' }] }
  ]
}

describe('ReportTable', () => {
  it('shows headings, one row per entry with its name as a row heading, and the total in the footer', () => {
    const { container } = render(<ReportTable table={TABLE} caption="按员工" empty="没有数据" />)
    const table = screen.getByRole('table', { name: '按员工' })
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['员工', '评分数', '平均分'])
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([XSS, '王芳', '合计'])
    expect(container.querySelector('thead tr')).not.toBeNull()
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2)
    expect(container.querySelector('tfoot tr')?.textContent).toBe('合计33.67')
    expect(container.querySelector('tbody td')?.className).toBe('report-table-number')
  })

  it('shows a name with markup as text: no element is made of it', () => {
    const { container } = render(<ReportTable table={TABLE} caption="按员工" empty="没有数据" />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('rowheader', { name: XSS })).toBeDefined()
  })

  it('says so when there are no rows, and leaves the total out', () => {
    const empty: TableModel = { ...TABLE, rows: TABLE.rows.filter((row) => row.isTotal) }
    const { container } = render(<ReportTable table={empty} caption="按员工" empty="没有数据" />)
    expect(screen.getByRole('cell', { name: '没有数据' }).getAttribute('colspan')).toBe('3')
    expect(container.querySelector('tfoot')).toBeNull()
  })
})
