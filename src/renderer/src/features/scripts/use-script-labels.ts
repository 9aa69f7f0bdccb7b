import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { BUILT_IN_COMPLAINT_CATEGORIES } from '@shared/domain/complaint'
import { COMPLAINT_INTAKE_STEP_IDS, type ComplaintIntakeStep } from '@shared/domain/complaint-steps'
import type { PersonalityType } from '@shared/domain/customer'

type BuiltInCategory = (typeof BUILT_IN_COMPLAINT_CATEGORIES)[number]

const isIntakeStep = (step: string): step is ComplaintIntakeStep => COMPLAINT_INTAKE_STEP_IDS.some((id) => id === step)
const isBuiltInCategory = (category: string): category is BuiltInCategory => BUILT_IN_COMPLAINT_CATEGORIES.some((id) => id === category)

export interface ScriptLabels {
  readonly step: (step: string) => string
  readonly category: (category: string) => string
  readonly personality: (personality: PersonalityType | '') => string
}

/**
 * Names for a phrase's step, category and personality, '' being "any". A value this version
 * does not know (a manager's own category, or one from a newer PC's export) shows as stored
 * rather than disappearing.
 */
export function useScriptLabels(): ScriptLabels {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      step: (step) => (step === '' ? t('scripts.any') : isIntakeStep(step) ? t(`complaints.steps.${step}`) : step),
      category: (category) => (category === '' ? t('scripts.any') : isBuiltInCategory(category) ? t(`complaints.categories.${category}`) : category),
      personality: (personality) => (personality === '' ? t('scripts.any') : t(`customers.personalities.${personality}`))
    }),
    [t]
  )
}
