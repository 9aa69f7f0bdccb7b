import { isActiveScript, type ScriptLocale, type ScriptPhrase } from './script'

/*
 * The never-say checker (该说和不该说的): flags stock phrases that hurt a complaint, as the
 * clerk types a reply or a note, so the screen can underline them with why and a better way.
 *
 * How it matches. Text and rules are both reduced to a "core": only what carries the words.
 * - Width and case do not count: full-width letters, digits and punctuation read as
 *   half-width, the ideographic space as a space, letters lower-case.
 * - Whitespace and punctuation do not count: they are dropped (where a sentence ends is
 *   remembered, see Sentences below).
 * - Chinese: characters that change tone, not meaning, are dropped: sentence-final particles
 *   (呀 啊 吧 呢 嘛 吗 …) and the erhua 儿 (这事儿 = 这事). Characters that are the same word in
 *   speech are merged: 的/地/得, 你/您 (a rude phrase is no kinder with 您), 他/她/它, 咱/我.
 * - English: each word is matched whole, never inside a longer word (policy is no hit in
 *   policyholder), and contractions are written out (that's → that is, can't → can not, and
 *   the apostrophe-less thats, dont, cant …); cannot and can not meet in the core because
 *   spaces are dropped. Ambiguous spellings (its, lets, ill, well…) are not guessed: a rule lists
 *   them as variants when it needs them.
 * A rule then matches where its core occurs in the text's core. Every core character keeps
 * the offsets of the original characters it came from, so a flag points at the original text.
 *
 * Word order. Free subsequence matching ("the rule's characters in order, small gaps
 * anywhere") was rejected: short Chinese phrases are made of common characters, and 不…可能
 * or 公司…规定 with free gaps turn up in ordinary polite replies (按照公司规定，我们为您免费
 * 更换). Instead a rule lists its reworded forms as variants, and a variant may mark with an
 * ellipsis (… or ...) where a few words may come in between: 这是…公司…规定 also matches 这是
 * 我们公司的规定. A gap holds at most MAX_GAP_WORDS words (a Chinese character is a word). An
 * ellipsis at either end of a phrase (请去问……) marks nothing and is ignored.
 *
 * Sentences. Punctuation is free inside a phrase (a comma for a full stop, or none), but two
 * sentences must not combine into a hit ("We fixed that. Is our policy clear?" is not "that
 * is our policy"), so a sentence end may stand in the text only where the wording itself has
 * punctuation, and never in a gap.
 *
 * Exceptions. A rule's exceptions are texts in which its match is fine, such as a promise
 * (以后…不可能发生这种事) or a quote in training notes. They are matched like variants, and a
 * hit lying wholly inside an exception's match is dropped.
 *
 * Speed. compileRules builds one Aho–Corasick automaton over every rule's core pieces, so a
 * check reads the text once, however many rules there are; pieces found are then joined into
 * rule matches.
 */

/** A never-say phrase as the checker needs it: the projection of a never-say ScriptPhrase. */
export interface NeverSayRule {
  readonly id: string
  readonly locale: ScriptLocale
  /** The canonical wording, as shown to the clerk. */
  readonly phrase: string
  /** Other wordings that mean the same; an ellipsis marks a place where a few words may come in between. */
  readonly variants: readonly string[]
  /** Texts in which a match is not flagged. */
  readonly exceptions: readonly string[]
  readonly why: string
  readonly better: string
}

export interface PhraseFlag {
  readonly ruleId: string
  /** UTF-16 offsets into the checked text, end exclusive. */
  readonly start: number
  readonly end: number
  /** The checked text between start and end, as typed. */
  readonly matched: string
}

export interface PhraseMatcher {
  readonly check: (text: string) => readonly PhraseFlag[]
}

export function neverSayRuleFrom(
  phrase: Pick<ScriptPhrase, 'id' | 'locale' | 'text' | 'variants' | 'exceptions' | 'why' | 'better'>
): NeverSayRule {
  return {
    id: phrase.id,
    locale: phrase.locale,
    phrase: phrase.text,
    variants: phrase.variants,
    exceptions: phrase.exceptions,
    why: phrase.why,
    better: phrase.better
  }
}

/** The checker's input from a library: its active never-say phrases of the locale, in library order. */
export function neverSayRulesOf(library: readonly ScriptPhrase[], locale: ScriptLocale): readonly NeverSayRule[] {
  return library.filter((phrase) => phrase.kind === 'never-say' && phrase.locale === locale && isActiveScript(phrase)).map(neverSayRuleFrom)
}

/** How many words may fill one marked gap: enough for 我们 or 的硬性 or "our company", too few for a clause. */
const MAX_GAP_WORDS: Readonly<Record<ScriptLocale, number>> = { 'zh-CN': 3, en: 2 }

// ——— Normalisation ———

const codeOf = (character: string): number => character.codePointAt(0) ?? 0
const IGNORED_CHINESE = new Set(Array.from('呀啊吧呢嘛啦哦喔呗嘞咯哇噢哟哈咧吗儿', codeOf))
const SAME_CHINESE = new Map(
  Object.entries({ 地: '的', 得: '的', 您: '你', 她: '他', 它: '他', 咱: '我' }).map(([written, read]) => [codeOf(written), codeOf(read)])
)
/**
 * Marks a sentence end (so does a lone full stop, see toCore); full-width ！？； arrive folded to
 * !?;. Newlines do not: clerks break lines mid-sentence.
 */
const SENTENCE_ENDS = new Set(Array.from('。｡!?;', codeOf))
const FULL_STOP = codeOf('.')
const APOSTROPHES = new Set(Array.from("'’‘ʼ", codeOf))
const APOSTROPHE = codeOf("'")
const GAP_MARKER = /[…⋯]+|\.{3,}|．{3,}/

/** Words that "'s" turns into "… is"; after any other word it is a possessive and is dropped. */
const IS_CONTRACTED = new Set([
  'that', 'it', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this',
  'everyone', 'everybody', 'nobody', 'someone', 'something', 'nothing'
])
const CONTRACTED_SUFFIXES = new Map([
  ['re', 'are'],
  ['ve', 'have'],
  ['ll', 'will'],
  ['m', 'am'],
  ['d', 'would']
])
/** can't, won't, shan't, ain't: the stems that change when written out. */
const IRREGULAR_NEGATIONS = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  ['ai', 'is']
])
/** Contractions typed without the apostrophe, where the spelling is no other common word. */
const APOSTROPHE_LESS = new Map<string, readonly string[]>(
  Object.entries({
    thats: ['that', 'is'], whats: ['what', 'is'], theres: ['there', 'is'],
    dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'],
    cant: ['can', 'not'], wont: ['will', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
    wasnt: ['was', 'not'], werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
    hadnt: ['had', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
    youre: ['you', 'are'], theyre: ['they', 'are'], im: ['i', 'am'], ive: ['i', 'have'],
    youve: ['you', 'have'], weve: ['we', 'have'], theyve: ['they', 'have']
  })
)

/** The words a Latin-script token stands for, contractions written out. */
function expandToken(token: string): readonly string[] {
  const apostrophe = token.lastIndexOf("'")
  if (apostrophe < 0) return APOSTROPHE_LESS.get(token) ?? [token]
  const stem = token.slice(0, apostrophe).replaceAll("'", '')
  const suffix = token.slice(apostrophe + 1)
  if (suffix === 't' && stem.endsWith('n')) {
    const base = stem.slice(0, -1)
    return [IRREGULAR_NEGATIONS.get(base) ?? base, 'not']
  }
  if (suffix === 's') return IS_CONTRACTED.has(stem) ? [stem, 'is'] : stem === 'let' ? ['let', 'us'] : [stem]
  const written = CONTRACTED_SUFFIXES.get(suffix)
  return written === undefined ? [stem + suffix] : [stem, written]
}

/** Full-width forms (Ｈｅｌｌｏ，１２３！) and the ideographic space, read as their ASCII twins. */
function foldWidth(codePoint: number): number {
  if (codePoint >= 0xff01 && codePoint <= 0xff5e) return codePoint - 0xfee0
  return codePoint === 0x3000 ? 0x20 : codePoint
}

const HAN = /\p{Script=Han}/u
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u
const WHITESPACE = /\s/u

/*
 * The classifiers answer the common cases (ASCII, the basic Han block, CJK and general
 * punctuation) without a regular expression: they run on every character at every keystroke.
 */

/** Han characters: each one is a word of its own. */
function isHan(codePoint: number): boolean {
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true
  return codePoint >= 0x2e80 && HAN.test(String.fromCodePoint(codePoint))
}

/** Letters and digits of the other scripts: runs of them make words. */
function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x30 && codePoint <= 0x39)
  }
  if ((codePoint >= 0x2000 && codePoint <= 0x206f) || (codePoint >= 0x3000 && codePoint <= 0x303f) || (codePoint >= 0xff5f && codePoint <= 0xff65)) {
    return false
  }
  return !isHan(codePoint) && WORD_CHARACTER.test(String.fromCodePoint(codePoint))
}

const isWhitespace = (codePoint: number): boolean =>
  codePoint <= 0x20 || (codePoint >= 0x80 && WHITESPACE.test(String.fromCodePoint(codePoint)))

/** Lower case, unless lower-casing would turn one code point into several (İ): offsets stay one to one. */
function lowerCase(codePoint: number): number {
  if (codePoint >= 0x41 && codePoint <= 0x5a) return codePoint + 0x20
  if (codePoint < 0x80) return codePoint
  const lower = String.fromCodePoint(codePoint).toLowerCase()
  const lowerCodePoint = lower.codePointAt(0) ?? codePoint
  return lower.length === (lowerCodePoint > 0xffff ? 2 : 1) ? lowerCodePoint : codePoint
}

/** The core of a text as UTF-16 code units and, per unit, where it came from and which word and sentence it belongs to. */
interface Core {
  readonly units: readonly number[]
  /** The text's [from, to) that produced each unit. */
  readonly from: readonly number[]
  readonly to: readonly number[]
  readonly word: readonly number[]
  readonly wordStart: readonly boolean[]
  readonly wordEnd: readonly boolean[]
  readonly sentence: readonly number[]
  /** Punctuation came between the previous unit and this one. */
  readonly punctuatedBefore: readonly boolean[]
}

function toCore(text: string): Core {
  const units: number[] = []
  const from: number[] = []
  const to: number[] = []
  const word: number[] = []
  const wordStart: boolean[] = []
  const wordEnd: boolean[] = []
  const sentence: number[] = []
  const punctuatedBefore: boolean[] = []
  let words = 0
  let sentences = 0
  let punctuated = false

  const pushUnit = (unit: number, start: number, end: number, first: boolean, last: boolean): void => {
    units.push(unit)
    from.push(start)
    to.push(end)
    word.push(words)
    wordStart.push(first)
    wordEnd.push(last)
    sentence.push(sentences)
    punctuatedBefore.push(punctuated)
    punctuated = false
  }

  // The Latin-script word being read: its code units (apostrophes as ') and where each came from.
  const tokenUnits: number[] = []
  const tokenFrom: number[] = []
  const tokenTo: number[] = []
  const clearToken = (): void => {
    tokenUnits.length = 0
    tokenFrom.length = 0
    tokenTo.length = 0
  }
  const flushToken = (): void => {
    if (tokenUnits.length === 0) return
    const token = String.fromCharCode(...tokenUnits)
    const expansion = expandToken(token)
    if (expansion.length === 1 && expansion[0] === token) {
      // A plain word, by far the most common token: emitted letter by letter without the mapping below.
      for (let index = 0; index < tokenUnits.length; index++) {
        pushUnit(tokenUnits[index] ?? 0, tokenFrom[index] ?? 0, tokenTo[index] ?? 0, index === 0, index === tokenUnits.length - 1)
      }
      words++
      clearToken()
      return
    }
    // Written as typed, each core letter points at its own letter; written out (can't → can not), at the whole token.
    const letters = expansion.join('') === token.replaceAll("'", '') ? tokenUnits.flatMap((unit, index) => (unit === APOSTROPHE ? [] : [index])) : []
    const wholeFrom = tokenFrom[0] ?? 0
    const wholeTo = tokenTo[tokenTo.length - 1] ?? 0
    let emitted = 0
    for (const part of expansion) {
      for (let index = 0; index < part.length; index++, emitted++) {
        const source = letters[emitted]
        const start = source === undefined ? wholeFrom : (tokenFrom[source] ?? wholeFrom)
        const end = source === undefined ? wholeTo : (tokenTo[source] ?? wholeTo)
        pushUnit(part.charCodeAt(index), start, end, index === 0, index === part.length - 1)
      }
      words++
    }
    clearToken()
  }

  let previous = -1
  for (let start = 0; start < text.length; ) {
    const raw = text.codePointAt(start) ?? 0
    const end = start + (raw > 0xffff ? 2 : 1)
    const codePoint = foldWidth(raw)
    if (isHan(codePoint)) {
      flushToken()
      if (!IGNORED_CHINESE.has(codePoint)) {
        const read = String.fromCodePoint(SAME_CHINESE.get(codePoint) ?? codePoint)
        for (let index = 0; index < read.length; index++) pushUnit(read.charCodeAt(index), start, end, index === 0, index === read.length - 1)
        words++
      }
    } else if (isLetter(codePoint)) {
      const letter = String.fromCodePoint(lowerCase(codePoint))
      for (let index = 0; index < letter.length; index++) {
        tokenUnits.push(letter.charCodeAt(index))
        tokenFrom.push(start)
        tokenTo.push(end)
      }
    } else if (APOSTROPHES.has(codePoint) && tokenUnits.length > 0 && end < text.length && isLetter(foldWidth(text.codePointAt(end) ?? 0))) {
      tokenUnits.push(APOSTROPHE)
      tokenFrom.push(start)
      tokenTo.push(end)
    } else {
      flushToken()
      if (!isWhitespace(codePoint)) punctuated = true
      // A full stop ends a sentence when it stands alone before a space or the end: not in 3.5, e.g. or an ellipsis.
      const endsWithFullStop =
        codePoint === FULL_STOP && previous !== FULL_STOP && (end >= text.length || isWhitespace(foldWidth(text.codePointAt(end) ?? 0)))
      if (SENTENCE_ENDS.has(codePoint) || endsWithFullStop) sentences++
    }
    previous = codePoint
    start = end
  }
  flushToken()
  return { units, from, to, word, wordStart, wordEnd, sentence, punctuatedBefore }
}

// ——— Keyword automaton ———

/** Aho–Corasick over UTF-16 code units: finds every keyword occurrence in one pass. */
class KeywordAutomaton {
  /** Edges keyed node × 2^16 + code unit, in one map rather than one per node. */
  private readonly edges = new Map<number, number>()
  private readonly fallback: number[] = [0]
  /** Keyword ids ending at each node, including those of its fallback chain. */
  private readonly endings: (readonly number[])[] = [[]]

  constructor(keywords: readonly string[]) {
    const children: [number, number][][] = [[]]
    const own: number[][] = [[]]
    keywords.forEach((keyword, id) => {
      let node = 0
      for (let index = 0; index < keyword.length; index++) {
        const unit = keyword.charCodeAt(index)
        let child = this.edges.get(node * 0x10000 + unit)
        if (child === undefined) {
          child = children.length
          children.push([])
          own.push([])
          this.edges.set(node * 0x10000 + unit, child)
          children[node]?.push([unit, child])
        }
        node = child
      }
      own[node]?.push(id)
    })
    // Breadth first, so a node's fallback is always complete before its children need it.
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0
      for (const [unit, child] of children[node] ?? []) {
        const fallback = node === 0 ? 0 : this.step(this.fallback[node] ?? 0, unit)
        this.fallback[child] = fallback
        this.endings[child] = [...(own[child] ?? []), ...(this.endings[fallback] ?? [])]
        queue.push(child)
      }
    }
  }

  private step(node: number, unit: number): number {
    for (let state = node; ; state = this.fallback[state] ?? 0) {
      const next = this.edges.get(state * 0x10000 + unit)
      if (next !== undefined) return next
      if (state === 0) return 0
    }
  }

  /** Calls back with each keyword id and the index just past its occurrence. */
  scan(units: readonly number[], found: (keyword: number, end: number) => void): void {
    let state = 0
    for (let index = 0; index < units.length; index++) {
      state = this.step(state, units[index] ?? 0)
      for (const keyword of this.endings[state] ?? []) found(keyword, index + 1)
    }
  }
}

// ——— Compiled rules ———

interface Piece {
  readonly keyword: number
  readonly length: number
  /** Per core character: whether the wording had punctuation before it, so a sentence may end there. */
  readonly breakable: readonly boolean[]
}

interface Pattern {
  readonly rule: number
  readonly isException: boolean
  /** The wording's pieces between gaps, in order. */
  readonly pieces: readonly Piece[]
  /** English: the match and every piece begin and end on word boundaries. */
  readonly wholeWords: boolean
  readonly maxGap: number
}

/** A match in core offsets, end exclusive. */
interface CoreSpan {
  readonly start: number
  readonly end: number
}

/** Whether the piece, placed at `start`, crosses a sentence end only where its wording has punctuation. */
function keepsSentences(piece: Piece, start: number, core: Core): boolean {
  for (let index = 1; index < piece.length; index++) {
    if (core.sentence[start + index] !== core.sentence[start + index - 1] && !piece.breakable[index]) return false
  }
  return true
}

/**
 * The earliest way to complete a pattern from each place its first piece occurs. Earliest is
 * enough: a later occurrence of a piece leaves less room, never more, for the pieces after it.
 */
function patternSpans(pattern: Pattern, starts: ReadonlyMap<number, readonly number[]>, core: Core): CoreSpan[] {
  const spans: CoreSpan[] = []
  const [first, ...rest] = pattern.pieces
  if (first === undefined) return spans
  for (const start of starts.get(first.keyword) ?? []) {
    if ((pattern.wholeWords && !core.wordStart[start]) || !keepsSentences(first, start, core)) continue
    let end: number | undefined = start + first.length
    for (let index = 0; index < rest.length && end !== undefined; index++) {
      const piece = rest[index]
      end = piece === undefined ? undefined : nextPieceEnd(pattern, piece, starts.get(piece.keyword) ?? [], end, core)
    }
    if (end !== undefined && (!pattern.wholeWords || core.wordEnd[end - 1])) spans.push({ start, end })
  }
  return spans
}

/** Where the piece ends when it follows a gap that starts at `gapStart`, if it can. */
function nextPieceEnd(pattern: Pattern, piece: Piece, starts: readonly number[], gapStart: number, core: Core): number | undefined {
  const last = gapStart - 1
  if (pattern.wholeWords && !core.wordEnd[last]) return undefined
  for (const start of starts) {
    if (start < gapStart) continue
    if ((core.word[start] ?? 0) - (core.word[last] ?? 0) - 1 > pattern.maxGap) return undefined
    if (core.sentence[start] !== core.sentence[last]) return undefined
    if ((!pattern.wholeWords || core.wordStart[start]) && keepsSentences(piece, start, core)) return start + piece.length
  }
  return undefined
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Hit {
  readonly rule: number
  readonly start: number
  readonly end: number
}

/**
 * Compiles the rules once, for checking many texts: the renderer keeps the matcher while the
 * clerk types. Pieces that reduce to nothing (only punctuation or particles) are left out, so
 * a careless variant cannot flag every text.
 */
export function compileRules(rules: readonly NeverSayRule[]): PhraseMatcher {
  const keywordIds = new Map<string, number>()
  const patterns: Pattern[] = []
  const addPattern = (rule: number, locale: ScriptLocale, wording: string, isException: boolean): void => {
    const pieces = wording
      .split(GAP_MARKER)
      .map((text) => toCore(text))
      .filter((core) => core.units.length > 0)
      .map((core): Piece => {
        const text = String.fromCharCode(...core.units)
        let keyword = keywordIds.get(text)
        if (keyword === undefined) {
          keyword = keywordIds.size
          keywordIds.set(text, keyword)
        }
        return { keyword, length: core.units.length, breakable: core.punctuatedBefore }
      })
    if (pieces.length === 0) return
    patterns.push({ rule, isException, pieces, wholeWords: locale === 'en', maxGap: MAX_GAP_WORDS[locale] })
  }
  rules.forEach((rule, index) => {
    for (const wording of [rule.phrase, ...rule.variants]) addPattern(index, rule.locale, wording, false)
    for (const wording of rule.exceptions) addPattern(index, rule.locale, wording, true)
  })
  const keywords = [...keywordIds.keys()]
  const automaton = new KeywordAutomaton(keywords)

  const check = (text: string): readonly PhraseFlag[] => {
    const core = toCore(text)
    const starts = new Map<number, number[]>()
    automaton.scan(core.units, (keyword, end) => {
      const start = end - (keywords[keyword]?.length ?? 0)
      const list = starts.get(keyword)
      if (list === undefined) starts.set(keyword, [start])
      else list.push(start)
    })
    const hits: Hit[] = []
    const exceptionSpans = new Map<number, CoreSpan[]>()
    for (const pattern of patterns) {
      if (!pattern.pieces.every((piece) => starts.has(piece.keyword))) continue
      const spans = patternSpans(pattern, starts, core)
      if (pattern.isException) exceptionSpans.set(pattern.rule, [...(exceptionSpans.get(pattern.rule) ?? []), ...spans])
      else for (const span of spans) hits.push({ rule: pattern.rule, ...span })
    }
    const flags = hits
      .filter((hit) => !(exceptionSpans.get(hit.rule) ?? []).some((span) => span.start <= hit.start && hit.end <= span.end))
      .map((hit) => {
        const start = core.from[hit.start] ?? 0
        const end = core.to[hit.end - 1] ?? start
        return { ruleId: rules[hit.rule]?.id ?? '', start, end, matched: text.slice(start, end), rule: hit.rule }
      })
    return longestFirst(flags)
  }
  return { check }
}

/** Where hits overlap, the longest wins (then the earlier, then the lower rule id): one flag per stretch of text. */
function longestFirst(candidates: readonly (PhraseFlag & { readonly rule: number })[]): readonly PhraseFlag[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareIds(a.ruleId, b.ruleId) || a.rule - b.rule
  )
  const kept: PhraseFlag[] = []
  for (const { ruleId, start, end, matched } of ordered) {
    if (kept.every((flag) => end <= flag.start || flag.end <= start)) kept.push({ ruleId, start, end, matched })
  }
  return kept.sort((a, b) => a.start - b.start)
}

/*
 * checkPhrases is called on every keystroke with the same rules array; compiling once per
 * array keeps it as fast as holding a matcher. Keyed weakly, so dropped rule sets are freed.
 * Rule arrays are treated as immutable, as their type says: a changed library is a new array.
 */
const compiled = new WeakMap<readonly NeverSayRule[], PhraseMatcher>()

/** The never-say phrases in `text`, in text order, none overlapping. */
export function checkPhrases(text: string, rules: readonly NeverSayRule[]): readonly PhraseFlag[] {
  let matcher = compiled.get(rules)
  if (matcher === undefined) {
    matcher = compileRules(rules)
    compiled.set(rules, matcher)
  }
  return matcher.check(text)
}
