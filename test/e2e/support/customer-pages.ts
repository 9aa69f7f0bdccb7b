import { expect, type Locator, type Page } from '@playwright/test'

export interface NewCustomer {
  readonly name: string
  readonly phone: string
  readonly address?: string
}

/** The customer screens as a clerk uses them: the header search, the form, the card. */
export class CustomerPages {
  readonly search: Locator
  readonly main: Locator

  constructor(readonly page: Page) {
    this.search = page.getByRole('banner').getByRole('combobox', { name: /搜索客户|Find a customer/ })
    this.main = page.getByRole('main')
  }

  async create(customer: NewCustomer): Promise<void> {
    await this.page.goto('/#/customers/new')
    await this.fillForm(customer)
    await this.save()
  }

  async fillForm({ name, phone, address }: NewCustomer): Promise<void> {
    await this.main.getByRole('textbox', { name: /^(姓名|Name)$/ }).fill(name)
    await this.main.getByRole('textbox', { name: /^(电话|Phones) 1$/ }).fill(phone)
    if (address) await this.main.getByRole('textbox', { name: /^(地址|Address)$/ }).fill(address)
  }

  async save(): Promise<void> {
    await this.main.getByRole('button', { name: /^(保存|Save)$/ }).click()
  }

  /** Types into the header search and returns the result options. */
  async find(query: string): Promise<Locator> {
    await this.page.keyboard.press('Control+k')
    await expect(this.search).toBeFocused()
    await this.search.fill(query)
    return this.page.getByRole('listbox').getByRole('option')
  }

  async open(query: string, name: string): Promise<void> {
    const options = await this.find(query)
    await options.filter({ hasText: name }).first().click()
    await expect(this.heading).toContainText(name)
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 })
  }

  get timeline(): Locator {
    return this.main.getByRole('region', { name: /往来记录|Timeline/ }).getByRole('listitem')
  }
}
