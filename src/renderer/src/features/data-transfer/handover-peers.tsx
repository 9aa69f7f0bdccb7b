import { useTranslation } from 'react-i18next'
import { useHandOverStatus } from '../../data/hooks/use-data-transfer'
import { formatDateTime } from '../../ui/format'
import { shortDevice } from './data-transfer-format'

/** The PCs this one has merged from, and when: nothing until the first merge. */
export function HandoverPeers() {
  const { t, i18n } = useTranslation()
  const peers = useHandOverStatus()?.peers ?? []
  if (peers.length === 0) return null
  return (
    <section className="data-transfer-block" aria-labelledby="data-transfer-peers">
      <h3 id="data-transfer-peers">{t('dataTransfer.handover.peersTitle')}</h3>
      <ul className="data-transfer-peers">
        {peers.map((peer) => (
          <li key={peer.deviceId}>{t('dataTransfer.handover.peer', { device: shortDevice(peer.deviceId), at: formatDateTime(peer.mergedAt, i18n.language) })}</li>
        ))}
      </ul>
    </section>
  )
}
