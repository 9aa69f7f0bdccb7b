import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import { usePrintToPdf } from '../../../ui/use-print-to-pdf'
import type { PrintDocument } from './print-documents'

/** Print (the browser's dialog, or a saved PDF in the desktop app) and the way back; never printed itself. */
export function ComplaintPrintToolbar({ complaint, kind }: { readonly complaint: Complaint; readonly kind: PrintDocument }) {
  const { t } = useTranslation()
  const { print: printPage, printing } = usePrintToPdf()
  const print = () => printPage({ suggestedName: t(`complaintList.print.fileName.${kind}`, { number: complaint.number }) })
  return (
    <div className="complaint-print-toolbar" role="toolbar" aria-label={t('complaintList.print.toolbar')}>
      <Link className="button" to={`/complaints/${complaint.id}`}>
        {t('complaintList.print.back')}
      </Link>
      <button type="button" className="primary" disabled={printing} onClick={() => void print()}>
        {t('complaintList.print.print')}
      </button>
    </div>
  )
}
