/**
 * The customer form's draft (what the inputs hold, as strings) and its validation into
 * what the repository saves. Validation says what is wrong with which field; it never
 * silently changes what the clerk typed (phones keep their raw form beside the normalised one).
 */
import type { ContactChannel, Customer, ImportantDate, ImportantDateKind, PersonalityType, Tier } from '@shared/domain/customer'
import { validateImportantDate, type ImportantDateProblem } from '@shared/domain/important-dates'
import { todayInShop } from '@shared/domain/days'
import { parsePhone } from '@shared/domain/phone'
import { applyTierChoice } from '@shared/domain/tier'
import type { CustomerInput } from '../../data/repositories/customers'

export interface DateDraft {
  readonly id: string
  readonly kind: ImportantDateKind
  readonly label: string
  readonly calendar: 'solar' | 'lunar'
  readonly year: string
  readonly month: string
  readonly day: string
  readonly leapMonth: boolean
}

export interface CustomerDraft {
  readonly name: string
  readonly kind: 'person' | 'organisation'
  readonly company: string
  readonly phones: readonly string[]
  readonly address: string
  readonly preferredChannel: ContactChannel
  readonly contactConsent: boolean
  readonly importantDates: readonly DateDraft[]
  readonly tier: Tier
  readonly tierReason: string
  readonly stage: 'current' | 'prospect'
  readonly relationship: 'transactional' | 'relationship'
  readonly personality: PersonalityType
  readonly ownerId: string
  readonly tagsText: string
  readonly notes: string
}

/** A problem on one field: a message key and its values, for the form to show beside it. */
export interface FieldProblem {
  readonly field: string
  readonly key:
    | 'customers.errors.nameRequired'
    | 'customers.errors.phoneNoDigits'
    | 'customers.errors.phoneWarning'
    | 'customers.errors.phoneDuplicateInRecord'
    | 'customers.errors.dateInvalid'
    | 'customers.errors.tierReasonRequired'
  readonly values: Readonly<Record<string, string>>
  /** Date problems name which rule the date broke. */
  readonly dateProblem?: ImportantDateProblem
}

export const emptyCustomerDraft = (ownerId: string): CustomerDraft => ({
  name: '',
  kind: 'person',
  company: '',
  phones: [''],
  address: '',
  preferredChannel: 'phone',
  contactConsent: true,
  importantDates: [],
  tier: 'C',
  tierReason: '',
  stage: 'current',
  relationship: 'transactional',
  personality: 'unknown',
  ownerId,
  tagsText: '',
  notes: ''
})

export const draftFromCustomer = (customer: Customer): CustomerDraft => ({
  name: customer.name,
  kind: customer.kind,
  company: customer.company,
  phones: customer.phones.length > 0 ? customer.phones.map((phone) => phone.raw) : [''],
  address: customer.address,
  preferredChannel: customer.preferredChannel,
  contactConsent: customer.contactConsent,
  importantDates: customer.importantDates.map((date) => ({
    id: date.id,
    kind: date.kind,
    label: date.label,
    calendar: date.calendar,
    year: date.year === null ? '' : String(date.year),
    month: String(date.month),
    day: String(date.day),
    leapMonth: date.leapMonth
  })),
  tier: customer.tier,
  tierReason: '',
  stage: customer.stage,
  relationship: customer.relationship,
  personality: customer.personality,
  ownerId: customer.ownerId ?? '',
  tagsText: customer.tags.join(', '),
  notes: customer.notes
})

export interface DraftContext {
  /** The record being edited, or null for a new customer. */
  readonly existing: Customer | null
  /** The tier the last 12 months' spend suggests, or null when there is nothing to go on. */
  readonly suggestedTier: Tier | null
  readonly staffId: string
  readonly now: Date
}

export type DraftResult =
  | { readonly ok: true; readonly input: CustomerInput; readonly warnings: readonly FieldProblem[] }
  | { readonly ok: false; readonly errors: readonly FieldProblem[]; readonly warnings: readonly FieldProblem[] }

const splitTags = (text: string): readonly string[] => [
  ...new Set(
    text
      .split(/[,，、;；]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '')
  )
]

const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()))

function readDates(drafts: readonly DateDraft[], today: string, errors: FieldProblem[]): readonly ImportantDate[] {
  return drafts.map((draft, index) => {
    const date: ImportantDate = {
      id: draft.id,
      kind: draft.kind,
      label: draft.label.trim(),
      calendar: draft.calendar,
      year: draft.year.trim() === '' ? null : toNumber(draft.year),
      month: toNumber(draft.month),
      day: toNumber(draft.day),
      leapMonth: draft.calendar === 'lunar' && draft.leapMonth
    }
    for (const problem of validateImportantDate(date, today)) {
      errors.push({ field: `date-${index}`, key: 'customers.errors.dateInvalid', values: {}, dateProblem: problem })
    }
    return date
  })
}

export function readCustomerDraft(draft: CustomerDraft, context: DraftContext): DraftResult {
  const errors: FieldProblem[] = []
  const warnings: FieldProblem[] = []
  if (draft.name.trim() === '') errors.push({ field: 'name', key: 'customers.errors.nameRequired', values: {} })

  const seen = new Set<string>()
  const phones = draft.phones.flatMap((raw, index) => {
    if (raw.trim() === '') return []
    const parsed = parsePhone(raw)
    const field = `phone-${index}`
    if (parsed.problem) {
      errors.push({ field, key: 'customers.errors.phoneNoDigits', values: { raw } })
      return []
    }
    if (seen.has(parsed.phone.normalized)) {
      errors.push({ field, key: 'customers.errors.phoneDuplicateInRecord', values: { raw } })
      return []
    }
    seen.add(parsed.phone.normalized)
    if (parsed.warning) warnings.push({ field, key: 'customers.errors.phoneWarning', values: { raw } })
    return [parsed.phone]
  })

  const importantDates = readDates(draft.importantDates, todayInShop(context.now), errors)

  const current = context.existing ?? { tier: draft.tier, tierHistory: [] }
  const tierChoice = context.existing
    ? applyTierChoice(current, draft.tier, context.suggestedTier ?? draft.tier, draft.tierReason, context.now.toISOString(), context.staffId)
    : { tier: draft.tier, tierHistory: [] }
  if ('error' in tierChoice) errors.push({ field: 'tierReason', key: 'customers.errors.tierReasonRequired', values: {} })

  if (errors.length > 0 || 'error' in tierChoice) return { ok: false, errors, warnings }
  return {
    ok: true,
    warnings,
    input: {
      name: draft.name.trim(),
      kind: draft.kind,
      company: draft.company.trim(),
      phones,
      address: draft.address.trim(),
      preferredChannel: draft.preferredChannel,
      contactConsent: draft.contactConsent,
      importantDates,
      tier: tierChoice.tier,
      tierHistory: tierChoice.tierHistory,
      stage: draft.stage,
      relationship: draft.relationship,
      personality: draft.personality,
      ownerId: draft.ownerId || null,
      tags: splitTags(draft.tagsText),
      notes: draft.notes,
      lastContactAt: context.existing?.lastContactAt ?? null,
      mergedInto: context.existing?.mergedInto ?? null
    }
  }
}
