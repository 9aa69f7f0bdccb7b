import type { ReactElement } from 'react'
import { CoachingPage } from './coaching-page'
import { ScriptsPage } from './scripts-page'

/** Every screen of the script library; the shell mounts them under its layout. */
export const SCRIPT_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/scripts', element: <ScriptsPage /> },
  { path: '/scripts/coaching', element: <CoachingPage /> }
]
