import { CheckedTextArea } from './checked-text-area'
import { useIntake } from './intake-context'

interface IntakeTextAreaProps {
  /** The field's name, for wording insertion and never-say hit counting. */
  readonly name: string
  readonly label: string
  readonly value: string
  readonly onText: (text: string) => void
  readonly hint?: string
  readonly rows?: number
  readonly disabled?: boolean
}

/**
 * A text field the clerk writes in their own words (reply, notes, reasons): checked for
 * never-say phrases with this complaint's rules, dismissals and variables.
 */
export function IntakeTextArea({ name, label, value, onText, hint, rows, disabled = false }: IntakeTextAreaProps) {
  const { rules, complaint, dismiss, fill, closed } = useIntake()
  return (
    <CheckedTextArea
      name={name}
      label={label}
      hint={hint}
      rows={rows}
      value={value}
      onChange={onText}
      rules={rules}
      dismissed={complaint.dismissedFlags}
      onDismiss={dismiss}
      fill={fill}
      disabled={disabled || closed}
    />
  )
}
