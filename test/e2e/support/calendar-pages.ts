import { expect, type Locator, type Page } from '@playwright/test'

/** The task form, the task page and the visit calendar as a clerk uses them (zh-CN or English). */
export class CalendarPages {
  readonly main: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 })
  }

  /** From a customer card: the "plan a visit" button. */
  async planVisitFromCard(): Promise<void> {
    await this.main.getByRole('link', { name: /^(安排拜访|Plan a visit)$/ }).click()
    await expect(this.heading).toHaveText(/安排任务|Plan a task/)
  }

  async fillTask({ purpose, time }: { readonly purpose?: string; readonly time?: string }): Promise<void> {
    if (purpose !== undefined) await this.main.getByRole('textbox', { name: /^(目的|Purpose)$/ }).fill(purpose)
    if (time !== undefined) await this.main.getByLabel(/^(时间|Time)$/).fill(time)
  }

  async saveTask(): Promise<void> {
    await this.main.getByRole('button', { name: /^(保存|Save)$/ }).click()
  }

  /** The calendar's task chips (links to tasks) in the view shown. */
  get tasks(): Locator {
    return this.main.locator('.task-chip, .agenda-item')
  }

  async showView(name: RegExp): Promise<void> {
    await this.main.getByRole('group', { name: /视图|View/ }).getByRole('button', { name }).click()
    await expect(this.main.getByRole('button', { name, pressed: true })).toBeVisible()
  }

  async taskAction(name: RegExp): Promise<Locator> {
    await this.main.getByRole('button', { name }).click()
    const dialog = this.page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    return dialog
  }
}
