export interface DataTransferMessageValue {
  readonly text: string
  readonly ok: boolean
}

/** The outcome of a step: announced politely when it went well, at once when it did not. */
export function DataTransferMessages({ messages }: { readonly messages: readonly DataTransferMessageValue[] }) {
  if (messages.length === 0) return null
  return (
    <div className="data-transfer-messages">
      {messages.map((message, index) => (
        <p key={index} role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-text' : 'error-text'}>
          {message.text}
        </p>
      ))}
    </div>
  )
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
