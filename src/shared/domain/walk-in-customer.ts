import type { Customer, PhoneNumber } from './customer'
import type { CustomerSearchFieldName } from './customer-search'
import type { RecordContent } from './record'

/*
 * A customer met for the first time at the counter with a complaint: the clerk takes a name and
 * a phone number and starts listening (聆听). Everything else waits for a calmer moment, so the
 * record starts with the same defaults as the full form's blank one: tier C, personality not yet
 * judged, contact allowed, looked after by whoever took the complaint.
 */
export function walkInCustomer(
  { name, phone }: { readonly name: string; readonly phone: PhoneNumber | null },
  ownerId: string | null
): Omit<RecordContent<Customer>, CustomerSearchFieldName> {
  return {
    name: name.trim(),
    kind: 'person',
    company: '',
    phones: phone === null ? [] : [phone],
    address: '',
    preferredChannel: 'phone',
    contactConsent: true,
    importantDates: [],
    tier: 'C',
    tierHistory: [],
    stage: 'current',
    relationship: 'transactional',
    personality: 'unknown',
    ownerId: ownerId === '' ? null : ownerId,
    tags: [],
    notes: '',
    lastContactAt: null,
    mergedInto: null
  }
}
