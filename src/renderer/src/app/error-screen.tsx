import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export function ErrorScreen({ error }: { readonly error: Error }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const details = `${error.name}: ${error.message}\n${error.stack ?? ''}`
  const copy = () => {
    void navigator.clipboard?.writeText(details).then(() => setCopied(true))
  }
  return (
    <div className="error-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="error-safe">{t('error.safe')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => window.location.reload()} autoFocus>
          {t('error.reload')}
        </button>
        <button type="button" onClick={copy}>
          {copied ? t('error.copied') : t('error.copy')}
        </button>
      </div>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{details}</pre>
      </details>
    </div>
  )
}
