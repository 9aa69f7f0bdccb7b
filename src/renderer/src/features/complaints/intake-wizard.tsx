import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { COMPLAINT_INTAKE_STEP_IDS, type ComplaintIntakeStep } from '@shared/domain/complaint-steps'
import type { ComplaintTransitionError } from '@shared/domain/complaint-lifecycle'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { useToastStore } from '../../ui/toast-store'
import { CalmStep } from './calm-step'
import { ClassifyStep } from './classify-step'
import { EscalateStep } from './escalate-step'
import { FactsStep } from './facts-step'
import { FollowUpStep } from './follow-up-step'
import { useIntake } from './intake-context'
import { IntakeStepNav } from './intake-step-nav'
import { IntakeTextArea } from './intake-text-area'
import { ListenStep } from './listen-step'
import { ResolveStep } from './resolve-step'
import { SaveStateText } from './save-state-text'
import { TransitionErrorText } from './transition-error-text'
import { UnresolvedFlagsDialog } from './unresolved-flags-dialog'
import { useComplaintAction } from './use-complaint-action'

interface IntakeWizardProps {
  readonly step: ComplaintIntakeStep
  readonly onStep: (step: ComplaintIntakeStep) => void
  readonly products: readonly OwnedProduct[]
  readonly today: string
  readonly suggestedFollowUpDate: string
  /** How many never-say flags are still open in the intake's text fields. */
  readonly openFlagCount: number
}

const LAST_STEP = COMPLAINT_INTAKE_STEP_IDS[COMPLAINT_INTAKE_STEP_IDS.length - 1]

/**
 * The steps of the intake, one at a time, with the reply to the customer under each: what the
 * clerk says is drafted as they go, with the coaching beside it. Moving on with flagged phrases
 * still in the text asks first; finishing resolves the complaint when the customer accepted.
 */
export function IntakeWizard({ step, onStep, products, today, suggestedFollowUpDate, openFlagCount }: IntakeWizardProps) {
  const { t } = useTranslation()
  const { complaint, fields, change, flush, saveState, closed } = useIntake()
  const run = useComplaintAction(complaint.id)
  const showToast = useToastStore((state) => state.show)
  const [confirming, setConfirming] = useState<(() => void) | null>(null)
  const [error, setError] = useState<ComplaintTransitionError | null>(null)
  const index = COMPLAINT_INTAKE_STEP_IDS.indexOf(step)
  const unresolved = complaint.status === 'new' || complaint.status === 'in-progress'

  /** Runs `next` at once, or after the clerk confirms they want to keep the flagged wording. */
  const afterFlagCheck = (next: () => void) => {
    if (openFlagCount > 0) setConfirming(() => next)
    else next()
  }

  const goTo = (target: ComplaintIntakeStep) => {
    setError(null)
    onStep(target)
    // Moving past listening is the first response (受理): the complaint is taken up.
    if (complaint.status === 'new' && target !== 'listen') void run({ type: 'start' })
  }

  const finish = async () => {
    if (fields.followUpDate === null) change({ followUpDate: suggestedFollowUpDate })
    await flush()
    if (complaint.status === 'new') await run({ type: 'start' })
    if (fields.resolution.accepted !== true) {
      showToast({ message: t('complaints.wizard.savedUnresolved', { number: complaint.number }) })
      return
    }
    const refused = await run({ type: 'resolve', resolution: fields.resolution })
    setError(refused)
    if (refused === 'escalation-required') onStep('escalate')
    if (refused === null) showToast({ message: t('complaints.wizard.resolved', { number: complaint.number }) })
  }

  const stepContent: Record<ComplaintIntakeStep, ReactNode> = {
    listen: <ListenStep />,
    calm: <CalmStep />,
    facts: <FactsStep products={products} today={today} />,
    classify: <ClassifyStep />,
    resolve: <ResolveStep />,
    escalate: <EscalateStep />,
    'follow-up': <FollowUpStep suggestedDate={suggestedFollowUpDate} />
  }

  return (
    <section className="intake-wizard card" aria-labelledby="intake-step-title">
      <IntakeStepNav current={step} onSelect={(target) => afterFlagCheck(() => goTo(target))} />
      <h2 id="intake-step-title">
        {t('complaints.wizard.stepTitle', { number: index + 1, name: t(`complaints.steps.${step}`) })}
      </h2>
      <fieldset className="plain-fieldset" disabled={closed}>
        {stepContent[step]}
      </fieldset>
      <IntakeTextArea
        name="replyDraft"
        label={t('complaints.fields.replyDraft')}
        hint={t('complaints.fields.replyDraftHint')}
        value={fields.replyDraft}
        onText={(replyDraft) => change({ replyDraft })}
        rows={4}
      />
      <TransitionErrorText error={error} />
      <div className="wizard-footer">
        <SaveStateText state={saveState} />
        <div className="button-row">
          {index > 0 ? (
            <button type="button" onClick={() => goTo(COMPLAINT_INTAKE_STEP_IDS[index - 1] ?? step)}>
              {t('complaints.wizard.back')}
            </button>
          ) : null}
          {step !== LAST_STEP ? (
            <button type="button" className="primary" onClick={() => afterFlagCheck(() => goTo(COMPLAINT_INTAKE_STEP_IDS[index + 1] ?? step))}>
              {t('complaints.wizard.next')}
            </button>
          ) : unresolved ? (
            <button type="button" className="primary" onClick={() => afterFlagCheck(() => void finish())}>
              {t('complaints.wizard.finish')}
            </button>
          ) : null}
        </div>
      </div>
      <UnresolvedFlagsDialog
        count={confirming === null ? 0 : openFlagCount}
        onGoBack={() => setConfirming(null)}
        onContinue={() => {
          confirming?.()
          setConfirming(null)
        }}
      />
    </section>
  )
}
