import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ReportRange } from '@shared/domain/report-range'
import { platform } from '../../platform/bridge'
import { safeFileName } from './report-export'
import { useReportFilterStore, type PaperOrientation } from './report-filter-store'
import { useSaveOutcome } from '../../ui/use-save-outcome'

const ORIENTATIONS: readonly PaperOrientation[] = ['portrait', 'landscape']

interface ReportToolbarProps {
  readonly reportId: string
  readonly title: string
  readonly range: ReportRange
  readonly orientation: PaperOrientation
  /** Called just before the page goes to paper (the header stamps the time). */
  readonly beforePrint: () => void
}

/** Back to the dashboard, portrait or landscape, and print (a saved PDF in the desktop app); never printed itself. */
export function ReportToolbar({ reportId, title, range, orientation, beforePrint }: ReportToolbarProps) {
  const { t } = useTranslation()
  const name = useId()
  const chooseOrientation = useReportFilterStore((state) => state.chooseOrientation)
  const reportOutcome = useSaveOutcome()
  const [printing, setPrinting] = useState(false)
  const print = async () => {
    setPrinting(true)
    try {
      beforePrint()
      const suggestedName = safeFileName(t('reports.toolbar.fileName', { report: title, from: range.from, to: range.to }))
      reportOutcome(await platform.printToPdf({ suggestedName, landscape: orientation === 'landscape' }))
    } finally {
      setPrinting(false)
    }
  }
  return (
    <div className="report-toolbar" role="toolbar" aria-label={t('reports.toolbar.label')}>
      <Link className="button" to="/reports">
        {t('reports.backToReports')}
      </Link>
      <fieldset className="report-orientation">
        <legend>{t('reports.toolbar.orientation')}</legend>
        {ORIENTATIONS.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={choice === orientation}
              onChange={() => chooseOrientation(reportId, choice)}
            />
            <span>{t(`reports.toolbar.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={printing} onClick={() => void print()}>
        {t('reports.toolbar.print')}
      </button>
    </div>
  )
}
