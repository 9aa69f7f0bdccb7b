import { useTranslation } from 'react-i18next'
import type { ComplaintTransitionError } from '@shared/domain/complaint-lifecycle'

/** Why a lifecycle action was refused, in words the clerk can act on. */
export function TransitionErrorText({ error }: { readonly error: ComplaintTransitionError | null }) {
  const { t } = useTranslation()
  if (error === null) return null
  return (
    <p className="error-text" role="alert">
      {t(`complaints.transitionErrors.${error}`)}
    </p>
  )
}
