import { createRecordRepository } from './record-repository'

/** Snoozed and dismissed care suggestions. */
export const careDecisionsRepository = createRecordRepository('careDecisions')
