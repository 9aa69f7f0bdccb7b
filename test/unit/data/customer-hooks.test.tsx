// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useCustomer } from '@renderer/data/hooks/use-customer'
import { useCustomerIds } from '@renderer/data/hooks/use-customer-ids'
import { useCustomerSearch } from '@renderer/data/hooks/use-customer-search'
import { NO_CUSTOMER_FILTERS, type CustomerListQuery } from '@renderer/data/repositories/customer-list'
import { customersRepository } from '@renderer/data/repositories/customers'
import { customerContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()
afterEach(cleanup)

const clerk = { staffId: 'clerk-1' }

const query = (overrides: Partial<CustomerListQuery> = {}): CustomerListQuery => ({
  sort: { field: 'name', direction: 'asc' },
  ...NO_CUSTOMER_FILTERS,
  now: new Date(),
  ...overrides
})

describe('customer hooks', () => {
  it('useCustomerSearch gives [] for an empty query at once, and follows writes', async () => {
    const { result, rerender } = renderHook(({ text }) => useCustomerSearch(text), { initialProps: { text: ' ' } })
    expect(result.current).toEqual([])
    rerender({ text: 'zw' })
    await waitFor(() => expect(result.current).toEqual([]))
    await customersRepository.create(customerContent('张伟'), clerk)
    await waitFor(() => expect(result.current?.map((customer) => customer.name)).toEqual(['张伟']))
  })

  it('useCustomerIds lists in order, and a new but equal query keeps the list', async () => {
    await customersRepository.create(customerContent('张三'), clerk)
    await customersRepository.create(customerContent('李四', { tier: 'A' }), clerk)
    const { result, rerender } = renderHook(({ listQuery }) => useCustomerIds(listQuery), { initialProps: { listQuery: query() } })
    await waitFor(() => expect(result.current).toHaveLength(2))
    const first = result.current
    rerender({ listQuery: query({ now: new Date(Date.now() + 1000) }) })
    expect(result.current).toBe(first)
    rerender({ listQuery: query({ tiers: ['A'] }) })
    await waitFor(() => expect(result.current).toHaveLength(1))
  })

  it('useCustomer is null without an id or a record', async () => {
    const initialProps: { readonly id: string | null } = { id: null }
    const { result, rerender } = renderHook(({ id }) => useCustomer(id), { initialProps })
    await waitFor(() => expect(result.current).toBeNull())
    rerender({ id: 'nobody' })
    await waitFor(() => expect(result.current).toBeNull())
  })
})
