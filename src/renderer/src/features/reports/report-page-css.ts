import { cssString, pageCounterContent } from './css-text'
import type { PaperOrientation } from './report-filter-store'

/** Room for the running header and footer in the page's margin boxes. */
const MARGINS: Readonly<Record<PaperOrientation, string>> = {
  portrait: '16mm 14mm 16mm 14mm',
  landscape: '14mm 14mm 14mm 14mm'
}

const MARGIN_BOX_STYLE = 'font-size: 8pt; color: #444;'

export interface ReportPageWords {
  /** Top left of every page: the shop and the report. */
  readonly heading: string
  /** Top right: the period. */
  readonly period: string
  /** With {{page}} and {{pages}}, e.g. "第 {{page}} 页 / 共 {{pages}} 页". */
  readonly pageNumber: string
}

/**
 * The printed page of a report: A4 in the orientation chosen, every page headed with the shop
 * and the report on the left and the period on the right, and numbered "page n of N" at the
 * foot, in CSS margin boxes (which Chromium prints). The texts are escaped as CSS strings: the
 * shop's name is user text.
 */
export function reportPageCss(orientation: PaperOrientation, words: ReportPageWords): string {
  return `@page {
  size: A4 ${orientation};
  margin: ${MARGINS[orientation]};
  @top-left { content: ${cssString(words.heading)}; ${MARGIN_BOX_STYLE} }
  @top-right { content: ${cssString(words.period)}; ${MARGIN_BOX_STYLE} }
  @bottom-center { content: ${pageCounterContent(words.pageNumber)}; ${MARGIN_BOX_STYLE} }
}`
}
