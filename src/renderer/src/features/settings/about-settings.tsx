import { useTranslation } from 'react-i18next'
import { useAppInfo } from './use-app-info'

export function AboutSettings() {
  const { t } = useTranslation()
  const info = useAppInfo()
  return (
    <section className="card" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('settings.about.title')}</h2>
      {info ? (
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.about.runtime')}</dt>
          <dd>{t(`settings.about.runtimes.${info.runtime}`)}</dd>
        </dl>
      ) : null}
    </section>
  )
}
