import type { ReactElement } from 'react'
import { UpcomingSection } from './upcoming-section'
import { CustomerCountNote } from './customer-count-note'
import { SettingsPage } from '../features/settings/settings-page'

export type SectionKey = 'customers' | 'complaints' | 'visits' | 'scripts' | 'reports' | 'data' | 'settings'

export interface Section {
  readonly key: SectionKey
  readonly path: string
  /** Alt+<shortcut> jumps here from anywhere. */
  readonly shortcut: string
  readonly element: ReactElement
}

export const SECTIONS: readonly Section[] = [
  { key: 'customers', path: '/customers', shortcut: '1', element: (
      <UpcomingSection section="customers">
        <CustomerCountNote />
      </UpcomingSection>
    ) },
  { key: 'complaints', path: '/complaints', shortcut: '2', element: <UpcomingSection section="complaints" /> },
  { key: 'visits', path: '/visits', shortcut: '3', element: <UpcomingSection section="visits" /> },
  { key: 'scripts', path: '/scripts', shortcut: '4', element: <UpcomingSection section="scripts" /> },
  { key: 'reports', path: '/reports', shortcut: '5', element: <UpcomingSection section="reports" /> },
  { key: 'data', path: '/data', shortcut: '6', element: <UpcomingSection section="data" /> },
  { key: 'settings', path: '/settings', shortcut: '7', element: <SettingsPage /> }
]
