import { useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportRange } from '@shared/domain/report-range'
import { fail } from '@shared/ipc/result'
import type { ChartHandle } from '../../ui/chart'
import { tableToCsv } from '../../ui/csv'
import { tableToXlsxSheet, toXlsx } from '../../ui/xlsx'
import type { ReportSectionModel } from './report-definition'
import { saveExport, type ExportKind } from './report-export'
import { useSaveOutcome } from '../../ui/use-save-outcome'

interface ReportSectionExportsProps {
  readonly section: ReportSectionModel
  readonly reportTitle: string
  readonly range: ReportRange
  /** The chart to export as PNG; null when the section shows none. */
  readonly chart: RefObject<ChartHandle | null> | null
}

/** The section's table as CSV or Excel, its chart as PNG. Screen only. */
export function ReportSectionExports({ section, reportTitle, range, chart }: ReportSectionExportsProps) {
  const { t } = useTranslation()
  const reportOutcome = useSaveOutcome()
  const [busy, setBusy] = useState<ExportKind | null>(null)
  const baseName = t('reports.section.fileName', { report: reportTitle, section: section.title, from: range.from, to: range.to })
  const contentOf = async (kind: ExportKind): Promise<string | Uint8Array<ArrayBuffer> | null> => {
    switch (kind) {
      case 'csv':
        return tableToCsv(section.table)
      case 'xlsx':
        return toXlsx([tableToXlsxSheet(section.title, section.table)])
      case 'png':
        return (await chart?.current?.toPng()) ?? null
    }
  }
  const save = async (kind: ExportKind) => {
    setBusy(kind)
    try {
      const content = await contentOf(kind)
      if (content !== null) reportOutcome(await saveExport(kind, baseName, content))
    } catch (error) {
      // Making the file failed here, before the bridge: said the same way as a failed save.
      reportOutcome(fail('internal', error instanceof Error ? error.message : String(error)))
    } finally {
      setBusy(null)
    }
  }
  const kinds: readonly ExportKind[] = chart === null ? ['csv', 'xlsx'] : ['csv', 'xlsx', 'png']
  return (
    <div className="report-section-exports" role="group" aria-label={t('reports.section.exports', { title: section.title })}>
      {kinds.map((kind) => (
        <button key={kind} type="button" disabled={busy !== null} onClick={() => void save(kind)}>
          {t(`reports.section.${kind}`)}
        </button>
      ))}
    </div>
  )
}
