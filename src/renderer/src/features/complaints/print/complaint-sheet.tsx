import { useTranslation } from 'react-i18next'
import { formatPhone } from '@shared/domain/phone'
import { complaintDeadlines } from '@shared/domain/complaint-deadlines'
import { CLOSE_CHECKLIST } from '@shared/domain/complaint-lifecycle'
import { formatDate, formatDateTime } from '../../../ui/format'
import { deadlineOutcome } from '../complaint-list-deadline'
import { useComplaintLabels } from '../complaint-list-labels'
import type { ComplaintPrintData } from './print-documents'
import { PrintFacts } from './print-facts'
import { SheetProduct } from './sheet-product'
import { SheetStatusHistory } from './sheet-status-history'

const isBuiltInChecklistItem = (item: string): item is (typeof CLOSE_CHECKLIST)[number] => CLOSE_CHECKLIST.some((known) => known === item)

/**
 * 投诉处理单: the full record of one complaint on A4, for the file and for the manager, from
 * the customer's words to the close. Internal: it carries notes and causes the slip never shows.
 */
export function ComplaintSheet({ data }: { readonly data: ComplaintPrintData }) {
  const { t, i18n } = useTranslation()
  const labels = useComplaintLabels()
  const { complaint, customer, staffNames, deadlines, now, shopName } = data
  const language = i18n.language
  const none = t('complaintList.print.sheet.none')
  const staffName = (id: string | null): string => (id === null ? '' : (staffNames.get(id) ?? ''))
  const dateTime = (iso: string | null): string => (iso === null ? '' : formatDateTime(iso, language))
  const { resolution, escalation, satisfaction } = complaint
  // Each deadline with whether it was kept; when it was kept shows in the status history below.
  const { respondBy, resolveBy } = complaintDeadlines(complaint, deadlines)
  const withOutcome = (due: string, doneAt: string | null): string =>
    t('complaintList.print.sheet.dueWithOutcome', {
      due: dateTime(due),
      outcome: t(`complaintList.print.sheet.outcomes.${deadlineOutcome(due, doneAt, now.toISOString())}`)
    })
  const accepted =
    resolution.accepted === null
      ? t('complaintList.print.sheet.acceptedUnknown')
      : t(resolution.accepted ? 'complaintList.print.sheet.acceptedYes' : 'complaintList.print.sheet.acceptedNo')
  // Items the checklist may hold beyond today's built-in ones (older versions, imports) still print, as stored.
  const checklist = [...CLOSE_CHECKLIST, ...complaint.closeChecklist.filter((item) => !isBuiltInChecklistItem(item))]
  return (
    <>
      <header className="complaint-print-header complaint-sheet-header">
        <div>
          <p className="complaint-print-shop">{shopName}</p>
          <h1>{t('complaintList.print.sheet.title')}</h1>
        </div>
        <p className="complaint-sheet-number">{complaint.number}</p>
      </header>

      <section className="complaint-print-section">
        <h2>{t('complaintList.print.sheet.summary')}</h2>
        <div className="complaint-sheet-columns">
          <PrintFacts
            none={none}
            facts={[
              { label: t('complaintList.print.sheet.number'), value: complaint.number },
              { label: t('complaintList.print.sheet.status'), value: t(`complaints.statuses.${complaint.status}`) },
              { label: t('complaintList.print.sheet.receivedAt'), value: dateTime(complaint.receivedAt) },
              { label: t('complaintList.print.sheet.responseDue'), value: withOutcome(respondBy, complaint.firstResponseAt) }
            ]}
          />
          <PrintFacts
            none={none}
            facts={[
              { label: t('complaintList.print.sheet.handler'), value: staffName(complaint.handlerId) },
              { label: t('complaintList.print.sheet.category'), value: labels.category(complaint.category) },
              { label: t('complaintList.print.sheet.severity'), value: t(`complaints.severities.${complaint.severity}`) },
              { label: t('complaintList.print.sheet.resolutionDue'), value: withOutcome(resolveBy, complaint.resolvedAt) }
            ]}
          />
        </div>
      </section>

      <div className="complaint-sheet-columns">
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.customerSection')}</h2>
          <PrintFacts
            none={none}
            facts={[
              { label: t('complaintList.print.sheet.customerName'), value: customer?.name ?? '' },
              ...(customer && customer.company !== '' ? [{ label: t('complaintList.print.sheet.company'), value: customer.company }] : []),
              { label: t('complaintList.print.sheet.phones'), value: (customer?.phones ?? []).map(formatPhone).join(' / ') }
            ]}
          />
        </section>
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.product')}</h2>
          <SheetProduct productId={complaint.productId} now={now} />
        </section>
      </div>

      <section className="complaint-print-section">
        <h2>{t('complaintList.print.sheet.matter')}</h2>
        <PrintFacts
          none={none}
          facts={[
            { label: t('complaintList.print.sheet.customerWords'), value: complaint.customerWords, long: true },
            { label: t('complaintList.print.sheet.desiredRemedy'), value: complaint.desiredRemedy, long: true },
            { label: t('complaintList.print.sheet.rootCause'), value: labels.rootCause(complaint.rootCause), long: true },
            { label: t('complaintList.print.sheet.replyDraft'), value: complaint.replyDraft, long: true },
            { label: t('complaintList.print.sheet.notes'), value: complaint.notes, long: true }
          ]}
        />
      </section>

      <div className="complaint-sheet-columns">
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.resolution')}</h2>
          <PrintFacts
            none={none}
            facts={[
              {
                label: t('complaintList.print.sheet.resolutionKind'),
                value: resolution.kind === null ? '' : t(`complaints.resolutionKinds.${resolution.kind}`)
              },
              { label: t('complaintList.print.sheet.resolutionDetail'), value: resolution.detail },
              { label: t('complaintList.print.sheet.accepted'), value: accepted }
            ]}
          />
        </section>
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.escalation')}</h2>
          {escalation.supervisorId === null && escalation.at === null ? (
            <p>{t('complaintList.print.sheet.notEscalated')}</p>
          ) : (
            <PrintFacts
              none={none}
              facts={[
                { label: t('complaintList.print.sheet.supervisor'), value: staffName(escalation.supervisorId) },
                { label: t('complaintList.print.sheet.escalationReason'), value: escalation.reason },
                { label: t('complaintList.print.sheet.escalatedAt'), value: dateTime(escalation.at) }
              ]}
            />
          )}
        </section>
      </div>

      <div className="complaint-sheet-columns">
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.followUp')}</h2>
          <PrintFacts
            none={none}
            facts={[
              { label: t('complaintList.print.sheet.followUpDate'), value: formatDate(complaint.followUpDate, language) },
              {
                label: t('complaintList.print.sheet.satisfaction'),
                value: satisfaction.score === null ? '' : t('complaintList.print.sheet.score', { score: satisfaction.score })
              },
              { label: t('complaintList.print.sheet.satisfactionComment'), value: satisfaction.comment },
              {
                label: t('complaintList.print.sheet.givenBy'),
                value: satisfaction.givenBy === null ? '' : t(`complaints.givenBy.${satisfaction.givenBy}`)
              }
            ]}
          />
        </section>
        <section className="complaint-print-section">
          <h2>{t('complaintList.print.sheet.closing')}</h2>
          <PrintFacts
            none={none}
            facts={[
              { label: t('complaintList.print.sheet.closedAt'), value: dateTime(complaint.closedAt) },
              { label: t('complaintList.print.sheet.closeReason'), value: complaint.closeReason },
              {
                label: t('complaintList.print.sheet.checklist'),
                value: (
                  <ul className="complaint-print-checklist">
                    {checklist.map((item) => (
                      <li key={item}>
                        <span className="complaint-print-box">{complaint.closeChecklist.includes(item) ? '☑' : '☐'}</span>
                        {isBuiltInChecklistItem(item) ? t(`complaints.closeChecklist.${item}`) : item}
                      </li>
                    ))}
                  </ul>
                )
              }
            ]}
          />
        </section>
      </div>

      <section className="complaint-print-section">
        <h2>{t('complaintList.print.sheet.history')}</h2>
        <SheetStatusHistory history={complaint.statusHistory} staffNames={staffNames} />
      </section>

      <div className="complaint-sheet-signatures">
        <p>{t('complaintList.print.sheet.signature')}</p>
        <p>{t('complaintList.print.sheet.supervisorSignature')}</p>
      </div>
      <footer className="complaint-print-footer">{t('complaintList.print.printedAt', { time: dateTime(now.toISOString()) })}</footer>
    </>
  )
}
