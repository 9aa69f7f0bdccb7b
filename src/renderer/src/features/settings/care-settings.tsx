import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  careSettingsProblems,
  LEAD_DAY_RULES,
  orderedFestivals,
  type CareSettingField,
  type CareSettingProblem,
  type CareSettings as CareSettingsValue,
  type LeadDayRule
} from '@shared/domain/care-settings'
import { TIERS, type Tier } from '@shared/domain/customer'
import { FESTIVAL_IDS, type FestivalId } from '@shared/domain/festivals'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useCareSettings } from '../../data/hooks/use-care-settings'
import { setSetting } from '../../data/repositories/settings'
import { useActor } from '../../session/session-store'
import { SettingsMessage, type SettingsMessageValue } from './settings-message'

/** When the care queue suggests a contact: days ahead, how long a missed one stays, no-contact days by tier, festivals. */
export function CareSettings() {
  const { t } = useTranslation()
  const saved = useCareSettings()
  return (
    <section className="card" aria-labelledby="settings-care">
      <h2 id="settings-care">{t('careQueue.settings.title')}</h2>
      <p className="hint">{t('careQueue.settings.hint')}</p>
      {saved ? <CareSettingsForm saved={saved} /> : null}
    </section>
  )
}

interface Draft {
  readonly leadDays: Readonly<Record<LeadDayRule, string>>
  readonly followUpDaysAfterService: string
  readonly overdueDays: string
  readonly noContactDays: Readonly<Record<Tier, string>>
  readonly festivals: readonly FestivalId[]
  readonly festivalTiers: readonly Tier[]
}

const draftOf = (settings: CareSettingsValue): Draft => ({
  leadDays: {
    birthday: String(settings.leadDays.birthday),
    festival: String(settings.leadDays.festival),
    anniversary: String(settings.leadDays.anniversary),
    maintenance: String(settings.leadDays.maintenance),
    warranty: String(settings.leadDays.warranty)
  },
  followUpDaysAfterService: String(settings.followUpDaysAfterService),
  overdueDays: String(settings.overdueDays),
  noContactDays: { A: String(settings.noContactDays.A), B: String(settings.noContactDays.B), C: String(settings.noContactDays.C), D: String(settings.noContactDays.D) },
  festivals: settings.festivals,
  festivalTiers: settings.festivalTiers
})

/** '' is no number (Number('') would read it as 0); the check then says what to type. */
const readNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()))

const toggle = <T,>(list: readonly T[], item: T): readonly T[] =>
  list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item]

function CareSettingsForm({ saved }: { readonly saved: CareSettingsValue }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved))
  const [problems, setProblems] = useState<readonly CareSettingProblem[]>([])
  const [message, setMessage] = useState<SettingsMessageValue | null>(null)

  const fieldLabel = (field: CareSettingField): string => {
    const [group, key] = field.split('.')
    if (group === 'leadDays') return `${t('careQueue.settings.leadDays')} · ${t(`careQueue.settings.leadRules.${LEAD_DAY_RULES.find((rule) => rule === key) ?? 'birthday'}`)}`
    if (group === 'noContactDays') return `${t('careQueue.settings.noContactDays')} · ${t('careQueue.settings.tier', { tier: key })}`
    if (field === 'followUpDaysAfterService' || field === 'overdueDays' || field === 'festivals' || field === 'festivalTiers') {
      return t(`careQueue.settings.${field}`)
    }
    return field
  }
  const problemText = (problem: CareSettingProblem): string =>
    problem.kind === 'not-a-whole-number' || problem.kind === 'out-of-range'
      ? t(`careQueue.settings.problems.${problem.kind}`, { field: fieldLabel(problem.field), min: problem.min, max: problem.max })
      : t(`careQueue.settings.problems.${problem.kind}`, { field: fieldLabel(problem.field) })
  const hasProblem = (field: CareSettingField): true | undefined => (problems.some((problem) => problem.field === field) ? true : undefined)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const settings: CareSettingsValue = {
      leadDays: {
        birthday: readNumber(draft.leadDays.birthday),
        festival: readNumber(draft.leadDays.festival),
        anniversary: readNumber(draft.leadDays.anniversary),
        maintenance: readNumber(draft.leadDays.maintenance),
        warranty: readNumber(draft.leadDays.warranty)
      },
      followUpDaysAfterService: readNumber(draft.followUpDaysAfterService),
      overdueDays: readNumber(draft.overdueDays),
      noContactDays: {
        A: readNumber(draft.noContactDays.A),
        B: readNumber(draft.noContactDays.B),
        C: readNumber(draft.noContactDays.C),
        D: readNumber(draft.noContactDays.D)
      },
      festivals: orderedFestivals(draft.festivals),
      festivalTiers: TIERS.filter((tier) => draft.festivalTiers.includes(tier))
    }
    const found = careSettingsProblems(settings)
    setProblems(found)
    if (found.length > 0) {
      setMessage(null)
      return
    }
    await setSetting(SETTING_KEYS.careSettings, settings, actor)
    setMessage({ text: t('careQueue.settings.saved'), ok: true })
  }

  const numberInput = (field: CareSettingField, label: string, value: string, onChange: (value: string) => void) => (
    <label className="field" key={field}>
      <span>{label}</span>
      <input inputMode="numeric" className="narrow" value={value} aria-invalid={hasProblem(field)} onChange={(event) => onChange(event.target.value)} />
    </label>
  )

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <fieldset className="field-group">
        <legend>
          <strong>{t('careQueue.settings.leadDays')}</strong>
        </legend>
        <div className="inline-form">
          {LEAD_DAY_RULES.map((rule) =>
            numberInput(`leadDays.${rule}`, t(`careQueue.settings.leadRules.${rule}`), draft.leadDays[rule], (value) =>
              setDraft((current) => ({ ...current, leadDays: { ...current.leadDays, [rule]: value } }))
            )
          )}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>
          <strong>{t('careQueue.settings.afterwards')}</strong>
        </legend>
        <div className="inline-form">
          {numberInput('followUpDaysAfterService', t('careQueue.settings.followUpDaysAfterService'), draft.followUpDaysAfterService, (value) =>
            setDraft((current) => ({ ...current, followUpDaysAfterService: value }))
          )}
          {numberInput('overdueDays', t('careQueue.settings.overdueDays'), draft.overdueDays, (value) =>
            setDraft((current) => ({ ...current, overdueDays: value }))
          )}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>
          <strong>{t('careQueue.settings.noContactDays')}</strong>
        </legend>
        <div className="inline-form">
          {TIERS.map((tier) =>
            numberInput(`noContactDays.${tier}`, t('careQueue.settings.tier', { tier }), draft.noContactDays[tier], (value) =>
              setDraft((current) => ({ ...current, noContactDays: { ...current.noContactDays, [tier]: value } }))
            )
          )}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>
          <strong>{t('careQueue.settings.festivals')}</strong>
        </legend>
        <div className="inline-form">
          {FESTIVAL_IDS.map((festival) => (
            <label key={festival} className="chip">
              <input
                type="checkbox"
                checked={draft.festivals.includes(festival)}
                onChange={() => setDraft((current) => ({ ...current, festivals: toggle(current.festivals, festival) }))}
              />
              {t(`careQueue.festivals.${festival}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>
          <strong>{t('careQueue.settings.festivalTiers')}</strong>
        </legend>
        <div className="inline-form">
          {TIERS.map((tier) => (
            <label key={tier} className="chip">
              <input
                type="checkbox"
                checked={draft.festivalTiers.includes(tier)}
                onChange={() => setDraft((current) => ({ ...current, festivalTiers: toggle(current.festivalTiers, tier) }))}
              />
              {t(`customers.tiers.${tier}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('careQueue.settings.festivalTiersHint')}</p>
      {problems.length > 0 ? (
        <ul role="alert" className="error-text">
          {problems.map((problem) => (
            <li key={`${problem.field}:${problem.kind}`}>{problemText(problem)}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary">
          {t('careQueue.settings.save')}
        </button>
      </div>
      <SettingsMessage message={message} />
    </form>
  )
}
