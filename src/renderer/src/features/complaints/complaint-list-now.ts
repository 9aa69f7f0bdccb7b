import { useEffect, useState } from 'react'

const MINUTE_MS = 60_000

/**
 * The time, moving on once a minute: a complaint that passes its deadline while the list is
 * open turns overdue without a reload, and the list does not re-query on every render.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE_MS)
    return () => clearInterval(timer)
  }, [])
  return now
}
