import { describe, expect, it } from 'vitest'
import { careCandidates, resolveCareSuggestions } from '@shared/domain/care-rules'
import { DEFAULT_CARE_SETTINGS } from '@shared/domain/care-settings'
import { addDays, todayInShop } from '@shared/domain/days'
import { validateImportantDate } from '@shared/domain/important-dates'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'

/* Any time of day, any season: the shop's date decides, and the demo pins its birthdays to it. */
const NOWS = ['2025-06-15T04:00:00.000Z', '2025-12-30T15:59:00.000Z', '2026-02-26T16:30:00.000Z', '2028-02-26T01:00:00.000Z']

describe('the demo shop’s care occasions', () => {
  it.each(NOWS)('always has a birthday today, one in three days and a lunar one this week, ready to accept (now %s)', (iso) => {
    const now = new Date(iso)
    const today = todayInShop(now)
    const shop = generateDemoShop({ seed: 20_240_601, customerCount: 300, now, deviceId: '01JXDEVICE0000000000000000' })
    const lastContact = new Map(shop.customers.map((customer) => [customer.id, customer.lastContactAt]))
    const { suggestions } = careCandidates(
      {
        customers: shop.customers,
        products: shop.ownedProducts,
        complaints: shop.complaints,
        latestContacts: shop.interactions.filter((interaction) => lastContact.get(interaction.customerId) === interaction.occurredAt)
      },
      { today, settings: DEFAULT_CARE_SETTINGS }
    )
    const open = resolveCareSuggestions(suggestions, shop.careTasks, shop.careDecisions, today).filter((s) => s.reason === 'birthday')
    expect(open.some((s) => s.daysAway === 3 && s.calendar === 'solar')).toBe(true)
    expect(open.some((s) => s.daysAway === 0)).toBe(true)
    expect(open.some((s) => s.daysAway === 5 && s.calendar === 'lunar')).toBe(true)
    for (const customer of shop.customers) {
      for (const date of customer.importantDates) expect(validateImportantDate(date, today), `${customer.name} ${JSON.stringify(date)}`).toEqual([])
    }
    expect(addDays(today, 3) > today).toBe(true)
  })

  it('changes nothing but those birthdays: the same options still give the same shop', () => {
    const options = { seed: 7, customerCount: 200, now: new Date(NOWS[0] ?? ''), deviceId: 'd' }
    expect(generateDemoShop(options)).toEqual(generateDemoShop(options))
  })
})
