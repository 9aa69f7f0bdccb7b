import type { ReactElement } from 'react'
import { CalendarPage } from './calendar-page'
import { CareQueuePage } from './care-queue-page'
import { DaySheetPage } from './day-sheet-page'
import { TaskFormPage } from './task-form-page'
import { TaskPage } from './task-page'

/** Every screen of care and visits; the shell mounts them under its layout. */
export const VISIT_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/visits', element: <CareQueuePage /> },
  { path: '/visits/calendar', element: <CalendarPage /> },
  { path: '/visits/tasks/new', element: <TaskFormPage /> },
  { path: '/visits/tasks/:id', element: <TaskPage /> },
  { path: '/visits/tasks/:id/edit', element: <TaskFormPage /> },
  { path: '/visits/day-sheet', element: <DaySheetPage /> }
]
