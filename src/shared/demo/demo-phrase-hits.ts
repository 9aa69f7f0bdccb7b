import type { Complaint } from '../domain/complaint'
import { compileRules, neverSayRuleFrom } from '../domain/phrase-check'
import type { PhraseHitContent } from '../domain/phrase-hit'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId } from '../scripts/default-library'
import { DAY_MS, randomShopTime } from './demo-calendar'
import type { DemoContext } from './demo-context'
import { weighted } from './random'

/*
 * Never-say coaching in the demo, so the coaching page has something to show: hits on the
 * shop's most recent complaints, and two flags a clerk dismissed as false positives for the
 * manager to review. One is a true false positive (a note quoting what a colleague said), the
 * other a real slip in a reply, which the manager should uphold.
 */

/** The shipped zh-CN never-say phrases the demo's clerks slip into, the commonest first. */
const pickRule = weighted<string>([
  ['company-policy', 30],
  ['dont-really-know', 20],
  ['nothing-can-be-done', 15],
  ['hear-my-explanation-first', 12],
  ['calm-down', 10],
  ['partly-to-blame', 8],
  ['cant-you-see-im-busy', 5]
])
const ruleId = (key: string): string => seededScriptId(`never-say.${key}.zh-CN`)

const pickField = weighted<string>([
  ['replyDraft', 3],
  ['notes', 2]
])

/** How many complaints get hits: the ones worked on most recently. */
const RECENT_COMPLAINTS = 10

/** Hits fall in the last stretch of a complaint's handling, so the default 30-day view shows some. */
const TYPING_WINDOW_MS = 45 * DAY_MS

/** The texts behind the two dismissals: typed into the field named, then dismissed by the clerk. */
const DISMISSED_TEXTS: readonly { readonly field: 'notes' | 'replyDraft'; readonly text: string }[] = [
  { field: 'notes', text: '客户说上次来电时店员回了一句“这是公司的规定”，觉得被敷衍，已当面道歉。' },
  { field: 'replyDraft', text: '经检测是使用不当造成的，你也有不对的地方，这次维修我们按八折收费。' }
]

/* The checker with the shipped rules, as a new shop holds them (ids as seeding stores them). */
const shippedMatcher = compileRules(
  DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'never-say' && phrase.locale === 'zh-CN').map((phrase) =>
    neverSayRuleFrom({ ...phrase, id: seededScriptId(phrase.seedId) })
  )
)

/** Adds the hits and dismissals; call once every complaint is made and numbered. */
export function addPhraseCoaching(context: DemoContext): void {
  const { random, nowMillis, out } = context
  // Text is typed while a complaint is handled: from its arrival until it is closed (or now).
  const handlingEnd = (complaint: Complaint): number => (complaint.closedAt === null ? nowMillis : Date.parse(complaint.closedAt))
  const recent = [...out.complaints].sort((a, b) => handlingEnd(b) - handlingEnd(a) || (a.id < b.id ? -1 : 1)).slice(0, RECENT_COMPLAINTS)
  const seen = new Set<string>()
  const addHit = (complaint: Complaint, field: string, rule: string, staffId: string): void => {
    const identity = JSON.stringify([complaint.id, field, rule, staffId])
    if (seen.has(identity)) return
    seen.add(identity)
    const end = handlingEnd(complaint)
    const at = randomShopTime(random, Math.max(Date.parse(complaint.receivedAt), end - TYPING_WINDOW_MS), end)
    const content: PhraseHitContent = { complaintId: complaint.id, field, ruleId: rule, staffId, at: new Date(at).toISOString() }
    out.phraseHits.push(context.meta('phraseHits', content, { id: context.newId(at), createdAt: at, updatedAt: at, updatedBy: staffId }))
  }

  // The two complaints still open (or handled last) carry the dismissed flags, typed by their handler.
  const carriers = [...recent.filter((complaint) => complaint.status !== 'closed'), ...recent.filter((complaint) => complaint.status === 'closed')]
  carriers.slice(0, DISMISSED_TEXTS.length).forEach((carrier, index) => {
    const typed = DISMISSED_TEXTS[index]
    const position = out.complaints.findIndex((complaint) => complaint.id === carrier.id)
    if (typed === undefined || position < 0) return
    const flags = shippedMatcher.check(typed.text)
    const complaint: Complaint = {
      ...carrier,
      ...(typed.field === 'notes' ? { notes: typed.text } : { replyDraft: typed.text }),
      dismissedFlags: flags.map((flag) => ({ ruleId: flag.ruleId, text: flag.matched, by: carrier.updatedBy }))
    }
    out.complaints[position] = complaint
    for (const flag of flags) addHit(complaint, typed.field, flag.ruleId, carrier.updatedBy)
  })

  // Mostly the handler types; now and then a colleague at the desk adds a note or a reply.
  for (const complaint of recent) {
    if (!random.chance(0.75)) continue
    const count = random.int(1, 3)
    for (let index = 0; index < count; index++) {
      const staffId = random.chance(0.6) ? complaint.updatedBy : random.pick(context.activeStaff).id
      addHit(complaint, pickField(random), ruleId(pickRule(random)), staffId)
    }
  }
}
