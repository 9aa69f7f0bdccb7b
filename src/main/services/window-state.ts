import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomically } from './atomic-write'

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface WindowState {
  /** The bounds the window has when it is not maximized. */
  readonly bounds: Rectangle
  readonly isMaximized: boolean
}

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive()
  }),
  isMaximized: z.boolean()
})

/** The saved state, or undefined when there is none or it cannot be read: the window then opens at its default size. */
export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomically(file, JSON.stringify(state))
}

/**
 * Fits saved bounds onto the displays there are now, so a window last seen on a monitor
 * that has since been unplugged, or a smaller screen, comes back fully visible. The window
 * stays on the display it overlaps most; if it overlaps none it is centred on the primary
 * display. `workAreas` lists the displays' work areas, primary first.
 */
export function fitToWorkAreas(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle {
  const [primary] = workAreas
  if (primary === undefined) return bounds
  // With no overlap anywhere, the reduce keeps the primary display.
  const target = workAreas.reduce((most, area) => (overlap(bounds, area) > overlap(bounds, most) ? area : most), primary)
  const width = Math.min(bounds.width, target.width)
  const height = Math.min(bounds.height, target.height)
  const isVisible = overlap(bounds, target) > 0
  return {
    x: isVisible ? clamp(bounds.x, target.x, target.x + target.width - width) : target.x + Math.round((target.width - width) / 2),
    y: isVisible ? clamp(bounds.y, target.y, target.y + target.height - height) : target.y + Math.round((target.height - height) / 2),
    width,
    height
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}
