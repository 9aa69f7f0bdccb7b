import { createContext, useContext } from 'react'

/** A text field suggested wording can be put into: the wizard's reply, its notes, a reason… */
export interface PhraseTargetField {
  readonly element: HTMLTextAreaElement
  readonly insert: (phrase: string, selection: { readonly start: number; readonly end: number }) => void
}

/**
 * Where the coaching panel's "insert" goes: the free-text field the clerk was last in, or the
 * reply when they have not been in one yet. Fields register while mounted.
 */
export interface PhraseTargets {
  readonly register: (name: string, field: PhraseTargetField | null) => void
  readonly focused: (name: string) => void
  readonly insert: (phrase: string) => void
}

export const PhraseTargetContext = createContext<PhraseTargets | null>(null)

export const usePhraseTargets = (): PhraseTargets | null => useContext(PhraseTargetContext)
