/** The sheets' words as ui/use-sheet-export-words.ts takes them from the zh-CN message file (its own test checks that). */
import type { ComplaintSheetWords } from '@shared/domain/sheet-export-complaints'
import type { InteractionSheetWords } from '@shared/domain/sheet-export-interactions'
import type { TaskSheetWords } from '@shared/domain/sheet-export-tasks'
import { zhCN } from '@renderer/locales/zh-CN'

export const COMPLAINT_WORDS: ComplaintSheetWords = {
  headers: zhCN.spreadsheetExport.headers.complaints,
  statuses: zhCN.complaints.statuses,
  severities: zhCN.complaints.severities,
  categories: zhCN.complaints.categories,
  rootCauses: zhCN.complaints.rootCauses,
  resolutionKinds: zhCN.complaints.resolutionKinds,
  yes: zhCN.spreadsheetExport.yes,
  no: zhCN.spreadsheetExport.no
}

export const TASK_WORDS: TaskSheetWords = {
  headers: zhCN.spreadsheetExport.headers.tasks,
  methods: zhCN.calendar.methods,
  statuses: zhCN.calendar.statuses,
  repeats: zhCN.calendar.recurrenceKinds,
  yes: zhCN.spreadsheetExport.yes,
  no: zhCN.spreadsheetExport.no
}

export const INTERACTION_WORDS: InteractionSheetWords = {
  headers: zhCN.spreadsheetExport.headers.interactions,
  kinds: zhCN.customers.timeline,
  callOutcomes: zhCN.customers.callOutcomes
}
