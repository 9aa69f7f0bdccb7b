import type { ReactElement } from 'react'
import { CustomerCardPage } from './customer-card-page'
import { CustomerFormPage } from './customer-form-page'
import { CustomersPage } from './customers-page'
import { MergePage } from './merge-page'
import { TrashPage } from './trash-page'

/** Every screen of the customers feature; the shell mounts them under its layout. */
export const CUSTOMER_ROUTES: readonly { readonly path: string; readonly element: ReactElement }[] = [
  { path: '/customers', element: <CustomersPage /> },
  { path: '/customers/new', element: <CustomerFormPage /> },
  { path: '/customers/trash', element: <TrashPage /> },
  { path: '/customers/:id', element: <CustomerCardPage /> },
  { path: '/customers/:id/edit', element: <CustomerFormPage /> },
  { path: '/customers/:id/merge', element: <MergePage /> },
  { path: '/customers/:id/merge/:otherId', element: <MergePage /> }
]
