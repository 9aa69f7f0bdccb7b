import { useLiveQuery } from 'dexie-react-hooks'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { ownedProductsRepository } from '../repositories/owned-products'

/**
 * One owned product (deleted or not: a complaint keeps pointing at the product it was about);
 * null when there is none or no id, undefined while loading.
 */
export function useOwnedProduct(id: string | null): OwnedProduct | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await ownedProductsRepository.get(id)) ?? null)), [id])
}
