import { useTranslation } from 'react-i18next'
import { COMPLAINT_INTAKE_STEPS, type ComplaintIntakeStep } from '@shared/domain/complaint-steps'

/** The seven steps, each with its ISO 10002 stage; any can be opened, the clerk's place is marked. */
export function IntakeStepNav({ current, onSelect }: { readonly current: ComplaintIntakeStep; readonly onSelect: (step: ComplaintIntakeStep) => void }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('complaints.wizard.stepsLabel')}>
      <ol className="step-nav">
        {COMPLAINT_INTAKE_STEPS.map((step, index) => (
          <li key={step.id}>
            <button type="button" aria-current={step.id === current ? 'step' : undefined} onClick={() => onSelect(step.id)}>
              <span className="step-number">{index + 1}</span>
              <span className="step-name">{t(`complaints.steps.${step.id}`)}</span>
              <span className="step-stage">{t(`complaints.isoStages.${step.isoStage}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
