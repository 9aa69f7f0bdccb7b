import { useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportRange } from '@shared/domain/report-range'
import { Chart, type ChartHandle } from '../../ui/chart'
import { ReportTable } from '../../ui/report-table'
import { chartHasFigures, reportChartHeight, reportChartOption } from './report-chart-option'
import type { ReportSectionModel } from './report-definition'
import { formatAxisValue } from './report-format'
import { ReportSectionExports } from './report-section-exports'

/* The app's own type face in the chart, so its labels match the text around it on screen and paper. */
const fontFamilyOf = (): string =>
  (typeof window === 'undefined' ? '' : window.getComputedStyle(document.documentElement).fontFamily) || 'sans-serif'

interface ReportSectionProps {
  readonly section: ReportSectionModel
  readonly reportTitle: string
  readonly range: ReportRange
}

/** One chart and the table it is drawn from, with their exports. A table with nothing but zeros gets no chart. */
export function ReportSection({ section, reportTitle, range }: ReportSectionProps) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const chartRef = useRef<ChartHandle>(null)
  const language = i18n.language
  const { table, chart } = section
  const option = useMemo(
    () =>
      chart === null || !chartHasFigures(table, chart)
        ? null
        : reportChartOption(table, chart, {
            fontFamily: fontFamilyOf(),
            formatAxis: (value, format) => formatAxisValue(value, format, language)
          }),
    [table, chart, language]
  )
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <div className="report-section-head">
        <h2 id={headingId}>{section.title}</h2>
        <ReportSectionExports
          section={section}
          reportTitle={reportTitle}
          range={range}
          chart={option === null ? null : chartRef}
        />
      </div>
      {section.note ? <p className="report-section-note">{section.note}</p> : null}
      {option !== null && chart !== null ? (
        <Chart
          ref={chartRef}
          option={option}
          height={reportChartHeight(table, chart)}
          label={t('reports.section.chart', { title: section.title })}
          loadingText={t('reports.section.chartLoading')}
          failedText={t('reports.section.chartFailed')}
        />
      ) : null}
      <ReportTable table={table} caption={section.title} empty={t('reports.empty')} />
    </section>
  )
}
