import { useTranslation } from 'react-i18next'
import { HandoverExport } from './handover-export'
import { HandoverImport } from './handover-import'
import { HandoverPeers } from './handover-peers'

/** Hand-over between PCs: export this PC's changes; import and merge another PC's packet or backup. */
export function HandoverSection() {
  const { t } = useTranslation()
  return (
    <section className="card data-transfer-card" aria-labelledby="data-transfer-handover">
      <h2 id="data-transfer-handover">{t('dataTransfer.handover.title')}</h2>
      <p className="hint">{t('dataTransfer.handover.hint')}</p>
      <HandoverExport />
      <HandoverImport />
      <HandoverPeers />
    </section>
  )
}
