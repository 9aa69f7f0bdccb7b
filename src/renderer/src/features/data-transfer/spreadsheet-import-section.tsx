import { useTranslation } from 'react-i18next'
import { PHONE_MATCH_POLICIES } from '@shared/domain/sheet-import'
import { DataTransferFileInput } from './data-transfer-file-input'
import { formatBytes } from './data-transfer-format'
import { SpreadsheetImportMapping } from './spreadsheet-import-mapping'
import { SpreadsheetImportPlan } from './spreadsheet-import-plan'
import { IMPORT_SIZE_LIMIT, useSpreadsheetImport, type ImportMessage } from './use-spreadsheet-import'

/** "Import customers from Excel / CSV": the policy for known phones, the file, the columns, a dry run, the import. */
export function SpreadsheetImportSection() {
  const { t, i18n } = useTranslation()
  const wizard = useSpreadsheetImport()
  const { sheet, mapping, plan, message, progress, result } = wizard
  const limit = formatBytes(IMPORT_SIZE_LIMIT, i18n.language)
  const busy = progress !== null
  const messageText = (shown: ImportMessage): string => {
    switch (shown.kind) {
      case 'too-big':
        return t('spreadsheetImport.tooBig', { size: formatBytes(shown.size, i18n.language), limit })
      case 'empty':
        return t('spreadsheetImport.empty')
      case 'not-a-sheet':
        return t('spreadsheetImport.notASheet')
      case 'unreadable':
        return t('spreadsheetImport.unreadable', { message: shown.message })
      case 'cancelled':
        return t('spreadsheetImport.cancelled')
      case 'failed':
        return t('spreadsheetImport.failed', { message: shown.message })
    }
  }
  return (
    <section className="card data-transfer-card" aria-labelledby="spreadsheet-import-title">
      <h2 id="spreadsheet-import-title">{t('spreadsheetImport.title')}</h2>
      <p className="hint">{t('spreadsheetImport.hint', { limit })}</p>
      <fieldset disabled={busy}>
        <legend>{t('spreadsheetImport.policy')}</legend>
        {PHONE_MATCH_POLICIES.map((policy) => (
          <label key={policy} className="spreadsheet-import-policy">
            <input type="radio" name="phone-match-policy" checked={wizard.policy === policy} onChange={() => wizard.choosePolicy(policy)} />
            {t(`spreadsheetImport.policies.${policy}`)}
          </label>
        ))}
        <p className="hint">{t('spreadsheetImport.policyInFile')}</p>
      </fieldset>
      <DataTransferFileInput
        label={t('spreadsheetImport.chooseLabel')}
        buttonText={sheet === null ? t('spreadsheetImport.choose') : t('spreadsheetImport.startOver')}
        accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onFile={(file) => void wizard.chooseFile(file)}
      />
      {message !== null ? <p role={message.kind === 'cancelled' ? 'status' : 'alert'}>{messageText(message)}</p> : null}
      {sheet !== null ? (
        <>
          <p>{t('spreadsheetImport.read', { file: sheet.fileName, rows: sheet.rows.length, encoding: t(`spreadsheetImport.encodings.${sheet.encoding}`) })}</p>
          <SpreadsheetImportMapping sheet={sheet} mapping={mapping} onMap={wizard.mapColumn} />
          {mapping.includes('name') ? (
            <button type="button" disabled={busy} onClick={() => void wizard.dryRun()}>
              {t('spreadsheetImport.dryRun')}
            </button>
          ) : (
            <p role="alert">{t('spreadsheetImport.noName')}</p>
          )}
        </>
      ) : null}
      {sheet !== null && plan !== null ? (
        <SpreadsheetImportPlan
          sheet={sheet}
          mapping={mapping}
          plan={plan}
          busy={busy}
          imported={result !== null}
          onImport={() => void wizard.runImport()}
        />
      ) : null}
      {progress !== null ? (
        <div className="data-transfer-progress" role="status">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t(`spreadsheetImport.progress.${progress.step}`)} />
          <span>{t(`spreadsheetImport.progress.${progress.step}`)}</span>
          <button type="button" onClick={wizard.cancel}>
            {t('spreadsheetImport.cancel')}
          </button>
        </div>
      ) : null}
      {result !== null ? <p role="status">{t('spreadsheetImport.done', { created: result.created, updated: result.updated })}</p> : null}
    </section>
  )
}
