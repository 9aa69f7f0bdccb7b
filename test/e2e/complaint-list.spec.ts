import { test, expect } from './support/fixtures'
import { ComplaintListPage } from './support/complaint-list-page'

/*
 * The complaint list on the demo shop, whose complaints are made relative to today: the
 * journey reads what is on screen rather than expecting particular complaints or names.
 */

test('the complaint list filters by status, lateness and severity, and overdue complaints stand out', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await page.keyboard.press('Alt+2')
  const list = new ComplaintListPage(page)
  await expect(list.main.getByRole('heading', { level: 1 })).toHaveText('投诉处理')
  await list.waitForRows()
  const total = await list.shownCount()
  expect(total).toBeGreaterThan(0)

  // Status: pick the status of the first row, and every row left shows it.
  const status = (await list.cell(list.rows.first(), 'status').innerText()).trim()
  await list.check('状态', status)
  await list.waitForRows()
  await expect(list.rows.filter({ hasNotText: status })).toHaveCount(0)
  await expect(list.rows.first()).toBeVisible()
  await list.clearFilters()
  await expect.poll(() => list.shownCount()).toBe(total)

  // Overdue: the header says how many, the filter shows just those, each with its marker and tint.
  const summary = list.main.getByRole('button', { name: /条投诉已超时/ })
  await expect(summary).toBeVisible()
  const overdue = Number((await summary.innerText()).replace(/\D/g, ''))
  expect(overdue).toBeGreaterThan(0)
  await list.filters.getByRole('checkbox', { name: '只看超时' }).check()
  await expect.poll(() => list.shownCount()).toBe(overdue)
  await list.waitForRows()
  for (const row of await list.rows.all()) {
    await expect(list.overdueMarker(row)).toBeVisible()
    await expect(list.cell(row, 'status')).toHaveText(/新投诉|处理中/)
  }
  const lateRow = list.rows.first()
  await expect(lateRow).toHaveCSS('background-color', 'rgb(254, 243, 242)')
  await list.clearFilters()

  // Severity: only ordinary complaints, and lateness still marked among them where it is.
  await list.check('级别', '一般投诉')
  await list.waitForRows()
  const ordinary = await list.shownCount()
  expect(ordinary).toBeLessThanOrEqual(total)
  // One retrying assertion over the rows: the table re-renders as the filter lands, so rows read one by one may vanish.
  await expect(list.rows.filter({ hasNotText: '一般投诉' })).toHaveCount(0)
  await expect(list.rows.first()).toBeVisible()
  await list.clearFilters()

  // A click anywhere on a row opens that complaint: the row's link lies over the whole row,
  // so the mouse lands on the link (Playwright would otherwise wait for the cell to be on top).
  const row = list.rows.nth(1)
  const id = await list.idOf(row)
  await list.cell(row, 'customer').click({ force: true })
  await expect(page).toHaveURL(new RegExp(`#/complaints/${id}$`))

  // And from the keyboard: Enter on a row's link.
  await page.goBack()
  await list.waitForRows()
  const other = list.rows.nth(2)
  const otherId = await list.idOf(other)
  await list.cell(other, 'number').getByRole('link').focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/complaints/${otherId}$`))
})

test('a complaint prints as an A4 sheet with everything, and as a slip without the internal notes', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.loadDemoShop()
  await page.keyboard.press('Alt+2')
  const list = new ComplaintListPage(page)
  await list.waitForRows()
  const row = list.rows.first()
  const id = await list.idOf(row)
  const number = (await list.cell(row, 'number').innerText()).trim()
  const customer = (await list.cell(row, 'customer').innerText()).trim()
  expect(number).toMatch(/^TS-\d{8}-\d{4}-[0-9A-Z]{4}$/)

  // The intake wizard writes internal notes; this journey is about printing, so it writes one straight into the record.
  const notes = '内部备注：客户之前在别家门店也投诉过，回访时注意语气'
  await page.evaluate(
    ({ complaintId, text }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('frontdesk')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const database = request.result
          const store = database.transaction('complaints', 'readwrite').objectStore('complaints')
          const read = store.get(complaintId)
          read.onsuccess = () => {
            const write = store.put({ ...read.result, notes: text })
            write.onsuccess = () => {
              database.close()
              resolve()
            }
            write.onerror = () => reject(write.error)
          }
        }
      }),
    { complaintId: id, text: notes }
  )
  await page.reload()

  const sheet = await list.printToText(id, 'sheet', testInfo.outputPath('complaint-sheet.pdf'))
  expect(sheet).toContain(number)
  expect(sheet).toContain(customer)
  expect(sheet).toContain('投诉处理单')
  expect(sheet).toContain(notes)
  expect(sheet).toContain('状态记录')

  const slip = await list.printToText(id, 'slip', testInfo.outputPath('complaint-slip.pdf'))
  expect(slip).toContain(number)
  expect(slip).toContain(customer)
  expect(slip).toContain('感谢您')
  expect(slip).not.toContain(notes)
  expect(slip).not.toContain('内部备注')
  expect(slip).not.toContain('原因分析')

  // The toolbar prints through the platform bridge: in a browser, the browser's own print dialog.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await list.main.getByRole('button', { name: '打印 / 另存为 PDF' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  await list.main.getByRole('link', { name: '返回投诉详情' }).click()
  await expect(page).toHaveURL(new RegExp(`#/complaints/${id}$`))
})

test('a printout of a complaint that does not exist says so', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  await page.goto('/#/complaints/no-such-complaint/print/sheet')
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('找不到这条投诉，可能编号有误或已被删除。')
  await page.getByRole('main').getByRole('link', { name: '返回投诉列表' }).click()
  await expect(page.getByRole('main').getByRole('heading', { name: '还没有投诉记录' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: '登记投诉' }).first()).toHaveAttribute('href', '#/complaints/new')
})
