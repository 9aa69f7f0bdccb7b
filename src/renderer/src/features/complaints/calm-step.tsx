import { useTranslation } from 'react-i18next'

/** 缓和情绪，消除争执: nothing to record yet; the coaching and the reply do the work. */
export function CalmStep() {
  const { t } = useTranslation()
  return (
    <ul className="calm-checklist">
      <li>{t('complaints.calm.seat')}</li>
      <li>{t('complaints.calm.thank')}</li>
      <li>{t('complaints.calm.noArguing')}</li>
    </ul>
  )
}
