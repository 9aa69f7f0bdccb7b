import { useCallback, useEffect, useRef, useState } from 'react'
import type { Complaint } from '@shared/domain/complaint'
import type { IntakeDraft, IntakeDraftError } from '@shared/domain/complaint-intake'
import { saveIntakeDraft } from '../../data/repositories/complaint-intake'
import { withoutUndefined, type Actor } from '../../data/records'

/** The wizard's fields as the clerk sees them while typing. */
export type IntakeFields = Required<Omit<IntakeDraft, 'intakeStep' | 'resolution'>> & {
  readonly resolution: Complaint['resolution']
}

export type SaveState = 'saved' | 'pending' | 'saving' | { readonly error: IntakeDraftError | 'failed' }

const fieldsOf = (complaint: Complaint): IntakeFields => ({
  customerWords: complaint.customerWords,
  desiredRemedy: complaint.desiredRemedy,
  productId: complaint.productId,
  category: complaint.category,
  severity: complaint.severity,
  rootCause: complaint.rootCause,
  replyDraft: complaint.replyDraft,
  notes: complaint.notes,
  followUpDate: complaint.followUpDate,
  resolution: complaint.resolution
})

/** The fields with a draft's changes; what the draft leaves out (or undefined) stays. */
function withDraft(fields: IntakeFields, { intakeStep: _step, resolution, ...changes }: IntakeDraft): IntakeFields {
  return { ...fields, ...withoutUndefined(changes), resolution: { ...fields.resolution, ...withoutUndefined(resolution ?? {}) } }
}

/** Two drafts in one: the later one's fields win, the resolution merged field by field. */
const mergeDrafts = (earlier: IntakeDraft, later: IntakeDraft): IntakeDraft => ({
  ...earlier,
  ...later,
  ...(earlier.resolution || later.resolution ? { resolution: { ...earlier.resolution, ...later.resolution } } : {})
})

/** Long enough not to write on every keystroke, short enough that a closed window loses at most a few characters. */
const AUTOSAVE_DELAY_MS = 400

export interface IntakeDraftControl {
  readonly fields: IntakeFields
  readonly saveState: SaveState
  /** Changes fields on screen at once and saves them shortly after. */
  readonly change: (patch: IntakeDraft) => void
  /** Saves whatever is waiting now; resolves when it is stored (or refused). */
  readonly flush: () => Promise<void>
}

/**
 * The intake's autosave (a half-done intake is saved, never lost): edits show at once, are
 * written a moment later, and whatever is still waiting is written when the wizard closes.
 * While nothing is waiting, the fields follow the stored complaint, so a change made by a
 * lifecycle action (a reopen clears the customer's acceptance) shows without a reload.
 * `onSaved` hears which fields were stored, e.g. to count never-say hits in them.
 */
export function useIntakeDraft(complaint: Complaint, actor: Actor, onSaved?: (saved: IntakeDraft) => void): IntakeDraftControl {
  const [fields, setFields] = useState(() => fieldsOf(complaint))
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const waiting = useRef<IntakeDraft>({})
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saving = useRef<Promise<void>>(Promise.resolve())
  const latest = useRef({ id: complaint.id, actor, onSaved })
  useEffect(() => {
    latest.current = { id: complaint.id, actor, onSaved }
  })

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    // One write at a time, in order: a slow write must not land after a newer one.
    saving.current = saving.current.then(async () => {
      const draft = waiting.current
      if (Object.keys(draft).length === 0) return
      waiting.current = {}
      const { id, actor: savedBy, onSaved: heard } = latest.current
      setSaveState('saving')
      try {
        const result = await saveIntakeDraft(id, draft, savedBy)
        if (result.ok) heard?.(draft)
        setSaveState(result.ok ? (Object.keys(waiting.current).length > 0 ? 'pending' : 'saved') : { error: result.error })
      } catch {
        // Kept for the next attempt: nothing typed is dropped because one write failed.
        waiting.current = mergeDrafts(draft, waiting.current)
        setSaveState({ error: 'failed' })
      }
    })
    return saving.current
  }, [])

  const change = useCallback(
    (patch: IntakeDraft) => {
      setFields((current) => withDraft(current, patch))
      waiting.current = mergeDrafts(waiting.current, patch)
      setSaveState('pending')
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [flush]
  )

  useEffect(() => {
    if (Object.keys(waiting.current).length === 0 && timer.current === null) setFields(fieldsOf(complaint))
  }, [complaint])

  // Leaving the wizard (another page, another complaint) writes what is still waiting.
  useEffect(() => () => void flush(), [flush, complaint.id])

  return { fields, saveState, change, flush }
}
