import type { ReactElement } from 'react'
import { ComplaintPage } from './complaint-page'
import { ComplaintsPage } from './complaints-page'
import { ComplaintPrintPage } from './print/complaint-print-page'
import { NewComplaintPage } from './new-complaint-page'

/** Every screen of the complaints feature; the shell mounts them under its layout. */
export const COMPLAINT_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/complaints', element: <ComplaintsPage /> },
  { path: '/complaints/new', element: <NewComplaintPage /> },
  { path: '/complaints/:id', element: <ComplaintPage /> },
  { path: '/complaints/:id/print/:document', element: <ComplaintPrintPage /> }
]
