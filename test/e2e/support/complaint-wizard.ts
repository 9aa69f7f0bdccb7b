import { expect, type Locator, type Page } from '@playwright/test'

/** The complaint wizard as a clerk works it: the steps, the reply, the coaching, the follow-up. */
export class ComplaintWizard {
  readonly main: Locator
  readonly reply: Locator
  readonly steps: Locator
  readonly coaching: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.reply = this.main.getByRole('textbox', { name: /^(答复顾客（草稿）|Reply to the customer \(draft\))$/ })
    this.steps = this.main.getByRole('navigation', { name: /受理步骤|Intake steps/ })
    this.coaching = this.main.getByRole('region', { name: /话术提示|What to say/ })
  }

  /** From the customer card on screen: the card's button, then start. */
  async startFromCard(): Promise<void> {
    await this.main.getByRole('link', { name: /^(登记投诉|Take a complaint)$/ }).click()
    await this.main.getByRole('button', { name: /^(开始受理|Start)$/ }).click()
    await expect(this.heading).toContainText(/投诉 TS-|Complaint TS-/)
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 })
  }

  get stepHeading(): Locator {
    return this.main.getByRole('heading', { level: 2, name: /^(第 \d 步|Step \d)/ })
  }

  /** The flags listed under a field, each with why and the better wording. */
  get flags(): Locator {
    return this.main.locator('.phrase-flag')
  }

  async next(): Promise<void> {
    const before = await this.stepHeading.textContent()
    await this.main.getByRole('button', { name: /^(下一步|Next)$/ }).click()
    await expect(this.stepHeading).not.toHaveText(before ?? '')
  }

  async complaintNumber(): Promise<string> {
    await expect(this.heading).toContainText(/TS-\d{8}-/)
    const title = (await this.heading.textContent()) ?? ''
    const number = /TS-\d{8}-\d{4}-[0-9A-Z]{4}/.exec(title)?.[0]
    expect(number, `a complaint number in "${title}"`).toBeTruthy()
    return number ?? ''
  }
}
