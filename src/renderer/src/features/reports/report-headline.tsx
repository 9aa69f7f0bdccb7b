import { Link } from 'react-router-dom'

interface ReportHeadlineProps {
  readonly label: string
  readonly value: string
  /** A line under the figure: what it rests on. */
  readonly detail?: string
  /** The report the figure comes from. */
  readonly reportId: string
}

/** One headline figure, linking to the report whose table it is read from. */
export function ReportHeadline({ label, value, detail, reportId }: ReportHeadlineProps) {
  return (
    <li className="report-headline">
      <Link to={`/reports/${reportId}`}>
        <span className="report-headline-label">{label}</span>
        <strong className="report-headline-value">{value}</strong>
        {detail ? <span className="report-headline-detail">{detail}</span> : null}
      </Link>
    </li>
  )
}
