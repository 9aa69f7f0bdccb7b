// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, render, waitFor } from '@testing-library/react'
import { Chart } from '@renderer/ui/chart'
import type { ChartOption } from '@renderer/ui/chart-option'

afterEach(cleanup)

beforeAll(() => {
  // jsdom has no canvas: ECharts then measures text from its own table of widths.
  HTMLCanvasElement.prototype.getContext = () => null
})

const XSS = '<img src=x onerror=alert(1)>'

const OPTION: ChartOption = {
  xAxis: { type: 'category', data: [XSS, '王芳'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name: '评分数', data: [2, 1], label: { show: true } }]
}

describe('Chart', () => {
  it('loads ECharts when it is first shown and draws SVG, user text as SVG text', async () => {
    const { container } = render(<Chart option={OPTION} height={240} label="按员工图表" loadingText="正在绘制…" failedText="未能显示" />)
    expect(container.querySelector('[data-chart-state="loading"]')?.textContent).toBe('正在绘制…')
    // The first chart loads ECharts itself: seconds on a busy machine, not the default one.
    await waitFor(() => expect(container.querySelector('[data-chart-state="ready"]')).not.toBeNull(), { timeout: 10_000 })
    const svg = container.querySelector('svg')
    expect(svg).not.toBeNull()
    expect(svg?.getAttribute('height')).toBe('240')
    const texts = [...container.querySelectorAll('svg text')].map((text) => text.textContent)
    expect(texts).toContain(XSS)
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('按员工图表')
  })

  it('redraws with a new option, and goes away cleanly', async () => {
    const { container, rerender, unmount } = render(
      <Chart option={OPTION} height={240} label="图表" loadingText="…" failedText="×" />
    )
    // The first chart loads ECharts itself: seconds on a busy machine, not the default one.
    await waitFor(() => expect(container.querySelector('[data-chart-state="ready"]')).not.toBeNull(), { timeout: 10_000 })
    rerender(
      <Chart
        option={{ ...OPTION, xAxis: { type: 'category', data: ['李雷', '韩梅梅'] } }}
        height={240}
        label="图表"
        loadingText="…"
        failedText="×"
      />
    )
    await waitFor(() => expect([...container.querySelectorAll('svg text')].map((text) => text.textContent)).toContain('韩梅梅'))
    unmount()
    expect(container.querySelector('svg')).toBeNull()
  })
})
