/**
 * The words of the complaint, task and interaction sheets (@shared/domain/sheet-export-*) in
 * the screen's language. Headers are the sheets' own; the enum words are the ones the screens
 * show, so a status reads the same in the file as on the list.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CARE_METHODS, CARE_TASK_STATUSES } from '@shared/domain/care-task'
import { BUILT_IN_COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, RESOLUTION_KINDS } from '@shared/domain/complaint'
import { ROOT_CAUSES } from '@shared/domain/complaint-root-cause'
import { CALL_OUTCOMES, INTERACTION_KINDS } from '@shared/domain/interaction'
import { RECURRENCE_KINDS } from '@shared/domain/recurrence'
import { COMPLAINT_SHEET_COLUMNS, type ComplaintSheetWords } from '@shared/domain/sheet-export-complaints'
import { INTERACTION_SHEET_COLUMNS, type InteractionSheetWords } from '@shared/domain/sheet-export-interactions'
import { TASK_SHEET_COLUMNS, type TaskSheetWords } from '@shared/domain/sheet-export-tasks'

const wordsFor = <K extends string>(keys: readonly K[], word: (key: K) => string): Readonly<Record<K, string>> =>
  Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>

export interface SheetExportWords {
  readonly complaints: ComplaintSheetWords
  readonly tasks: TaskSheetWords
  readonly interactions: InteractionSheetWords
}

export function useSheetExportWords(): SheetExportWords {
  const { t } = useTranslation()
  return useMemo(() => {
    const yes = t('spreadsheetExport.yes')
    const no = t('spreadsheetExport.no')
    return {
      complaints: {
        headers: wordsFor(COMPLAINT_SHEET_COLUMNS, (column) => t(`spreadsheetExport.headers.complaints.${column}`)),
        statuses: wordsFor(COMPLAINT_STATUSES, (status) => t(`complaints.statuses.${status}`)),
        severities: wordsFor(COMPLAINT_SEVERITIES, (severity) => t(`complaints.severities.${severity}`)),
        categories: wordsFor(BUILT_IN_COMPLAINT_CATEGORIES, (category) => t(`complaints.categories.${category}`)),
        rootCauses: wordsFor(ROOT_CAUSES, (cause) => t(`complaints.rootCauses.${cause}`)),
        resolutionKinds: wordsFor(RESOLUTION_KINDS, (kind) => t(`complaints.resolutionKinds.${kind}`)),
        yes,
        no
      },
      tasks: {
        headers: wordsFor(TASK_SHEET_COLUMNS, (column) => t(`spreadsheetExport.headers.tasks.${column}`)),
        methods: wordsFor(CARE_METHODS, (method) => t(`calendar.methods.${method}`)),
        statuses: wordsFor(CARE_TASK_STATUSES, (status) => t(`calendar.statuses.${status}`)),
        repeats: wordsFor(
          RECURRENCE_KINDS.filter((kind) => kind !== 'none'),
          (kind) => t(`calendar.recurrenceKinds.${kind}`)
        ),
        yes,
        no
      },
      interactions: {
        headers: wordsFor(INTERACTION_SHEET_COLUMNS, (column) => t(`spreadsheetExport.headers.interactions.${column}`)),
        kinds: wordsFor(INTERACTION_KINDS, (kind) => t(`customers.timeline.${kind}`)),
        callOutcomes: wordsFor(CALL_OUTCOMES, (outcome) => t(`customers.callOutcomes.${outcome}`))
      }
    }
  }, [t])
}
