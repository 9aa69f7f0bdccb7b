import type { Customer, PhoneNumber } from '@shared/domain/customer'
import { findPhoneClashes } from '@shared/domain/customer-duplicates'
import { findCustomersByPhone } from './customer-search'

export interface PhoneClash {
  readonly customer: Customer
  readonly phone: string
}

/** The first other customer already holding one of these numbers, if any. */
export async function findSavedPhoneClash(phones: readonly PhoneNumber[], selfId: string | null): Promise<PhoneClash | null> {
  for (const phone of phones) {
    if (phone.normalized === '') continue
    const holders = await findCustomersByPhone(phone.normalized)
    const [clash] = findPhoneClashes([phone], holders, selfId)
    if (clash) return clash
  }
  return null
}
