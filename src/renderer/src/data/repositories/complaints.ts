import { createRecordRepository } from './record-repository'

/** Complaints; numbering and the intake state machine come with the complaints feature. */
export const complaintsRepository = createRecordRepository('complaints')
