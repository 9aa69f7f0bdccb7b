import { useActiveStaff } from '../../data/hooks/use-staff'
import { useActor } from '../../session/session-store'
import { scriptEditAccess, type ScriptEditAccess } from './script-edit-access'

/** Whether the person at the desk may change the script library; see scriptEditAccess. */
export function useScriptEditAccess(): ScriptEditAccess {
  const activeStaff = useActiveStaff()
  const { staffId } = useActor()
  return scriptEditAccess(activeStaff, staffId)
}
