import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { tableToCsv, toCsv } from '@renderer/ui/csv'
import type { TableModel } from '@renderer/ui/table-model'

const BOM = '\uFEFF'

/** The rows as a spreadsheet reads them back (BOM off, CRLF lines). */
const readBack = (csv: string): string[][] => Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF, as Chinese Excel needs', () => {
    const csv = toCsv([
      ['姓名', '次数'],
      ['王芳', 3]
    ])
    expect(csv).toBe(`${BOM}姓名,次数\r\n王芳,3`)
  })

  it('neutralises text that a spreadsheet would run as a formula, also when a line follows', () => {
    const risky = ['=1+1', '+86 138', '-2', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://x")\nsecond line']
    const [row] = readBack(toCsv([risky]))
    expect(row).toEqual(risky.map((text) => `'${text}`))
  })

  it('leaves numbers, negative ones too, and harmless text as they are', () => {
    expect(readBack(toCsv([[-5, 0, 12.5, 'a=b', '客户 - 张三', '']]))).toEqual([['-5', '0', '12.5', 'a=b', '客户 - 张三', '']])
  })

  it('quotes commas, quotes and line breaks, and writes null as an empty cell', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', null]
    expect(readBack(toCsv([cells]))).toEqual([['a,b', 'say "hi"', 'two\nlines', '']])
  })

  it('keeps a name with markup as plain characters', () => {
    expect(readBack(toCsv([['<img src=x onerror=alert(1)>']]))).toEqual([['<img src=x onerror=alert(1)>']])
  })
})

const TABLE: TableModel = {
  columns: [
    { id: 'label', header: '类别', format: 'text' },
    { id: 'complaints', header: '投诉数', format: 'integer' },
    { id: 'share', header: '占比', format: 'percent' },
    { id: 'hours', header: '平均用时（小时）', format: 'decimal-1' },
    { id: 'score', header: '平均分', format: 'decimal-2' }
  ],
  rows: [
    {
      id: 'a',
      cells: [
        { value: '=维修', text: '=维修' },
        { value: 1234, text: '1,234' },
        { value: 2 / 3, text: '66.7%' },
        { value: 11.04, text: '11.0' },
        { value: 11 / 3, text: '3.67' }
      ]
    },
    {
      id: 'b',
      cells: [
        { value: 'b', text: '产品质量' },
        { value: 0, text: '0' },
        { value: null, text: '—' },
        { value: null, text: '—' },
        { value: null, text: '—' }
      ]
    },
    {
      id: 'total',
      isTotal: true,
      cells: [
        { value: '合计', text: '合计' },
        { value: 1234, text: '1,234' },
        { value: 1, text: '100.0%' },
        { value: 11.04, text: '11.0' },
        { value: 11 / 3, text: '3.67' }
      ]
    }
  ]
}

describe('tableToCsv', () => {
  it('writes the headings and every row as shown: names as text, numbers rounded, shares as percentages', () => {
    expect(readBack(tableToCsv(TABLE))).toEqual([
      ['类别', '投诉数', '占比', '平均用时（小时）', '平均分'],
      ["'=维修", '1234', '66.7%', '11', '3.67'],
      ['产品质量', '0', '', '', ''],
      ['合计', '1234', '100%', '11', '3.67']
    ])
  })
})
