import { useTranslation } from 'react-i18next'
import type { ComplaintStatus } from '@shared/domain/complaint'
import { complaintDeadlines } from '@shared/domain/complaint-deadlines'
import { formatDate, formatDateTime } from '../../../ui/format'
import type { ComplaintPrintData } from './print-documents'
import { PrintFacts } from './print-facts'
import { shortened } from './print-text'

const CALL_STILL_TO_COME: readonly ComplaintStatus[] = ['new', 'in-progress', 'resolved']

/** About five lines on the slip: the customer knows what they said; this confirms it was heard. */
const WORDS_ON_SLIP = 160

/**
 * 投诉受理回执: the customer's receipt. Only what the customer may see: what they told us, what
 * happens next and by when, and who to ask. Nothing internal (notes, cause, reply drafts,
 * never-say flags) is even passed to the markup.
 */
export function ComplaintSlip({ data }: { readonly data: ComplaintPrintData }) {
  const { t, i18n } = useTranslation()
  const { complaint, customer, staffNames, deadlines, now, shopName } = data
  const language = i18n.language
  const { respondBy, resolveBy } = complaintDeadlines(complaint, deadlines)
  const handler = complaint.handlerId === null ? undefined : staffNames.get(complaint.handlerId)
  const next = [
    complaint.firstResponseAt === null
      ? t('complaintList.print.slip.respondBy', { time: formatDateTime(respondBy, language) })
      : t('complaintList.print.slip.responded', { time: formatDateTime(complaint.firstResponseAt, language) }),
    complaint.resolvedAt === null
      ? t('complaintList.print.slip.resolveBy', { time: formatDateTime(resolveBy, language) })
      : t('complaintList.print.slip.resolved', { time: formatDateTime(complaint.resolvedAt, language) }),
    // Promised only while the call is still to come: a followed-up or closed complaint has had it.
    ...(complaint.followUpDate === null || !CALL_STILL_TO_COME.includes(complaint.status)
      ? []
      : [t('complaintList.print.slip.followUp', { date: formatDate(complaint.followUpDate, language) })])
  ]
  return (
    <>
      <header className="complaint-print-header">
        <p className="complaint-print-shop">{shopName}</p>
        <h1>{t('complaintList.print.slip.title')}</h1>
      </header>
      <section className="complaint-slip-number" aria-label={t('complaintList.print.slip.numberLabel')}>
        <span className="complaint-print-label">{t('complaintList.print.slip.numberLabel')}</span>
        <strong>{complaint.number}</strong>
      </section>
      <PrintFacts
        none={t('complaintList.print.sheet.none')}
        facts={[
          { label: t('complaintList.print.slip.receivedAt'), value: formatDateTime(complaint.receivedAt, language) },
          { label: t('complaintList.print.slip.customer'), value: customer?.name ?? '' }
        ]}
      />
      <section className="complaint-print-section">
        <h2>{t('complaintList.print.slip.reported')}</h2>
        <blockquote className="complaint-slip-words">{shortened(complaint.customerWords, WORDS_ON_SLIP)}</blockquote>
      </section>
      <section className="complaint-print-section">
        <h2>{t('complaintList.print.slip.next')}</h2>
        <ul className="complaint-slip-next">
          {next.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {handler ? <p>{t('complaintList.print.slip.handler', { name: handler })}</p> : null}
        <p>{t('complaintList.print.slip.keepNumber')}</p>
      </section>
      <p className="complaint-slip-thanks">{t('complaintList.print.slip.thanks')}</p>
      <footer className="complaint-print-footer">{t('complaintList.print.printedAt', { time: formatDateTime(now.toISOString(), language) })}</footer>
    </>
  )
}
