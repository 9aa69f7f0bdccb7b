import { unneutraliseCell } from '@shared/domain/sheet-import'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { SheetTable } from '@shared/domain/sheet-export'
import { sheetFileContent } from '@renderer/ui/sheet-file'
import { columnWidth } from '@renderer/ui/xlsx'

const BOM = '\uFEFF'

/** The CSV as Excel reads it: the BOM says UTF-8, lines end in CRLF. */
function readCsv(csv: string | Uint8Array): string[][] {
  if (typeof csv !== 'string') throw new Error('a CSV is text')
  expect(csv.startsWith(BOM)).toBe(true)
  const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', delimiter: ',' })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

async function readXlsx(bytes: string | Uint8Array<ArrayBuffer>): Promise<ExcelJS.Worksheet> {
  if (typeof bytes === 'string') throw new Error('a workbook is bytes')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.slice().buffer)
  const sheet = workbook.worksheets[0]
  if (sheet === undefined) throw new Error('no sheet')
  return sheet
}

const TABLE: SheetTable = {
  name: '客户',
  headers: ['姓名', '手机', '身份证号', '地址', '金额（元）'],
  rows: [
    ['=王芳', '13800138000', '110101199003071234', '北京市朝阳区, "望京" 1号\r\n3单元', 2599.5],
    ['+李四', '021-6543 2100', '-', '@home', -20],
    ['张三', '', '0012345678901234567', '', null]
  ]
}

describe('a sheet as CSV', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Chinese text, quotes, commas and line breaks', async () => {
    const csv = await sheetFileContent('csv', TABLE)
    expect(typeof csv === 'string' && csv.startsWith(`${BOM}姓名,手机,身份证号,地址,金额（元）\r\n`)).toBe(true)
    const rows = readCsv(csv)
    expect(rows[0]).toEqual(['姓名', '手机', '身份证号', '地址', '金额（元）'])
    expect(rows[1]?.[3]).toBe('北京市朝阳区, "望京" 1号\r\n3单元')
    expect(rows[3]).toEqual(['张三', '', '0012345678901234567', '', ''])
  })

  it('neutralises cells a spreadsheet would run, and leaves numbers, negative ones too, alone', async () => {
    const rows = readCsv(await sheetFileContent('csv', TABLE))
    expect(rows[1]?.[0]).toBe("'=王芳")
    expect(rows[2]).toEqual(["'+李四", "021-6543 2100", "'-", "'@home", '-20'])
    expect(rows[1]?.[4]).toBe('2599.5')
  })

  it('reads back every string as written, once the import takes off the apostrophe the export put before a formula-like one', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '王', '"', ',', '\r', '\n', '\t', '=', '+', '-', '@', "'", ' ', '\uFEFF') })
    const rowsOfOneWidth = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }))
    await fc.assert(
      fc.asyncProperty(rowsOfOneWidth, async (rows) => {
        const headers = (rows[0] ?? []).map((_, index) => `列${index}`)
        const read = readCsv(await sheetFileContent('csv', { name: 't', headers, rows })).slice(1)
        expect(read.map((row) => row.map(unneutraliseCell))).toEqual(rows)
      }),
      { numRuns: 300 }
    )
  })
})

describe('a sheet as XLSX', () => {
  it('keeps phones and long ID-like digits as text cells, formula-like text as text, amounts as numbers', async () => {
    const sheet = await readXlsx(await sheetFileContent('xlsx', TABLE))
    expect(sheet.name).toBe('客户')
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '手机', '身份证号', '地址', '金额（元）'])
    const phone = sheet.getCell('B2')
    expect(phone.type).toBe(ExcelJS.ValueType.String)
    expect(phone.value).toBe('13800138000')
    expect(phone.numFmt).toBe('@')
    const id = sheet.getCell('C2')
    expect(id.type).toBe(ExcelJS.ValueType.String)
    expect(id.value).toBe('110101199003071234')
    expect(sheet.getCell('C4').value).toBe('0012345678901234567')
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell('A2').value).toBe('=王芳')
    // XML keeps a line break as LF (CRLF is read back as LF), which is what Excel writes in a cell too.
    expect(sheet.getCell('D2').value).toBe('北京市朝阳区, "望京" 1号\n3单元')
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Number)
    expect(sheet.getCell('E2').value).toBe(2599.5)
    expect(sheet.getCell('E4').type).toBe(ExcelJS.ValueType.Null)
    expect(sheet.rowCount).toBe(4)
  })

  it('sizes a column of several hundred thousand cells without overflowing the stack', () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => [String(index)])
    expect(columnWidth('编号', rows, 0)).toBe(8 + 2)
    expect(columnWidth('编号', [...rows, ['很长的一段地址'.repeat(10)]], 0)).toBe(60)
  })
})
