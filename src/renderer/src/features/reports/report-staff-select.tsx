import { useTranslation } from 'react-i18next'
import { useAllStaff } from '../../data/hooks/use-staff'
import { useReportFilterStore } from './report-filter-store'

/** Everyone, or one member of staff (former staff too: their past work is still reported). */
export function ReportStaffSelect() {
  const { t } = useTranslation()
  const staff = useAllStaff()
  const staffId = useReportFilterStore((state) => state.staffId)
  const chooseStaff = useReportFilterStore((state) => state.chooseStaff)
  return (
    <label className="field">
      <span>{t('reports.filters.staff')}</span>
      <select value={staffId ?? ''} onChange={(event) => chooseStaff(event.target.value === '' ? null : event.target.value)}>
        <option value="">{t('reports.filters.allStaff')}</option>
        {(staff ?? []).map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </label>
  )
}
