import { useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportRange } from '@shared/domain/report-range'
import { useShopName } from '../../data/hooks/use-shop-name'
import { formatDate } from '../../ui/format'
import type { PaperOrientation } from './report-filter-store'
import { reportPageCss } from './report-page-css'

/**
 * Puts the report's @page rule (reportPageCss) in force while the report is on screen, as a
 * constructed style sheet: a rule in a bundled .css file would apply to every page the app
 * prints, and this one carries the report's own words. Where constructed sheets are missing
 * (a test's DOM) the report simply prints with the browser's page.
 */
export function useReportPageRule(title: string, range: ReportRange, orientation: PaperOrientation): void {
  const { t, i18n } = useTranslation()
  const shopName = useShopName()
  const period = t('reports.print.range', { from: formatDate(range.from, i18n.language), to: formatDate(range.to, i18n.language) })
  // Until the shop has set its name in Settings, the app's name heads the page.
  const css = reportPageCss(orientation, {
    heading: `${shopName || t('app.name')} · ${title}`,
    period,
    pageNumber: t('reports.print.pageNumber')
  })
  useLayoutEffect(() => {
    if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet === 'undefined') return
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    }
  }, [css])
}
