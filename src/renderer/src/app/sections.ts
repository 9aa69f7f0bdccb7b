export type SectionKey = 'customers' | 'complaints' | 'visits' | 'scripts' | 'reports' | 'data' | 'settings'

/** The navigation: each section's start page and its Alt+<shortcut>. */
export interface Section {
  readonly key: SectionKey
  readonly path: string
  readonly shortcut: string
}

export const SECTIONS: readonly Section[] = [
  { key: 'customers', path: '/customers', shortcut: '1' },
  { key: 'complaints', path: '/complaints', shortcut: '2' },
  { key: 'visits', path: '/visits', shortcut: '3' },
  { key: 'scripts', path: '/scripts', shortcut: '4' },
  { key: 'reports', path: '/reports', shortcut: '5' },
  { key: 'data', path: '/data', shortcut: '6' },
  { key: 'settings', path: '/settings', shortcut: '7' }
]
