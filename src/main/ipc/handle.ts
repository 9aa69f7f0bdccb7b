import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { fail, type ChannelName, type Result } from '@shared/ipc/contract'
import { isAppUrl } from '../app-origin'

export type IpcHandler<Request, Value> = (request: Request, event: IpcMainInvokeEvent) => Promise<Result<Value>>

/**
 * Registers the handler of one channel. Whatever calls it is treated as untrusted input:
 * a frame that is not the app's own page is refused, the one argument must match
 * `schema`, and anything thrown becomes a failed Result, because an exception crossing the
 * bridge would reach the renderer as an opaque, unlocalisable error string.
 */
export function handle<Schema extends z.ZodType, Value>(
  channel: ChannelName,
  schema: Schema,
  handler: IpcHandler<z.output<Schema>, Value>
): void {
  ipcMain.handle(channel, async (event, ...args: readonly unknown[]): Promise<Result<Value>> => {
    const senderUrl = event.senderFrame?.url
    if (!isAppUrl(senderUrl)) return fail('untrusted-sender', `${channel} refused a call from ${senderUrl ?? 'an unknown frame'}.`)
    if (args.length > 1) return fail('invalid-argument', `${channel} takes one argument, not ${args.length}.`)
    const parsed = schema.safeParse(args[0])
    if (!parsed.success) return fail('invalid-argument', `${channel}: ${z.prettifyError(parsed.error)}`)
    try {
      return await handler(parsed.data, event)
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error)
      return failureFrom(error)
    }
  })
}

function failureFrom(error: unknown): Result<never> {
  if (!(error instanceof Error)) return fail('internal', String(error))
  // Node's file-system errors carry the system call that failed.
  return fail('syscall' in error ? 'io' : 'internal', error.message)
}
