import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'

/**
 * Prints the page as Chromium would to an A4 PDF at `pdfPath`, and returns its text as
 * pdftotext reads it, without whitespace (a PDF breaks lines and spaces CJK text its own way).
 */
export async function printedText(page: Page, pdfPath: string): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: pdfPath, format: 'A4' })
  await page.emulateMedia({ media: 'screen' })
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}
