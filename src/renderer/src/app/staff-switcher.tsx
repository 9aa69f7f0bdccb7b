import { useTranslation } from 'react-i18next'
import { useActiveStaff } from '../data/hooks/use-staff'
import { useSessionStore } from '../session/session-store'

/** "Who is at the desk": on a shared shop PC, whoever is chosen here is the author of every change. */
export function StaffSwitcher() {
  const { t } = useTranslation()
  const staff = useActiveStaff()
  const currentStaffId = useSessionStore((state) => state.currentStaffId)
  const setCurrentStaff = useSessionStore((state) => state.setCurrentStaff)
  if (staff === undefined) return null
  const isKnown = staff.some((member) => member.id === currentStaffId)
  return (
    <label className="staff-switcher">
      <span>{t('staff.atDesk')}</span>
      <select
        value={isKnown ? currentStaffId : ''}
        onChange={(event) => setCurrentStaff(event.target.value)}
        title={staff.length === 0 ? t('staff.noneYet') : undefined}
      >
        <option value="">{staff.length === 0 ? t('staff.noneYet') : t('staff.nobody')}</option>
        {staff.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name} · {t(`staff.roles.${member.role}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
