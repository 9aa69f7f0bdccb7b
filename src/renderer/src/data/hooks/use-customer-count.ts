import { useLiveQuery } from 'dexie-react-hooks'
import { countLiveCustomers } from '../repositories/customers'

/** How many customers are not deleted; undefined while loading. */
export const useCustomerCount = (): number | undefined => useLiveQuery(countLiveCustomers, [])
