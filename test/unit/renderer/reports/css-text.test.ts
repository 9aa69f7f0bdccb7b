import { describe, expect, it } from 'vitest'
import { cssString, pageCounterContent } from '@renderer/features/reports/css-text'
import { reportPageCss } from '@renderer/features/reports/report-page-css'

describe('cssString', () => {
  it('keeps letters, digits, spaces and Chinese as they are', () => {
    expect(cssString('前台 Shop 1')).toBe('"前台 Shop 1"')
  })

  it('escapes whatever could end the string, the rule or the style element', () => {
    const css = cssString('a"; } body { display: none } </style><img src=x onerror=alert(1)>\\')
    expect(css.slice(1, -1)).not.toMatch(/["{};<>\\/](?![0-9a-f]+ )/)
    expect(css).not.toContain('"; }')
    expect(css).not.toContain('</style>')
    expect(css).toContain('\\22 ')
    expect(css).toContain('\\3c ')
  })

  it('escapes line breaks', () => {
    expect(cssString('a\nb')).toBe('"a\\a b"')
  })
})

describe('pageCounterContent', () => {
  it('turns the placeholders into Chromium’s page counters', () => {
    expect(pageCounterContent('第 {{page}} 页 / 共 {{pages}} 页')).toBe('"第 " counter(page) " 页 \\2f  共 " counter(pages) " 页"')
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)')
  })
})

describe('reportPageCss', () => {
  it('sizes the page and heads and numbers every page, the shop’s name escaped', () => {
    const css = reportPageCss('landscape', {
      heading: '"} * { display: none } · 投诉统计',
      period: 'Period: 01/03/2026 to 31/03/2026',
      pageNumber: 'Page {{page}} of {{pages}}'
    })
    expect(css).toContain('size: A4 landscape;')
    expect(css).toContain('@top-left { content: "\\22 \\7d  \\2a  \\7b  display\\3a  none \\7d  · 投诉统计";')
    expect(css).toContain('@top-right { content: "Period\\3a  01\\2f 03\\2f 2026 to 31\\2f 03\\2f 2026";')
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);')
    expect(css.match(/\{/g)).toHaveLength(4)
    expect(reportPageCss('portrait', { heading: '', period: '', pageNumber: '' })).toContain('size: A4 portrait;')
  })
})
