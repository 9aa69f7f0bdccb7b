/** Script-library records for tests: content with plain defaults, and stored records made of it. */
import type { RecordContent } from '@shared/domain/record'
import type { ScriptPhrase } from '@shared/domain/script'

export const scriptContent = (fields: Partial<RecordContent<ScriptPhrase>> = {}): RecordContent<ScriptPhrase> => ({
  kind: 'say',
  locale: 'zh-CN',
  text: '我马上帮您确认。',
  step: '',
  category: '',
  personality: '',
  why: '',
  better: '',
  variants: [],
  exceptions: [],
  retired: false,
  ...fields
})

/** A stored phrase whose text is its id unless given: easy to tell apart in assertions. */
export const storedScript = (id: string, fields: Partial<ScriptPhrase> = {}): ScriptPhrase => ({
  id,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: '',
  deviceId: 'device',
  clock: '',
  fieldClocks: {},
  deletedAt: null,
  ...scriptContent({ text: id }),
  ...fields
})
