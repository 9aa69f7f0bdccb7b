import { expect, type Locator, type Page } from '@playwright/test'

/** The shell as a clerk sees it: navigation, the staff switcher, and the first-run choice. */
export class AppShell {
  readonly nav: Locator
  readonly header: Locator
  readonly main: Locator
  readonly staffSwitcher: Locator
  readonly firstRunDialog: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation')
    this.header = page.getByRole('banner')
    this.main = page.getByRole('main')
    this.staffSwitcher = this.header.getByRole('combobox', { name: /当前值班|At the desk/ })
    this.firstRunDialog = page.getByRole('dialog')
  }

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.nav).toBeVisible()
  }

  /** First run: start with an empty shop, optionally as a named first staff member. */
  async startEmpty(firstStaffName = ''): Promise<void> {
    await this.answerFirstRun(/从空白开始|Start empty/, firstStaffName)
  }

  async loadDemoShop(): Promise<void> {
    await this.answerFirstRun(/载入示例门店|Load a demo shop/, '')
  }

  async goTo(sectionName: string | RegExp): Promise<void> {
    await this.nav.getByRole('link', { name: sectionName }).click()
    await expect(this.main.getByRole('heading', { level: 1 })).toBeVisible()
  }

  async selectStaff(name: string): Promise<void> {
    const option = this.staffSwitcher.getByRole('option', { name: new RegExp(`^${name}`) })
    await this.staffSwitcher.selectOption({ label: (await option.textContent()) ?? name })
  }

  private async answerFirstRun(choice: RegExp, firstStaffName: string): Promise<void> {
    await expect(this.firstRunDialog).toBeVisible()
    if (firstStaffName) await this.firstRunDialog.getByRole('textbox').fill(firstStaffName)
    await this.firstRunDialog.getByRole('button', { name: choice }).click()
    await expect(this.firstRunDialog).toBeHidden({ timeout: 30_000 })
  }
}
