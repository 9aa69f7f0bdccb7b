import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Staff } from '@shared/domain/staff'
import { updateStaff } from '../../data/repositories/staff'
import { useActor } from '../../session/session-store'
import { validateStaffName } from './validate-staff-name'

interface StaffRowProps {
  readonly member: Staff
  readonly allStaff: readonly Staff[]
}

export function StaffRow({ member, allStaff }: StaffRowProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState('')

  const saveName = async () => {
    if (draft === null) return
    const problem = validateStaffName(draft, allStaff, member.id)
    if (problem) {
      setError(t(problem.key, { name: problem.name }))
      return
    }
    await updateStaff(member.id, { name: draft.trim() }, actor)
    setDraft(null)
    setError('')
  }

  if (draft !== null) {
    return (
      <li className="staff-row">
        <input
          aria-label={t('settings.staff.name')}
          value={draft}
          autoFocus
          maxLength={40}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void saveName()
            if (event.key === 'Escape') setDraft(null)
          }}
        />
        <button type="button" className="primary" onClick={() => void saveName()}>
          {t('settings.staff.save')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('settings.staff.cancel')}
        </button>
        {error ? (
          <span role="alert" className="error-text">
            {error}
          </span>
        ) : null}
      </li>
    )
  }

  return (
    <li className={member.active ? 'staff-row' : 'staff-row inactive'}>
      <span className="staff-name">{member.name}</span>
      <span className="muted">{t(`staff.roles.${member.role}`)}</span>
      {member.active ? null : <span className="badge">{t('settings.staff.inactive')}</span>}
      <button type="button" onClick={() => setDraft(member.name)}>
        {t('settings.staff.rename')}
      </button>
      <button type="button" onClick={() => void updateStaff(member.id, { active: !member.active }, actor)}>
        {member.active ? t('settings.staff.deactivate') : t('settings.staff.reactivate')}
      </button>
    </li>
  )
}
