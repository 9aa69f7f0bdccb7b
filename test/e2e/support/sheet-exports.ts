import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export type SheetFormat = 'csv' | 'xlsx'

const FORMAT_BUTTON: Readonly<Record<SheetFormat, RegExp>> = {
  csv: /^(CSV 文件|CSV file)/,
  xlsx: /^(Excel 工作簿|Excel workbook)/
}

/** A downloaded sheet as the test reads it: the header row, then the rows, every cell as a spreadsheet holds it. */
export interface ReadSheet {
  readonly headers: readonly string[]
  readonly rows: readonly (readonly (string | number | null)[])[]
  /** The XLSX sheet itself, for the cells' types and formats; null for a CSV. */
  readonly worksheet: ExcelJS.Worksheet | null
}

/** The exports for Excel as a clerk uses them: a list's 导出 control and the data page's rows of buttons. */
export class SheetExports {
  readonly main: Locator

  constructor(
    readonly page: Page,
    /** Where the downloaded files are kept for the test. */
    private readonly folder: string
  ) {
    this.main = page.getByRole('main')
  }

  get listExportButton(): Locator {
    return this.main.getByRole('button', { name: /^(导出|Export)$/ })
  }

  /** The list page's 导出: opens it, picks the format and keeps the file; returns its path. */
  async fromList(format: SheetFormat, name: string): Promise<string> {
    await expect(this.listExportButton).toBeEnabled()
    await this.listExportButton.click()
    const choice = this.main.getByRole('group', { name: /^(导出为|Export as)$/ }).getByRole('button', { name: FORMAT_BUTTON[format] })
    return this.keep(() => choice.click(), name)
  }

  /** One of the data page's exports, by what it exports (the group's name). */
  async fromDataPage(what: RegExp, format: SheetFormat, name: string): Promise<string> {
    return this.keep(() => this.main.getByRole('group', { name: what }).getByRole('button', { name: FORMAT_BUTTON[format] }).click(), name)
  }

  private async keep(click: () => Promise<void>, name: string): Promise<string> {
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 })
    await click()
    const download: Download = await downloading
    const path = join(this.folder, `${name}-${download.suggestedFilename()}`)
    await download.saveAs(path)
    return path
  }
}

/** A CSV as Chinese Excel opens it: UTF-8 behind a byte-order mark, CRLF line ends. */
export function readCsvFile(path: string): ReadSheet {
  const text = readFileSync(path, 'utf8')
  expect(text.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark').toBe(true)
  expect(text.replace(/"[^"]*"/g, '').split('\n').slice(0, -1).every((line) => line.endsWith('\r')), 'every line ends in CRLF').toBe(true)
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', delimiter: ',' })
  expect(parsed.errors).toEqual([])
  const [headers = [], ...rows] = parsed.data
  return { headers, rows, worksheet: null }
}

/** An XLSX workbook's first sheet. */
export async function readXlsxFile(path: string): Promise<ReadSheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const worksheet = workbook.worksheets[0]
  if (worksheet === undefined) throw new Error(`${path} has no sheet`)
  const values: (string | number | null)[][] = []
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | number | null)[] = []
    for (let column = 1; column <= worksheet.columnCount; column += 1) {
      const value = row.getCell(column).value
      cells.push(typeof value === 'string' || typeof value === 'number' ? value : null)
    }
    values.push(cells)
  })
  const [headers = [], ...rows] = values
  return { headers: headers.map(String), rows, worksheet }
}

/** The cells of one column, found by its header. */
export function column(sheet: ReadSheet, header: string): readonly (string | number | null)[] {
  const index = sheet.headers.indexOf(header)
  expect(index, `a column headed ${header}`).toBeGreaterThanOrEqual(0)
  return sheet.rows.map((row) => row[index] ?? null)
}
