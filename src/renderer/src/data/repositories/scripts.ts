import { createRecordRepository } from './record-repository'

/** The script library: say, never-say and tips. */
export const scriptsRepository = createRecordRepository('scripts')
