import { useTranslation } from 'react-i18next'

interface CareQueueProgressProps {
  readonly chunksRead: number
  readonly chunkCount: number | null
}

/** While the customers are still being read: how far along, with what is already found shown below. */
export function CareQueueProgress({ chunksRead, chunkCount }: CareQueueProgressProps) {
  const { t } = useTranslation()
  if (chunkCount !== null && chunksRead >= chunkCount) return null
  return (
    <p role="status" className="care-progress muted">
      {chunkCount === null || chunkCount <= 1 ? t('careQueue.loading') : t('careQueue.progress', { read: chunksRead, total: chunkCount })}
      {chunkCount !== null && chunkCount > 1 ? <progress max={chunkCount} value={chunksRead} /> : null}
    </p>
  )
}
