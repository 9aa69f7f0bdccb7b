import type { Complaint } from '@shared/domain/complaint'
import type { ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import type { Customer } from '@shared/domain/customer'

/** What can be printed for a complaint: the customer's receipt (回执) and the internal A4 sheet (投诉处理单). */
export const PRINT_DOCUMENTS = ['slip', 'sheet'] as const
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number]

export const isPrintDocument = (value: string | undefined): value is PrintDocument => PRINT_DOCUMENTS.some((kind) => kind === value)

/** Everything a printout is drawn from, gathered once by the print page. */
export interface ComplaintPrintData {
  readonly complaint: Complaint
  /** Null when the customer record is gone; the printout then leaves the name blank. */
  readonly customer: Customer | null
  readonly staffNames: ReadonlyMap<string, string>
  readonly deadlines: ComplaintDeadlines
  /** When it is printed: deadlines are judged at this moment, and the sheet says so. */
  readonly now: Date
  readonly shopName: string
}
