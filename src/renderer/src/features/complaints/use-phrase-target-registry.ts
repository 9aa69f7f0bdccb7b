import { useMemo, useRef } from 'react'
import type { PhraseTargetField, PhraseTargets } from './phrase-target'

/** The field the wording goes to before the clerk has clicked into any. */
const DEFAULT_TARGET = 'replyDraft'

/** The registry behind PhraseTargetContext: which fields are on screen and which was used last. */
export function usePhraseTargetRegistry(): PhraseTargets {
  const fields = useRef(new Map<string, PhraseTargetField>())
  const last = useRef(DEFAULT_TARGET)
  return useMemo(
    () => ({
      register: (name, field) => {
        if (field === null) fields.current.delete(name)
        else fields.current.set(name, field)
      },
      focused: (name) => {
        last.current = name
      },
      insert: (phrase) => {
        const field = fields.current.get(last.current) ?? fields.current.get(DEFAULT_TARGET) ?? fields.current.values().next().value
        if (field === undefined) return
        const { element } = field
        field.insert(phrase, { start: element.selectionStart, end: element.selectionEnd })
      }
    }),
    []
  )
}
