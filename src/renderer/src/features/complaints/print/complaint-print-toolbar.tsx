import { useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import { platform } from '../../../platform/bridge'
import { useToastStore } from '../../../ui/toast-store'
import type { PrintDocument } from './print-documents'

/** Print (the browser's dialog, or a saved PDF in the desktop app) and the way back; never printed itself. */
export function ComplaintPrintToolbar({ complaint, kind }: { readonly complaint: Complaint; readonly kind: PrintDocument }) {
  const { t } = useTranslation()
  const showToast = useToastStore((state) => state.show)
  const [printing, setPrinting] = useState(false)
  const print = async () => {
    setPrinting(true)
    try {
      const result = await platform.printToPdf({ suggestedName: t(`complaintList.print.fileName.${kind}`, { number: complaint.number }) })
      // The browser's own dialog reports nothing back (no location); a cancelled save dialog needs no word either.
      if (result.ok && result.value.location !== '') {
        showToast({ message: t('complaintList.print.saved', { location: result.value.location }) })
      } else if (!result.ok && result.error.code !== 'cancelled') {
        showToast({ message: t('complaintList.print.failed', { message: result.error.message }) })
      }
    } finally {
      setPrinting(false)
    }
  }
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
