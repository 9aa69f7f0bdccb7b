export interface SettingsMessageValue {
  readonly text: string
  readonly ok: boolean
}

/** What became of a settings form: saved (quietly), or what to fix (announced). */
export function SettingsMessage({ message }: { readonly message: SettingsMessageValue | null }) {
  if (message === null) return null
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-text' : 'error-text'}>
      {message.text}
    </p>
  )
}
