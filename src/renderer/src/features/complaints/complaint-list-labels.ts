/* The stored labels' rules are shared (@shared/domain/complaint-labels): the spreadsheet export names them too. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { categoryLabel, rootCauseLabel } from '@shared/domain/complaint-labels'

export { categoryLabel, rootCauseLabel, type BuiltInCategory, type BuiltInRootCause, type StoredLabel } from '@shared/domain/complaint-labels'

/** The words for a stored category and root cause, in the interface language; a blank root cause is ''. */
export function useComplaintLabels(): {
  readonly category: (category: string) => string
  readonly rootCause: (rootCause: string) => string
} {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      category: (value: string): string => {
        const label = categoryLabel(value)
        if (label.kind === 'built-in') return t(`complaints.categories.${label.key}`)
        return label.kind === 'custom' ? label.text : t('complaints.uncategorised')
      },
      rootCause: (value: string): string => {
        const label = rootCauseLabel(value)
        if (label.kind === 'built-in') return t(`complaints.rootCauses.${label.key}`)
        return label.kind === 'custom' ? label.text : ''
      }
    }),
    [t]
  )
}
