import { getMeta, setMeta, type FirstRunChoice } from './repositories/meta'

/** 'demo' or 'empty' once the first-run question was answered, null before. */
export function getFirstRunChoice(): Promise<FirstRunChoice | null> {
  return getMeta('firstRunChoice')
}

export function startEmpty(): Promise<void> {
  return setMeta('firstRunChoice', 'empty')
}
