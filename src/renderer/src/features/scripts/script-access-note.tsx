import { useTranslation } from 'react-i18next'
import type { ScriptEditAccess } from './script-edit-access'

export const SCRIPT_ACCESS_NOTE_ID = 'script-access-note'

/** Why the library can (or cannot) be changed by whoever is at the desk; nothing when a manager is. */
export function ScriptAccessNote({ access }: { readonly access: ScriptEditAccess }) {
  const { t } = useTranslation()
  if (access === 'read-only') {
    return (
      <p id={SCRIPT_ACCESS_NOTE_ID} className="banner" role="note">
        {t('scripts.access.readOnly')}
      </p>
    )
  }
  if (access === 'no-manager') {
    return (
      <p id={SCRIPT_ACCESS_NOTE_ID} className="hint" role="note">
        {t('scripts.access.noManager')}
      </p>
    )
  }
  return null
}
