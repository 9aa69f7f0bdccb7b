import { db } from './db'
import { getMeta, setMeta, type FirstRunChoice } from './repositories/meta'
import { seedScriptLibrary } from './script-library'

/** 'demo' or 'empty' once the first-run question was answered, null before. */
export function getFirstRunChoice(): Promise<FirstRunChoice | null> {
  return getMeta('firstRunChoice')
}

/** No customers or staff, but the shipped script library: the complaint wizard needs it from the first day. */
export function startEmpty(): Promise<void> {
  return db.transaction('rw', [db.scripts, db.meta], async () => {
    await seedScriptLibrary()
    await setMeta('firstRunChoice', 'empty')
  })
}
