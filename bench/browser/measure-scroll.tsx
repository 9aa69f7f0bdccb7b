import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { MountFigures, ScrollFigures, ScrollPass } from './bench-types'
import { BenchCustomerTable } from './bench-customer-table'
import { median, nextFrame, percentile, round } from './stats'

/** VirtualTable's default row height: rows are never measured, so row i starts at i × 40 px. */
const ROW_HEIGHT = 40
const SETTLE_TIMEOUT_MS = 10_000
const LONG_FRAME_MS = 50

/**
 * Waits frame by frame until `ready` holds; the time is performance.now() in that frame's
 * callback (a frame's own timestamp can predate work done just before it), or null after
 * the timeout.
 */
async function frameWhen(ready: () => boolean, timeoutMs = SETTLE_TIMEOUT_MS): Promise<number | null> {
  const start = performance.now()
  for (;;) {
    await nextFrame()
    const time = performance.now()
    if (ready()) return time
    if (time - start > timeoutMs) return null
  }
}

/** What the rows inside the viewport show: all their data, a "…" placeholder in some, or nothing at all (no row yet). */
type VisibleRows = 'loaded' | 'placeholder' | 'blank'

/**
 * What the rows inside the viewport at `scrollTop` show. A loaded row's name cell is a
 * link; a row still loading shows "…". Positions are worked out from the row index, not
 * measured, so the check forces no layout.
 */
function visibleRows(body: HTMLElement, scrollTop: number, viewportHeight: number, rowCount: number): VisibleRows {
  const loaded = new Set<number>()
  const present = new Set<number>()
  for (const row of body.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')) {
    const index = Number(row.getAttribute('aria-rowindex')) - 2
    present.add(index)
    if (row.querySelector('a') !== null) loaded.add(index)
  }
  const first = Math.floor(scrollTop / ROW_HEIGHT)
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT))
  let state: VisibleRows = 'loaded'
  for (let index = first; index < last; index++) {
    if (!present.has(index)) return 'blank'
    if (!loaded.has(index)) state = 'placeholder'
  }
  return state
}

const visibleRowsLoaded = (body: HTMLElement, scrollTop: number, viewportHeight: number, rowCount: number): boolean =>
  visibleRows(body, scrollTop, viewportHeight, rowCount) === 'loaded'

interface PassPlan {
  readonly label: string
  readonly from: number
  readonly to: number
  readonly durationMs: number
}

/**
 * Scrolls the table body from `from` to `to` at an even speed, one step per animation
 * frame, and records the interval between frames: a frame that took long (React
 * rendering rows, IndexedDB results arriving, layout) shows as a long interval.
 */
async function scrollPass(body: HTMLElement, rowCount: number, plan: PassPlan): Promise<ScrollPass> {
  const viewportHeight = body.clientHeight
  body.scrollTop = plan.from
  await frameWhen(() => visibleRowsLoaded(body, plan.from, viewportHeight, rowCount))

  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask' })

  const intervals: number[] = []
  let placeholderFrames = 0
  let blankFrames = 0
  let position = plan.from
  const start = await nextFrame()
  let previous = start
  for (;;) {
    const time = await nextFrame()
    intervals.push(time - previous)
    previous = time
    // What the last frame painted, before this frame's step.
    const shown = visibleRows(body, position, viewportHeight, rowCount)
    if (shown === 'placeholder') placeholderFrames++
    if (shown === 'blank') blankFrames++
    const progress = Math.min(1, (time - start) / plan.durationMs)
    position = Math.round(plan.from + (plan.to - plan.from) * progress)
    body.scrollTop = position
    if (progress >= 1) break
  }
  const end = performance.now()
  const settled = await frameWhen(() => visibleRowsLoaded(body, position, viewportHeight, rowCount))
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await nextFrame()
  observer.disconnect()

  return {
    label: plan.label,
    durationMs: round(previous - start),
    distancePx: Math.abs(plan.to - plan.from),
    rowsPassed: Math.round(Math.abs(plan.to - plan.from) / ROW_HEIGHT),
    frames: intervals.length,
    medianFrameMs: round(median(intervals)),
    p95FrameMs: round(percentile(intervals, 0.95)),
    maxFrameMs: round(Math.max(...intervals)),
    framesOver50Ms: intervals.filter((interval) => interval > LONG_FRAME_MS).length,
    framesWithPlaceholders: placeholderFrames,
    framesWithBlankRows: blankFrames,
    longTasks: longTasks.length,
    longTaskTotalMs: round(longTasks.reduce((sum, duration) => sum + duration, 0)),
    longestTaskMs: round(Math.max(0, ...longTasks)),
    settleMs: settled === null ? Number.NaN : round(Math.max(0, settled - end))
  }
}

/**
 * Mounts the real CustomerTable with every id, times its first render, then scrolls it:
 * idle (the frame rate with nothing to do), top to bottom through every row, and a stretch
 * at the speed of a mouse wheel.
 */
export async function measureScroll(ids: readonly string[], reordered: readonly string[], now: Date): Promise<ScrollFigures> {
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  const body = (): HTMLElement | null => host.querySelector<HTMLElement>('.virtual-table-body')

  const start = performance.now()
  flushSync(() => root.render(<BenchCustomerTable ids={ids} now={now} />))
  const renderMs = performance.now() - start
  const rowsInDom = await frameWhen(() => host.querySelector('.virtual-table-body [role="row"]') !== null)
  const scroller = body()
  if (scroller === null || rowsInDom === null) throw new Error('The customer table rendered no rows')
  const viewportHeight = scroller.clientHeight
  const firstData = await frameWhen(() => visibleRowsLoaded(scroller, 0, viewportHeight, ids.length))

  const bottom = scroller.scrollHeight - viewportHeight
  const wheelSpeed = 1_500 // px/s: a brisk mouse wheel, about 37 rows a second
  const plans: readonly PassPlan[] = [
    { label: 'idle, no scrolling (frame cadence)', from: 0, to: 0, durationMs: 1_000 },
    { label: 'top to bottom in 6 s', from: 0, to: bottom, durationMs: 6_000 },
    { label: 'top to bottom in 20 s', from: 0, to: bottom, durationMs: 20_000 },
    {
      label: 'mouse-wheel speed, 4 s from the middle',
      from: Math.round(bottom / 2),
      to: Math.round(bottom / 2) + wheelSpeed * 4,
      durationMs: 4_000
    }
  ]
  const passes: ScrollPass[] = []
  for (const plan of plans) passes.push(await scrollPass(scroller, ids.length, plan))

  const reorderStart = performance.now()
  flushSync(() => root.render(<BenchCustomerTable ids={reordered} now={now} />))
  const reorderRenderMs = performance.now() - reorderStart

  const mount: MountFigures = {
    ids: ids.length,
    renderMs: round(renderMs),
    rowsInDomMs: round(rowsInDom - start),
    firstDataMs: firstData === null ? Number.NaN : round(firstData - start),
    reorderRenderMs: round(reorderRenderMs)
  }
  root.unmount()
  host.remove()
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight, bodyHeight: viewportHeight },
    mount,
    passes
  }
}
