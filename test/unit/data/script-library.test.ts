import { describe, expect, it, vi } from 'vitest'
import { parseStamp } from '@shared/domain/clock'
import { checkPhrases } from '@shared/domain/phrase-check'
import type { RecordContent } from '@shared/domain/record'
import type { ScriptPhrase } from '@shared/domain/script'
import type { PhraseContext } from '@shared/domain/script-selection'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import { loadDemoShop } from '@renderer/data/demo-shop'
import { startEmpty } from '@renderer/data/first-run'
import { getDeviceId } from '@renderer/data/repositories/meta'
import {
  createScript,
  listNeverSayRules,
  listScripts,
  retireScript,
  ScriptValidationError,
  scriptsRepository,
  suggestScriptPhrases,
  unretireScript,
  updateScript
} from '@renderer/data/repositories/scripts'
import { ensureScriptLibrary, seedScriptLibrary } from '@renderer/data/script-library'
import { useFreshDatabase } from './fresh-database'
import { scriptContent } from '../shared/script-fixtures'

useFreshDatabase()

const NOW = new Date('2026-11-20T01:00:00.000Z')
const manager = { staffId: 'manager-1' }
const SHIPPED = DEFAULT_SCRIPT_LIBRARY.length

const COMPANY_POLICY = seededScriptId('never-say.company-policy.zh-CN')
const LISTEN_GREETING = seededScriptId('say.listen.any.any.1.zh-CN')
const LISTEN_APOLOGY = seededScriptId('say.listen.any.any.2.zh-CN')
const LISTEN_THANKS = seededScriptId('say.listen.any.any.3.zh-CN')

const say = (text: string, fields: Partial<RecordContent<ScriptPhrase>> = {}): RecordContent<ScriptPhrase> =>
  scriptContent({ text, step: 'resolve', ...fields })

const neverSay = (text: string, fields: Partial<RecordContent<ScriptPhrase>> = {}): RecordContent<ScriptPhrase> =>
  say(text, { kind: 'never-say', step: '', why: '敷衍顾客', better: '我来帮您想办法', ...fields })

const allScripts = (): Promise<readonly ScriptPhrase[]> => db.scripts.orderBy('id').toArray()

describe('seedScriptLibrary', () => {
  it('writes every shipped entry under its seed id, stamped as nobody’s work and older than any edit', async () => {
    expect(await seedScriptLibrary(NOW)).toEqual({ added: SHIPPED, kept: 0 })

    const deviceId = await getDeviceId()
    const stored = await allScripts()
    expect(stored).toHaveLength(SHIPPED)
    for (const { seedId, ...content } of DEFAULT_SCRIPT_LIBRARY) {
      const record = stored.find((script) => script.id === seededScriptId(seedId))
      expect(record, seedId).toMatchObject({ ...content, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), updatedBy: '', deviceId, deletedAt: null })
      expect(parseStamp(record?.clock ?? '')).toEqual({ millis: 0, counter: 0, deviceId })
      expect(Object.keys(record?.fieldClocks ?? {}).sort()).toEqual(Object.keys(content).sort())
    }
    expect(await db.auditLog.count()).toBe(0)
  })

  it('adds nothing the second time, and changes nothing', async () => {
    await seedScriptLibrary(NOW)
    const before = await allScripts()
    expect(await seedScriptLibrary(new Date('2027-01-01T00:00:00.000Z'))).toEqual({ added: 0, kept: SHIPPED })
    expect(await allScripts()).toEqual(before)
  })

  it('keeps a manager’s edit, retirement and deletion: nothing is overwritten or revived', async () => {
    await seedScriptLibrary(NOW)
    await updateScript(LISTEN_GREETING, { text: '您好，欢迎光临，您慢慢说。' }, manager)
    await retireScript(LISTEN_APOLOGY, manager)
    await scriptsRepository.remove(LISTEN_THANKS, manager)
    const before = await allScripts()

    expect(await seedScriptLibrary(NOW)).toEqual({ added: 0, kept: SHIPPED })
    expect(await allScripts()).toEqual(before)
    expect(await db.scripts.get(LISTEN_GREETING)).toMatchObject({ text: '您好，欢迎光临，您慢慢说。', updatedBy: 'manager-1' })
    expect(await db.scripts.get(LISTEN_APOLOGY)).toMatchObject({ retired: true })
    expect((await db.scripts.get(LISTEN_THANKS))?.deletedAt).not.toBeNull()
  })

  it('adds the entries a later version ships, and only those', async () => {
    // A database seeded by a version that shipped no tips yet.
    await seedScriptLibrary(NOW)
    const tipIds = DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'tip').map((phrase) => seededScriptId(phrase.seedId))
    await db.scripts.bulkDelete(tipIds)
    await updateScript(LISTEN_GREETING, { text: '您好，欢迎光临。' }, manager)

    expect(await ensureScriptLibrary()).toEqual({ added: tipIds.length, kept: SHIPPED - tipIds.length })
    expect(await db.scripts.count()).toBe(SHIPPED)
    expect((await db.scripts.bulkGet(tipIds)).every((tip) => tip?.kind === 'tip')).toBe(true)
    expect((await db.scripts.get(LISTEN_GREETING))?.text).toBe('您好，欢迎光临。')
  })
})

describe('ensureScriptLibrary', () => {
  it('seeds an empty database', async () => {
    expect(await ensureScriptLibrary()).toEqual({ added: SHIPPED, kept: 0 })
    expect(await db.scripts.count()).toBe(SHIPPED)
  })

  it('only reads when nothing is missing: no read-write transaction', async () => {
    await seedScriptLibrary(NOW)
    const transaction = vi.spyOn(db, 'transaction')
    try {
      expect(await ensureScriptLibrary()).toEqual({ added: 0, kept: SHIPPED })
      expect(transaction).not.toHaveBeenCalled()
    } finally {
      transaction.mockRestore()
    }
  })

  it('is safe to call twice at once, as a double-mounted effect does', async () => {
    const results = await Promise.all([ensureScriptLibrary(), ensureScriptLibrary()])
    expect(results.map((result) => result.added).sort((a, b) => a - b)).toEqual([0, SHIPPED])
    expect(await db.scripts.count()).toBe(SHIPPED)
  })
})

describe('the first run', () => {
  it('seeds the library when the shop starts empty', async () => {
    await startEmpty()
    expect(await db.scripts.count()).toBe(SHIPPED)
  })

  it('seeds the library with the demo shop, without audit entries', async () => {
    await loadDemoShop({ customerCount: 5, now: NOW })
    expect(await db.scripts.count()).toBe(SHIPPED)
    expect(await db.auditLog.count()).toBe(0)
  })
})

describe('listNeverSayRules', () => {
  it('feeds the checker: 这是公司的规定 is flagged with the zh-CN rules, not with the English ones', async () => {
    await seedScriptLibrary(NOW)
    const rules = await listNeverSayRules('zh-CN')
    expect(rules).toHaveLength(DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'never-say' && phrase.locale === 'zh-CN').length)
    expect(checkPhrases('这是公司的规定', rules)).toEqual([{ ruleId: COMPANY_POLICY, start: 0, end: 7, matched: '这是公司的规定' }])
    expect(checkPhrases('这是公司的规定', await listNeverSayRules('en'))).toEqual([])
  })

  it('leaves retired and deleted phrases out', async () => {
    await seedScriptLibrary(NOW)
    await retireScript(COMPANY_POLICY, manager)
    expect(checkPhrases('这是公司的规定', await listNeverSayRules('zh-CN'))).toEqual([])
    await unretireScript(COMPANY_POLICY, manager)
    await scriptsRepository.remove(COMPANY_POLICY, manager)
    expect(checkPhrases('这是公司的规定', await listNeverSayRules('zh-CN'))).toEqual([])
  })

  it('gives the same array while the rules are unchanged, a new one when they change', async () => {
    await seedScriptLibrary(NOW)
    const first = await listNeverSayRules('zh-CN')
    await updateScript(LISTEN_GREETING, { text: '您好，请坐。' }, manager)
    expect(await listNeverSayRules('zh-CN')).toBe(first)
    await updateScript(COMPANY_POLICY, { why: '拿规定挡人。' }, manager)
    const changed = await listNeverSayRules('zh-CN')
    expect(changed).not.toBe(first)
    expect(changed.find((rule) => rule.id === COMPANY_POLICY)?.why).toBe('拿规定挡人。')
  })
})

describe('listScripts', () => {
  it('filters by kind, locale, step, category and personality, exactly', async () => {
    await seedScriptLibrary(NOW)
    const tips = await listScripts({ kind: 'tip', locale: 'en' })
    expect(tips).toHaveLength(DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'tip' && phrase.locale === 'en').length)
    const generic = await listScripts({ kind: 'say', locale: 'zh-CN', step: 'listen', category: '', personality: '' })
    // In wording order: {{customerName}}… before 真的… before 谢谢….
    expect(generic.map((script) => script.id)).toEqual([LISTEN_GREETING, LISTEN_APOLOGY, LISTEN_THANKS])
    const lively = await listScripts({ locale: 'en', personality: 'lively' })
    expect(lively.length).toBeGreaterThan(0)
    expect(lively.every((script) => script.personality === 'lively' && script.locale === 'en')).toBe(true)
  })

  it('orders by kind, step, category, personality and wording', async () => {
    await seedScriptLibrary(NOW)
    const listed = await listScripts({ locale: 'zh-CN' })
    expect(listed).toHaveLength(DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.locale === 'zh-CN').length)
    expect([...new Set(listed.map((script) => script.kind))]).toEqual(['say', 'never-say', 'tip'])
    const steps = listed.filter((script) => script.kind === 'say' && script.category === '' && script.personality === '').map((script) => script.step)
    expect([...new Set(steps)]).toEqual(['listen', 'calm', 'facts', 'classify', 'resolve', 'escalate', 'follow-up'])
    expect(await listScripts({ locale: 'zh-CN' })).toEqual(listed)
  })

  it('finds text in the wording, the why or the better way, whatever the case or width', async () => {
    await seedScriptLibrary(NOW)
    expect((await listScripts({ text: 'ＣＯＭＰＡＮＹ policy' })).map((script) => script.id)).toEqual([seededScriptId('never-say.company-policy.en')])
    expect((await listScripts({ text: '拿规定挡人' })).map((script) => script.id)).toEqual([COMPANY_POLICY])
    expect((await listScripts({ text: 'procedure above THE PERSON' })).map((script) => script.id)).toEqual([seededScriptId('never-say.company-policy.en')])
    expect(await listScripts({ text: '   ' })).toHaveLength(SHIPPED)
  })

  it('lists retired phrases only when asked, and deleted ones never', async () => {
    await seedScriptLibrary(NOW)
    await retireScript(LISTEN_GREETING, manager)
    await scriptsRepository.remove(LISTEN_APOLOGY, manager)
    const ids = async (includeRetired: boolean) => (await listScripts({ kind: 'say', includeRetired })).map((script) => script.id)
    expect(await ids(false)).not.toContain(LISTEN_GREETING)
    expect(await ids(true)).toContain(LISTEN_GREETING)
    expect(await ids(true)).not.toContain(LISTEN_APOLOGY)
  })
})

describe('suggestScriptPhrases', () => {
  const context: PhraseContext = { locale: 'zh-CN', step: 'resolve', category: 'repair-price', personality: 'analytical' }

  it('suggests the shipped wording written for the situation first', async () => {
    await seedScriptLibrary(NOW)
    const suggested = await suggestScriptPhrases(context, 3)
    expect(suggested.map((script) => script.id)).toEqual([
      seededScriptId('say.resolve.repair-price.analytical.1.zh-CN'),
      seededScriptId('say.resolve.repair-price.any.1.zh-CN'),
      seededScriptId('say.resolve.any.analytical.1.zh-CN')
    ])
  })

  it('never suggests wording the checker flags, even when a merge brought the two together', async () => {
    await seedScriptLibrary(NOW)
    const flagged = await createScript(say('我们按流程给您处理', { category: 'repair-price', personality: 'analytical' }), manager)
    expect((await suggestScriptPhrases(context)).map((script) => script.id)).toContain(flagged.id)
    // A rule written on another PC arrives with its export, unchecked against this PC's phrases.
    const rule = await createScript(neverSay('按流程给您处理', { locale: 'en' }), manager)
    await db.scripts.put({ ...rule, locale: 'zh-CN' })
    expect((await suggestScriptPhrases(context)).map((script) => script.id)).not.toContain(flagged.id)
  })
})

describe('the manager’s writes', () => {
  const refusal = async (write: Promise<unknown>): Promise<ScriptValidationError> => {
    const error = await write.then(
      () => undefined,
      (reason: unknown) => reason
    )
    if (!(error instanceof ScriptValidationError)) throw new Error(`expected a ScriptValidationError, got ${String(error)}`)
    return error
  }

  it('stores a valid phrase with its audit entry', async () => {
    const created = await createScript(say('这个问题我马上帮您确认。'), manager)
    expect(await db.scripts.get(created.id)).toEqual(created)
    expect(await db.auditLog.where('recordId').equals(created.id).count()).toBe(1)
  })

  it('refuses empty wording, and a never-say phrase without why or better way', async () => {
    expect((await refusal(createScript(say('  '), manager))).problems).toEqual([{ code: 'empty-text' }])
    const error = await refusal(createScript(neverSay('你自己看着办', { why: '', better: ' ' }), manager))
    expect(error.problems).toEqual([{ code: 'missing-why' }, { code: 'missing-better' }])
    expect(error.message).toContain('why it hurts')
    expect(await db.scripts.count()).toBe(0)
  })

  it('refuses a say phrase that trips a never-say rule of its language, naming the rule', async () => {
    await seedScriptLibrary(NOW)
    const error = await refusal(createScript(say('不好意思，这是公司规定，请您理解。'), manager))
    expect(error.problems).toEqual([{ code: 'trips-never-say', ruleId: COMPANY_POLICY, rulePhrase: '这是公司的规定。', matched: '这是公司规定' }])
    expect(error.message).toContain('这是公司的规定。')
    // The English rules do not apply to Chinese wording, and the other way round.
    await expect(createScript(say('不好意思，这是公司规定，请您理解。', { locale: 'en' }), manager)).resolves.toMatchObject({ locale: 'en' })
  })

  it('refuses an edit that makes shipped wording trip a rule, and keeps the record as it was', async () => {
    await seedScriptLibrary(NOW)
    const before = await db.scripts.get(LISTEN_GREETING)
    const error = await refusal(updateScript(LISTEN_GREETING, { text: '你先听我解释。' }, manager))
    expect(error.problems).toMatchObject([{ code: 'trips-never-say', ruleId: seededScriptId('never-say.hear-my-explanation-first.zh-CN') }])
    expect(await db.scripts.get(LISTEN_GREETING)).toEqual(before)
  })

  it('refuses a never-say rule whose better way it would flag itself, or that flags active coaching', async () => {
    const own = await refusal(createScript(neverSay('别着急', { better: '您别着急，我来处理' }), manager))
    expect(own.problems).toMatchObject([{ code: 'trips-never-say', ruleId: '', rulePhrase: '别着急' }])

    const phrase = await createScript(say('我马上为您办理退货。'), manager)
    const flagsPhrase = await refusal(createScript(neverSay('马上为您办理'), manager))
    expect(flagsPhrase.problems).toEqual([{ code: 'flags-coaching', scriptId: phrase.id, scriptText: '我马上为您办理退货。', matched: '马上为您办理' }])
  })

  it('always lets a phrase retire, and brings it back only if it still passes', async () => {
    const phrase = await createScript(say('我马上为您办理退货。'), manager)
    await retireScript(phrase.id, manager)
    const rule = await createScript(neverSay('马上为您办理'), manager)

    const error = await refusal(unretireScript(phrase.id, manager))
    expect(error.problems).toMatchObject([{ code: 'trips-never-say', ruleId: rule.id }])
    await retireScript(rule.id, manager)
    expect(await unretireScript(phrase.id, manager)).toMatchObject({ retired: false })
  })

  it('checks a deleted phrase before it is restored', async () => {
    const phrase = await createScript(say('我马上为您办理退货。'), manager)
    await scriptsRepository.remove(phrase.id, manager)
    await createScript(neverSay('马上为您办理'), manager)
    await refusal(scriptsRepository.restore(phrase.id, manager))
    expect((await db.scripts.get(phrase.id))?.deletedAt).not.toBeNull()
  })
})
