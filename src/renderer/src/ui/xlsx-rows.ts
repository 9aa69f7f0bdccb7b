/**
 * The first sheet of an .xlsx file as rows of text, for an import: exceljs is loaded only when
 * a workbook is read. Each row keeps the number Excel shows beside it, so blank rows in between
 * do not shift the numbers the dry run names. Dates become yyyy-mm-dd (Excel keeps them as days,
 * exceljs hands them over as UTC midnights), numbers their plain digits, formulas their last
 * result, rich text and links the text the cell shows, and error results (#N/A…) nothing.
 */
import type * as ExcelJS from 'exceljs'
import { withoutBlankRows, type NumberedRows } from '@shared/domain/sheet-import'

type ExcelModule = typeof ExcelJS

async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule | { readonly default: ExcelModule } = await import('exceljs')
  return 'default' in loaded ? loaded.default : loaded
}

/**
 * A number as plain decimal digits, never 1e-7. Excel shows at most 15 significant digits; the
 * 16th and 17th that the file may hold are binary noise (0.1 + 0.2), so they are rounded off.
 */
export function plainNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString()
  const shortest = String(Number(value.toPrecision(15)))
  const [mantissa = '', exponent] = String(Math.abs(Number(shortest))).split('e')
  if (exponent === undefined) return shortest
  const [whole = '', fraction = ''] = mantissa.split('.')
  const digits = whole + fraction
  const point = whole.length + Number(exponent)
  const sign = value < 0 ? '-' : ''
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') return plainNumber(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if ('error' in value) return ''
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  // A link's text is rich text when the cell was formatted in parts: the same rules read it.
  if ('hyperlink' in value) return valueText(value.text)
  return valueText(value.result)
}

export async function readXlsxRows(bytes: ArrayBuffer): Promise<NumberedRows> {
  const excel = await loadExcel()
  const workbook = new excel.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.worksheets[0]
  const numbered: (readonly [number, readonly string[]])[] = []
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(valueText(row.getCell(column).value))
    numbered.push([row.number, cells])
  })
  // A row with only formatting, or only spaces, is blank to the user, as in a CSV file.
  return withoutBlankRows(numbered)
}
