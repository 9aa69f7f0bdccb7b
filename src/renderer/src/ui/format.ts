/**
 * Dates and money through Intl, in the interface language (architecture, rule 10).
 * Formatters are built once per language: building one costs far more than using it,
 * and a table formats a date in every row.
 */
export const cached = <T>(make: (language: string) => T): ((language: string) => T) => {
  const byLanguage = new Map<string, T>()
  return (language) => {
    let formatter = byLanguage.get(language)
    if (formatter === undefined) {
      formatter = make(language)
      byLanguage.set(language, formatter)
    }
    return formatter
  }
}

const dateFormat = cached((language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }))
const dateTimeFormat = cached((language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }))
const moneyFormat = cached((language) => new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 }))
const countFormat = cached((language) => new Intl.NumberFormat(language))

export function formatDate(iso: string | null, language: string): string {
  if (!iso) return ''
  return dateFormat(language).format(new Date(iso.length === 10 ? `${iso}T00:00:00` : iso))
}

export const formatDateTime = (iso: string, language: string): string => dateTimeFormat(language).format(new Date(iso))

export const formatMoney = (amount: number, language: string): string => moneyFormat(language).format(amount)

/** A count with the language's grouping: 100,000. */
export const formatCount = (value: number, language: string): string => countFormat(language).format(value)
