import { useCallback, useMemo, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import { FOLLOW_UP_CALL } from '@shared/domain/complaint-follow-up'
import { COMPLAINT_INTAKE_STEP_IDS, type ComplaintIntakeStep } from '@shared/domain/complaint-steps'
import { addDays, todayInShop } from '@shared/domain/days'
import { openFlags } from '@shared/domain/never-say-flags'
import { checkPhrases, type PhraseFlag } from '@shared/domain/phrase-check'
import { fillVariables } from '@shared/domain/script-variables'
import { useComplaint } from '../../data/hooks/use-complaint'
import { useCustomerCard } from '../../data/hooks/use-customer-card'
import { useShopName } from '../../data/hooks/use-shop-name'
import { useAllStaff } from '../../data/hooks/use-staff'
import { dismissFlag } from '../../data/repositories/complaint-intake'
import { useActor, useSessionStore } from '../../session/session-store'
import { formatDate } from '../../ui/format'
import { PersonalityTips } from '../../ui/personality-tips'
import { CoachingPanel } from './coaching-panel'
import { ComplaintHeader } from './complaint-header'
import { CustomerHistory } from './customer-history'
import { IntakeContext, type IntakeContextValue } from './intake-context'
import { IntakeWizard } from './intake-wizard'
import { LifecyclePanel } from './lifecycle-panel'
import { PhraseTargetContext } from './phrase-target'
import { useAllNeverSayRules } from './use-phrase-rules'
import { useIntakeDraft } from './use-intake-draft'
import { usePhraseHitRecorder } from './use-phrase-hit-recorder'
import { usePhraseTargetRegistry } from './use-phrase-target-registry'
import './complaints.css'

export function ComplaintPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const complaint = useComplaint(id)
  if (complaint === undefined) return <p className="muted">{t('complaints.loading')}</p>
  if (complaint === null || complaint.deletedAt !== null) {
    return (
      <div className="page">
        <h1>{t('complaints.page.notFoundTitle')}</h1>
        <p role="alert">{t('complaints.page.notFound')}</p>
        <Link to="/complaints">{t('complaints.page.backToList')}</Link>
      </div>
    )
  }
  // A fresh workspace per complaint: drafts and the wizard's step never carry over.
  return <ComplaintWorkspace key={complaint.id} complaint={complaint} />
}

const stepOf = (saved: string): ComplaintIntakeStep => COMPLAINT_INTAKE_STEP_IDS.find((step) => step === saved) ?? 'listen'

function ComplaintWorkspace({ complaint }: { readonly complaint: Complaint }) {
  const { i18n } = useTranslation()
  const now = useMemo(() => new Date(), [])
  const today = todayInShop(now)
  const actor = useActor()
  const language = useSessionStore((state) => state.language)
  const card = useCustomerCard(complaint.customerId, now)
  const staff = useAllStaff()
  const rules = useAllNeverSayRules()
  const targets = usePhraseTargetRegistry()
  const recordHits = usePhraseHitRecorder(complaint.id, rules)
  const draft = useIntakeDraft(complaint, actor, (saved) => {
    if (saved.replyDraft !== undefined) recordHits('replyDraft', saved.replyDraft)
    if (saved.notes !== undefined) recordHits('notes', saved.notes)
    if (saved.resolution?.detail !== undefined) recordHits('resolution.detail', saved.resolution.detail)
  })
  const [step, setStep] = useState(() => stepOf(complaint.intakeStep))
  const { fields, change } = draft
  const suggestedFollowUpDate = addDays(today, FOLLOW_UP_CALL.daysAfterResolution)

  const customerName = card?.customer.name
  const staffName = staff?.find((member) => member.id === actor.staffId)?.name
  // Until the clerk picks a day, the wording speaks of the day the wizard suggests.
  const followUpDate = fields.followUpDate ?? suggestedFollowUpDate
  const shopName = useShopName()
  const fill = useCallback(
    (text: string) =>
      fillVariables(text, {
        customerName,
        staffName,
        shopName,
        complaintNumber: complaint.number,
        followUpDate: formatDate(followUpDate, i18n.language)
      }).text,
    [customerName, staffName, shopName, complaint.number, followUpDate, i18n.language]
  )

  const dismiss = useCallback(
    (flag: PhraseFlag) => void dismissFlag(complaint.id, { ruleId: flag.ruleId, text: flag.matched }, actor),
    [complaint.id, actor]
  )

  const openFlagCount = [fields.replyDraft, fields.notes, fields.resolution.detail].reduce(
    (count, text) => count + openFlags(checkPhrases(text, rules), complaint.dismissedFlags).length,
    0
  )

  const settled = !(complaint.status === 'new' || complaint.status === 'in-progress')
  const [settledWhenOpened] = useState(settled)
  const intake: IntakeContextValue = { ...draft, complaint, rules, dismiss, recordHits, fill, settled, closed: complaint.status === 'closed' }

  const onStep = (target: ComplaintIntakeStep) => {
    setStep(target)
    change({ intakeStep: target })
  }

  return (
    <IntakeContext.Provider value={intake}>
      <PhraseTargetContext.Provider value={targets}>
        <div className="page page-wide complaint-page">
          <ComplaintHeader complaint={complaint} customer={card?.customer ?? null} now={now} />
          <div className="complaint-layout">
            <div className="complaint-main">
              {settled ? <LifecyclePanel staff={staff ?? []} justResolved={!settledWhenOpened} /> : null}
              <IntakeWizard
                step={step}
                onStep={onStep}
                products={card?.products ?? []}
                today={today}
                suggestedFollowUpDate={suggestedFollowUpDate}
                openFlagCount={openFlagCount}
              />
            </div>
            <aside className="complaint-aside" aria-label={complaint.number}>
              <CoachingPanel
                step={step}
                category={fields.category}
                personality={card?.customer.personality ?? 'unknown'}
                locale={language}
                fill={fill}
                canInsert={complaint.status !== 'closed'}
              />
              {card ? <PersonalityTips personality={card.customer.personality} /> : null}
              <CustomerHistory customerId={complaint.customerId} currentId={complaint.id} />
            </aside>
          </div>
        </div>
      </PhraseTargetContext.Provider>
    </IntakeContext.Provider>
  )
}
