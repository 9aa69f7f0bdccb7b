import type { ReactNode } from 'react'
import type { PhraseFlag } from '@shared/domain/phrase-check'

/**
 * The text with its flagged stretches marked, character for character as typed, so it lies
 * exactly under the text area's own text. A trailing newline gets a space after it: a text
 * box shows an empty last line that a div would otherwise drop.
 */
export function HighlightedText({ text, flags }: { readonly text: string; readonly flags: readonly PhraseFlag[] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const flag of flags) {
    if (flag.start < at) continue
    parts.push(text.slice(at, flag.start))
    parts.push(<mark key={flag.start}>{text.slice(flag.start, flag.end)}</mark>)
    at = flag.end
  }
  parts.push(text.slice(at))
  if (text.endsWith('\n')) parts.push(' ')
  return <>{parts}</>
}
