/**
 * The first sheet of an .xlsx file as rows of text, for an import: exceljs is loaded only when
 * a workbook is read. Dates become yyyy-mm-dd (Excel keeps them as days, exceljs hands them over
 * as UTC midnights), numbers their plain digits, formulas their last result.
 */
import type * as ExcelJS from 'exceljs'

type ExcelModule = typeof ExcelJS

async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule | { readonly default: ExcelModule } = await import('exceljs')
  return 'default' in loaded ? loaded.default : loaded
}

function cellText(cell: ExcelJS.Cell): string {
  const { value } = cell
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value)
  if (value !== null && typeof value === 'object' && 'result' in value) return String(value.result ?? '')
  return cell.text
}

export async function readXlsxRows(bytes: ArrayBuffer): Promise<readonly (readonly string[])[]> {
  const excel = await loadExcel()
  const workbook = new excel.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.worksheets[0]
  if (sheet === undefined) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column)))
    rows.push(cells)
  })
  return rows
}
