/**
 * This PC's preferences: the interface language and who is at the desk. Persisted in
 * localStorage (per device, like a shop PC's login), never in the synced database:
 * two PCs merging their data must not overwrite each other's choice.
 */
import { useMemo } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'

export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

interface SessionState {
  readonly language: Language
  /** Staff id of whoever is at the desk; '' when nobody is chosen. */
  readonly currentStaffId: string
  setLanguage(language: Language): void
  setCurrentStaff(staffId: string): void
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      currentStaffId: '',
      setLanguage: (language) => set({ language }),
      setCurrentStaff: (currentStaffId) => set({ currentStaffId })
    }),
    {
      name: 'frontdesk.session',
      version: 1,
      partialize: ({ language, currentStaffId }) => ({ language, currentStaffId })
    }
  )
)

/** The author recorded on every write: the repositories take it explicitly. */
export function useActor(): { readonly staffId: string } {
  const staffId = useSessionStore((state) => state.currentStaffId)
  return useMemo(() => ({ staffId }), [staffId])
}
