import { describe, expect, it } from 'vitest'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import { chartHasFigures, reportChartHeight, reportChartOption, type ChartWording, type ReportChartSpec } from '@renderer/features/reports/report-chart-option'
import type { ChartOption } from '@renderer/ui/chart-option'
import type { TableModel, TableRow } from '@renderer/ui/table-model'

const XSS = '<img src=x onerror=alert(1)>'

const row = (id: string, label: string, count: number, share: number | null, total = false): TableRow => ({
  id,
  cells: [
    { value: label, text: label },
    { value: count, text: `${count} 条` },
    { value: share, text: share === null ? '—' : `${(share * 100).toFixed(1)}%` }
  ],
  ...(total ? { isTotal: true } : {})
})

const TABLE: TableModel = {
  columns: [
    { id: 'label', header: '员工', format: 'text' },
    { id: 'complaints', header: '投诉数', format: 'integer' },
    { id: 'cumulative-share', header: '累计占比', format: 'percent' }
  ],
  rows: [row('a', XSS, 3, 0.5), row('b', '王芳', 2, 5 / 6), row('c', '李雷', 1, 1), row('t', '合计', 6, null, true)]
}

const WORDING: ChartWording = { fontFamily: 'sans-serif', formatAxis: (value) => String(value) }

type Series = BarSeriesOption | LineSeriesOption | PieSeriesOption

const seriesOf = (option: ChartOption): readonly Series[] => {
  const series: unknown = option.series
  return Array.isArray(series) ? series : []
}

/** Calls a formatter option (a function, in these charts) as ECharts would. */
function format(formatter: unknown, params: unknown): string {
  if (typeof formatter !== 'function') throw new Error('no formatter')
  const result: unknown = formatter(params)
  return String(result)
}

const tooltipOf = (option: ChartOption): { formatter?: unknown } => {
  const tooltip: unknown = option.tooltip
  return typeof tooltip === 'object' && tooltip !== null && !Array.isArray(tooltip) ? tooltip : {}
}

const SPECS: readonly ReportChartSpec[] = [
  { kind: 'bar', columns: ['complaints'] },
  { kind: 'bar', columns: ['complaints'], horizontal: true },
  { kind: 'bar', columns: ['complaints', 'cumulative-share'], stacked: true },
  { kind: 'bar-line', bar: 'complaints', line: 'cumulative-share' }
]

describe('reportChartOption', () => {
  it.each(SPECS)('plots exactly the table’s figures, total row left out ($kind)', (spec) => {
    const option = reportChartOption(TABLE, spec, WORDING)
    const series = seriesOf(option)
    const columns = spec.kind === 'bar' ? spec.columns : spec.kind === 'bar-line' ? [spec.bar, spec.line] : []
    expect(series.map((entry) => entry.data)).toEqual(
      columns.map((id) => {
        const index = TABLE.columns.findIndex((column) => column.id === id)
        return TABLE.rows.filter((entry) => !entry.isTotal).map((entry) => entry.cells[index]?.value)
      })
    )
    expect(series.map((entry) => entry.name)).toEqual(columns.map((id) => TABLE.columns.find((column) => column.id === id)?.header))
  })

  it('labels the bars with the table’s own text', () => {
    const [bars] = seriesOf(reportChartOption(TABLE, { kind: 'bar', columns: ['complaints'] }, WORDING))
    const label: unknown = bars?.label
    const formatter = typeof label === 'object' && label !== null && 'formatter' in label ? label.formatter : undefined
    expect(format(formatter, { dataIndex: 1 })).toBe('2 条')
  })

  it('escapes names in the tooltip and shows the table’s text for each figure', () => {
    const option = reportChartOption(TABLE, { kind: 'bar-line', bar: 'complaints', line: 'cumulative-share' }, WORDING)
    const html = format(tooltipOf(option).formatter, [{ dataIndex: 0 }, { dataIndex: 0 }])
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('3 条')
    expect(html).toContain('50.0%')
    expect(html).toContain('投诉数')
  })

  it('draws a pie of one column, each slice labelled from the table, empty slices unlabelled', () => {
    const table: TableModel = { ...TABLE, rows: [row('a', XSS, 3, 0.75), row('b', '王芳', 0, 0), row('c', '李雷', 1, 0.25)] }
    const option = reportChartOption(table, { kind: 'pie', column: 'complaints', labelColumn: 'cumulative-share' }, WORDING)
    const [pie] = seriesOf(option)
    expect(pie?.data).toEqual([
      { name: XSS, value: 3, label: { show: true }, labelLine: { show: true } },
      { name: '王芳', value: 0, label: { show: false }, labelLine: { show: false } },
      { name: '李雷', value: 1, label: { show: true }, labelLine: { show: true } }
    ])
    const html = format(tooltipOf(option).formatter, { dataIndex: 0, color: '#0b6bcb' })
    expect(html).not.toContain('<img')
    expect(html).toContain('75.0%')
  })

  it('gives a horizontal bar chart room for every row', () => {
    const many: TableModel = { ...TABLE, rows: Array.from({ length: 20 }, (_, index) => row(`r${index}`, `r${index}`, index, null)) }
    expect(reportChartHeight(many, { kind: 'bar', columns: ['complaints'], horizontal: true })).toBe(20 * 26 + 60)
    expect(reportChartHeight(TABLE, { kind: 'bar', columns: ['complaints'], horizontal: true })).toBe(200)
    expect(reportChartHeight(TABLE, { kind: 'bar-line', bar: 'complaints', line: 'cumulative-share' })).toBe(300)
  })

  it('fails loudly for a column the table lacks', () => {
    expect(() => reportChartOption(TABLE, { kind: 'bar', columns: ['nope'] }, WORDING)).toThrow(RangeError)
  })
})

describe('chartHasFigures', () => {
  it('is false for no rows and for rows of zeros only, so no chart contradicts its table', () => {
    const zeros: TableModel = { ...TABLE, rows: [row('a', 'a', 0, 0), row('b', 'b', 0, null), row('t', '合计', 0, null, true)] }
    expect(chartHasFigures(zeros, { kind: 'pie', column: 'complaints', labelColumn: 'cumulative-share' })).toBe(false)
    expect(chartHasFigures({ ...TABLE, rows: [] }, { kind: 'bar', columns: ['complaints'] })).toBe(false)
    expect(chartHasFigures(TABLE, { kind: 'bar', columns: ['complaints'] })).toBe(true)
    // The total row is not plotted: a total alone draws nothing.
    expect(chartHasFigures({ ...TABLE, rows: [row('t', '合计', 6, 1, true)] }, { kind: 'bar', columns: ['complaints'] })).toBe(false)
  })
})
