import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useComplaint } from '../../../data/hooks/use-complaint'
import { ComplaintPrintMessage } from './complaint-print-message'
import { ComplaintPrintView } from './complaint-print-view'
import { isPrintDocument } from './print-documents'

/** /complaints/:id/print/slip (the customer's receipt) and /complaints/:id/print/sheet (the A4 handling sheet). */
export function ComplaintPrintPage() {
  const { t } = useTranslation()
  const { id, document: kind } = useParams()
  const complaint = useComplaint(id ?? null)
  if (!isPrintDocument(kind)) return <ComplaintPrintMessage message={t('complaintList.print.unknownDocument')} />
  if (complaint === undefined) return <ComplaintPrintMessage message={t('complaintList.print.loading')} showBack={false} />
  if (complaint === null) return <ComplaintPrintMessage message={t('complaintList.print.notFound')} />
  return <ComplaintPrintView complaint={complaint} kind={kind} />
}
