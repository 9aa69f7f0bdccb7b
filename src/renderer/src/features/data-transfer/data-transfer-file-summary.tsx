import { useTranslation } from 'react-i18next'
import type { ExportHeader } from '@shared/export-format/envelope'
import { EXPORT_TABLE_NAMES, totalOf, type TableCounts } from '@shared/export-format/tables'
import { formatDateTime } from '../../ui/format'
import { formatBytes, formatCount, shortDevice } from './data-transfer-format'

interface DataTransferFileSummaryProps {
  readonly fileName: string
  readonly fileSize: number
  readonly header: ExportHeader
  /** This PC's device id, to say when the file was made here. */
  readonly deviceId: string | null | undefined
  /** Records per table on this PC now, for a side-by-side look before replacing them. */
  readonly current?: TableCounts
}

/** What a chosen file holds, before anything is done with it: made when, where, by which version, records per table. */
export function DataTransferFileSummary({ fileName, fileSize, header, deviceId, current }: DataTransferFileSummaryProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const count = (value: number): string => formatCount(value, language)
  return (
    <div className="data-transfer-summary">
      <h4>{t('dataTransfer.file.heading')}</h4>
      <dl className="data-transfer-facts">
        <dt>{t('dataTransfer.file.name')}</dt>
        <dd>{fileName}</dd>
        <dt>{t('dataTransfer.file.kind')}</dt>
        <dd>{t(`dataTransfer.kinds.${header.kind}`)}</dd>
        <dt>{t('dataTransfer.file.exportedAt')}</dt>
        <dd>
          <time dateTime={header.exportedAt}>{formatDateTime(header.exportedAt, language)}</time>
        </dd>
        <dt>{t('dataTransfer.file.device')}</dt>
        <dd>{header.deviceId === deviceId ? t('dataTransfer.file.thisPc') : t('dataTransfer.file.otherPc', { device: shortDevice(header.deviceId) })}</dd>
        <dt>{t('dataTransfer.file.appVersion')}</dt>
        <dd>{header.appVersion}</dd>
        <dt>{t('dataTransfer.file.changesSince')}</dt>
        <dd>{header.since === null ? t('dataTransfer.file.everything') : t('dataTransfer.file.changesOnly')}</dd>
        <dt>{t('dataTransfer.file.size')}</dt>
        <dd>{formatBytes(fileSize, language)}</dd>
      </dl>
      <table className="data-transfer-table">
        <thead>
          <tr>
            <th scope="col">{t('dataTransfer.file.table')}</th>
            <th scope="col">{t('dataTransfer.file.inFile')}</th>
            {current ? <th scope="col">{t('dataTransfer.file.onThisPc')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {/* Tables with nothing on either side say nothing: a packet of two changes lists two rows, not eleven. */}
          {EXPORT_TABLE_NAMES.filter((table) => header.counts[table] > 0 || (current !== undefined && current[table] > 0)).map((table) => (
            <tr key={table}>
              <th scope="row">{t(`dataTransfer.tables.${table}`)}</th>
              <td>{count(header.counts[table])}</td>
              {current ? <td>{count(current[table])}</td> : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dataTransfer.file.total')}</th>
            <td>{count(totalOf(header.counts))}</td>
            {current ? <td>{count(totalOf(current))}</td> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
