import type { Customer } from '@shared/domain/customer'
import { withSearchFields, type CustomerSearchFieldName } from '@shared/domain/customer-search'
import type { RecordContent } from '@shared/domain/record'
import { reviseRecord, withoutUndefined } from '../records'
import { countLive, createRecordRepository, type RecordRepository } from './record-repository'

/** What callers give: the search fields are computed from the rest on every save. */
export type CustomerInput = Omit<RecordContent<Customer>, CustomerSearchFieldName>

const base = createRecordRepository('customers')

export const customersRepository: RecordRepository<Customer, CustomerInput> = {
  ...base,
  create: (input, actor) => base.create(withSearchFields(input), actor),
  update: (id, patch, actor) =>
    reviseRecord('customers', id, (current) => withSearchFields({ ...current, ...withoutUndefined(patch) }), actor)
}

export const countLiveCustomers = (): Promise<number> => countLive('customers')
