import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STAFF_ROLES, type StaffRole } from '@shared/domain/staff'
import { useAllStaff } from '../../data/hooks/use-staff'
import { createStaff } from '../../data/repositories/staff'
import { useActor } from '../../session/session-store'
import { StaffRow } from './staff-row'
import { validateStaffName } from './validate-staff-name'

export function StaffSettings() {
  const { t } = useTranslation()
  const staff = useAllStaff()
  const actor = useActor()
  const [name, setName] = useState('')
  const [role, setRole] = useState<StaffRole>('clerk')
  const [error, setError] = useState('')

  const add = async (event: React.FormEvent) => {
    event.preventDefault()
    const problem = validateStaffName(name, staff ?? [], null)
    if (problem) {
      setError(t(problem.key, { name: problem.name }))
      return
    }
    await createStaff({ name: name.trim(), role }, actor)
    setName('')
    setError('')
  }

  return (
    <section className="card" aria-labelledby="settings-staff">
      <h2 id="settings-staff">{t('settings.staff.title')}</h2>
      <p className="hint">{t('settings.staff.hint')}</p>
      {staff && staff.length === 0 ? <p>{t('settings.staff.empty')}</p> : null}
      <ul className="staff-list">
        {(staff ?? []).map((member) => (
          <StaffRow key={member.id} member={member} allStaff={staff ?? []} />
        ))}
      </ul>
      <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
        <label className="field">
          <span>{t('settings.staff.name')}</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'staff-add-error' : undefined}
          />
        </label>
        <label className="field">
          <span>{t('settings.staff.role')}</span>
          <select value={role} onChange={(event) => setRole(STAFF_ROLES.find((r) => r === event.target.value) ?? 'clerk')}>
            {STAFF_ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`staff.roles.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('settings.staff.add')}
        </button>
      </form>
      {error ? (
        <p id="staff-add-error" role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </section>
  )
}
