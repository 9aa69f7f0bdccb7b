/**
 * Content of customer-related records for the search, list, card and merge tests: valid
 * defaults, overridden field by field, and `stamped` to make a stored record of them.
 */
import type { CareTask } from '@shared/domain/care-task'
import type { Complaint } from '@shared/domain/complaint'
import type { Customer, PhoneNumber } from '@shared/domain/customer'
import type { CustomerSearchFieldName } from '@shared/domain/customer-search'
import type { Interaction } from '@shared/domain/interaction'
import type { OwnedProduct } from '@shared/domain/owned-product'
import type { RecordContent, SyncedRecord } from '@shared/domain/record'
import { walkInCustomer } from '@shared/domain/walk-in-customer'

export const mobile = (digits: string): PhoneNumber => ({ raw: digits, normalized: digits, kind: 'mobile' })

/** What a caller gives to create a customer (the search fields are computed on save). */
export type CustomerContent = Omit<RecordContent<Customer>, CustomerSearchFieldName>

/** A plain customer: the walk-in record with a mobile, and whatever the test needs on top. */
export const customerContent = (name: string, overrides: Partial<CustomerContent> = {}): CustomerContent => ({
  ...walkInCustomer({ name, phone: mobile('13812345678') }, null),
  name,
  ...overrides
})

export const interactionContent = (
  customerId: string,
  overrides: Partial<RecordContent<Interaction>> = {}
): RecordContent<Interaction> => ({
  customerId,
  kind: 'visit',
  occurredAt: '2025-03-01T02:00:00.000Z',
  staffId: null,
  summary: '到店咨询',
  callOutcome: null,
  amount: null,
  productId: null,
  taskId: null,
  complaintId: null,
  ...overrides
})

export const complaintContent = (customerId: string, overrides: Partial<RecordContent<Complaint>> = {}): RecordContent<Complaint> => ({
  number: 'TS-20250301-0001-TEST',
  customerId,
  status: 'new',
  statusHistory: [],
  receivedAt: '2025-03-01T02:00:00.000Z',
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  handlerId: null,
  intakeStep: 'listen',
  customerWords: '修完又坏了',
  desiredRemedy: '尽快修好',
  productId: null,
  category: 'repair-workmanship',
  severity: 'ordinary',
  rootCause: '',
  replyDraft: '',
  notes: '',
  resolution: { kind: null, detail: '', accepted: null },
  escalation: { supervisorId: null, reason: '', at: null },
  followUpDate: null,
  satisfaction: { score: null, comment: '', givenBy: null },
  closeReason: '',
  closeChecklist: [],
  dismissedFlags: [],
  ...overrides
})

export const careTaskContent = (customerId: string, overrides: Partial<RecordContent<CareTask>> = {}): RecordContent<CareTask> => ({
  customerId,
  purpose: '定期回访',
  method: 'call',
  startAt: '2025-03-01T02:00:00.000Z',
  durationMinutes: 30,
  staffId: null,
  status: 'planned',
  outcome: '',
  notes: '',
  satisfactionScore: null,
  followUpNeeded: false,
  recurrence: { kind: 'none' },
  occasionKey: null,
  complaintId: null,
  rescheduleHistory: [],
  ...overrides
})

export const productContent = (customerId: string, overrides: Partial<RecordContent<OwnedProduct>> = {}): RecordContent<OwnedProduct> => ({
  customerId,
  product: '格力 空调 KFR-35GW',
  serial: 'AC25030001',
  purchaseDate: '2025-03-01',
  warrantyEnd: null,
  maintenanceIntervalMonths: null,
  lastMaintenanceDate: null,
  notes: '',
  ...overrides
})

/** A stored record for pure tests: the content with metadata as the data layer would stamp it. */
export function stamped<C extends object>(content: C, id: string, at = '2025-03-01T02:00:00.000Z', deletedAt: string | null = null): C & SyncedRecord {
  return {
    ...content,
    id,
    createdAt: at,
    updatedAt: at,
    updatedBy: '',
    deviceId: 'device-1',
    clock: `${String(Date.parse(at)).padStart(13, '0')}-0000-device-1`,
    fieldClocks: {},
    deletedAt
  }
}
