/** What every bridge call answers: a value, or an error a person can read. Nothing throws across the bridge. */
export type ErrorCode =
  | 'cancelled'
  | 'invalid-argument'
  | 'untrusted-sender'
  | 'too-large'
  | 'io'
  | 'unavailable'
  | 'internal'

export interface AppError {
  readonly code: ErrorCode
  readonly message: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})
