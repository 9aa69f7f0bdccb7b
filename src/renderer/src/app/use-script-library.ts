import { useEffect } from 'react'
import { ensureScriptLibrary } from '../data/script-library'

/** Once per start: adds shipped script phrases the database lacks (after an update, say); cheap when none are missing. */
export function useScriptLibrary(): void {
  useEffect(() => {
    ensureScriptLibrary().catch((error: unknown) => console.error('FrontDesk: could not add the shipped script library', error))
  }, [])
}
