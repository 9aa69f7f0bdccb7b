import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { AppShell } from './support/app-shell'
import { CustomerPages } from './support/customer-pages'
import { DataTransferScreen, readAllRecords, wipeBrowserData } from './support/data-transfer-page'
import { expect, test } from './support/fixtures'

const downloadsFolder = (): Promise<string> => mkdtemp(join(tmpdir(), 'frontdesk-e2e-data-'))

test('back up, wipe the PC, restore: every record comes back exactly as it was', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const data = new DataTransferScreen(page, await downloadsFolder())
  await data.open()
  await expect(data.main.getByTestId('automatic-backups-browser')).toContainText('自动备份需要使用桌面版')
  const before = await readAllRecords(page)
  expect(before.customers?.length).toBeGreaterThan(0)

  const backup = await data.makeBackup()
  await expect(data.main.getByRole('status').filter({ hasText: '备份已下载' })).toBeVisible()
  const document = JSON.parse(gunzipSync(await readFile(backup)).toString('utf8')) as { readonly format: string; readonly kind: string }
  expect(document).toMatchObject({ format: 'frontdesk-export', kind: 'backup' })

  await wipeBrowserData(page)
  await shell.open()
  await shell.startEmpty()
  await data.open()
  expect((await readAllRecords(page)).customers).toEqual([])

  await data.chooseBackup(backup)
  const customersRow = data.restorePreview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '客户', exact: true }) })
  await expect(customersRow.getByRole('cell').first()).toHaveText(String(before.customers?.length))
  await expect(data.restorePreview).toContainText('完整备份')
  await expect(data.restorePreview).toContainText('另一台电脑')
  // The script library seeded by "start empty" is data too: it is saved (downloaded) before it is replaced.
  await data.confirmRestore(true)

  expect(await readAllRecords(page)).toEqual(before)
})

test('a damaged file is refused with what is wrong and where, and nothing changes', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  const folder = await downloadsFolder()
  const data = new DataTransferScreen(page, folder)
  await data.open()
  const backup = await data.makeBackup()
  const before = await readAllRecords(page)

  const text = gunzipSync(await readFile(backup)).toString('utf8')
  const cut = join(folder, 'cut.json')
  await writeFile(cut, text.slice(0, Math.floor(text.length / 2)))
  await data.main.getByLabel('选择要恢复的备份文件').setInputFiles(cut)
  await expect(data.main.getByRole('alert')).toContainText('文件不完整：在“话术”的第')

  const notOurs = join(folder, 'notes.json')
  await writeFile(notOurs, JSON.stringify({ format: 'excalidraw', version: 2, elements: [] }))
  await data.main.getByLabel('选择要恢复的备份文件').setInputFiles(notOurs)
  await expect(data.main.getByRole('alert')).toContainText('这不是「前台」的文件：它的格式是“excalidraw”。')

  expect(await readAllRecords(page)).toEqual(before)
})

/** A second PC: its own browser context, so its own IndexedDB; console errors fail the test here too. */
async function openPc(browser: Browser, baseURL: string | undefined, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { context, page }
}

async function editNotes(page: Page, customerId: string, notes: string, address?: string): Promise<void> {
  const customers = new CustomerPages(page)
  await page.goto(`/#/customers/${customerId}/edit`)
  await customers.main.getByRole('textbox', { name: '备注' }).fill(notes)
  if (address !== undefined) await customers.main.getByRole('textbox', { name: '地址' }).fill(address)
  await customers.save()
  await expect(customers.main).toContainText(notes)
}

async function customerRecord(page: Page, customerId: string): Promise<Record<string, unknown> | undefined> {
  const records = await readAllRecords(page)
  return records.customers?.find((record) => (record as { readonly id: string }).id === customerId) as Record<string, unknown> | undefined
}

test('two PCs work offline and merge both ways; the manager settles the one conflict', async ({ browser, baseURL }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  const pcA = await openPc(browser, baseURL, errors)
  const pcB = await openPc(browser, baseURL, errors)
  const folder = await downloadsFolder()
  const dataA = new DataTransferScreen(pcA.page, folder)
  const dataB = new DataTransferScreen(pcB.page, folder)

  // PC A takes on a customer and hands over.
  const shellA = new AppShell(pcA.page)
  await shellA.open()
  await shellA.startEmpty('王店长')
  await new CustomerPages(pcA.page).create({ name: '曾晓明', phone: '139 1234 5678', address: '上海市徐汇区漕溪北路 88 号' })
  await expect(new CustomerPages(pcA.page).heading).toContainText('曾晓明')
  const customerId = /#\/customers\/([^/]+)$/.exec(pcA.page.url())?.[1] ?? ''
  expect(customerId).not.toBe('')
  await dataA.open()
  const first = await dataA.exportHandOver('a1')

  // PC B merges it: everything is new, nothing conflicts.
  const shellB = new AppShell(pcB.page)
  await shellB.open()
  await shellB.startEmpty('李前台')
  await dataB.open()
  const firstPreview = await dataB.chooseHandOver(first)
  await expect(firstPreview).toContainText('没有冲突')
  await expect(dataB.total('added')).not.toHaveText('0')
  await dataB.applyMerge()
  expect(await customerRecord(pcB.page, customerId)).toEqual(await customerRecord(pcA.page, customerId))

  // Both edit the customer offline: A the notes and the address, then B the notes.
  await editNotes(pcA.page, customerId, 'A：周末不方便接电话', '上海市静安区南京西路 1 号')
  await editNotes(pcB.page, customerId, 'B：喜欢上午联系')
  await dataA.open()
  const fromA = await dataA.exportHandOver('a2')
  await dataB.open()
  const fromB = await dataB.exportHandOver('b1')

  // B merges A's packet: the notes conflict; the manager keeps A's wording against the stamps (B's edit is later).
  const onB = await dataB.chooseHandOver(fromA)
  const conflict = onB.getByRole('radiogroup', { name: '曾晓明 · 备注' })
  await expect(onB.getByRole('heading', { name: '两边都改过的字段（1 处）' })).toBeVisible()
  await expect(onB).toContainText('A：周末不方便接电话')
  await expect(conflict.getByRole('radio', { name: '保留本机的' })).toBeChecked()
  await conflict.getByRole('radio', { name: '保留对方的' }).check()
  await dataB.applyMerge()
  const afterB = await customerRecord(pcB.page, customerId)
  expect(afterB).toMatchObject({ notes: 'A：周末不方便接电话', address: '上海市静安区南京西路 1 号' })

  // A merges B's earlier packet and keeps what the stamps pick: B's later notes.
  const onA = await dataA.chooseHandOver(fromB)
  await expect(onA.getByRole('radiogroup', { name: '曾晓明 · 备注' }).getByRole('radio', { name: '保留对方的' })).toBeChecked()
  await dataA.applyMerge()
  expect(await customerRecord(pcA.page, customerId)).toMatchObject({ notes: 'B：喜欢上午联系', address: '上海市静安区南京西路 1 号' })

  // B's decision travels in its next packet and wins on A without another conflict: both PCs agree.
  await dataB.open()
  const decided = await dataB.exportHandOver('b2')
  const last = await dataA.chooseHandOver(decided)
  await expect(last).toContainText('没有冲突')
  await dataA.applyMerge()
  expect(await customerRecord(pcA.page, customerId)).toEqual(await customerRecord(pcB.page, customerId))
  expect(await customerRecord(pcA.page, customerId)).toMatchObject({ notes: 'A：周末不方便接电话' })

  // The same packet again changes nothing.
  await dataA.chooseHandOver(decided)
  await expect(dataA.handOverPreview).toContainText('这个文件里没有本机还没有的内容')
  await dataA.handOverPreview.getByRole('button', { name: '取消' }).click()

  await pcA.context.close()
  await pcB.context.close()
  expect(errors, 'console errors on the two PCs').toEqual([])
})
