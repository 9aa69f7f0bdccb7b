import { useTranslation } from 'react-i18next'
import type { StatusChange } from '@shared/domain/complaint'
import { formatDateTime } from '../../../ui/format'

interface SheetStatusHistoryProps {
  readonly history: readonly StatusChange[]
  readonly staffNames: ReadonlyMap<string, string>
}

/** Every status change with who made it and when, oldest first, as the lifecycle stamped it. */
export function SheetStatusHistory({ history, staffNames }: SheetStatusHistoryProps) {
  const { t, i18n } = useTranslation()
  const none = t('complaintList.print.sheet.none')
  if (history.length === 0) return <p>{t('complaintList.print.sheet.noHistory')}</p>
  return (
    <table className="complaint-print-table">
      <thead>
        <tr>
          <th scope="col">{t('complaintList.print.sheet.historyStatus')}</th>
          <th scope="col">{t('complaintList.print.sheet.historyAt')}</th>
          <th scope="col">{t('complaintList.print.sheet.historyBy')}</th>
          <th scope="col">{t('complaintList.print.sheet.historyReason')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((change, index) => (
          // The history only grows, so a change's place in it is its identity.
          <tr key={index}>
            <td>{t(`complaints.statuses.${change.status}`)}</td>
            <td>{formatDateTime(change.at, i18n.language)}</td>
            <td>{staffNames.get(change.by) ?? none}</td>
            <td>{change.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
