import { useTranslation } from 'react-i18next'
import { EmptyState } from '../ui/empty-state'

export type UpcomingSectionKey = 'visits' | 'reports' | 'data'

/**
 * A section whose feature is not built yet: it says what the section is for and what is
 * coming, instead of showing a fake screen. Each feature replaces its entry in sections.tsx.
 */
export function UpcomingSection({ section }: { readonly section: UpcomingSectionKey }) {
  const { t } = useTranslation()
  return (
    <EmptyState title={t(`sections.${section}.title`)} lead={t(`sections.${section}.lead`)} badge={t('sections.comingSoon')}>
      <p>{t(`sections.${section}.next`)}</p>
    </EmptyState>
  )
}
