interface FormButtonsProps {
  readonly saveLabel: string
  readonly cancelLabel: string
  readonly onCancel: () => void
}

/** A form's submit and cancel buttons, in the same place on every form. */
export function FormButtons({ saveLabel, cancelLabel, onCancel }: FormButtonsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="primary">
        {saveLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  )
}
