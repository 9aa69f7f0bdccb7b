import { useTranslation } from 'react-i18next'
import type { SaveState } from './use-intake-draft'

/** Whether what the clerk typed is stored yet: quiet when it is, plain about it when it is not. */
export function SaveStateText({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation()
  if (typeof state === 'object') {
    return (
      <p className="error-text" role="alert">
        {t(`complaints.saveState.errors.${state.error}`)}
      </p>
    )
  }
  return (
    <p className="muted save-state" role="status">
      {t(`complaints.saveState.${state}`)}
    </p>
  )
}
