import type { ReactElement } from 'react'
import { ReportPage } from './report-page'
import { ReportsPage } from './reports-page'

/** Every screen of the reports; the shell mounts them under its layout. */
export const REPORT_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/reports', element: <ReportsPage /> },
  { path: '/reports/:report', element: <ReportPage /> }
]
