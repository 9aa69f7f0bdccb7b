import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** The columns of the complaint list, in the order it shows them by default. */
const COLUMN = { number: 0, received: 1, customer: 2, category: 3, severity: 4, status: 5, handler: 6, deadline: 7, followUp: 8 } as const

/** The complaint list as a clerk uses it, and its printouts as paper would show them. */
export class ComplaintListPage {
  readonly main: Locator
  readonly table: Locator
  readonly count: Locator
  readonly filters: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.table = this.main.getByRole('table', { name: /投诉处理|Complaints/ })
    this.count = this.main.getByRole('status')
    this.filters = this.main.getByRole('group', { name: /筛选|Filters/ })
  }

  /** Rows of complaints (not the header), once their records have loaded. */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') })
  }

  cell(row: Locator, column: keyof typeof COLUMN): Locator {
    return row.getByRole('cell').nth(COLUMN[column])
  }

  overdueMarker(row: Locator): Locator {
    return row.getByText(/响应超时|解决超时/)
  }

  async waitForRows(): Promise<void> {
    await expect(this.rows.first()).toBeVisible()
    await expect(this.cell(this.rows.first(), 'number')).not.toHaveText('…')
  }

  /** How many complaints the list says it shows. */
  async shownCount(): Promise<number> {
    await expect(this.count).toHaveText(/共 \d+ 条投诉/)
    return Number((await this.count.innerText()).replace(/\D/g, ''))
  }

  check(groupName: string, option: string): Promise<void> {
    return this.filters.getByRole('group', { name: groupName }).getByRole('checkbox', { name: option }).check()
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: '清除筛选' }).click()
  }

  /** The complaint's id, from the link its row opens. */
  async idOf(row: Locator): Promise<string> {
    const href = await this.cell(row, 'number').getByRole('link').getAttribute('href')
    const id = /#\/complaints\/([^/?#]+)$/.exec(href ?? '')?.[1]
    if (!id) throw new Error(`No complaint link in the row: ${href}`)
    return id
  }

  /** Opens a printout, prints it to an A4 PDF at `pdfPath`, and returns the PDF's text as pdftotext reads it. */
  async printToText(id: string, document: 'slip' | 'sheet', pdfPath: string): Promise<string> {
    await this.page.goto(`/#/complaints/${id}/print/${document}`)
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(document === 'slip' ? '投诉受理回执' : '投诉处理单')
    mkdirSync(dirname(pdfPath), { recursive: true })
    await this.page.pdf({ path: pdfPath, format: 'A4' })
    return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
  }
}
