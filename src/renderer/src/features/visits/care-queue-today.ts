import { useEffect, useState } from 'react'
import { todayInShop } from '@shared/domain/days'

const MINUTE_MS = 60_000

/**
 * The time and the shop's date, moving on once a minute: a queue left open overnight turns
 * to the new day by itself, and the queue is not re-read on every render.
 */
export function useCareQueueClock(): { readonly now: Date; readonly today: string } {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE_MS)
    return () => clearInterval(timer)
  }, [])
  return { now, today: todayInShop(now) }
}
