import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { test, expect } from './support/fixtures'
import { ComplaintListPage } from './support/complaint-list-page'
import { ComplaintWizard } from './support/complaint-wizard'
import { CustomerPages } from './support/customer-pages'
import { greyPages, pagesAsPng, pdfPageCount, pngSize, ReportPages, squeezed, type GreyPage } from './support/report-pages'

/**
 * Every report, by its title, with how it prints unless told otherwise; `full`: the demo shop
 * gives every one of its sections rows (a year of care tasks, customers of every tier, some at risk).
 */
const REPORTS = [
  { title: '投诉统计', landscape: false, full: false },
  { title: '投诉原因分析', landscape: false, full: false },
  { title: '投诉处理时效', landscape: true, full: false },
  { title: '未结投诉与超时', landscape: false, full: false },
  { title: '满意度', landscape: false, full: false },
  { title: '关怀与拜访完成情况', landscape: false, full: true },
  { title: '客户结构与流失风险', landscape: false, full: true },
  { title: '禁忌语辅导', landscape: false, full: false }
] as const

const XSS = '<img src=x onerror=alert(1)>'

/** The day `days` before a 'yyyy-mm-dd' day, by the calendar. */
function daysBefore(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) - days)).toISOString().slice(0, 10)
}

/** A day as the report's header prints it in Chinese: 2026/03/01. */
const printedDay = (date: string): string =>
  new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(`${date}T00:00:00`))

/**
 * Where ink may fall on a printed page: the running header in the top margin, the page number
 * in the bottom one, content between, and nothing in the side margins (a chart or table drawn
 * wider than the paper would run into them).
 */
function expectPageLaidOut(page: GreyPage, landscape: boolean, label: string): void {
  const side = landscape ? 14 / 297 : 14 / 210
  const top = landscape ? 14 / 210 : 16 / 297
  expect(page.width > page.height, `${label}: orientation`).toBe(landscape)
  expect(page.inked(side, 0, 1 - side, top * 0.9), `${label}: running header`).toBeGreaterThan(0)
  expect(page.inked(side, 1 - top * 0.9, 1 - side, 1), `${label}: page number`).toBeGreaterThan(0)
  expect(page.inked(side, top, 1 - side, 1 - top), `${label}: content`).toBeGreaterThan(0.002)
  expect(page.darkest(0, 0, side * 0.7, 1), `${label}: left margin`).toBeGreaterThan(200)
  expect(page.darkest(1 - side * 0.7, 0, 1, 1), `${label}: right margin`).toBeGreaterThan(200)
}

test('every report on the demo data: the range changes it, chart and table agree, and it prints on A4 with its title, period and rows', async ({
  shell,
  page
}, testInfo) => {
  test.setTimeout(180_000)
  await shell.open()
  await shell.loadDemoShop()
  const reports = new ReportPages(page)
  await reports.openDashboard()

  // The demo's history runs back a year from today: a custom period of 400 days holds all of it.
  const { to: today } = await reports.range()
  const from = daysBefore(today, 400)
  await reports.setRange(from, today)
  await expect(reports.preset).toHaveValue('custom')

  for (const [index, { title, landscape, full }] of REPORTS.entries()) {
    await reports.openDashboard()
    await reports.openReport(title)
    // The period chosen stays with the reports.
    expect(await reports.range()).toEqual({ from, to: today })
    await expect(page.getByRole('radio', { name: landscape ? '横向' : '纵向' })).toBeChecked()

    // Each chart is drawn no wider than the printed page's content (A4 less its margins, 14 mm a side), so none is cut on paper.
    const contentWidthPx = ((landscape ? 297 : 210) - 28) * (96 / 25.4)
    for (const svg of await reports.main.locator('.chart-canvas svg').all()) {
      expect(Number(await svg.getAttribute('width'))).toBeLessThanOrEqual(contentWidthPx)
    }

    const rows = new Map<string, readonly string[]>()
    for (const section of await reports.sections.all()) {
      const heading = (await section.getByRole('heading', { level: 2 }).textContent()) ?? ''
      rows.set(heading, await reports.rowNames(section))
    }
    expect([...rows.values()].some((names) => names.length > 0), `${title} shows some rows`).toBe(true)
    if (full) for (const [heading, names] of rows) expect(names.length, `${title}: ${heading} has rows`).toBeGreaterThan(0)

    const pdfPath = testInfo.outputPath(`report-${index}.pdf`)
    const text = squeezed(await reports.printToPdf(pdfPath))
    const pages = pdfPageCount(pdfPath)
    expect(text).toContain(squeezed(title))
    expect(text).toContain(squeezed(`统计期间：${printedDay(from)} 至 ${printedDay(today)}`))
    expect(text).toContain('打印人：未选择值班员工')
    expect(text).toContain(squeezed(`第 ${pages} 页 / 共 ${pages} 页`))
    for (const [heading, names] of rows) {
      expect(text, `${title}: ${heading}`).toContain(squeezed(heading))
      for (const name of names) expect(text, `${title}: ${heading}: ${name}`).toContain(squeezed(name))
    }

    const pngs = pagesAsPng(pdfPath, testInfo.outputPath(`report-${index}`))
    expect(pngs).toHaveLength(pages)
    for (const [pageIndex, png] of pngs.entries()) {
      expect(pngSize(png)).toEqual(landscape ? { width: 702, height: 496 } : { width: 496, height: 702 })
      await testInfo.attach(`${title} ${pageIndex + 1}`, { path: png, contentType: 'image/png' })
    }
    greyPages(pdfPath, testInfo.outputPath(`grey-${index}`)).forEach((grey, pageIndex) =>
      expectPageLaidOut(grey, landscape, `${title}, page ${pageIndex + 1}`)
    )
  }
})

test('the complaints report counts what the complaint list lists, its chart says what its table says, and it exports', async ({
  shell,
  page
}, testInfo) => {
  await shell.open()
  await shell.loadDemoShop()
  const list = new ComplaintListPage(page)
  await page.goto('/#/complaints')
  await list.waitForRows()
  const listed = await list.shownCount()

  const reports = new ReportPages(page)
  await reports.openDashboard()
  const { to: today } = await reports.range()
  await reports.openReport('投诉统计')
  await reports.setRange(daysBefore(today, 400), today)
  const byCategory = reports.section('按类别')
  await expect(reports.totalCell(byCategory, 1)).toHaveText(String(listed))

  // The bars are named and labelled with the table's own words and figures.
  const chartText = await byCategory.locator('svg text').allTextContents()
  for (const row of await reports.bodyRows(byCategory).all()) {
    expect(chartText).toContain(await row.getByRole('rowheader').textContent())
    expect(chartText).toContain(await row.getByRole('cell').first().textContent())
  }

  // A shorter period counts no more, and the dashboard says what the report says (both read afresh as they open).
  await reports.setRange(daysBefore(today, 30), today)
  await reports.openDashboard()
  const received = reports.main.getByRole('link', { name: /受理投诉/ }).locator('.report-headline-value')
  const lastMonth = Number(await received.textContent())
  expect(lastMonth).toBeLessThanOrEqual(listed)
  await reports.openReport('投诉统计')
  if (lastMonth === 0) await expect(byCategory.getByRole('cell', { name: '这段时间没有可统计的记录。' })).toBeVisible()
  else await expect(reports.totalCell(byCategory, 1)).toHaveText(String(lastMonth))
  await reports.setRange(daysBefore(today, 400), today)
  await expect(reports.totalCell(byCategory, 1)).toHaveText(String(listed))

  const csv = page.waitForEvent('download')
  await byCategory.getByRole('button', { name: '导出 CSV' }).click()
  const csvText = readFileSync((await (await csv).path()) ?? '', 'utf8')
  expect(csvText.startsWith('\uFEFF类别,投诉数,占比\r\n')).toBe(true)
  expect(csvText).toContain(`合计,${listed},100%`)

  const xlsx = page.waitForEvent('download')
  await byCategory.getByRole('button', { name: '导出 Excel' }).click()
  expect((await xlsx).suggestedFilename()).toMatch(/^投诉统计-按类别 .+\.xlsx$/)
  expect(readFileSync((await (await xlsx).path()) ?? '').subarray(0, 2).toString('latin1')).toBe('PK')

  const png = page.waitForEvent('download')
  await byCategory.getByRole('button', { name: '导出图片' }).click()
  const pngPath = (await (await png).path()) ?? ''
  expect(readFileSync(pngPath).subarray(1, 4).toString('latin1')).toBe('PNG')
  const chartBox = await byCategory.locator('.chart-canvas').boundingBox()
  // Twice the chart's width on screen (whole pixels), for a sharp picture in a document.
  expect(pngSize(pngPath).width).toBe(Math.floor(chartBox?.width ?? 0) * 2)

  // Three years by month is a table longer than a page: every page it runs onto repeats its headings.
  await reports.setRange(daysBefore(today, 3 * 365), today)
  await expect(reports.bodyRows(reports.section('按月份'))).toHaveCount(37)
  const pdfPath = testInfo.outputPath('three-years.pdf')
  await reports.printToPdf(pdfPath)
  const pageTexts = Array.from({ length: pdfPageCount(pdfPath) }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pdfPath, '-'], { encoding: 'utf8' })
  )
  const withMonths = pageTexts.filter((text) => /\d{4}年\d{1,2}月\s+\d+\s+\d+\s+\d+\s+\d+/.test(text))
  expect(withMonths.length).toBeGreaterThan(1)
  for (const text of withMonths) expect(text).toMatch(/月份\s+一般\s+严重\s+危机\s+投诉数/)

  // The toolbar prints through the platform bridge: in a browser, the browser's own print dialog.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await reports.main.getByRole('button', { name: '打印 / 另存为 PDF' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
})

test('a staff member and a customer named as markup show as text: in the chart’s tooltip and the printed table', async ({
  shell,
  page
}, testInfo) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await shell.open()
  // The first member of staff, at the desk from the start.
  await shell.startEmpty(XSS)
  await expect(shell.staffSwitcher.locator('option:checked')).toHaveText(new RegExp(`^${XSS.replace(/[()]/g, '\\$&')}`))

  const customers = new CustomerPages(page)
  await customers.create({ name: XSS, phone: '13800138000' })
  await expect(customers.heading).toHaveText(XSS)
  const wizard = new ComplaintWizard(page)
  await wizard.startFromCard()
  await wizard.reply.fill('您好，这是公司的规定')
  await expect(wizard.flags).toHaveCount(1)

  const reports = new ReportPages(page)
  await reports.openDashboard()
  await reports.openReport('禁忌语辅导')
  const byStaff = reports.section('每位员工的禁忌语提示')
  await expect.poll(() => reports.rowNames(byStaff)).toEqual([XSS])
  await reports.waitForSections()

  // Hover the bar: the tooltip names the staff member in plain characters.
  const chart = byStaff.locator('.chart-canvas')
  await chart.scrollIntoViewIfNeeded()
  const box = await chart.boundingBox()
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2)
  const tooltip = byStaff.locator('.chart-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip.locator('.chart-tooltip-title')).toHaveText(XSS)
  await expect(tooltip.locator('img')).toHaveCount(0)
  // The axis names the bar in SVG text (cut short to fit), the table in a row heading: no element is made of the name anywhere.
  expect((await byStaff.locator('svg text').allTextContents()).some((label) => label.startsWith('<img src=x onerror='))).toBe(true)
  await expect(page.locator('main img')).toHaveCount(0)
  // Away from the chart, as when the print button is pressed: no hover shading on paper.
  await page.mouse.move(0, 0)
  await expect(tooltip).toBeHidden()

  const text = squeezed(await reports.printToPdf(testInfo.outputPath('markup.pdf')))
  expect(text).toContain(squeezed(`打印人：${XSS}`))
  expect(text).toContain(`${squeezed(XSS)}11100.0%`)
  expect(dialogs).toEqual([])
})

test('the customers at risk name each one’s tier and owner, and choosing a member of staff keeps only the customers they own', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const reports = new ReportPages(page)
  await reports.openDashboard()
  // Opened from the foot of the dashboard, the report still starts at its top.
  await reports.main.evaluate((main) => main.scrollTo({ top: main.scrollHeight }))
  await expect.poll(() => reports.main.evaluate((main) => main.scrollTop)).toBeGreaterThan(0)
  await reports.openReport('客户结构与流失风险')
  expect(await reports.main.evaluate((main) => main.scrollTop)).toBe(0)
  // Only the page area scrolls: the document is never taller than the window, so the shell never slides up.
  await expect(reports.section('有流失风险的客户').locator('tbody tr').first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBe(0)
  const atRisk = reports.section('有流失风险的客户')
  await expect(atRisk.locator('thead th')).toHaveText(['客户', '等级', '负责人', '未联系天数', '未结投诉'])
  const owners = async (): Promise<readonly string[]> => atRisk.locator('tbody tr').locator('td:nth-child(3)').allTextContents()
  expect((await owners()).length).toBeGreaterThan(0)

  const owner = (await owners()).find((name) => !name.startsWith('（')) ?? ''
  await reports.staff.selectOption({ label: owner })
  await reports.waitForSections()
  await expect.poll(async () => new Set(await owners())).toEqual(new Set([owner]))
})
