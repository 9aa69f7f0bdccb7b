import type { ReactElement } from 'react'
import { DataTransferPage } from './data-transfer-page'

/** Every screen of the data hand-over; the shell mounts them under its layout. */
export const DATA_TRANSFER_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/data', element: <DataTransferPage /> }
]
