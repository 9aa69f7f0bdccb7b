import { useTranslation } from 'react-i18next'
import { COMPLAINT_SEVERITIES } from '@shared/domain/complaint'
import { isRootCause, ROOT_CAUSES } from '@shared/domain/complaint-root-cause'
import { useComplaintCategories } from '../../data/hooks/use-complaint-categories'
import { OptionalSelect } from '../../ui/optional-select'
import { useComplaintLabels } from './complaint-list-labels'
import { useIntake } from './intake-context'

/** The cause category and severity (serious ones need a supervisor), and the root cause once known. */
export function ClassifyStep() {
  const { t } = useTranslation()
  const { fields, change, settled, closed } = useIntake()
  const { category: categoryLabel, rootCause: rootCauseLabel } = useComplaintLabels()
  const known = useComplaintCategories()
  // A category since removed from the shop's list (or from a colleague's PC) stays choosable, as it was written.
  const categories = fields.category === '' || known.includes(fields.category) ? known : [...known, fields.category]
  return (
    <>
      <OptionalSelect
        label={t('complaints.fields.category')}
        value={fields.category === '' ? null : fields.category}
        emptyLabel={t('complaints.uncategorised')}
        options={categories.map((category) => ({ value: category, label: categoryLabel(category) }))}
        onChange={(category) => change({ category: category ?? '' })}
      />
      <fieldset className="choice-row" disabled={settled || closed}>
        <legend>{t('complaints.fields.severity')}</legend>
        {COMPLAINT_SEVERITIES.map((severity) => (
          <label key={severity} className={`choice severity-${severity}`}>
            <input type="radio" name="severity" checked={fields.severity === severity} onChange={() => change({ severity })} />
            {t(`complaints.severities.${severity}`)}
          </label>
        ))}
      </fieldset>
      {fields.severity !== 'ordinary' ? <p className="warn-text">{t('complaints.fields.severityNeedsSupervisor')}</p> : null}
      {settled ? <p className="hint">{t('complaints.settledHint')}</p> : null}
      <OptionalSelect
        label={t('complaints.fields.rootCause')}
        value={fields.rootCause === '' ? null : fields.rootCause}
        emptyLabel={t('complaints.fields.rootCauseNotYet')}
        options={[...ROOT_CAUSES, ...(fields.rootCause === '' || isRootCause(fields.rootCause) ? [] : [fields.rootCause])].map((cause) => ({
          value: cause,
          label: rootCauseLabel(cause)
        }))}
        onChange={(rootCause) => change({ rootCause: rootCause ?? '' })}
      />
    </>
  )
}
