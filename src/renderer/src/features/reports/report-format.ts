/**
 * Figures and months in the interface language, through Intl (architecture, rule 10). Built
 * once per language: a year's table formats hundreds of cells.
 */
import type { ReportValue } from '@shared/domain/report-table'
import { cached } from '../../ui/format'
import type { CellFormat } from '../../ui/table-model'

const integerFormat = cached((language) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }))
const oneDecimalFormat = cached((language) => new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
const twoDecimalFormat = cached((language) => new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }))
const percentFormat = cached(
  (language) => new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
)
const wholePercentFormat = cached((language) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }))
const axisNumberFormat = cached((language) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }))
// Months are calendar months, not instants: formatted in UTC so no time zone moves them.
const monthFormat = cached((language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }))

/** A figure as a table shows it; `none` for a figure that does not exist (the average of nothing). */
export function formatFigure(value: ReportValue, format: CellFormat, language: string, none: string): string {
  if (value === null) return none
  switch (format) {
    case 'integer':
      return integerFormat(language).format(value)
    case 'decimal-1':
      return oneDecimalFormat(language).format(value)
    case 'decimal-2':
      return twoDecimalFormat(language).format(value)
    case 'percent':
      return percentFormat(language).format(value)
    case 'text':
      return String(value)
  }
}

/** An axis tick: shares as whole percentages, everything else as a plain number (a tick of half an hour keeps its half). */
export function formatAxisValue(value: number, format: CellFormat, language: string): string {
  return format === 'percent' ? wholePercentFormat(language).format(value) : axisNumberFormat(language).format(value)
}

/** A 'yyyy-mm' month: "2026年11月", "Nov 2026". */
export function formatMonth(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number)
  if (year === undefined || monthNumber === undefined || Number.isNaN(year) || Number.isNaN(monthNumber)) return month
  return monthFormat(language).format(new Date(Date.UTC(year, monthNumber - 1, 1)))
}
