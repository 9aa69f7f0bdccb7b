import { useTranslation } from 'react-i18next'
import { DataTransferFileInput } from './data-transfer-file-input'
import { InspectionMessage } from './data-transfer-inspection-message'
import { DataTransferProgress } from './data-transfer-progress'
import { HandoverPreview } from './handover-preview'
import { useExportInspection } from './use-export-inspection'

/** "Import a hand-over packet or another PC's backup": choose, check, preview, decide, merge. */
export function HandoverImport() {
  const { t } = useTranslation()
  const { inspection, progress, inspect, reset } = useExportInspection()
  return (
    <section className="data-transfer-block" aria-labelledby="data-transfer-import">
      <h3 id="data-transfer-import">{t('dataTransfer.handover.importTitle')}</h3>
      {inspection.step === 'ready' ? null : (
        <DataTransferFileInput
          label={t('dataTransfer.handover.chooseLabel')}
          buttonText={t('dataTransfer.handover.choose')}
          disabled={inspection.step === 'inspecting'}
          onFile={(file) => void inspect(file, file.name)}
        />
      )}
      <DataTransferProgress progress={progress} />
      <InspectionMessage inspection={inspection} />
      {inspection.step === 'ready' ? (
        <HandoverPreview key={inspection.fileName} fileName={inspection.fileName} file={inspection.file} onClose={reset} />
      ) : null}
    </section>
  )
}
