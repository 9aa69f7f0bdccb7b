import type { Locator, Page } from '@playwright/test'

/** The "import customers from Excel / CSV" section of the data page. */
export class SpreadsheetImportSection {
  readonly section: Locator

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: '从 Excel / CSV 导入客户' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/data')
  }

  async choose(path: string): Promise<void> {
    await this.section.getByLabel('选择要导入的表格文件').setInputFiles(path)
  }

  async dryRun(): Promise<void> {
    await this.section.getByRole('button', { name: '试运行' }).click()
  }

  /** The dry run's report of refused rows: row number, column, cell and reason, one line per problem. */
  async rejectedRows(): Promise<readonly (readonly string[])[]> {
    const rows = this.section.getByRole('table', { name: '不能导入的行' }).locator('tbody tr')
    return Promise.all((await rows.all()).map((row) => row.locator('th, td').allTextContents()))
  }

  /** Downloads the refused rows' CSV into `path`. */
  async downloadRejected(path: string): Promise<void> {
    const download = this.page.waitForEvent('download')
    await this.section.getByRole('button', { name: '下载未导入的行（CSV）' }).click()
    await (await download).saveAs(path)
  }

  async importAll(): Promise<void> {
    await this.section.getByRole('button', { name: /^导入 \d+ 位客户$/ }).click()
  }
}
