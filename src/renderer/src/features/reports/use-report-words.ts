import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/*
 * Report and section ids are data (the registry's), so their titles are looked up in the
 * message groups as records; a missing title shows the id, and a unit test checks that every
 * registered report and section has one in both languages.
 */
const entryOf = <T,>(messages: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(messages, key) ? messages[key] : undefined)

export interface ReportWords {
  readonly reportTitle: (reportId: string) => string
  readonly reportDescription: (reportId: string) => string
  readonly sectionTitle: (sectionId: string) => string
  readonly groupTitle: (group: string) => string
}

export function useReportWords(): ReportWords {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      reportTitle: (id: string) => entryOf(t('reports.list', { returnObjects: true }), id)?.title ?? id,
      reportDescription: (id: string) => entryOf(t('reports.list', { returnObjects: true }), id)?.description ?? '',
      sectionTitle: (id: string) => entryOf(t('reports.sections', { returnObjects: true }), id) ?? id,
      groupTitle: (group: string) => entryOf(t('reports.groups', { returnObjects: true }), group) ?? group
    }),
    [t]
  )
}
