import { StrictMode } from 'react'
import { MemoryRouter } from 'react-router-dom'
import { CustomerTable } from '@renderer/features/customers/customer-table'

/** The real customer table in what it needs from the app shell: a router (cells link) and the list page's layout. */
export function BenchCustomerTable({ ids, now }: { readonly ids: readonly string[]; readonly now: Date }) {
  return (
    <StrictMode>
      <MemoryRouter>
        <div style={{ height: '100vh', padding: '1rem', boxSizing: 'border-box' }}>
          <div className="page page-wide list-page">
            <CustomerTable ids={ids} now={now} emptyMessage="—" />
          </div>
        </div>
      </MemoryRouter>
    </StrictMode>
  )
}
