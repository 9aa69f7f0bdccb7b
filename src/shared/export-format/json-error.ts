/**
 * Where JSON text first goes wrong, as an offset: the engines' JSON.parse messages do not
 * always say (V8's "Unexpected token … is not valid JSON" gives no position), and a
 * manager told "line 13, column 9" can find the damage. Run only after JSON.parse failed.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null'] as const
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** The offset of the first character that makes `text` not JSON; `text.length` when it simply ends too early; null when it is JSON. */
export function jsonErrorOffset(text: string): number | null {
  let at = 0
  const skip = (): void => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at += 1
  }
  class Stop extends Error {}
  const fail = (): never => {
    throw new Stop()
  }
  const expect = (char: string): void => {
    if (text.charAt(at) !== char) fail()
    at += 1
  }
  const string = (): void => {
    expect('"')
    for (;;) {
      if (at >= text.length) fail()
      const char = text.charAt(at)
      if (char === '"') {
        at += 1
        return
      }
      if (char.charCodeAt(0) < 0x20) fail()
      if (char === '\\') {
        const escaped = text.charAt(at + 1)
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
            at += 2
            fail()
          }
          at += 6
          continue
        }
        if (!ESCAPES.has(escaped)) {
          at += 1
          fail()
        }
        at += 2
        continue
      }
      at += 1
    }
  }
  const value = (depth: number): void => {
    // Exports nest a few levels deep; far deeper is not ours, and stops well before the call stack would.
    if (depth > 1_000) fail()
    skip()
    const char = text.charAt(at)
    if (char === '{') {
      at += 1
      skip()
      if (text.charAt(at) === '}') {
        at += 1
        return
      }
      for (;;) {
        skip()
        string()
        skip()
        expect(':')
        value(depth + 1)
        skip()
        if (text.charAt(at) === ',') {
          at += 1
          continue
        }
        expect('}')
        return
      }
    }
    if (char === '[') {
      at += 1
      skip()
      if (text.charAt(at) === ']') {
        at += 1
        return
      }
      for (;;) {
        value(depth + 1)
        skip()
        if (text.charAt(at) === ',') {
          at += 1
          continue
        }
        expect(']')
        return
      }
    }
    if (char === '"') return string()
    const literal = LITERALS.find((word) => text.startsWith(word, at))
    if (literal !== undefined) {
      at += literal.length
      return
    }
    NUMBER.lastIndex = at
    if (NUMBER.exec(text) === null) fail()
    at = NUMBER.lastIndex
  }
  try {
    value(0)
    skip()
    return at < text.length ? at : null
  } catch (error) {
    if (error instanceof Stop) return Math.min(at, text.length)
    throw error
  }
}
