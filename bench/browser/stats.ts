/** Summary figures of a list of timings, rounded for reading (0.1 ms). */
export interface Summary {
  readonly samplesMs: readonly number[]
  readonly firstMs: number
  readonly medianMs: number
  readonly p95Ms: number
  readonly maxMs: number
}

export const round = (value: number): number => Math.round(value * 10) / 10

/** Nearest-rank percentile: an observed value, never an interpolation between two. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)))
  return sorted[rank - 1] ?? Number.NaN
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

export function summarize(samples: readonly number[]): Summary {
  return {
    samplesMs: samples.map(round),
    firstMs: round(samples[0] ?? Number.NaN),
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 0.95)),
    maxMs: round(Math.max(...samples))
  }
}

/** Milliseconds the promise took to settle, with its value. */
export async function timed<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

/** The next animation frame's timestamp. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))
