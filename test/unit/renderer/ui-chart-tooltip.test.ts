// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { escapeHtml, tooltipHtml } from '@renderer/ui/chart-tooltip'

const XSS = '<img src=x onerror=alert(1)>'

describe('escapeHtml', () => {
  it('escapes everything that could open a tag or leave an attribute', () => {
    expect(escapeHtml(XSS)).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`a & "b" 'c'`)).toBe('a &amp; &quot;b&quot; &#39;c&#39;')
    expect(escapeHtml('王芳')).toBe('王芳')
  })
})

describe('tooltipHtml', () => {
  it('escapes the title, the labels and the values', () => {
    const html = tooltipHtml(XSS, [{ label: XSS, value: XSS, color: '#0b6bcb' }])
    expect(html).not.toContain('<img')
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)).toHaveLength(3)
    expect(html).toContain('background:#0b6bcb')
  })

  it('leaves out a marker colour that is not a plain hex colour', () => {
    const html = tooltipHtml('t', [{ label: 'l', value: 'v', color: 'red;background:url(x)' }])
    expect(html).not.toContain('url(')
    expect(html).not.toContain('chart-tooltip-marker')
  })

  it('reads back in a page as the very characters, with no element made of them', () => {
    const holder = document.createElement('div')
    holder.innerHTML = tooltipHtml(XSS, [{ label: '投诉数', value: XSS }])
    expect(holder.querySelector('img')).toBeNull()
    expect(holder.querySelector('.chart-tooltip-title')?.textContent).toBe(XSS)
    expect(holder.querySelector('.chart-tooltip-value')?.textContent).toBe(XSS)
  })
})
