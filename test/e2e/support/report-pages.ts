import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** The reports as a manager uses them: the dashboard, a report's scope, its sections, and its printout. */
export class ReportPages {
  readonly main: Locator
  readonly scope: Locator
  readonly preset: Locator
  readonly from: Locator
  readonly to: Locator
  readonly staff: Locator
  readonly sections: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.scope = this.main.getByRole('group', { name: /报表范围|Report scope/ })
    this.preset = this.scope.getByRole('combobox', { name: /时间范围|Period/ })
    this.from = this.scope.getByLabel(/开始日期|From/)
    this.to = this.scope.getByLabel(/结束日期|To/)
    this.staff = this.scope.getByRole('combobox', { name: /员工|Staff/ })
    this.sections = this.main.locator('.report-section')
  }

  async openDashboard(): Promise<void> {
    await this.page.goto('/#/reports')
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(/报表|Reports/)
    await expect(this.main.getByRole('region', { name: /概览|Overview/ })).toBeVisible()
  }

  /** From the dashboard's list, by the report's title. */
  async openReport(title: string): Promise<void> {
    await this.main.getByRole('region', { name: /全部报表|All reports/ }).getByRole('link', { name: title, exact: true }).click()
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(title)
    await this.waitForSections()
  }

  async range(): Promise<{ readonly from: string; readonly to: string }> {
    return { from: await this.from.inputValue(), to: await this.to.inputValue() }
  }

  /** Types a custom period; on a report, waits for it to be counted anew. */
  async setRange(from: string, to: string): Promise<void> {
    await this.from.fill(from)
    await this.to.fill(to)
    await expect(this.preset).toHaveValue('custom')
    if ((await this.main.locator('.report-paper').count()) > 0) await this.waitForSections()
  }

  /** Every section has its table, and every chart (a section with figures other than zero has one) is drawn. */
  async waitForSections(): Promise<void> {
    await expect(this.main.locator('.report-paper')).toHaveAttribute('aria-busy', 'false')
    await expect(this.sections.first()).toBeVisible()
    for (const chart of await this.main.locator('.report-section .chart').all()) await expect(chart).toHaveAttribute('data-chart-state', 'ready')
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: title, exact: true })
  }

  /** A section's rows other than the total, once loaded. */
  bodyRows(section: Locator): Locator {
    return section.locator('tbody tr').filter({ has: this.page.getByRole('rowheader') })
  }

  /** The names of a section's rows, as the table shows them. */
  async rowNames(section: Locator): Promise<readonly string[]> {
    return this.bodyRows(section).getByRole('rowheader').allTextContents()
  }

  /** A cell of the total row, by column (0 is the row's name). */
  totalCell(section: Locator, column: number): Locator {
    return section.locator('tfoot tr').locator('th, td').nth(column)
  }

  /** Prints the page as the print bridge would (A4, the page's own @page size); returns the PDF's text, a table row to a line. */
  async printToPdf(pdfPath: string): Promise<string> {
    mkdirSync(dirname(pdfPath), { recursive: true })
    await this.page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
  }
}

/** Text with every run of white space removed: pdftotext breaks lines and spaces CJK text its own way. */
export const squeezed = (text: string): string => text.replace(/\s+/g, '')

export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
}

/** The PDF's pages as PNG files at 60 dpi (for a person to look at), in page order. */
export function pagesAsPng(pdfPath: string, prefix: string): readonly string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, prefix])
  const folder = dirname(prefix)
  const stem = prefix.slice(folder.length + 1)
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.png'))
    .sort()
    .map((name) => join(folder, name))
}

/** A PNG's size in pixels, from its header. */
export function pngSize(path: string): { readonly width: number; readonly height: number } {
  const bytes = readFileSync(path)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** One page rendered in grey levels (0 black – 255 white), to check where ink falls. */
export interface GreyPage {
  readonly width: number
  readonly height: number
  /** The darkest value in the rectangle (fractions of the page's width and height). */
  darkest(left: number, top: number, right: number, bottom: number): number
  /** The share of pixels darker than mid-grey in the rectangle. */
  inked(left: number, top: number, right: number, bottom: number): number
}

/** Renders each page of the PDF in grey at a low resolution (pdftoppm's PGM), for checks on the layout. */
export function greyPages(pdfPath: string, prefix: string): readonly GreyPage[] {
  execFileSync('pdftoppm', ['-gray', '-r', '30', pdfPath, prefix])
  const folder = dirname(prefix)
  const stem = prefix.slice(folder.length + 1)
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.pgm'))
    .sort()
    .map((name) => readPgm(readFileSync(join(folder, name))))
}

function readPgm(bytes: Buffer): GreyPage {
  // "P5", width, height, maximum value, each after white space, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))
  if (header === null) throw new Error('Not a binary PGM')
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])]
  const pixels = bytes.subarray(text.length)
  const each = (left: number, top: number, right: number, bottom: number, visit: (value: number) => void): void => {
    for (let y = Math.floor(top * height); y < Math.ceil(bottom * height); y += 1) {
      for (let x = Math.floor(left * width); x < Math.ceil(right * width); x += 1) visit(pixels[y * width + x] ?? 255)
    }
  }
  return {
    width,
    height,
    darkest(left, top, right, bottom) {
      let darkest = 255
      each(left, top, right, bottom, (value) => {
        darkest = Math.min(darkest, value)
      })
      return darkest
    },
    inked(left, top, right, bottom) {
      let all = 0
      let dark = 0
      each(left, top, right, bottom, (value) => {
        all += 1
        if (value < 128) dark += 1
      })
      return all === 0 ? 0 : dark / all
    }
  }
}
