import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { printedText } from './support/printed-text'
import { eventsOf, instantOf, parseIcs, propertyOf, textOf } from './support/ics-parse'

interface PlannedContact {
  readonly id: string
  readonly startAt: string
  readonly status: string
  readonly purpose: string
  readonly customerName: string
  readonly phoneDigits: readonly string[]
  readonly address: string
}

interface BusyDay {
  readonly staffId: string
  readonly staffName: string
  /** 'yyyy-mm-dd' in the shop (Shanghai, UTC+8). */
  readonly date: string
  /** That staff member's contacts of the day, cancelled ones left out, by start. */
  readonly contacts: readonly PlannedContact[]
  /** Every live contact of theirs in the 30 days from `date` (what the calendar export holds). */
  readonly next30Days: readonly PlannedContact[]
}

/**
 * Reads the demo shop straight from IndexedDB to find a staff member's busiest day after today,
 * so the journey depends neither on the time of day nor on the demo's names.
 */
function findBusyDay(page: Page): Promise<BusyDay> {
  return page.evaluate(async () => {
    const open = indexedDB.open('frontdesk')
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const readAll = <T,>(table: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(table).objectStore(table).getAll()
        request.onsuccess = () => resolve(request.result as T[])
        request.onerror = () => reject(request.error)
      })
    type Task = {
      id: string
      startAt: string
      status: string
      purpose: string
      staffId: string | null
      customerId: string
      deletedAt: string | null
      recurrence: { kind: string }
    }
    type Customer = { id: string; name: string; address: string; phones: { normalized: string }[] }
    const [tasks, customers, staff] = await Promise.all([
      readAll<Task>('careTasks'),
      readAll<Customer>('customers'),
      readAll<{ id: string; name: string }>('staff')
    ])
    database.close()
    const shopDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10)
    const today = shopDate(new Date().toISOString())
    const byId = new Map(customers.map((customer) => [customer.id, customer]))
    const live = tasks.filter((task) => task.deletedAt === null && task.staffId !== null).sort((a, b) => a.startAt.localeCompare(b.startAt))
    // Someone with a repeating task has days the records alone do not show: they are left out of the choice.
    const withSeries = new Set(live.filter((task) => task.recurrence.kind !== 'none').map((task) => task.staffId))
    const counts = new Map<string, number>()
    for (const task of live) {
      if (shopDate(task.startAt) <= today || task.status === 'cancelled' || withSeries.has(task.staffId)) continue
      const key = `${task.staffId}|${shopDate(task.startAt)}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const [busiest] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    if (busiest === undefined) throw new Error('The demo shop has no contacts planned after today.')
    const [staffId, date] = busiest[0].split('|') as [string, string]
    const contact = (task: Task) => {
      const customer = byId.get(task.customerId)
      return {
        id: task.id,
        startAt: task.startAt,
        status: task.status,
        purpose: task.purpose,
        customerName: customer?.name ?? '',
        phoneDigits: (customer?.phones ?? []).map((phone) => phone.normalized),
        address: customer?.address ?? ''
      }
    }
    const end = new Date(Date.parse(`${date}T00:00:00+08:00`) + 30 * 86_400_000).toISOString()
    const mine = live.filter((task) => task.staffId === staffId)
    return {
      staffId,
      staffName: staff.find((member) => member.id === staffId)?.name ?? '',
      date,
      contacts: mine.filter((task) => shopDate(task.startAt) === date && task.status !== 'cancelled').map(contact),
      next30Days: mine.filter((task) => shopDate(task.startAt) >= date && task.startAt < end).map(contact)
    }
  })
}

/** The page as printed on A4, as text; whitespace dropped, since pdftotext breaks lines where the layout does. */
test('print a staff member’s day sheet to PDF, and export their plan as an .ics that parses', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.loadDemoShop()
  const day = await findBusyDay(page)
  expect(day.contacts.length).toBeGreaterThan(0)

  await page.goto(`/#/visits/day-sheet?staff=${day.staffId}&date=${day.date}`)
  const sheet = shell.main.getByRole('article')
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('当日工作单')
  await expect(sheet).toContainText(`共 ${day.contacts.length} 项`)
  await expect(sheet.getByRole('listitem')).toHaveCount(day.contacts.length)
  await expect(shell.main.getByRole('combobox', { name: '人员' })).toHaveValue(day.staffId)

  const text = await printedText(page, testInfo.outputPath('day-sheet.pdf'))
  expect(text).toContain('当日工作单')
  expect(text).toContain(day.staffName)
  for (const contact of day.contacts) {
    expect(text).toContain(contact.customerName)
    expect(text).toContain(contact.purpose.replace(/\s+/g, ''))
    for (const digits of contact.phoneDigits) expect(text).toContain(digits)
  }
  expect(text).toContain('记录')
  // The toolbar stays on screen.
  expect(text).not.toContain('导出日历')

  const downloading = page.waitForEvent('download')
  await shell.main.getByRole('button', { name: '导出日历 (.ics)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`日程-${day.staffName}-${day.date}.ics`)
  const icsPath = testInfo.outputPath('plan.ics')
  await download.saveAs(icsPath)
  const ics = readFileSync(icsPath, 'utf8')
  const calendar = parseIcs(ics)
  const events = eventsOf(calendar)
  const byUid = new Map(events.map((event) => [textOf(event, 'UID'), event]))
  // Each record of the 30 days is an event; anything more can only be a series begun earlier.
  expect(events.length).toBeGreaterThanOrEqual(day.next30Days.length)
  for (const event of events.filter((candidate) => propertyOf(candidate, 'RRULE') === undefined)) {
    expect(day.next30Days.map((contact) => `${contact.id}@frontdesk`)).toContain(textOf(event, 'UID'))
  }
  for (const contact of day.next30Days) {
    const event = byUid.get(`${contact.id}@frontdesk`)
    if (event === undefined) throw new Error(`No event for the contact ${contact.id}`)
    if (propertyOf(event, 'RRULE') === undefined) expect(instantOf(calendar, event, 'DTSTART').toISOString()).toBe(contact.startAt)
    expect(textOf(event, 'SUMMARY')).toContain(contact.customerName)
    expect(textOf(event, 'DESCRIPTION')).toContain(contact.purpose)
    expect(textOf(event, 'LOCATION')).toBe(contact.address)
    expect(propertyOf(event, 'STATUS')?.value).toBe(contact.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED')
  }
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible()

  // Everyone's sheet for the day: each contact says whose it is.
  await shell.main.getByRole('combobox', { name: '人员' }).selectOption({ label: '全部人员' })
  await expect(page).toHaveURL(new RegExp(`staff=all&date=${day.date}`))
  await expect(sheet).toContainText('负责人')
  await expect(sheet.getByRole('listitem').filter({ hasText: day.staffName })).toHaveCount(day.contacts.length)
  const everyone = await printedText(page, testInfo.outputPath('day-sheet-everyone.pdf'))
  expect(everyone).toContain('全部人员')
  for (const contact of day.contacts) expect(everyone).toContain(contact.customerName)

  // The same sheet in English.
  await page.goto('/#/settings')
  await shell.main.getByRole('combobox', { name: '界面语言' }).selectOption({ label: 'English' })
  await page.goto(`/#/visits/day-sheet?staff=${day.staffId}&date=${day.date}`)
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Day sheet')
  await expect(sheet).toContainText(`Contacts: ${day.contacts.length}`)
  const english = await printedText(page, testInfo.outputPath('day-sheet-en.pdf'))
  expect(english).toContain('Whattosay')
  for (const contact of day.contacts) expect(english).toContain(contact.customerName)
})

test('an empty day says so on paper', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await page.goto('/#/visits/day-sheet')
  const sheet = shell.main.getByRole('article')
  await expect(sheet).toContainText('这一天没有安排拜访或联系。')
  await expect(sheet).toContainText('王芳')
  const text = await printedText(page, testInfo.outputPath('day-sheet-empty.pdf'))
  expect(text).toContain('这一天没有安排拜访或联系。')
})
