/** The owned-product form: strings as typed, read into a product with clear problems. */
import type { OwnedProduct } from '@shared/domain/owned-product'
import { parseIsoDate } from '@shared/domain/days'
import type { RecordContent } from '@shared/domain/record'

export interface ProductDraft {
  readonly product: string
  readonly serial: string
  readonly purchaseDate: string
  readonly warrantyEnd: string
  readonly maintenanceIntervalMonths: string
  readonly lastMaintenanceDate: string
  readonly notes: string
}

export type ProductProblem = 'productRequired' | 'badDate' | 'warrantyBeforePurchase' | 'badInterval'

export const emptyProductDraft: ProductDraft = {
  product: '',
  serial: '',
  purchaseDate: '',
  warrantyEnd: '',
  maintenanceIntervalMonths: '',
  lastMaintenanceDate: '',
  notes: ''
}

export const draftFromProduct = (product: OwnedProduct): ProductDraft => ({
  product: product.product,
  serial: product.serial,
  purchaseDate: product.purchaseDate ?? '',
  warrantyEnd: product.warrantyEnd ?? '',
  maintenanceIntervalMonths: product.maintenanceIntervalMonths === null ? '' : String(product.maintenanceIntervalMonths),
  lastMaintenanceDate: product.lastMaintenanceDate ?? '',
  notes: product.notes
})

export type ProductContent = RecordContent<OwnedProduct>

/** Unknown dates stay null: care rules flag missing data rather than guess it. */
export function readProductDraft(
  draft: ProductDraft,
  customerId: string
): { readonly ok: true; readonly content: ProductContent } | { readonly ok: false; readonly problems: readonly ProductProblem[] } {
  const problems: ProductProblem[] = []
  const date = (text: string): string | null => {
    if (text.trim() === '') return null
    if (parseIsoDate(text.trim()) === null) problems.push('badDate')
    return text.trim()
  }
  if (draft.product.trim() === '') problems.push('productRequired')
  const purchaseDate = date(draft.purchaseDate)
  const warrantyEnd = date(draft.warrantyEnd)
  const lastMaintenanceDate = date(draft.lastMaintenanceDate)
  if (purchaseDate && warrantyEnd && warrantyEnd < purchaseDate) problems.push('warrantyBeforePurchase')
  const intervalText = draft.maintenanceIntervalMonths.trim()
  const interval = intervalText === '' ? null : Number(intervalText)
  if (interval !== null && !(Number.isInteger(interval) && interval > 0 && interval <= 120)) problems.push('badInterval')
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] }
  return {
    ok: true,
    content: {
      customerId,
      product: draft.product.trim(),
      serial: draft.serial.trim(),
      purchaseDate,
      warrantyEnd,
      maintenanceIntervalMonths: interval,
      lastMaintenanceDate,
      notes: draft.notes
    }
  }
}
