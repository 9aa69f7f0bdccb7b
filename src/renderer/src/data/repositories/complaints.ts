import { createRecordRepository } from './record-repository'

/**
 * Complaints as records. Opening one, the wizard's autosave and the lifecycle's actions go
 * through complaint-intake.ts, which numbers complaints and keeps their status history.
 */
export const complaintsRepository = createRecordRepository('complaints')
