/**
 * The customer's words cut to fit a slip: whole characters (never half of a surrogate pair or
 * an emoji's code point), at a space or punctuation when one is near the end, with an ellipsis.
 */
export function shortened(text: string, maxCharacters: number): string {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const characters = Array.from(trimmed)
  if (characters.length <= maxCharacters) return trimmed
  const cut = characters.slice(0, maxCharacters - 1)
  // Chinese has no spaces: break after punctuation if it is close, else anywhere.
  const lookBack = Math.min(12, cut.length - 1)
  for (let index = cut.length - 1; index >= cut.length - lookBack; index -= 1) {
    if (/[\s，。；！？、,.;!?]/u.test(cut[index] ?? '')) return `${cut.slice(0, index).join('').trimEnd()}…`
  }
  return `${cut.join('').trimEnd()}…`
}
