import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react'
import type { EChartsType } from 'echarts/core'
import type { ChartOption } from './chart-option'
import './chart.css'

/** What a chart's owner can ask of it. */
export interface ChartHandle {
  /** The chart as a PNG at twice its size on screen (sharp in a document or on a slide). */
  toPng(): Promise<Uint8Array<ArrayBuffer>>
}

interface ChartProps {
  readonly option: ChartOption
  /** Height in CSS pixels; the width is the container's. */
  readonly height: number
  /** What the chart shows, for screen readers (the table beside it carries the figures). */
  readonly label: string
  readonly loadingText: string
  readonly failedText: string
  readonly ref?: Ref<ChartHandle>
}

type ChartState = 'loading' | 'ready' | 'failed'

/** The width to draw at when the container has none yet (hidden, or not laid out). */
const FALLBACK_WIDTH = 640

/*
 * The container's width in whole pixels, rounded down: clientWidth rounds to the nearest pixel,
 * and a chart half a pixel wider than a printed page's content would be cut at its edge.
 */
const widthOf = (element: HTMLElement | null): number => Math.floor(element?.getBoundingClientRect().width ?? 0) || FALLBACK_WIDTH

/* The runtime is imported here and nowhere else, so ECharts stays out of the app's first chunk. */
const loadRuntime = () => import('./echarts-runtime')

function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/*
 * Animation off: a chart is often printed the moment it appears, and a half-grown bar must not
 * reach the paper.
 */
const withoutAnimation = (option: ChartOption): ChartOption => ({ ...option, animation: false })

/**
 * An ECharts chart, drawn as SVG (vector: sharp on screen, on paper and in a PDF), as wide as
 * its container on screen and redrawn when that width or the option changes.
 * ECharts itself is loaded on the first chart (dynamic import). Tooltips that show names must
 * escape them: build formatters with chart-tooltip.ts.
 */
export function Chart({ option, height, label, loadingText, failedText, ref }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<EChartsType | null>(null)
  const optionRef = useRef(option)
  const [state, setState] = useState<ChartState>('loading')

  useLayoutEffect(() => {
    optionRef.current = option
    chartRef.current?.setOption(withoutAnimation(option), { notMerge: true })
  }, [option])

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return
    let disposed = false
    /*
     * Redrawn when the container's size changes on screen, with no listener for printing: the
     * owner lays the chart out at the width it prints at (a report's sheet on screen is as wide
     * as its paper's content), while a print listener would read the window's width wherever
     * print media is seen outside a real print (an emulated PDF) and draw past the page.
     */
    const resize = () => chartRef.current?.resize({ width: widthOf(container), height })
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    loadRuntime().then(
      ({ init }) => {
        if (disposed) return
        const chart = init(container, null, { renderer: 'svg', width: widthOf(container), height })
        chart.setOption(withoutAnimation(optionRef.current))
        chartRef.current = chart
        observer?.observe(container)
        setState('ready')
      },
      () => {
        if (!disposed) setState('failed')
      }
    )
    return () => {
      disposed = true
      observer?.disconnect()
      chartRef.current?.dispose()
      chartRef.current = null
    }
  }, [height])

  useImperativeHandle(
    ref,
    () => ({
      async toPng() {
        const { init } = await loadRuntime()
        const width = widthOf(containerRef.current)
        // A canvas copy off the page: the SVG on screen has no PNG of its own.
        const copy = init(document.createElement('div'), null, { renderer: 'canvas', width, height })
        try {
          copy.setOption(withoutAnimation(optionRef.current))
          return dataUrlBytes(copy.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }))
        } finally {
          copy.dispose()
        }
      }
    }),
    [height]
  )

  return (
    <div className="chart" data-chart-state={state}>
      <div ref={containerRef} className="chart-canvas" role="img" aria-label={label} style={{ height }} />
      {state === 'ready' ? null : (
        <p className="chart-status" role={state === 'failed' ? 'alert' : 'status'}>
          {state === 'failed' ? failedText : loadingText}
        </p>
      )}
    </div>
  )
}
