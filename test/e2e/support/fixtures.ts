import { test as base, expect } from '@playwright/test'
import { AppShell } from './app-shell'

/**
 * Every journey gets a fresh browser context (so a fresh IndexedDB and localStorage: a
 * brand-new PC) and fails if the page logged an error or threw.
 */
export const test = base.extend<{ shell: AppShell; pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
    expect(errors, 'console errors during the journey').toEqual([])
  },
  shell: async ({ page, pageErrors }, use) => {
    void pageErrors
    await use(new AppShell(page))
  }
})

export { expect }
