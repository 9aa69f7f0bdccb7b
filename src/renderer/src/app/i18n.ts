/**
 * i18next with both message files bundled: the app is offline, so there is nothing to
 * fetch, and the first paint is already in the chosen language.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '../locales/en'
import { zhCN } from '../locales/zh-CN'
import { useSessionStore, type Language } from '../session/session-store'

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en }
} as const

export function setupI18n(): typeof i18next {
  const language = useSessionStore.getState().language
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes; user text is never HTML
    returnNull: false
  })
  applyDocumentLanguage(language)
  useSessionStore.subscribe((state, previous) => {
    if (state.language !== previous.language) {
      void i18next.changeLanguage(state.language).then(() => applyDocumentLanguage(state.language))
    }
  })
  return i18next
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language
  document.title = `${i18next.t('app.name')} · ${i18next.t('app.tagline')}`
}
