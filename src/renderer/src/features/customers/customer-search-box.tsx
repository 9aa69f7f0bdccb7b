import type { ComponentProps } from 'react'
import { useCustomerSearch } from '../../data/hooks/use-customer-search'
import { CustomerCombobox } from '../../ui/customer-combobox'

/** The customer search box, searching the customers on file. */
export function CustomerSearchBox(props: Omit<ComponentProps<typeof CustomerCombobox>, 'useResults'>) {
  return <CustomerCombobox useResults={useCustomerSearch} {...props} />
}
