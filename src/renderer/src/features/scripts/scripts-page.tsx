import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import { useComplaintCategories } from '../../data/hooks/use-complaint-categories'
import { useScripts } from '../../data/hooks/use-scripts'
import { useSessionStore } from '../../session/session-store'
import { SCRIPT_ACCESS_NOTE_ID, ScriptAccessNote } from './script-access-note'
import { canEditScripts } from './script-edit-access'
import { ScriptEditorDialog } from './script-editor-dialog'
import { scriptFacets } from './script-facets'
import { isFiltered, shownLocale, toScriptFilter } from './script-filter'
import { ScriptFilters } from './script-filters'
import { useScriptLibraryStore } from './script-library-store'
import { ScriptList } from './script-list'
import { useScriptEditAccess } from './use-script-edit-access'
import { useScriptRetirement } from './use-script-retirement'
import './scripts.css'

/** The editor: closed, adding a phrase, or editing one. */
type Editing = { readonly mode: 'closed' } | { readonly mode: 'add' } | { readonly mode: 'edit'; readonly script: ScriptPhrase }

export function ScriptsPage() {
  const { t } = useTranslation()
  const interfaceLanguage = useSessionStore((state) => state.language)
  const filters = useScriptLibraryStore((state) => state.filters)
  const locale = shownLocale(filters, interfaceLanguage)
  const phrases = useScripts(toScriptFilter(filters, interfaceLanguage))
  // The whole library of the language: what the choices offer, and whether it is empty or just filtered.
  const library = useScripts({ locale, includeRetired: true })
  const categories = useComplaintCategories()
  const facets = useMemo(() => scriptFacets(library ?? [], categories), [library, categories])
  const access = useScriptEditAccess()
  const editable = canEditScripts(access)
  const { retire, unretire } = useScriptRetirement(library)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })

  const actions = useMemo(
    () =>
      editable
        ? {
            onEdit: (script: ScriptPhrase) => setEditing({ mode: 'edit', script }),
            onRetire: (script: ScriptPhrase) => void retire(script),
            onUnretire: (script: ScriptPhrase) => void unretire(script)
          }
        : undefined,
    [editable, retire, unretire]
  )

  const emptyMessage = library?.length === 0 && !isFiltered(filters) ? t('scripts.emptyLibrary') : t('scripts.noMatches')

  return (
    <div className="page scripts-page">
      <div className="page-header">
        <h1>{t('scripts.title')}</h1>
        <span className="muted" role="status">
          {phrases ? t('scripts.count', { count: phrases.length }) : t('scripts.loading')}
        </span>
        <div className="page-actions">
          <Link className="button" to="/scripts/coaching">
            {t('scripts.openCoaching')}
          </Link>
          <button
            type="button"
            className="primary"
            disabled={!editable}
            aria-describedby={access === 'read-only' ? SCRIPT_ACCESS_NOTE_ID : undefined}
            onClick={() => setEditing({ mode: 'add' })}
          >
            {t('scripts.add')}
          </button>
        </div>
      </div>
      <p className="hint script-lead">{t('scripts.lead')}</p>
      <ScriptAccessNote access={access} />
      <ScriptFilters facets={facets} interfaceLanguage={interfaceLanguage} />
      <ScriptList phrases={phrases} emptyMessage={emptyMessage} actions={actions} />
      {editing.mode !== 'closed' && editable ? (
        <ScriptEditorDialog
          script={editing.mode === 'edit' ? editing.script : null}
          newLocale={locale}
          newKind={filters.kind ?? 'say'}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      ) : null}
    </div>
  )
}
