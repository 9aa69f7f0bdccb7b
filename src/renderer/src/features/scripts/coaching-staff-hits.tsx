import { useTranslation } from 'react-i18next'
import type { HitRange } from '@shared/domain/phrase-hit'
import { useStaffHitCounts } from '../../data/hooks/use-staff-hit-counts'
import type { StaffHits } from '../../data/repositories/phrase-hits'

/** Enough to see what to coach on; the rest is summed up, not listed. */
const SHOWN_RULES = 3

function useStaffLabel(): (member: StaffHits) => string {
  const { t } = useTranslation()
  return (member) => member.staffName ?? (member.staffId === '' ? t('coaching.hits.nobody') : t('coaching.hits.unknownStaff'))
}

/** Never-say hits per staff member in the range: total, and the phrases they reach for most. */
export function CoachingStaffHits({ range }: { readonly range: HitRange }) {
  const { t, i18n } = useTranslation()
  const counts = useStaffHitCounts(range)
  const labelOf = useStaffLabel()
  const number = new Intl.NumberFormat(i18n.language)
  if (counts === undefined) return <p className="muted">{t('coaching.loading')}</p>
  if (counts.length === 0) return <p className="coaching-empty">{t('coaching.hits.empty')}</p>
  return (
    <table className="coaching-table">
      <thead>
        <tr>
          <th scope="col">{t('coaching.hits.staff')}</th>
          <th scope="col" className="numeric">
            {t('coaching.hits.total')}
          </th>
          <th scope="col">{t('coaching.hits.topRules')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((member) => (
          <tr key={member.staffId}>
            <th scope="row">{labelOf(member)}</th>
            <td className="numeric">{number.format(member.total)}</td>
            <td>
              <ul className="coaching-rule-chips">
                {member.byRule.slice(0, SHOWN_RULES).map((rule) => (
                  <li key={rule.ruleId}>
                    <span className="coaching-phrase">{rule.phrase || t('coaching.rules.unknownRule')}</span>
                    <span className="coaching-chip-count">×{number.format(rule.count)}</span>
                  </li>
                ))}
                {member.byRule.length > SHOWN_RULES ? (
                  <li className="muted">{t('coaching.hits.more', { count: member.byRule.length - SHOWN_RULES })}</li>
                ) : null}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
