import { useTranslation } from 'react-i18next'
import { COMPLAINT_COLUMN_IDS, FIXED_COMPLAINT_COLUMNS, useComplaintListStore } from './complaint-list-store'

/** Which columns show; remembered on this PC. */
export function ComplaintColumnMenu() {
  const { t } = useTranslation()
  const hiddenColumns = useComplaintListStore((state) => state.hiddenColumns)
  const toggleColumn = useComplaintListStore((state) => state.toggleColumn)
  return (
    <details className="column-menu">
      <summary>{t('complaintList.columnsMenu')}</summary>
      <div className="column-menu-list">
        {COMPLAINT_COLUMN_IDS.filter((column) => !FIXED_COMPLAINT_COLUMNS.includes(column)).map((column) => (
          <label key={column}>
            <input type="checkbox" checked={!hiddenColumns.includes(column)} onChange={() => toggleColumn(column)} />
            {t(`complaintList.columns.${column}`)}
          </label>
        ))}
      </div>
    </details>
  )
}
