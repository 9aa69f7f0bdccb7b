/** One short notice at a time ("Customer deleted — Undo"), shown by ToastHost in the shell. */
import { create } from 'zustand'

export interface Toast {
  readonly id: number
  readonly message: string
  readonly actionLabel?: string
  readonly onAction?: () => void
}

interface ToastState {
  readonly toast: Toast | null
  show(toast: Omit<Toast, 'id'>): void
  dismiss(): void
}

let nextId = 1

export const useToastStore = create<ToastState>()((set) => ({
  toast: null,
  show: (toast) => set({ toast: { ...toast, id: nextId++ } }),
  dismiss: () => set({ toast: null })
}))
