import { useTranslation } from 'react-i18next'
import { CUSTOMER_SHEET_FIELDS, type CustomerSheetField } from '@shared/domain/customer-sheet'
import type { ReadSheet } from './use-spreadsheet-import'

interface SpreadsheetImportMappingProps {
  readonly sheet: ReadSheet
  readonly mapping: readonly (CustomerSheetField | null)[]
  readonly onMap: (index: number, field: CustomerSheetField | null) => void
}

const isField = (value: string): value is CustomerSheetField => CUSTOMER_SHEET_FIELDS.some((field) => field === value)

/** Each column of the file, a sample of what it holds, and the field it goes to: guessed, for the user to correct. */
export function SpreadsheetImportMapping({ sheet, mapping, onMap }: SpreadsheetImportMappingProps) {
  const { t } = useTranslation()
  return (
    <table className="data-transfer-table spreadsheet-import-mapping">
      <caption>{t('spreadsheetImport.mapping')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('spreadsheetImport.column')}</th>
          <th scope="col">{t('spreadsheetImport.sample')}</th>
          <th scope="col">{t('spreadsheetImport.field')}</th>
        </tr>
      </thead>
      <tbody>
        {sheet.headers.map((header, index) => (
          <tr key={index}>
            <th scope="row">{header}</th>
            <td>{sheet.rows.find((row) => (row[index] ?? '') !== '')?.[index] ?? ''}</td>
            <td>
              <select
                aria-label={t('spreadsheetImport.field') + ' ' + header}
                value={mapping[index] ?? ''}
                onChange={(event) => onMap(index, isField(event.target.value) ? event.target.value : null)}
              >
                <option value="">{t('spreadsheetImport.skipColumn')}</option>
                {CUSTOMER_SHEET_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`customerSheet.headers.${field}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
