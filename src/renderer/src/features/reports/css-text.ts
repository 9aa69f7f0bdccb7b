/**
 * Text placed in a CSS string (the printed page's margin boxes carry the shop's name, which is
 * user text). Every ASCII character but letters, digits and spaces becomes a hex escape, so no
 * name can close the string, start a rule or end the <style> element; other characters
 * (Chinese among them) are safe as they are.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0
    return code > 0x7f || /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${code.toString(16)} `
  }).join('')
  return `"${escaped}"`
}

/**
 * A message with {{page}} and {{pages}} as a CSS `content` value: the text in strings, the
 * placeholders as Chromium's page counters ("第 " counter(page) " 页").
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}
