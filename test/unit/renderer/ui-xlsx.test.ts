import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { TableModel } from '@renderer/ui/table-model'
import { sheetName, tableToXlsxSheet, toXlsx } from '@renderer/ui/xlsx'

async function readBack(bytes: Uint8Array<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.slice().buffer)
  return workbook
}

describe('toXlsx', () => {
  it('writes a sheet with bold frozen headings, numbers as numbers and text as text', async () => {
    const bytes = await toXlsx([
      {
        name: '投诉',
        columns: [{ header: '电话' }, { header: '次数', numberFormat: '0' }, { header: '占比', numberFormat: '0.0%' }],
        rows: [
          ['013812345678901234', 3, 0.125],
          ['=1+1', null, 1]
        ],
        boldRows: [1]
      }
    ])
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    const sheet = (await readBack(bytes)).getWorksheet('投诉')
    expect(sheet).toBeDefined()
    expect(sheet?.getRow(1).values).toEqual([undefined, '电话', '次数', '占比'])
    expect(sheet?.getRow(1).font?.bold).toBe(true)
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    // A long string of digits stays text, every digit kept, and is marked as text for Excel.
    expect(sheet?.getCell('A2').value).toBe('013812345678901234')
    expect(sheet?.getCell('A2').numFmt).toBe('@')
    expect(sheet?.getCell('B2').value).toBe(3)
    expect(sheet?.getCell('B2').numFmt).toBe('0')
    expect(sheet?.getCell('C2').value).toBe(0.125)
    expect(sheet?.getCell('C2').numFmt).toBe('0.0%')
    // Text that looks like a formula is text in a workbook: stored as a string, never as a formula.
    expect(sheet?.getCell('A3').value).toBe('=1+1')
    expect(sheet?.getCell('A3').type).toBe(ExcelJS.ValueType.String)
    expect(sheet?.getCell('B3').value).toBeNull()
    expect(sheet?.getRow(3).font?.bold).toBe(true)
    expect(sheet?.getRow(2).font?.bold).toBeFalsy()
  })

  it('names sheets as Excel allows, each name once', async () => {
    const bytes = await toXlsx([
      { name: 'a/b:c', columns: [], rows: [] },
      { name: 'A/B:C', columns: [], rows: [] }
    ])
    expect((await readBack(bytes)).worksheets.map((sheet) => sheet.name)).toEqual(['a b c', 'A B C (2)'])
  })
})

describe('sheetName', () => {
  it('drops what Excel forbids, keeps 31 characters and makes names unique', () => {
    expect(sheetName('满意度 [按员工]?')).toBe('满意度  按员工')
    expect(sheetName('  ')).toBe('Sheet')
    expect(sheetName('x'.repeat(40))).toHaveLength(31)
    expect(sheetName('Report', new Set(['report']))).toBe('Report (2)')
    expect(sheetName('Report', new Set(['report', 'report (2)']))).toBe('Report (3)')
    expect(sheetName('y'.repeat(40), new Set(['y'.repeat(31)]))).toBe(`${'y'.repeat(27)} (2)`)
  })
})

describe('tableToXlsxSheet', () => {
  it('gives numbers their format, names their text and sets the total in bold', () => {
    const table: TableModel = {
      columns: [
        { id: 'label', header: '类别', format: 'text' },
        { id: 'complaints', header: '投诉数', format: 'integer' },
        { id: 'share', header: '占比', format: 'percent' },
        { id: 'hours', header: '小时', format: 'decimal-1' }
      ],
      rows: [
        { id: 'a', cells: [{ value: 'a', text: '<img src=x onerror=alert(1)>' }, { value: 2, text: '2' }, { value: 2 / 3, text: '66.7%' }, { value: 1.26, text: '1.3' }] },
        { id: 't', isTotal: true, cells: [{ value: 't', text: '合计' }, { value: 3, text: '3' }, { value: 1, text: '100.0%' }, { value: null, text: '—' }] }
      ]
    }
    expect(tableToXlsxSheet('按类别', table)).toEqual({
      name: '按类别',
      columns: [
        { header: '类别' },
        { header: '投诉数', numberFormat: '0' },
        { header: '占比', numberFormat: '0.0%' },
        { header: '小时', numberFormat: '0.0' }
      ],
      rows: [
        ['<img src=x onerror=alert(1)>', 2, 0.667, 1.3],
        ['合计', 3, 1, null]
      ],
      boldRows: [1]
    })
  })
})
