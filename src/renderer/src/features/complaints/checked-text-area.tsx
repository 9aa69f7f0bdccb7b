import { useEffect, useId, useMemo, useRef, type UIEvent } from 'react'
import type { DismissedFlag } from '@shared/domain/complaint-intake'
import { openFlags, replaceRange } from '@shared/domain/never-say-flags'
import { checkPhrases, type NeverSayRule, type PhraseFlag } from '@shared/domain/phrase-check'
import { HighlightedText } from './highlighted-text'
import { PhraseFlagList } from './phrase-flag-list'
import { usePhraseTargets } from './phrase-target'

interface CheckedTextAreaProps {
  /** Names the field for wording insertion and hit counting, e.g. 'replyDraft'. */
  readonly name: string
  readonly label: string
  readonly value: string
  readonly onChange: (text: string) => void
  readonly rules: readonly NeverSayRule[]
  /** Flags the clerk marked as false positives on this complaint: not shown again. */
  readonly dismissed: readonly Pick<DismissedFlag, 'ruleId' | 'text'>[]
  /** Marks a flag as a false positive; leave out where there is nothing to store it on. */
  readonly onDismiss?: (flag: PhraseFlag) => void
  /** Fills {{customerName}} and the like in the better wording before it goes in. */
  readonly fill: (text: string) => string
  readonly rows?: number
  readonly disabled?: boolean
  readonly hint?: string
}

/**
 * A free-text field of a complaint with the never-say checker built in: flagged words are
 * highlighted in place as the clerk types (a layer behind the transparent text, so the caret
 * and the IME behave as in any text box), and listed below with why they hurt and a better
 * phrasing to put in instead.
 */
export function CheckedTextArea({ name, label, value, onChange, rules, dismissed, onDismiss, fill, rows = 3, disabled = false, hint }: CheckedTextAreaProps) {
  const id = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const backdrop = useRef<HTMLDivElement>(null)
  const hadCaret = useRef(false)
  const pendingCaret = useRef<number | null>(null)
  const targets = usePhraseTargets()
  const flags = useMemo(() => openFlags(checkPhrases(value, rules), dismissed), [value, rules, dismissed])
  const latest = useRef({ value, onChange })
  useEffect(() => {
    latest.current = { value, onChange }
  })

  useEffect(() => {
    const element = textarea.current
    if (targets === null || element === null || disabled) return
    targets.register(name, {
      element,
      insert: (phrase, selection) => {
        const { value: text, onChange: change } = latest.current
        // Never clicked into: the wording goes at the end, on a line of its own.
        const edit = hadCaret.current
          ? replaceRange(text, selection.start, selection.end, phrase)
          : replaceRange(text, text.length, text.length, text === '' || text.endsWith('\n') ? phrase : `\n${phrase}`)
        pendingCaret.current = edit.caret
        change(edit.text)
      }
    })
    return () => targets.register(name, null)
  }, [targets, name, disabled])

  // After an insert or a replacement the caret goes just past the new words, in the field.
  useEffect(() => {
    const element = textarea.current
    const caret = pendingCaret.current
    if (element === null || caret === null) return
    pendingCaret.current = null
    element.focus()
    element.setSelectionRange(caret, caret)
  }, [value])

  const replace = (flag: PhraseFlag, better: string) => {
    const edit = replaceRange(value, flag.start, flag.end, fill(better))
    hadCaret.current = true
    pendingCaret.current = edit.caret
    onChange(edit.text)
  }

  const syncScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop
  }

  const flagsId = `${id}-flags`
  return (
    <div className="checked-field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className={flags.length > 0 ? 'checked-text has-flags' : 'checked-text'}>
        <div className="checked-text-backdrop" ref={backdrop} aria-hidden="true">
          <HighlightedText text={value} flags={flags} />
        </div>
        <textarea
          id={id}
          ref={textarea}
          name={name}
          rows={rows}
          value={value}
          disabled={disabled}
          aria-invalid={flags.length > 0}
          aria-describedby={flags.length > 0 ? flagsId : undefined}
          onChange={(event) => onChange(event.target.value)}
          onFocus={() => {
            hadCaret.current = true
            targets?.focused(name)
          }}
          onScroll={syncScroll}
        />
      </div>
      <PhraseFlagList id={flagsId} flags={flags} rules={rules} fill={fill} onReplace={replace} onDismiss={disabled ? undefined : onDismiss} />
    </div>
  )
}
