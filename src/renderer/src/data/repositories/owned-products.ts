import { createRecordRepository } from './record-repository'

/** Products a customer owns, for warranty and maintenance care. */
export const ownedProductsRepository = createRecordRepository('ownedProducts')
