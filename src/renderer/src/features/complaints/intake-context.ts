import { createContext, useContext } from 'react'
import type { Complaint } from '@shared/domain/complaint'
import type { NeverSayRule, PhraseFlag } from '@shared/domain/phrase-check'
import type { IntakeDraftControl } from './use-intake-draft'

/** What every step of the wizard works with: the complaint, its draft, and the checker. */
export interface IntakeContextValue extends IntakeDraftControl {
  readonly complaint: Complaint
  readonly rules: readonly NeverSayRule[]
  readonly dismiss: (flag: PhraseFlag) => void
  /** Counts the never-say phrases in a field's stored text for coaching (see usePhraseHitRecorder). */
  readonly recordHits: (field: string, text: string) => void
  /** Fills {{customerName}} and the like from this complaint. */
  readonly fill: (text: string) => string
  /** Resolved: the resolution and severity are settled (reopen to change them). */
  readonly settled: boolean
  /** Closed: nothing changes any more. */
  readonly closed: boolean
}

export const IntakeContext = createContext<IntakeContextValue | null>(null)

export function useIntake(): IntakeContextValue {
  const intake = useContext(IntakeContext)
  if (intake === null) throw new Error('useIntake outside the complaint wizard')
  return intake
}
