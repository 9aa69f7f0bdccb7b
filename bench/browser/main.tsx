/**
 * The browser benchmark page: the app's real data layer (Dexie on Chromium's IndexedDB)
 * and its real CustomerTable, driven through `window.frontdeskBench` by run.mjs.
 */
import '@renderer/app/app.css'
import { setupI18n } from '@renderer/app/i18n'
import { listCustomerIds } from '@renderer/data/repositories/customer-list'
import type { FrontDeskBench } from './bench-types'
import { loadCustomers, type LoadedShop } from './load-customers'
import { byName, measureList, measureSearch } from './measure-queries'
import { measureHandOver } from './measure-hand-over'
import { measureReports } from './measure-reports'
import { measureScroll } from './measure-scroll'

/** The benchmarks' "today", as in bench/*.bench.ts: the demo shop's history runs up to it. */
const NOW = new Date('2026-11-24T09:00:00Z')

setupI18n()

let loaded: LoadedShop | null = null

const requireLoaded = (): LoadedShop => {
  if (loaded === null) throw new Error('Call frontdeskBench.load(count) first')
  return loaded
}

window.frontdeskBench = {
  async load(count) {
    loaded = null
    loaded = await loadCustomers(count, NOW)
    return loaded.figures
  },
  measureSearch: () => measureSearch(requireLoaded().probe),
  measureList: () => {
    requireLoaded()
    return measureList(NOW)
  },
  async measureScroll() {
    requireLoaded()
    const ids = await listCustomerIds(byName(NOW))
    const byTier = await listCustomerIds({ ...byName(NOW), sort: { field: 'tier', direction: 'asc' } })
    return measureScroll(ids, byTier, NOW)
  },
  measureReports: () => measureReports(requireLoaded().shop, NOW),
  measureHandOver: (count) => measureHandOver(count, NOW)
} satisfies FrontDeskBench

document.body.dataset['benchReady'] = 'true'
