import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { DEFAULT_TIER_THRESHOLDS, isValidTierThresholds, type TierThresholds } from '@shared/domain/tier'
import { useSetting } from '../../data/hooks/use-setting'
import { setSetting } from '../../data/repositories/settings'
import { useActor } from '../../session/session-store'
import { SettingsMessage, type SettingsMessageValue } from './settings-message'

const TIERS_WITH_THRESHOLD = ['A', 'B', 'C'] as const

/** The spend (last 12 months) that suggests each tier; below C's is D. */
export function TierThresholdSettings() {
  const { t } = useTranslation()
  const saved = useSetting(SETTING_KEYS.tierThresholds, DEFAULT_TIER_THRESHOLDS, isValidTierThresholds)
  return (
    <section className="card" aria-labelledby="settings-tiers">
      <h2 id="settings-tiers">{t('settings.tiers.title')}</h2>
      <p className="hint">{t('settings.tiers.hint')}</p>
      {saved ? <TierThresholdForm saved={saved} /> : null}
    </section>
  )
}

function TierThresholdForm({ saved }: { readonly saved: TierThresholds }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [draft, setDraft] = useState(() => ({ A: String(saved.A), B: String(saved.B), C: String(saved.C) }))
  const [message, setMessage] = useState<SettingsMessageValue | null>(null)
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const thresholds = { A: Number(draft.A), B: Number(draft.B), C: Number(draft.C) }
    if (!isValidTierThresholds(thresholds)) {
      setMessage({ text: t('settings.tiers.invalid'), ok: false })
      return
    }
    await setSetting(SETTING_KEYS.tierThresholds, thresholds, actor)
    setMessage({ text: t('settings.tiers.saved'), ok: true })
  }
  return (
    <form className="inline-form" onSubmit={(event) => void save(event)} noValidate>
      {TIERS_WITH_THRESHOLD.map((tier) => (
        <label key={tier} className="field">
          <span>{t('settings.tiers.threshold', { tier })}</span>
          <input
            inputMode="numeric"
            className="narrow"
            value={draft[tier]}
            onChange={(event) => setDraft((current) => ({ ...current, [tier]: event.target.value }))}
          />
        </label>
      ))}
      <button type="submit" className="primary">
        {t('settings.staff.save')}
      </button>
      <SettingsMessage message={message} />
    </form>
  )
}
