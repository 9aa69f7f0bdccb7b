import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { totalOf } from '@shared/export-format/tables'
import { useHandOverStatus } from '../../data/hooks/use-data-transfer'
import { exportHandOver, markHandOverExported, type HandOverScope } from '../../data/repositories/handover'
import { isDesktopApp } from '../../platform/bridge'
import { formatDateTime } from '../../ui/format'
import { formatCount } from './data-transfer-format'
import { DataTransferMessages, errorText, type DataTransferMessageValue } from './data-transfer-message'
import { DataTransferProgress } from './data-transfer-progress'
import { saveExport } from './save-export'
import { useTransferProgress } from './use-transfer-progress'

const SCOPES: readonly HandOverScope[] = ['since-last', 'everything']

/** "Export my changes": a hand-over packet of what changed since the last one (or everything), saved or downloaded. */
export function HandoverExport() {
  const { t, i18n } = useTranslation()
  const status = useHandOverStatus()
  const { progress, report, clear } = useTransferProgress()
  const [scope, setScope] = useState<HandOverScope>('since-last')
  const [busy, setBusy] = useState(false)
  const [messages, setMessages] = useState<readonly DataTransferMessageValue[]>([])
  const lastExport = status?.lastExport ?? null

  const exportChanges = async () => {
    setBusy(true)
    setMessages([])
    try {
      const made = await exportHandOver({ now: new Date(), appVersion: __APP_VERSION__, scope, onProgress: report })
      const saved = await saveExport(made)
      if (saved.ok) {
        // Only a saved packet counts as handed over: the next one starts where this one ended.
        await markHandOverExported(made.header)
        const key = isDesktopApp() ? 'dataTransfer.handover.exported' : 'dataTransfer.handover.exportedDownload'
        setMessages([{ ok: true, text: t(key, { location: saved.value.location, count: formatCount(totalOf(made.header.counts), i18n.language) }) }])
      } else if (saved.error.code !== 'cancelled') {
        setMessages([{ ok: false, text: t('dataTransfer.handover.exportFailed', { message: saved.error.message }) }])
      }
    } catch (error) {
      setMessages([{ ok: false, text: t('dataTransfer.handover.exportFailed', { message: errorText(error) }) }])
    } finally {
      clear()
      setBusy(false)
    }
  }

  return (
    <section className="data-transfer-block" aria-labelledby="data-transfer-export">
      <h3 id="data-transfer-export">{t('dataTransfer.handover.exportTitle')}</h3>
      <p className="hint">
        {lastExport === null
          ? t('dataTransfer.handover.neverExported')
          : t('dataTransfer.handover.lastExport', { at: formatDateTime(lastExport.at, i18n.language) })}
      </p>
      <fieldset className="data-transfer-scope">
        <legend>{t('dataTransfer.handover.scopeLabel')}</legend>
        {SCOPES.map((option) => (
          <label key={option}>
            <input type="radio" name="handover-scope" value={option} checked={scope === option} onChange={() => setScope(option)} disabled={busy} />
            {option === 'since-last' ? t('dataTransfer.handover.scopeSince') : t('dataTransfer.handover.scopeEverything')}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void exportChanges()}>
          {busy ? t('dataTransfer.handover.exporting') : t('dataTransfer.handover.export')}
        </button>
      </div>
      <DataTransferProgress progress={progress} />
      <DataTransferMessages messages={messages} />
    </section>
  )
}
