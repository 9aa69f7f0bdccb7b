import { useTranslation } from 'react-i18next'
import { conflictKey, type ConflictChoices, type Side } from '@shared/domain/merge'
import { isExportTableName } from '@shared/export-format/tables'
import type { ConflictView } from '../../data/repositories/handover'
import { formatFieldValue } from './data-transfer-format'

interface HandoverConflictsProps {
  readonly conflicts: readonly ConflictView[]
  readonly choices: ConflictChoices
  readonly onChoose: (key: string, side: Side) => void
  readonly disabled: boolean
}

/** Fields both PCs changed since they last handed over: both values side by side, and which to keep. */
export function HandoverConflicts({ conflicts, choices, onChoose, disabled }: HandoverConflictsProps) {
  const { t, i18n } = useTranslation()
  if (conflicts.length === 0) return <p className="ok-text">{t('dataTransfer.handover.noConflicts')}</p>
  const value = (side: unknown): string => formatFieldValue(side, t, i18n.language)
  const fieldNames = t('dataTransfer.fields', { returnObjects: true })
  const fieldName = (field: string): string => {
    const name: unknown = Reflect.get(fieldNames, field)
    return typeof name === 'string' ? name : field
  }
  return (
    <div className="data-transfer-conflicts">
      <h4>{t('dataTransfer.handover.conflictsTitle', { count: conflicts.length })}</h4>
      <p className="hint">{t('dataTransfer.handover.conflictsHint')}</p>
      <table className="data-transfer-table">
        <thead>
          <tr>
            <th scope="col">{t('dataTransfer.handover.record')}</th>
            <th scope="col">{t('dataTransfer.handover.field')}</th>
            <th scope="col">{t('dataTransfer.handover.mine')}</th>
            <th scope="col">{t('dataTransfer.handover.theirs')}</th>
            <th scope="col">{t('dataTransfer.handover.keep')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => {
            const key = conflictKey(conflict)
            const chosen = choices.get(key) ?? conflict.automatic
            const table = isExportTableName(conflict.table) ? t(`dataTransfer.tables.${conflict.table}`) : conflict.table
            const name = `${conflict.label} · ${fieldName(conflict.field)}`
            return (
              <tr key={key}>
                <td>
                  <span className="muted">{table}</span> {conflict.label}
                </td>
                <td title={conflict.field}>{fieldName(conflict.field)}</td>
                <td className={chosen === 'mine' ? 'data-transfer-kept' : undefined}>
                  {value(conflict.mine)} {conflict.automatic === 'mine' ? <span className="badge">{t('dataTransfer.handover.later')}</span> : null}
                </td>
                <td className={chosen === 'theirs' ? 'data-transfer-kept' : undefined}>
                  {value(conflict.theirs)} {conflict.automatic === 'theirs' ? <span className="badge">{t('dataTransfer.handover.later')}</span> : null}
                </td>
                <td>
                  <div role="radiogroup" aria-label={name} className="data-transfer-choice">
                    {(['mine', 'theirs'] as const).map((side) => (
                      <label key={side}>
                        <input type="radio" name={key} checked={chosen === side} disabled={disabled} onChange={() => onChoose(key, side)} />
                        {side === 'mine' ? t('dataTransfer.handover.keepMine') : t('dataTransfer.handover.keepTheirs')}
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
