import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fitToWorkAreas, loadWindowState, saveWindowState, type Rectangle } from '../../../src/main/services/window-state'

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('fitToWorkAreas', () => {
  it('leaves a fully visible window where it is', () => {
    const bounds = { x: 100, y: 80, width: 1280, height: 800 }

    expect(fitToWorkAreas(bounds, [laptop])).toEqual(bounds)
  })

  it('keeps a window on the second monitor when that monitor is still there', () => {
    const bounds = { x: 2200, y: 200, width: 1280, height: 800 }

    expect(fitToWorkAreas(bounds, [laptop, rightMonitor])).toEqual(bounds)
  })

  it('centres a window from an unplugged monitor on the primary display', () => {
    expect(fitToWorkAreas({ x: 2200, y: 200, width: 1280, height: 800 }, [laptop])).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800
    })
  })

  it('pulls a window hanging off an edge back onto the display it mostly covers', () => {
    expect(fitToWorkAreas({ x: 1500, y: -300, width: 1280, height: 800 }, [laptop])).toEqual({
      x: 640,
      y: 0,
      width: 1280,
      height: 800
    })
  })

  it('moves a window straddling two displays fully onto the one it covers most', () => {
    expect(fitToWorkAreas({ x: 1700, y: 100, width: 1280, height: 800 }, [laptop, rightMonitor])).toEqual({
      x: 1920,
      y: 100,
      width: 1280,
      height: 800
    })
  })

  it('shrinks a window saved on a bigger screen to fit the smaller one', () => {
    expect(fitToWorkAreas({ x: 0, y: 0, width: 2560, height: 1400 }, [laptop])).toEqual(laptop)
  })

  it('keeps the bounds when no display is known', () => {
    const bounds = { x: 5, y: 5, width: 800, height: 600 }

    expect(fitToWorkAreas(bounds, [])).toEqual(bounds)
  })

  it('always returns a window that lies entirely on one of the displays', () => {
    const coordinate = fc.integer({ min: -10_000, max: 10_000 })
    const size = fc.integer({ min: 1, max: 8_000 })
    const rectangle = fc.record({ x: coordinate, y: coordinate, width: size, height: size })
    fc.assert(
      fc.property(rectangle, fc.array(rectangle, { minLength: 1, maxLength: 4 }), (bounds, workAreas) => {
        const fitted = fitToWorkAreas(bounds, workAreas)
        const contained = workAreas.some(
          (area) =>
            fitted.x >= area.x &&
            fitted.y >= area.y &&
            fitted.x + fitted.width <= area.x + area.width &&
            fitted.y + fitted.height <= area.y + area.height
        )
        expect(contained).toBe(true)
      })
    )
  })
})

describe('loadWindowState and saveWindowState', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'frontdesk-window-state-'))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('reads back what was saved', async () => {
    const file = join(folder, 'window-state.json')
    const state = { bounds: { x: -1200, y: 40, width: 1100, height: 700 }, isMaximized: true }

    await saveWindowState(file, state)

    expect(await loadWindowState(file)).toEqual(state)
    expect(await readdir(folder)).toEqual(['window-state.json'])
  })

  it('has no state before the first save', async () => {
    expect(await loadWindowState(join(folder, 'window-state.json'))).toBeUndefined()
  })

  it.each([
    ['a half-written file', '{"bounds":{"x":1'],
    ['another shape', '{"x":1,"y":2}'],
    ['a zero-sized window', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"isMaximized":false}']
  ])('ignores %s', async (_name, content) => {
    const file = join(folder, 'window-state.json')
    await writeFile(file, content)

    expect(await loadWindowState(file)).toBeUndefined()
  })
})
