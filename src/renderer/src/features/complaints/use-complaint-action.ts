import { useCallback } from 'react'
import type { ComplaintAction, ComplaintTransitionError } from '@shared/domain/complaint-lifecycle'
import { applyComplaintAction } from '../../data/repositories/complaint-intake'
import { useActor } from '../../session/session-store'

/**
 * Runs a lifecycle action on the complaint as the person at the desk, now. Resolves to null
 * when it happened, or the reason it may not (the screen says it in words).
 */
export function useComplaintAction(complaintId: string): (action: ComplaintAction) => Promise<ComplaintTransitionError | null> {
  const actor = useActor()
  return useCallback(
    async (action) => {
      const result = await applyComplaintAction(complaintId, action, actor, new Date())
      return result.ok ? null : result.error
    },
    [complaintId, actor]
  )
}
