import { useTranslation } from 'react-i18next'
import { LANGUAGES, useSessionStore, type Language } from '../../session/session-store'

/** Each language is named in itself, so a clerk who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { 'zh-CN': '简体中文', en: 'English' }

export function LanguageSettings() {
  const { t } = useTranslation()
  const language = useSessionStore((state) => state.language)
  const setLanguage = useSessionStore((state) => state.setLanguage)
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <p className="hint">{t('settings.language.hint')}</p>
      <select
        aria-labelledby="settings-language"
        value={language}
        onChange={(event) => setLanguage(LANGUAGES.find((candidate) => candidate === event.target.value) ?? 'zh-CN')}
      >
        {LANGUAGES.map((candidate) => (
          <option key={candidate} value={candidate} lang={candidate}>
            {LANGUAGE_NAMES[candidate]}
          </option>
        ))}
      </select>
    </section>
  )
}
