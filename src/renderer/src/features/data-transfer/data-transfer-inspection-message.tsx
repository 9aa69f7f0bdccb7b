import { useTranslation } from 'react-i18next'
import { problemText } from './data-transfer-problem'
import type { Inspection } from './use-export-inspection'

/** Why a chosen file was refused: the file's name, then what is wrong and where. */
export function InspectionMessage({ inspection }: { readonly inspection: Inspection }) {
  const { t, i18n } = useTranslation()
  if (inspection.step !== 'problem' && inspection.step !== 'failed') return null
  const text = inspection.step === 'problem' ? problemText(inspection.problem, t, i18n.language) : inspection.message
  return (
    <p role="alert" className="error-text data-transfer-problem">
      <strong>{inspection.fileName}</strong>: {text}
    </p>
  )
}
