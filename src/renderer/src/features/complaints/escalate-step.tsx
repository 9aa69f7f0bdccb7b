import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveStaff } from '../../data/hooks/use-staff'
import { OptionalSelect } from '../../ui/optional-select'
import { formatDateTime } from '../../ui/format'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'
import { useActionForm } from './use-action-form'
import { TransitionErrorText } from './transition-error-text'

/** 必要时让上级参与: required before a serious complaint or a crisis can be resolved. */
export function EscalateStep() {
  const { t, i18n } = useTranslation()
  const { complaint, closed, recordHits } = useIntake()
  const staff = useActiveStaff()
  const { escalation, severity } = complaint
  const [supervisorId, setSupervisorId] = useState<string | null>(escalation.supervisorId)
  const [reason, setReason] = useState('')
  const { error, onSubmit } = useActionForm(complaint.id, () => ({ type: 'escalate', supervisorId: supervisorId ?? '', reason }), () => {
    recordHits('escalation.reason', reason)
    setReason('')
  })
  const supervisors = [...(staff ?? [])].sort((a, b) => Number(b.role === 'manager') - Number(a.role === 'manager'))
  const supervisorName = staff?.find((member) => member.id === escalation.supervisorId)?.name ?? escalation.supervisorId

  return (
    <>
      <p className={severity === 'ordinary' ? 'hint' : 'warn-text'}>
        {t(severity === 'ordinary' ? 'complaints.escalate.optional' : 'complaints.escalate.required')}
      </p>
      {escalation.at !== null ? (
        <p className="ok-text" role="status">
          {t('complaints.escalate.done', { name: supervisorName, time: formatDateTime(escalation.at, i18n.language), reason: escalation.reason })}
        </p>
      ) : null}
      {closed ? null : (
        <form className="inline-form escalate-form" onSubmit={onSubmit}>
          <OptionalSelect
            label={t('complaints.escalate.supervisor')}
            value={supervisorId}
            emptyLabel={t('complaints.escalate.chooseSupervisor')}
            options={supervisors.map((member) => ({ value: member.id, label: `${member.name} · ${t(`staff.roles.${member.role}`)}` }))}
            onChange={setSupervisorId}
          />
          <IntakeTextArea name="escalation.reason" label={t('complaints.escalate.reason')} value={reason} onText={setReason} rows={2} />
          <TransitionErrorText error={error} />
          <div className="button-row">
            <button type="submit">{t(escalation.at === null ? 'complaints.escalate.submit' : 'complaints.escalate.again')}</button>
          </div>
        </form>
      )}
    </>
  )
}
