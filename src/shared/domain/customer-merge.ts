import type { Customer } from './customer'

/*
 * Merging two records of the same person (entered twice, or once on each of two PCs). The
 * clerk picks, field by field, which value to keep where the two differ; lists (phones,
 * dates, tags, tier history) are joined, so that nothing either record knew is lost. The
 * absorbed record is then marked `mergedInto` the survivor by the data layer, which also
 * moves its history over.
 */

/** The content fields a clerk chooses between when the two records disagree. */
export const MERGEABLE_FIELDS = [
  'name',
  'kind',
  'company',
  'address',
  'preferredChannel',
  'contactConsent',
  'tier',
  'stage',
  'relationship',
  'personality',
  'ownerId',
  'notes'
] as const satisfies readonly (keyof Customer)[]
export type MergeableField = (typeof MERGEABLE_FIELDS)[number]

export type MergeChoices = Partial<Readonly<Record<MergeableField, 'survivor' | 'absorbed'>>>

export type MergedCustomerContent = Pick<
  Customer,
  MergeableField | 'phones' | 'importantDates' | 'tags' | 'tierHistory' | 'lastContactAt'
>

/** The mergeable fields on which the two records disagree: what the clerk is asked about. */
export function differingFields(a: Customer, b: Customer): readonly MergeableField[] {
  return MERGEABLE_FIELDS.filter((field) => a[field] !== b[field])
}

const isEmpty = (value: Customer[MergeableField]): boolean => value === null || (typeof value === 'string' && value.trim() === '')

/** Items of both lists, the first list's first, dropping later items whose key was seen. */
function unionBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): readonly T[] {
  const seen = new Set<string>()
  return [...first, ...second].filter((item) => {
    const itemKey = key(item)
    if (seen.has(itemKey)) return false
    seen.add(itemKey)
    return true
  })
}

/**
 * The value of one field: the clerk's choice, else the survivor's, unless it is empty and
 * the absorbed record has one (nobody wants a merge to blank out a known address).
 */
function mergedField<F extends MergeableField>(field: F, survivor: Customer, absorbed: Customer, choices: MergeChoices): Customer[F] {
  const choice = choices[field]
  if (choice !== undefined) return (choice === 'absorbed' ? absorbed : survivor)[field]
  return isEmpty(survivor[field]) && !isEmpty(absorbed[field]) ? absorbed[field] : survivor[field]
}

/** Two different notes are both kept, the survivor's first, unless the clerk chose one. */
function mergedNotes(survivor: Customer, absorbed: Customer, choices: MergeChoices): string {
  const bothWritten = !isEmpty(survivor.notes) && !isEmpty(absorbed.notes) && survivor.notes !== absorbed.notes
  return choices.notes === undefined && bothWritten ? `${survivor.notes}\n${absorbed.notes}` : mergedField('notes', survivor, absorbed, choices)
}

const byTime = (a: { readonly at: string }, b: { readonly at: string }): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)

/**
 * The content of the merged record, kept on the survivor. Phones are one per normalised
 * number, the survivor's first; important dates one per kind and date (a lunar leap month is
 * a different date from the ordinary month); tags one each; tier changes in time order; the
 * later last contact.
 */
export function planCustomerMerge(survivor: Customer, absorbed: Customer, choices: MergeChoices): MergedCustomerContent {
  const field = <F extends MergeableField>(name: F): Customer[F] => mergedField(name, survivor, absorbed, choices)
  return {
    name: field('name'),
    kind: field('kind'),
    company: field('company'),
    address: field('address'),
    preferredChannel: field('preferredChannel'),
    contactConsent: field('contactConsent'),
    tier: field('tier'),
    stage: field('stage'),
    relationship: field('relationship'),
    personality: field('personality'),
    ownerId: field('ownerId'),
    notes: mergedNotes(survivor, absorbed, choices),
    phones: unionBy(survivor.phones, absorbed.phones, (phone) => phone.normalized),
    importantDates: unionBy(survivor.importantDates, absorbed.importantDates, (date) =>
      [date.kind, date.calendar, date.year, date.month, date.day, date.leapMonth].join('|')
    ),
    tags: unionBy(survivor.tags, absorbed.tags, (tag) => tag),
    // Array.prototype.sort is stable: on equal times the survivor's change stays first.
    tierHistory: [
      ...unionBy(survivor.tierHistory, absorbed.tierHistory, (change) => JSON.stringify([change.at, change.by, change.tier, change.reason]))
    ].sort(byTime),
    lastContactAt: [survivor.lastContactAt, absorbed.lastContactAt].filter((at) => at !== null).sort().at(-1) ?? null
  }
}
