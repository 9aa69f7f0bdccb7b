/**
 * A report's chart, drawn from the very table printed beside it: the categories are the table's
 * row labels, the bars and lines its columns, the value labels and tooltips its cells' text. So
 * the chart can show nothing the table does not say, rounded the same way.
 */
import type { TooltipComponentFormatterCallbackParams as TopLevelFormatterParams } from 'echarts'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import type { ChartOption } from '../../ui/chart-option'
import { CHART_TOOLTIP_CLASS, tooltipHtml, type TooltipLine } from '../../ui/chart-tooltip'
import type { CellFormat, TableColumn, TableModel, TableRow } from '../../ui/table-model'

/** How a table is drawn. Columns are named by their ids. */
export type ReportChartSpec =
  /** One bar per row for each column; stacked, or side by side; horizontal for long names. */
  | {
      readonly kind: 'bar'
      readonly columns: readonly string[]
      readonly stacked?: boolean
      readonly horizontal?: boolean
      readonly colors?: readonly string[]
    }
  /** Slices of `column`, each labelled with `labelColumn`'s text (a share). */
  | { readonly kind: 'pie'; readonly column: string; readonly labelColumn: string; readonly colors?: readonly string[] }
  /** Bars of one column on the left axis, a line of another on the right: a Pareto, or scores over counts. */
  | { readonly kind: 'bar-line'; readonly bar: string; readonly line: string; readonly colors?: readonly string[] }

export interface ChartWording {
  readonly formatAxis: (value: number, format: CellFormat) => string
  readonly fontFamily: string
}

/** Print-safe colours: distinct in greyscale too (blue, amber, red, green, violet, slate). */
export const CHART_COLORS = ['#0b6bcb', '#d97706', '#b42318', '#067647', '#7c3aed', '#637083'] as const

/** Ordinary, serious, crisis: calm to alarming. */
export const SEVERITY_COLORS = ['#0b6bcb', '#d97706', '#b42318'] as const

/** A category-axis label longer than this is cut with "…"; the table and the tooltip keep it whole. */
const AXIS_LABEL_WIDTH = 150

/** About how many pixels of a printed chart's width the category labels may take side by side. */
const LABEL_ROOM = 560

/** Roughly how wide a label is at 12 px: a Chinese character is a square, a Latin letter a little over half of one. */
const labelWidth = (text: string): number => Array.from(text).reduce((width, char) => width + (char.charCodeAt(0) > 0x2e80 ? 12 : 7), 0)

/** Up to this many categories every one is labelled; beyond it (three years by month) ECharts skips labels that would overlap. */
const ALL_LABELS_UP_TO = 14

/** Labels under a vertical chart that would run into each other lie at a slant instead (and are cut shorter). */
function categoryLabel(categories: readonly string[]) {
  const crowded = categories.reduce((width, text) => width + Math.min(labelWidth(text), AXIS_LABEL_WIDTH) + 16, 0) > LABEL_ROOM
  const interval = categories.length > ALL_LABELS_UP_TO ? ('auto' as const) : 0
  return crowded
    ? { interval, rotate: 30, width: AXIS_LABEL_WIDTH * 0.8, overflow: 'truncate' as const }
    : { interval, rotate: 0, width: AXIS_LABEL_WIDTH, overflow: 'truncate' as const }
}

interface PlottedColumn {
  readonly index: number
  readonly column: TableColumn
}

function plotted(table: TableModel, columnId: string): PlottedColumn {
  const index = table.columns.findIndex((column) => column.id === columnId)
  const column = table.columns[index]
  if (column === undefined) throw new RangeError(`No column ${columnId} to chart`)
  return { index, column }
}

/** The rows a chart plots: all but the total. */
export const chartRows = (table: TableModel): readonly TableRow[] => table.rows.filter((row) => !row.isTotal)

const numberOf = (row: TableRow | undefined, index: number): number | null => {
  const value = row?.cells[index]?.value
  return typeof value === 'number' ? value : null
}

const textOf = (row: TableRow | undefined, index: number): string => row?.cells[index]?.text ?? ''

/** Shares on a 0–100 % axis and scores on 0–5, whatever the data: a score of 4.1 must not look like the top of the scale. */
function valueAxisRange(format: CellFormat): { readonly min?: number; readonly max?: number } {
  if (format === 'percent') return { min: 0, max: 1 }
  if (format === 'decimal-2') return { min: 0, max: 5 }
  return {}
}

const firstParam = (params: TopLevelFormatterParams) => (Array.isArray(params) ? params[0] : params)

const colorText = (color: unknown): string | undefined => (typeof color === 'string' ? color : undefined)

/** The tooltip of one row: its label, then each plotted column's heading and text. Escaped by tooltipHtml. */
function rowTooltip(rows: readonly TableRow[], columns: readonly PlottedColumn[], colors: readonly string[]) {
  return (params: TopLevelFormatterParams): string => {
    const row = rows[firstParam(params)?.dataIndex ?? -1]
    if (row === undefined) return ''
    const lines: TooltipLine[] = columns.map(({ index, column }, position) => ({
      label: column.header,
      value: textOf(row, index),
      ...(colors[position] === undefined ? {} : { color: colors[position] })
    }))
    return tooltipHtml(textOf(row, 0), lines)
  }
}

const baseOption = (wording: ChartWording): ChartOption => ({
  textStyle: { fontFamily: wording.fontFamily },
  tooltip: { className: CHART_TOOLTIP_CLASS, confine: true }
})

function barOption(table: TableModel, spec: Extract<ReportChartSpec, { kind: 'bar' }>, wording: ChartWording): ChartOption {
  const rows = chartRows(table)
  const columns = spec.columns.map((id) => plotted(table, id))
  const colors = spec.colors ?? CHART_COLORS
  const categories = rows.map((row) => textOf(row, 0))
  const valueFormat = columns[0]?.column.format ?? 'integer'
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    // The first row at the top, as in the table.
    inverse: spec.horizontal === true,
    axisTick: { alignWithLabel: true },
    axisLabel: spec.horizontal ? { width: AXIS_LABEL_WIDTH, overflow: 'truncate' as const } : categoryLabel(categories)
  }
  const valueAxis = {
    type: 'value' as const,
    ...valueAxisRange(valueFormat),
    minInterval: valueFormat === 'integer' ? 1 : 0,
    axisLabel: { formatter: (value: number) => wording.formatAxis(value, valueFormat) }
  }
  const series: BarSeriesOption[] = columns.map(({ index, column }, position) => ({
    type: 'bar',
    name: column.header,
    data: rows.map((row) => numberOf(row, index)),
    ...(spec.stacked ? { stack: 'total' } : {}),
    itemStyle: { color: colors[position % colors.length] },
    barMaxWidth: 48,
    label: {
      // A stacked segment too thin for its number stays unlabelled; the tooltip and table have it.
      show: !spec.stacked,
      position: spec.horizontal ? 'right' : 'top',
      formatter: (params) => textOf(rows[params.dataIndex], index)
    }
  }))
  return {
    ...baseOption(wording),
    color: [...colors],
    tooltip: {
      ...baseOption(wording).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: rowTooltip(rows, columns, colors)
    },
    legend: columns.length > 1 ? { top: 0, data: columns.map(({ column }) => column.header) } : { show: false },
    grid: { left: 16, right: 40, top: columns.length > 1 ? 36 : 16, bottom: 8, outerBoundsMode: 'same' },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series
  }
}

function pieOption(table: TableModel, spec: Extract<ReportChartSpec, { kind: 'pie' }>, wording: ChartWording): ChartOption {
  const rows = chartRows(table)
  const value = plotted(table, spec.column)
  const label = plotted(table, spec.labelColumn)
  const colors = spec.colors ?? CHART_COLORS
  const series: PieSeriesOption = {
    type: 'pie',
    name: value.column.header,
    radius: ['35%', '65%'],
    center: ['50%', '52%'],
    // An empty slice has no room for a label: its row in the table says 0.
    data: rows.map((row) => {
      const amount = numberOf(row, value.index) ?? 0
      return { name: textOf(row, 0), value: amount, label: { show: amount > 0 }, labelLine: { show: amount > 0 } }
    }),
    label: { formatter: (params) => `${textOf(rows[params.dataIndex], 0)}\n${textOf(rows[params.dataIndex], label.index)}` }
  }
  return {
    ...baseOption(wording),
    color: [...colors],
    tooltip: {
      ...baseOption(wording).tooltip,
      trigger: 'item',
      formatter: (params: TopLevelFormatterParams) => {
        const index = firstParam(params)?.dataIndex ?? -1
        const row = rows[index]
        if (row === undefined) return ''
        return tooltipHtml(textOf(row, 0), [
          { label: value.column.header, value: textOf(row, value.index), color: colorText(firstParam(params)?.color) ?? '' },
          { label: label.column.header, value: textOf(row, label.index) }
        ])
      }
    },
    legend: { show: false },
    series: [series]
  }
}

function barLineOption(table: TableModel, spec: Extract<ReportChartSpec, { kind: 'bar-line' }>, wording: ChartWording): ChartOption {
  const rows = chartRows(table)
  const bar = plotted(table, spec.bar)
  const line = plotted(table, spec.line)
  const colors = spec.colors ?? CHART_COLORS
  const barSeries: BarSeriesOption = {
    type: 'bar',
    name: bar.column.header,
    yAxisIndex: 0,
    data: rows.map((row) => numberOf(row, bar.index)),
    itemStyle: { color: colors[0] },
    barMaxWidth: 48
    // Unlabelled: the line's labels are the figure to read here (the running share, the average
    // score), and two sets of numbers would overlap. The table has the counts.
  }
  const lineSeries: LineSeriesOption = {
    type: 'line',
    name: line.column.header,
    yAxisIndex: 1,
    data: rows.map((row) => numberOf(row, line.index)),
    itemStyle: { color: colors[1] },
    lineStyle: { color: colors[1], width: 2 },
    symbolSize: 7,
    // A month without scores is a gap in the line, not a fall to zero.
    connectNulls: false,
    // On a light ground of its own: the line crosses the bars, and a label on a bar must stay legible.
    label: {
      show: true,
      position: 'top',
      color: '#1f2933',
      backgroundColor: 'rgba(255, 255, 255, 0.85)',
      padding: [1, 3],
      borderRadius: 2,
      formatter: (params) => textOf(rows[params.dataIndex], line.index)
    }
  }
  const categories = rows.map((row) => textOf(row, 0))
  return {
    ...baseOption(wording),
    color: [colors[0] ?? CHART_COLORS[0], colors[1] ?? CHART_COLORS[1]],
    tooltip: {
      ...baseOption(wording).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: rowTooltip(rows, [bar, line], colors)
    },
    legend: { top: 0, data: [bar.column.header, line.column.header] },
    grid: { left: 16, right: 16, top: 40, bottom: 8, outerBoundsMode: 'same' },
    xAxis: {
      type: 'category',
      data: categories,
      axisTick: { alignWithLabel: true },
      axisLabel: categoryLabel(categories)
    },
    yAxis: [
      {
        type: 'value',
        minInterval: bar.column.format === 'integer' ? 1 : 0,
        axisLabel: { formatter: (value: number) => wording.formatAxis(value, bar.column.format) }
      },
      {
        type: 'value',
        ...valueAxisRange(line.column.format),
        splitLine: { show: false },
        axisLabel: { formatter: (value: number) => wording.formatAxis(value, line.column.format) }
      }
    ],
    series: [barSeries, lineSeries]
  }
}

/** The ECharts option of a report's chart. */
export function reportChartOption(table: TableModel, spec: ReportChartSpec, wording: ChartWording): ChartOption {
  switch (spec.kind) {
    case 'bar':
      return barOption(table, spec, wording)
    case 'pie':
      return pieOption(table, spec, wording)
    case 'bar-line':
      return barLineOption(table, spec, wording)
  }
}

const plottedColumns = (spec: ReportChartSpec): readonly string[] =>
  spec.kind === 'bar' ? spec.columns : spec.kind === 'pie' ? [spec.column] : [spec.bar, spec.line]

/**
 * Whether the chart would show anything: some row with a figure other than zero. A pie of
 * nothing but zeros is drawn by ECharts as equal slices, which the table beside it would
 * contradict; an axis with no bars says nothing the table does not.
 */
export function chartHasFigures(table: TableModel, spec: ReportChartSpec): boolean {
  const indexes = plottedColumns(spec).map((id) => table.columns.findIndex((column) => column.id === id))
  return chartRows(table).some((row) => indexes.some((index) => (numberOf(row, index) ?? 0) !== 0))
}

/** Tall enough for its rows: a horizontal bar chart grows with its categories so no name is squeezed out. */
export function reportChartHeight(table: TableModel, spec: ReportChartSpec): number {
  if (spec.kind === 'bar' && spec.horizontal) return Math.max(200, chartRows(table).length * spec.columns.length * 26 + 60)
  return 300
}
