/**
 * Complaints as a sheet for Excel: one row per complaint, what a manager sorts and counts in a
 * spreadsheet (when, who, what kind, how it ended). Categories and causes the shop typed itself
 * are written as typed; dates are the shop's; the satisfaction score is a number.
 */
import type { Complaint, ComplaintSeverity, ComplaintStatus, ResolutionKind } from './complaint'
import { categoryLabel, rootCauseLabel, storedLabelText, type BuiltInCategory, type BuiltInRootCause } from './complaint-labels'
import { inColumnOrder, sheetCustomerCells, sheetDateTime, sheetStaffName, type SheetCell, type SheetContext } from './sheet-export'

export const COMPLAINT_SHEET_COLUMNS = [
  'number',
  'receivedAt',
  'customer',
  'phone',
  'category',
  'severity',
  'status',
  'handler',
  'customerWords',
  'desiredRemedy',
  'rootCause',
  'resolutionKind',
  'resolutionDetail',
  'resolutionAccepted',
  'firstResponseAt',
  'resolvedAt',
  'followUpDate',
  'closedAt',
  'satisfactionScore',
  'satisfactionComment',
  'notes'
] as const
export type ComplaintSheetColumn = (typeof COMPLAINT_SHEET_COLUMNS)[number]

/** One UI language's words for the complaint sheet. */
export interface ComplaintSheetWords {
  readonly headers: Readonly<Record<ComplaintSheetColumn, string>>
  readonly statuses: Readonly<Record<ComplaintStatus, string>>
  readonly severities: Readonly<Record<ComplaintSeverity, string>>
  readonly categories: Readonly<Record<BuiltInCategory, string>>
  readonly rootCauses: Readonly<Record<BuiltInRootCause, string>>
  readonly resolutionKinds: Readonly<Record<ResolutionKind, string>>
  readonly yes: string
  readonly no: string
}

export type ComplaintSheetContext = SheetContext<ComplaintSheetWords>

const yesNo = (value: boolean | null, words: ComplaintSheetWords): string => (value === null ? '' : value ? words.yes : words.no)

/** The complaint's row, in COMPLAINT_SHEET_COLUMNS order. */
export function complaintSheetRow(complaint: Complaint, context: ComplaintSheetContext): readonly SheetCell[] {
  const { words } = context
  const [customer, phone] = sheetCustomerCells(context, complaint.customerId)
  return inColumnOrder(COMPLAINT_SHEET_COLUMNS, {
    number: complaint.number,
    receivedAt: sheetDateTime(complaint.receivedAt),
    customer,
    phone,
    category: storedLabelText(categoryLabel(complaint.category), words.categories, ''),
    severity: words.severities[complaint.severity],
    status: words.statuses[complaint.status],
    handler: sheetStaffName(context, complaint.handlerId),
    customerWords: complaint.customerWords,
    desiredRemedy: complaint.desiredRemedy,
    rootCause: storedLabelText(rootCauseLabel(complaint.rootCause), words.rootCauses, ''),
    resolutionKind: complaint.resolution.kind === null ? '' : words.resolutionKinds[complaint.resolution.kind],
    resolutionDetail: complaint.resolution.detail,
    resolutionAccepted: yesNo(complaint.resolution.accepted, words),
    firstResponseAt: sheetDateTime(complaint.firstResponseAt),
    resolvedAt: sheetDateTime(complaint.resolvedAt),
    followUpDate: complaint.followUpDate ?? '',
    closedAt: sheetDateTime(complaint.closedAt),
    satisfactionScore: complaint.satisfaction.score,
    satisfactionComment: complaint.satisfaction.comment,
    notes: complaint.notes
  })
}
