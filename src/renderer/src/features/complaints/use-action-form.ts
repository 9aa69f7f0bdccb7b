import { useState, type FormEvent } from 'react'
import type { ComplaintAction, ComplaintTransitionError } from '@shared/domain/complaint-lifecycle'
import { useComplaintAction } from './use-complaint-action'

/**
 * A form that submits one lifecycle action: the action is built from the form's fields when
 * it is sent, and a refusal stays on screen until the next try. `onDone` hears a success.
 */
export function useActionForm(complaintId: string, action: () => ComplaintAction, onDone?: () => void) {
  const run = useComplaintAction(complaintId)
  const [error, setError] = useState<ComplaintTransitionError | null>(null)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void run(action()).then((refused) => {
      setError(refused)
      if (refused === null) onDone?.()
    })
  }
  return { error, onSubmit }
}
