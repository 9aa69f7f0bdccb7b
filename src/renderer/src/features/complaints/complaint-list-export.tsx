import { useTranslation } from 'react-i18next'
import { todayInShop } from '@shared/domain/days'
import { makeComplaintSheet } from '../../data/repositories/sheet-export'
import { SheetExportMenu } from '../../ui/sheet-export-menu'
import { useSheetExportWords } from '../../ui/use-sheet-export-words'

/** 导出: every complaint the list shows with its filters and sort (not only the rows on screen), in its order. */
export function ComplaintListExport({ ids }: { readonly ids: readonly string[] | undefined }) {
  const { t } = useTranslation()
  const words = useSheetExportWords()
  return (
    <SheetExportMenu
      disabled={ids === undefined || ids.length === 0}
      baseName={t('spreadsheetExport.fileNames.complaints', { date: todayInShop(new Date()) })}
      make={(onProgress) => makeComplaintSheet(ids ?? [], words.complaints, { name: t('spreadsheetExport.sheetNames.complaints'), onProgress })}
    />
  )
}
