import { useEffect } from 'react'
import { useNavigate } from 'react-router-dom'
import { SECTIONS } from './sections'

/** Alt+1 … Alt+7 open the sections from anywhere, so the shell works without a mouse. */
export function useSectionShortcuts(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const section = SECTIONS.find((candidate) => event.code === `Digit${candidate.shortcut}`)
      if (!section) return
      event.preventDefault()
      navigate(section.path)
      // Move focus to the page so the next Tab starts there, as after a click.
      requestAnimationFrame(() => document.getElementById('main')?.focus())
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [navigate])
}
