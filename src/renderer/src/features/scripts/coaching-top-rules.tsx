import { useTranslation } from 'react-i18next'
import type { HitRange } from '@shared/domain/phrase-hit'
import { useMostHitRules } from '../../data/hooks/use-most-hit-rules'

/** The shop's most frequent never-say phrases in the range: what the next team briefing is about. */
export function CoachingTopRules({ range }: { readonly range: HitRange }) {
  const { t, i18n } = useTranslation()
  const rules = useMostHitRules(range)
  const number = new Intl.NumberFormat(i18n.language)
  if (rules === undefined) return <p className="muted">{t('coaching.loading')}</p>
  if (rules.length === 0) return <p className="coaching-empty">{t('coaching.hits.empty')}</p>
  return (
    <table className="coaching-table">
      <thead>
        <tr>
          <th scope="col">{t('coaching.rules.phrase')}</th>
          <th scope="col" className="numeric">
            {t('coaching.rules.count')}
          </th>
          <th scope="col" className="numeric">
            {t('coaching.rules.staffCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.ruleId}>
            <th scope="row" className="coaching-phrase">
              {rule.phrase || t('coaching.rules.unknownRule')}
            </th>
            <td className="numeric">{number.format(rule.count)}</td>
            <td className="numeric">{number.format(rule.staffCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
