import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { BUILT_IN_COMPLAINT_CATEGORIES } from '@shared/domain/complaint'
import type { ReportRowKind, ReportTable } from '@shared/domain/report-table'
import type { TableModel } from '../../ui/table-model'
import type { ReportCustomerName } from '../../data/repositories/reports'
import { formatFigure, formatMonth } from './report-format'
import { presentTable, type RowDetails } from './present-table'

/** Names the rows need beyond the message files: people and phrases, which are records. */
export interface RowNames {
  readonly staffNames: ReadonlyMap<string, string>
  /** Never-say phrases by rule id. */
  readonly phrases?: ReadonlyMap<string, string>
  /** What an empty staff id means here: a complaint nobody took up, or a flag raised with nobody at the desk. */
  readonly blankStaff?: 'no-handler' | 'nobody-at-desk'
  /** Customers by id, for the at-risk list: named in the first column, their tier and owner beside it. */
  readonly customers?: ReadonlyMap<string, ReportCustomerName>
}

export type TablePresenter = (table: ReportTable) => TableModel

/* Message groups read as plain records: a row key is data (a category key, a band), looked up, not a typed key. */
const entryOf = (messages: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(messages, key) ? messages[key] : undefined

const isBuiltInCategory = (key: string): boolean => BUILT_IN_COMPLAINT_CATEGORIES.some((category) => category === key)

/**
 * Turns report tables into what is shown, in the interface language. Categories and root
 * causes are built-in keys (named by the message files) or the shop's own words (shown as
 * typed); staff and phrases are named from `names`.
 */
export function useTablePresenter({ staffNames, phrases, blankStaff = 'no-handler', customers }: RowNames): TablePresenter {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useCallback(
    (table: ReportTable) => {
      const none = t('reports.labels.none')
      const columns: Readonly<Record<string, string>> = t('reports.columns', { returnObjects: true })
      const rowKinds: Readonly<Record<string, string>> = t('reports.rowKinds', { returnObjects: true })
      const rowLabelOf = (kind: ReportRowKind, key: string): string => {
        switch (kind) {
          case 'category':
            if (key === '') return t('complaints.uncategorised')
            return isBuiltInCategory(key) ? (entryOf(t('complaints.categories', { returnObjects: true }), key) ?? key) : key
          case 'severity':
            return entryOf(t('complaints.severities', { returnObjects: true }), key) ?? key
          case 'root-cause':
            return entryOf(t('complaints.rootCauses', { returnObjects: true }), key) ?? key
          case 'month':
            return formatMonth(key, language)
          case 'age':
            return entryOf(t('reports.ages', { returnObjects: true }), key) ?? key
          case 'given-by':
            return entryOf(t('reports.givenBy', { returnObjects: true }), key) ?? key
          case 'staff':
            if (key === '') return blankStaff === 'no-handler' ? t('reports.labels.unassigned') : t('reports.labels.nobodyAtDesk')
            return staffNames.get(key) ?? t('reports.labels.unknownStaff')
          case 'phrase':
            return phrases?.get(key) || t('reports.labels.unknownPhrase')
          case 'purpose':
            return entryOf(t('reports.purposes', { returnObjects: true }), key) ?? key
          case 'tier':
            return entryOf(t('customers.tiers', { returnObjects: true }), key) ?? key
          case 'personality':
            return entryOf(t('customers.personalities', { returnObjects: true }), key) ?? key
          case 'customer':
            return customers?.get(key)?.name ?? t('reports.labels.unknownCustomer')
        }
      }
      const staffName = (id: string | null): string =>
        id === null ? t('reports.labels.noOwner') : (staffNames.get(id) ?? t('reports.labels.unknownStaff'))
      const customerDetails: RowDetails = {
        columns: [
          { id: 'tier', header: entryOf(rowKinds, 'tier') ?? 'tier' },
          { id: 'owner', header: entryOf(columns, 'owner') ?? 'owner' }
        ],
        textsOf: (key) => {
          const customer = customers?.get(key)
          return customer === undefined ? [] : [rowLabelOf('tier', customer.tier), staffName(customer.ownerId)]
        }
      }
      return presentTable(table, {
        rowHeader: entryOf(rowKinds, table.rowKind) ?? table.rowKind,
        columnHeader: (id) => entryOf(columns, id) ?? id,
        rowLabel: (key) => rowLabelOf(table.rowKind, key),
        totalLabel: t('reports.labels.total'),
        formatFigure: (value, format) => formatFigure(value, format, language, none),
        ...(table.rowKind === 'customer' ? { details: customerDetails } : {})
      })
    },
    [t, language, staffNames, phrases, blankStaff, customers]
  )
}
