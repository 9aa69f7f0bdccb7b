import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMPLAINT_SEVERITIES } from '@shared/domain/complaint'
import { readCategoryList } from '@shared/domain/complaint-categories'
import { isValidComplaintDeadlines, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useCustomComplaintCategories } from '../../data/hooks/use-complaint-categories'
import { useComplaintDeadlines } from '../../data/hooks/use-complaint-deadlines'
import { setSetting } from '../../data/repositories/settings'
import { useActor } from '../../session/session-store'
import { SettingsMessage, type SettingsMessageValue } from './settings-message'

/** How soon complaints must be answered and resolved, and the shop's own categories. */
export function ComplaintSettings() {
  const { t } = useTranslation()
  const deadlines = useComplaintDeadlines()
  const categories = useCustomComplaintCategories()
  return (
    <section className="card" aria-labelledby="settings-complaints">
      <h2 id="settings-complaints">{t('settings.complaints.title')}</h2>
      <p className="hint">{t('settings.complaints.deadlinesHint')}</p>
      {deadlines ? <DeadlinesForm saved={deadlines} /> : null}
      <p className="hint">{t('settings.complaints.categoriesHint')}</p>
      {categories ? <CategoriesForm saved={categories} /> : null}
    </section>
  )
}

type DeadlineDraft = Record<(typeof COMPLAINT_SEVERITIES)[number], { responseHours: string; resolutionHours: string }>

function DeadlinesForm({ saved }: { readonly saved: ComplaintDeadlines }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [draft, setDraft] = useState<DeadlineDraft>(() => ({
    ordinary: { responseHours: String(saved.ordinary.responseHours), resolutionHours: String(saved.ordinary.resolutionHours) },
    serious: { responseHours: String(saved.serious.responseHours), resolutionHours: String(saved.serious.resolutionHours) },
    crisis: { responseHours: String(saved.crisis.responseHours), resolutionHours: String(saved.crisis.resolutionHours) }
  }))
  const [message, setMessage] = useState<SettingsMessageValue | null>(null)
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const read = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text))
    const deadlines = Object.fromEntries(
      COMPLAINT_SEVERITIES.map((severity) => [
        severity,
        { responseHours: read(draft[severity].responseHours), resolutionHours: read(draft[severity].resolutionHours) }
      ])
    )
    if (!isValidComplaintDeadlines(deadlines)) return setMessage({ text: t('settings.complaints.deadlinesInvalid'), ok: false })
    await setSetting(SETTING_KEYS.complaintDeadlines, deadlines, actor)
    setMessage({ text: t('settings.saved'), ok: true })
  }
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.complaints.severity')}</th>
            <th scope="col">{t('settings.complaints.responseHours')}</th>
            <th scope="col">{t('settings.complaints.resolutionHours')}</th>
          </tr>
        </thead>
        <tbody>
          {COMPLAINT_SEVERITIES.map((severity) => (
            <tr key={severity}>
              <th scope="row">{t(`complaints.severities.${severity}`)}</th>
              {(['responseHours', 'resolutionHours'] as const).map((field) => (
                <td key={field}>
                  <input
                    inputMode="decimal"
                    className="narrow"
                    aria-label={`${t(`complaints.severities.${severity}`)} · ${t(`settings.complaints.${field}`)}`}
                    value={draft[severity][field]}
                    onChange={(event) =>
                      setDraft((current) => ({ ...current, [severity]: { ...current[severity], [field]: event.target.value } }))
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('settings.staff.save')}
        </button>
      </div>
      <SettingsMessage message={message} />
    </form>
  )
}

function CategoriesForm({ saved }: { readonly saved: readonly string[] }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [text, setText] = useState(saved.join('\n'))
  const [message, setMessage] = useState<SettingsMessageValue | null>(null)
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const { categories, problems } = readCategoryList(text)
    const [problem] = problems
    if (problem) return setMessage({ text: t(`settings.complaints.categoryProblems.${problem.kind}`, { name: problem.name }), ok: false })
    await setSetting(SETTING_KEYS.customComplaintCategories, categories, actor)
    setMessage({ text: t('settings.saved'), ok: true })
  }
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('settings.complaints.categories')}</span>
        <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('settings.staff.save')}
        </button>
      </div>
      <SettingsMessage message={message} />
    </form>
  )
}
