import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import { useComplaintDeadlines } from '../../../data/hooks/use-complaint-deadlines'
import { useShopName } from '../../../data/hooks/use-shop-name'
import { useCustomer } from '../../../data/hooks/use-customer'
import { useAllStaff } from '../../../data/hooks/use-staff'
import { ComplaintPrintMessage } from './complaint-print-message'
import { ComplaintPrintToolbar } from './complaint-print-toolbar'
import { ComplaintSheet } from './complaint-sheet'
import { ComplaintSlip } from './complaint-slip'
import type { ComplaintPrintData, PrintDocument } from './print-documents'
import './complaint-print.css'

/**
 * The printout as it will look on paper, under a toolbar that does not print. It shows only
 * once everything it prints has loaded, so nothing goes to paper half-filled.
 */
export function ComplaintPrintView({ complaint, kind }: { readonly complaint: Complaint; readonly kind: PrintDocument }) {
  const { t } = useTranslation()
  const customer = useCustomer(complaint.customerId)
  const staff = useAllStaff()
  const deadlines = useComplaintDeadlines()
  const shopName = useShopName()
  const [now] = useState(() => new Date())
  const staffNames = useMemo(() => new Map((staff ?? []).map((member) => [member.id, member.name])), [staff])
  if (customer === undefined || staff === undefined || deadlines === undefined || shopName === undefined) {
    return <ComplaintPrintMessage message={t('complaintList.print.loading')} showBack={false} />
  }
  // Until the shop has set its name in Settings, the app's name heads the page.
  const data: ComplaintPrintData = { complaint, customer, staffNames, deadlines, now, shopName: shopName || t('app.name') }
  return (
    <div className="complaint-print">
      <ComplaintPrintToolbar complaint={complaint} kind={kind} />
      {complaint.deletedAt !== null ? <p className="banner complaint-print-screen-only">{t('complaintList.print.deleted')}</p> : null}
      <article className={`a4-paper complaint-print-paper complaint-print-${kind}`}>
        {kind === 'slip' ? <ComplaintSlip data={data} /> : <ComplaintSheet data={data} />}
      </article>
    </div>
  )
}
