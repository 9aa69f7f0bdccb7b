import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import './complaint-print.css'

/** Said instead of a printout: still loading, or nothing to print. */
export function ComplaintPrintMessage({ message, showBack = true }: { readonly message: string; readonly showBack?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="page complaint-print-message">
      <p role={showBack ? 'alert' : 'status'}>{message}</p>
      {showBack ? (
        <Link className="button" to="/complaints">
          {t('complaintList.print.backToList')}
        </Link>
      ) : null}
    </div>
  )
}
