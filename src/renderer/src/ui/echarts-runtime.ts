/*
 * ECharts, cut down to what the reports draw (bars, lines, pies, a grid, tooltips, a legend) and
 * both renderers: SVG on screen and paper (vector, so a printed chart is as sharp as the text),
 * canvas for PNG export. Only chart.tsx imports this, and only with import(), so ECharts is a
 * chunk of its own, loaded when a chart is first shown, never at the app's start.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use as registerParts } from 'echarts/core'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

// Renamed on import: ECharts' `use` registers parts; it is not React's use() hook.
registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer, CanvasRenderer])

export { init }
