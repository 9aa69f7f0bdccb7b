import { useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { ReportFilters } from './report-filters'
import type { ReportDefinition } from './report-definition'
import { useReportFilterStore } from './report-filter-store'
import { ReportPrintHeader } from './report-print-header'
import { ReportSection } from './report-section'
import { ReportToolbar } from './report-toolbar'
import { useReportPageRule } from './use-report-page-rule'
import { useReportScope } from './use-report-scope'
import { useReportWords } from './use-report-words'

/**
 * A report as it will print: the toolbar and the scope above (screen only), then the sheet of
 * A4, its header and every section's chart and table. The sheet on screen is the printed page's
 * width, so a chart is drawn at the size it prints.
 */
export function ReportView({ definition }: { readonly definition: ReportDefinition }) {
  const { t } = useTranslation()
  const words = useReportWords()
  // Fixed when the report opens: presets count from this day, and "open now" is judged at it.
  const [now] = useState(() => new Date())
  const [printedAt, setPrintedAt] = useState(now)
  const scope = useReportScope(now)
  const sections = definition.useSections({ scope, now })
  const orientation = useReportFilterStore((state) => state.orientations[definition.id]) ?? definition.orientation
  const title = words.reportTitle(definition.id)
  useReportPageRule(title, scope.range, orientation)

  // The header says when it was printed: stamped as the page goes to paper, however it was printed (the toolbar or Ctrl+P).
  const stampPrintTime = useCallback(() => flushSync(() => setPrintedAt(new Date())), [])
  useEffect(() => {
    window.addEventListener('beforeprint', stampPrintTime)
    return () => window.removeEventListener('beforeprint', stampPrintTime)
  }, [stampPrintTime])

  return (
    <div className={`report-view report-${orientation}`}>
      <ReportToolbar reportId={definition.id} title={title} range={scope.range} orientation={orientation} beforePrint={stampPrintTime} />
      <ReportFilters now={now} staffFilter={definition.staffFilter} />
      <article className="report-paper" aria-busy={sections === undefined}>
        <ReportPrintHeader title={title} scope={scope} printedAt={printedAt} />
        {sections === undefined ? (
          <p className="muted" role="status">
            {t('reports.loading')}
          </p>
        ) : (
          sections.map((section) => <ReportSection key={section.id} section={section} reportTitle={title} range={scope.range} />)
        )}
      </article>
    </div>
  )
}
