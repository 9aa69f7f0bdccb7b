import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExportProblem } from '@shared/export-format/envelope'
import { inspectExportFile, readExportFile } from '@renderer/data/repositories/export-file'
import { problemText } from '@renderer/features/data-transfer/data-transfer-problem'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'

const folder = join(__dirname, '../../../fixtures/export/broken')

interface Expected {
  readonly problem: ExportProblem
  readonly en: string
  readonly 'zh-CN': string
}

const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Readonly<Record<string, Expected>>

const translations: Record<'en' | 'zh-CN', TFunction> = {} as Record<'en' | 'zh-CN', TFunction>

beforeAll(async () => {
  const instance = i18next.createInstance()
  await instance.init({ lng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } })
  translations.en = instance.getFixedT('en')
  translations['zh-CN'] = instance.getFixedT('zh-CN')
})

describe('broken files', () => {
  it('every file in the folder has its expected problem and message, and every expectation its file', () => {
    const files = readdirSync(folder).filter((name) => name !== 'expected.json')
    expect(files.sort()).toEqual(Object.keys(expected).sort())
  })

  for (const [file, { problem, ...messages }] of Object.entries(expected)) {
    it(`${file}: refused, saying what is wrong and where`, async () => {
      const inspection = await inspectExportFile(new Blob([readFileSync(join(folder, file))]))

      expect(inspection).toEqual({ ok: false, problem })
      expect(problemText(problem, translations.en, 'en')).toBe(messages.en)
      expect(problemText(problem, translations['zh-CN'], 'zh-CN')).toBe(messages['zh-CN'])
    })
  }

  it('a file over the size limit is refused before a byte is read, with both sizes', async () => {
    const read = await readExportFile(new Blob([new Uint8Array(3 * 1024 * 1024)]), { limit: 2 * 1024 * 1024 })
    expect(read).toEqual({ ok: false, problem: { kind: 'too-large', bytes: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 } })
    if (read.ok) return
    expect(problemText(read.problem, translations.en, 'en')).toBe('The file is too large (3 MB): FrontDesk reads backup files of up to 2 MB.')
    expect(problemText(read.problem, translations['zh-CN'], 'zh-CN')).toBe('文件太大（3 MB）：「前台」最多读取 2 MB 的备份文件。')
  })

  it('a compressed file that unpacks to more than the limit is refused too', async () => {
    const { gzipSync } = await import('node:zlib')
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024))
    const read = await readExportFile(new Blob([new Uint8Array(bomb)]), { unpackedLimit: 1024 * 1024 })
    expect(read).toMatchObject({ ok: false, problem: { kind: 'too-large', limit: 1024 * 1024 } })
  })
})
