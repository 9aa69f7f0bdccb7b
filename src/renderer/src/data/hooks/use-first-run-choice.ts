import { useLiveQuery } from 'dexie-react-hooks'
import { getFirstRunChoice } from '../first-run'
import type { FirstRunChoice } from '../repositories/meta'

/** 'demo' or 'empty' once chosen, null before the first-run choice, undefined while loading. */
export const useFirstRunChoice = (): FirstRunChoice | null | undefined => useLiveQuery(getFirstRunChoice, [])
