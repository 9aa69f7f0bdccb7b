import { useEffect, useRef, type ReactNode } from 'react'

interface ModalDialogProps {
  readonly open: boolean
  readonly title: string
  readonly children: ReactNode
  /** Called on Escape; leave it out for a dialog that must be answered. */
  readonly onCancel?: () => void
  /** 'wide' for a dialog holding a whole form side by side. */
  readonly size?: 'normal' | 'wide'
}

/** A native <dialog> opened modally: the browser traps focus and handles Escape. */
export function ModalDialog({ open, title, children, onCancel, size = 'normal' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={size === 'wide' ? 'modal-dialog modal-dialog-wide' : 'modal-dialog'}
      aria-labelledby="modal-dialog-title"
      onCancel={(event) => {
        event.preventDefault()
        onCancel?.()
      }}
    >
      <h2 id="modal-dialog-title">{title}</h2>
      {/* Closed dialogs hold no form: each opening starts fresh. */}
      {open ? children : null}
    </dialog>
  )
}
