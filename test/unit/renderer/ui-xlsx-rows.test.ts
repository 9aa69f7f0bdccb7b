import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { plainNumber, readXlsxRows } from '@renderer/ui/xlsx-rows'

/** A workbook as Excel would save it, built here so each kind of cell is plain to see. */
async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet('客户'))
  const buffer = await workbook.xlsx.writeBuffer()
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer
}

describe('reading an Excel workbook’s cells', () => {
  it('gives each kind of cell the text Excel shows: a formula’s date, small and long decimals, rich text, a link, an error as nothing', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['姓名', '生日', '积分', '备注', '网址', '查找'])
      sheet.addRow([
        '周杰',
        { formula: 'DATE(1990,5,12)', result: new Date(Date.UTC(1990, 4, 12)) },
        0.0000001,
        { richText: [{ text: '喜欢', font: { bold: true } }, { text: '上午来' }] },
        { text: '店铺主页', hyperlink: 'https://example.com/' },
        { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }
      ])
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd'
      sheet.addRow(['吴敏', null, 0.1 + 0.2, { formula: 'A3&"!"', result: '吴敏!' }, { text: { richText: [{ text: '链' }, { text: '接' }] }, hyperlink: 'https://example.com/' }, -1.5e-9])
    })
    const { rows } = await readXlsxRows(bytes)
    expect(rows.slice(1)).toEqual([
      ['周杰', '1990-05-12', '0.0000001', '喜欢上午来', '店铺主页', ''],
      ['吴敏', '', '0.3', '吴敏!', '链接', '-0.0000000015']
    ])
  })

  it('keeps the row numbers Excel shows, leaving out blank rows and rows with only formatting', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getRow(1).values = ['姓名', '手机']
      sheet.getRow(2).values = ['张三', '13800138000']
      sheet.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
      sheet.getRow(5).values = ['   ', '']
      sheet.getRow(7).values = ['王五', 13900139000]
    })
    expect(await readXlsxRows(bytes)).toEqual({ rows: [['姓名', '手机'], ['张三', '13800138000'], ['王五', '13900139000']], rowNumbers: [1, 2, 7] })
  })

  it('writes decimals plainly, to the 15 digits Excel shows', () => {
    expect([1e-7, 0.1 + 0.2, 123.456, -0.000012, 2.5e-20, 13800138000, 1e21, -42].map(plainNumber)).toEqual([
      '0.0000001',
      '0.3',
      '123.456',
      '-0.000012',
      '0.000000000000000000025',
      '13800138000',
      '1000000000000000000000',
      '-42'
    ])
  })
})
