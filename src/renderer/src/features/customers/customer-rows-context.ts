import { createContext, useContext } from 'react'
import type { Customer } from '@shared/domain/customer'

/** The customers loaded for the visible window, and staff names, for the cells to read. */
export interface CustomerRows {
  readonly byId: ReadonlyMap<string, Customer>
  readonly staffNames: ReadonlyMap<string, string>
  readonly now: Date
}

export const CustomerRowsContext = createContext<CustomerRows>({ byId: new Map(), staffNames: new Map(), now: new Date() })

export const useCustomerRows = (): CustomerRows => useContext(CustomerRowsContext)
