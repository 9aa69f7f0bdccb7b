import { afterEach, beforeEach, vi } from 'vitest'
import { db } from '@renderer/data/db'

/** Each test starts from an empty app database (the singleton the repositories use). */
export function useFreshDatabase(): void {
  beforeEach(async () => {
    await db.delete()
    await db.open()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}

/** Moves the wall clock only: IndexedDB's own timers must keep running. */
export function setWallClock(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}
