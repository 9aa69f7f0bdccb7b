import { createContext, useContext } from 'react'
import type { Customer } from '@shared/domain/customer'

/** The customers loaded for the visible window, and staff names, for the cells to read. */
export interface CustomerRows {
  readonly byId: ReadonlyMap<string, Customer>
  readonly staffNames: ReadonlyMap<string, string>
  /** The shop's date, once for the whole table. */
  readonly today: string
}

export const CustomerRowsContext = createContext<CustomerRows>({ byId: new Map(), staffNames: new Map(), today: '' })

export const useCustomerRows = (): CustomerRows => useContext(CustomerRowsContext)
