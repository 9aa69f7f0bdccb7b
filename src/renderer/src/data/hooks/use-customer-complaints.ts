import { useLiveQuery } from 'dexie-react-hooks'
import type { Complaint } from '@shared/domain/complaint'
import { listComplaintsForCustomer } from '../repositories/complaint-list'

const NONE: readonly Complaint[] = []

/** The customer's live complaints, most recently received first; [] without a customer, undefined while loading. */
export function useCustomerComplaints(customerId: string | null): readonly Complaint[] | undefined {
  return useLiveQuery(() => (customerId === null ? NONE : listComplaintsForCustomer(customerId)), [customerId])
}
