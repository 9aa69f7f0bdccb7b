import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Side } from '@shared/domain/merge'
import { useHandOverStatus } from '../../data/hooks/use-data-transfer'
import type { LoadedExport } from '../../data/repositories/export-file'
import { applyMerge, previewMerge, type MergePreview } from '../../data/repositories/handover'
import { isDesktopApp } from '../../platform/bridge'
import { useActor } from '../../session/session-store'
import { backupBeforeChange } from './automatic-backups'
import { formatCount } from './data-transfer-format'
import { DataTransferFileSummary } from './data-transfer-file-summary'
import { DataTransferMessages, errorText } from './data-transfer-message'
import { DataTransferProgress } from './data-transfer-progress'
import { HandoverConflicts } from './handover-conflicts'
import { HandoverCounts } from './handover-counts'
import { useTransferProgress } from './use-transfer-progress'
import { useTransferRun } from './use-transfer-run'

interface HandoverPreviewProps {
  readonly fileName: string
  readonly file: LoadedExport
  readonly onClose: () => void
}

/**
 * A checked packet or backup before it is merged: what it holds, what the merge will add,
 * update and delete, the conflicts with a choice for each, and one button that (on the
 * desktop) backs up first and then merges, all in one go.
 */
export function HandoverPreview({ fileName, file, onClose }: HandoverPreviewProps) {
  const { t, i18n } = useTranslation()
  const actor = useActor()
  const status = useHandOverStatus()
  const { progress, report, clear } = useTransferProgress()
  const [preview, setPreview] = useState<MergePreview | null>(null)
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map())
  const { busy, done, messages, setMessages, run } = useTransferRun(clear)

  useEffect(() => {
    let current = true
    previewMerge(file, report)
      .then((shown) => current && setPreview(shown))
      .catch((error: unknown) => current && setMessages([{ ok: false, text: t('dataTransfer.handover.applyFailed', { message: errorText(error) }) }]))
      .finally(() => current && clear())
    return () => {
      current = false
    }
  }, [file, report, clear, setMessages, t])

  const apply = () =>
    run(
      async (say) => {
        const backup = await backupBeforeChange('before-merge')
        if (backup !== null && !backup.ok) {
          say({ ok: false, text: t('dataTransfer.automatic.beforeChangeFailed', { message: backup.error.message }) })
          return false
        }
        if (backup !== null) say({ ok: true, text: t('dataTransfer.automatic.beforeChange', { fileName: backup.value.fileName }) })
        const result = await applyMerge(file, choices, actor, report)
        const count = (value: number): string => formatCount(value, i18n.language)
        say({
          ok: true,
          text: t('dataTransfer.handover.applied', {
            added: count(result.totals.added),
            updated: count(result.totals.updated),
            deleted: count(result.totals.deleted)
          })
        })
        if (result.decided > 0) say({ ok: true, text: t('dataTransfer.handover.appliedDecided', { count: result.decided }) })
        return true
      },
      (message) => t('dataTransfer.handover.applyFailed', { message })
    )

  const changes = preview === null ? 0 : preview.totals.added + preview.totals.updated + preview.totals.deleted
  return (
    <div className="data-transfer-preview" role="group" aria-label={t('dataTransfer.handover.importTitle')}>
      <DataTransferFileSummary fileName={fileName} fileSize={file.fileSize} header={file.header} deviceId={status?.deviceId} />
      {preview !== null && !done ? (
        <>
          <h4>{t('dataTransfer.handover.previewTitle')}</h4>
          {preview.fromThisPc ? <p className="hint">{t('dataTransfer.handover.fromThisPc')}</p> : null}
          {preview.missesEarlierChanges ? <p className="warn-text">{t('dataTransfer.handover.missesEarlierChanges')}</p> : null}
          {changes === 0 && preview.conflicts.length === 0 ? <p className="hint">{t('dataTransfer.handover.nothingNew')}</p> : null}
          <HandoverCounts counts={preview.counts} totals={preview.totals} />
          <HandoverConflicts
            conflicts={preview.conflicts}
            choices={choices}
            disabled={busy}
            onChoose={(key, side) => setChoices((previous) => new Map(previous).set(key, side))}
          />
          {isDesktopApp() ? null : <p className="hint">{t('dataTransfer.handover.browserNoAutomatic')}</p>}
        </>
      ) : null}
      <DataTransferProgress progress={progress} />
      <DataTransferMessages messages={messages} />
      <div className="button-row">
        {preview !== null && !done ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
            {busy ? t('dataTransfer.handover.applying') : t('dataTransfer.handover.apply')}
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={onClose}>
          {done ? t('common.close') : t('dataTransfer.handover.cancel')}
        </button>
      </div>
    </div>
  )
}
