/*
 * ECharts puts a tooltip formatter's string into the page as HTML. Names in a chart are user
 * text (a staff member, a category the shop typed, a customer), so everything that goes into a
 * tooltip is escaped here (architecture, rule 8): a name like <img src=x onerror=…> shows as
 * those characters, and runs nothing.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text made safe to place in HTML, between tags or inside a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)

export interface TooltipLine {
  /** The series' colour, for the little marker; anything but a plain hex colour is left out. */
  readonly color?: string
  readonly label: string
  readonly value: string
}

const HEX_COLOR = /^#[0-9a-f]{3,8}$/i

/** A tooltip's HTML: a title line, then one "● label  value" line per series. Every text is escaped. */
export function tooltipHtml(title: string, lines: readonly TooltipLine[]): string {
  const rows = lines.map((line) => {
    const marker =
      line.color !== undefined && HEX_COLOR.test(line.color)
        ? `<span class="chart-tooltip-marker" style="background:${line.color}"></span>`
        : ''
    return `<div class="chart-tooltip-line">${marker}<span class="chart-tooltip-label">${escapeHtml(line.label)}</span><span class="chart-tooltip-value">${escapeHtml(line.value)}</span></div>`
  })
  return `<div class="chart-tooltip-title">${escapeHtml(title)}</div>${rows.join('')}`
}

/** The class to give a chart's tooltip (option `tooltip.className`): chart.css styles it and keeps it off paper. */
export const CHART_TOOLTIP_CLASS = 'chart-tooltip'
