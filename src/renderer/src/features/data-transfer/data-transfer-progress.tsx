import { useTranslation } from 'react-i18next'
import { formatBytes, formatCount } from './data-transfer-format'
import type { TransferProgress } from './use-transfer-progress'

/** A long import or export's step and how far it got: bytes while reading a file, records after that. */
export function DataTransferProgress({ progress }: { readonly progress: TransferProgress | null }) {
  const { t, i18n } = useTranslation()
  if (progress === null) return null
  const { phase, done, total } = progress
  const amount = (value: number): string => (phase === 'reading' && total > 1 ? formatBytes(value, i18n.language) : formatCount(value, i18n.language))
  const label = t(`dataTransfer.progress.${phase}`)
  return (
    <div className="data-transfer-progress" role="status">
      <progress max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))} aria-label={label} />
      <span>
        {label} {total > 1 ? t('dataTransfer.progress.counted', { done: amount(done), total: amount(total) }) : ''}
      </span>
    </div>
  )
}
