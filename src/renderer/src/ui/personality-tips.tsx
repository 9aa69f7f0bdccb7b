import { useTranslation } from 'react-i18next'
import type { PersonalityType } from '@shared/domain/customer'

/** How to recognise, serve and handle a complaint from this personality type (domain brief §1). */
export function PersonalityTips({ personality }: { readonly personality: PersonalityType }) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="personality-tips-title">
      <h2 id="personality-tips-title">
        {t('customers.card.personality')}: {t(`customers.personalities.${personality}`)}
      </h2>
      <dl className="facts">
        <dt>{t('customers.card.recognise')}</dt>
        <dd>{t(`customers.personalityTips.${personality}.recognise`)}</dd>
        <dt>{t('customers.card.serve')}</dt>
        <dd>{t(`customers.personalityTips.${personality}.serve`)}</dd>
        <dt>{t('customers.card.inComplaint')}</dt>
        <dd>{t(`customers.personalityTips.${personality}.complaint`)}</dd>
      </dl>
    </section>
  )
}
