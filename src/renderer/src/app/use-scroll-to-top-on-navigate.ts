import { useLayoutEffect, type RefObject } from 'react'
import { useLocation } from 'react-router-dom'

/**
 * The page area scrolls by itself (not the window), so the browser never resets it: without this
 * a report opened from the foot of the dashboard would open scrolled down past its own header.
 * A new page starts at its top; a change of the query string alone (a filter) keeps its place.
 */
export function useScrollToTopOnNavigate(area: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation()
  useLayoutEffect(() => {
    area.current?.scrollTo({ top: 0 })
  }, [area, pathname])
}
