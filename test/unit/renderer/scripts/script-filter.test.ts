import { describe, expect, it } from 'vitest'
import { BUILT_IN_COMPLAINT_CATEGORIES } from '@shared/domain/complaint'
import { COMPLAINT_INTAKE_STEP_IDS } from '@shared/domain/complaint-steps'
import { facetValues } from '@renderer/features/scripts/facet-values'
import { scriptFacets } from '@renderer/features/scripts/script-facets'
import { isFiltered, shownLocale, toScriptFilter } from '@renderer/features/scripts/script-filter'
import { NO_SCRIPT_FILTERS } from '@renderer/features/scripts/script-library-store'

describe('toScriptFilter', () => {
  it('asks for the active phrases of the interface language when nothing is chosen', () => {
    expect(toScriptFilter(NO_SCRIPT_FILTERS, 'en')).toEqual({
      locale: 'en',
      kind: undefined,
      step: undefined,
      category: undefined,
      personality: undefined,
      includeRetired: false,
      text: undefined
    })
  })

  it('passes each choice on, "any" as the empty string and the search trimmed', () => {
    expect(
      toScriptFilter({ kind: 'never-say', locale: 'zh-CN', step: '', category: 'repair-price', personality: 'powerful', includeRetired: true, text: ' 规定 ' }, 'en')
    ).toEqual({ locale: 'zh-CN', kind: 'never-say', step: '', category: 'repair-price', personality: 'powerful', includeRetired: true, text: '规定' })
    expect(toScriptFilter({ ...NO_SCRIPT_FILTERS, text: '   ' }, 'zh-CN').text).toBeUndefined()
  })

  it('follows the interface language until a language is chosen', () => {
    expect(shownLocale(NO_SCRIPT_FILTERS, 'zh-CN')).toBe('zh-CN')
    expect(shownLocale({ locale: 'en' }, 'zh-CN')).toBe('en')
  })
})

describe('isFiltered', () => {
  it('is false for the defaults, whatever the language, and true once any filter moves', () => {
    expect(isFiltered(NO_SCRIPT_FILTERS)).toBe(false)
    expect(isFiltered({ ...NO_SCRIPT_FILTERS, locale: 'en' })).toBe(false)
    expect(isFiltered({ ...NO_SCRIPT_FILTERS, step: '' })).toBe(true)
    expect(isFiltered({ ...NO_SCRIPT_FILTERS, includeRetired: true })).toBe(true)
    expect(isFiltered({ ...NO_SCRIPT_FILTERS, text: '规定' })).toBe(true)
  })
})

describe('facet choices', () => {
  it('offers the known values in order, then the others the library holds, each once, "any" never', () => {
    expect(facetValues(['b', 'a'], ['', 'z', 'a', 'y', 'z'])).toEqual(['b', 'a', 'y', 'z'])
  })

  it('offers every step, the shop’s categories, one only a phrase uses, and personalities without "unknown" unless used', () => {
    const shopCategories = [...BUILT_IN_COMPLAINT_CATEGORIES, '安装预约']
    const facets = scriptFacets(
      [
        { step: 'listen', category: '会员积分', personality: '' },
        { step: '', category: '', personality: 'lively' }
      ],
      shopCategories
    )
    expect(facets.steps).toEqual(COMPLAINT_INTAKE_STEP_IDS)
    expect(facets.categories).toEqual([...BUILT_IN_COMPLAINT_CATEGORIES, '安装预约', '会员积分'])
    expect(facets.personalities).toEqual(['lively', 'powerful', 'peaceful', 'analytical'])
    expect(scriptFacets([{ step: '', category: '', personality: 'unknown' }], shopCategories).personalities).toContain('unknown')
  })
})
