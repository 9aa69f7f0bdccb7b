import { useTranslation } from 'react-i18next'
import { todayInShop } from '@shared/domain/days'
import { makeCustomerSheet } from '../../data/repositories/sheet-export'
import { SheetExportMenu } from '../../ui/sheet-export-menu'
import { useCustomerSheetWords } from '../../ui/use-customer-sheet-words'

/** 导出: every customer the list shows with its filters and sort (not only the rows on screen), in its order. */
export function CustomerListExport({ ids }: { readonly ids: readonly string[] | undefined }) {
  const { t } = useTranslation()
  const words = useCustomerSheetWords()
  return (
    <SheetExportMenu
      disabled={ids === undefined || ids.length === 0}
      baseName={t('spreadsheetExport.fileNames.customers', { date: todayInShop(new Date()) })}
      make={(onProgress) => makeCustomerSheet(ids ?? [], words.current, { name: t('spreadsheetExport.sheetNames.customers'), onProgress })}
    />
  )
}
