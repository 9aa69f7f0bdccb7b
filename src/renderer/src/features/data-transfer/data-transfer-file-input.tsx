interface DataTransferFileInputProps {
  /** The input's accessible name: what the file is for. */
  readonly label: string
  readonly buttonText: string
  readonly disabled?: boolean
  /** The file types offered: backups and hand-over packets unless told otherwise. */
  readonly accept?: string
  readonly onFile: (file: File) => void
}

/**
 * A file chooser that looks like a button. The input itself stays in the page (visually
 * hidden, still focusable), so keyboards, screen readers and tests reach it as a file input.
 */
export function DataTransferFileInput({
  label,
  buttonText,
  disabled = false,
  accept = '.gz,.json,application/gzip,application/json',
  onFile
}: DataTransferFileInputProps) {
  return (
    <label className={disabled ? 'data-transfer-choose is-disabled' : 'data-transfer-choose'}>
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        aria-label={label}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared at once, so choosing the same file again is noticed.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
      <span aria-hidden="true">{buttonText}</span>
    </label>
  )
}
