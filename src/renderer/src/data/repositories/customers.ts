import type { Customer } from '@shared/domain/customer'
import { withSearchFields } from '@shared/domain/customer-search'
import type { RecordContent } from '@shared/domain/record'
import { reviseRecord, withoutUndefined } from '../records'
import { countLive, createRecordRepository, listLive, type RecordRepository } from './record-repository'

/** What callers give: the search fields are computed from the rest on every save. */
export type CustomerInput = Omit<RecordContent<Customer>, 'searchKeys' | 'phoneDigits'>

const base = createRecordRepository('customers')

export const customersRepository: RecordRepository<Customer, CustomerInput> = {
  ...base,
  create: (input, actor) => base.create(withSearchFields(input), actor),
  update: (id, patch, actor) =>
    reviseRecord('customers', id, (current) => withSearchFields({ ...current, ...withoutUndefined(patch) }), actor)
}

export const countLiveCustomers = (): Promise<number> => countLive('customers')

/** One page of live customers in name order, for a virtualised list. */
export const listCustomersPage = (offset: number, limit: number): Promise<readonly Customer[]> =>
  listLive('customers', { orderBy: 'name', offset, limit })
