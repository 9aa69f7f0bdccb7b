import { useState } from 'react'
import { errorText, type DataTransferMessageValue } from './data-transfer-message'

/** Adds one line to what the run has said so far. */
export type Say = (message: DataTransferMessageValue) => void

/**
 * One restore or merge run as the screen follows it: busy while it runs, its messages line by
 * line as it goes, done once the work reports success. A thrown error becomes the run's last
 * message (through `failed`), so nothing fails silently; `onSettled` runs however it ended.
 */
export function useTransferRun(onSettled: () => void) {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const [messages, setMessages] = useState<readonly DataTransferMessageValue[]>([])
  const run = async (work: (say: Say) => Promise<boolean>, failed: (message: string) => string): Promise<void> => {
    setBusy(true)
    const said: DataTransferMessageValue[] = []
    const say: Say = (message) => {
      said.push(message)
      setMessages([...said])
    }
    try {
      if (await work(say)) setDone(true)
    } catch (error) {
      say({ ok: false, text: failed(errorText(error)) })
    } finally {
      onSettled()
      setBusy(false)
    }
  }
  return { busy, done, messages, setMessages, run }
}
