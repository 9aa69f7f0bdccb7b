import { createRecordRepository } from './record-repository'

/** Visits, calls and other planned contacts. */
export const careTasksRepository = createRecordRepository('careTasks')
