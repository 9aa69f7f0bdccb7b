import { expect, type Locator, type Page } from '@playwright/test'

/** The care queue as a clerk uses it: sections by when, groups by reason, a row per suggested contact. */
export class CareQueuePage {
  readonly main: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/visits')
    await this.loaded()
  }

  /** Every chunk of customers read: the progress line has gone. */
  async loaded(): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: /关怀清单|Care queue/ })).toBeVisible()
    await expect(this.main.locator('.care-progress')).toHaveCount(0, { timeout: 30_000 })
  }

  /** 已逾期 / 今天 / 本周内 / 即将到来, or their English names. */
  section(name: RegExp): Locator {
    return this.main.getByRole('region', { name })
  }

  /** A reason's group within a section, e.g. 生日 in 本周内. */
  group(section: Locator, reason: RegExp): Locator {
    return section.getByRole('region', { name: reason })
  }

  /** The rows of a group (or section) whose text has all of `texts`. */
  rows(within: Locator, ...texts: readonly string[]): Locator {
    return texts.reduce((rows, text) => rows.filter({ hasText: text }), within.getByRole('listitem').filter({ has: this.page.getByRole('group') }))
  }

  async customerName(row: Locator): Promise<string> {
    return (await row.getByRole('link').first().textContent()) ?? ''
  }

  button(row: Locator, name: RegExp): Locator {
    return row.getByRole('group').getByRole('button', { name })
  }

  get toast(): Locator {
    return this.page.locator('.toast')
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }
}
