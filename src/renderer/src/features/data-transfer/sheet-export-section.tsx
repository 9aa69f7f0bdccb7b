import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, parseIsoDate, todayInShop } from '@shared/domain/days'
import { useAllStaff } from '../../data/hooks/use-staff'
import { listCustomerIds, NO_CUSTOMER_FILTERS } from '../../data/repositories/customer-list'
import {
  listAllComplaintIds,
  listInteractionLogIds,
  makeAllTasksSheet,
  makeComplaintSheet,
  makeCustomerSheet,
  makeInteractionSheet
} from '../../data/repositories/sheet-export'
import { OptionalSelect } from '../../ui/optional-select'
import { SheetExportButtons } from '../../ui/sheet-export-buttons'
import { useCustomerSheetWords } from '../../ui/use-customer-sheet-words'
import { useSheetExportWords } from '../../ui/use-sheet-export-words'

/** The interaction log's first date by default: the last 30 days, today included. */
const DEFAULT_LOG_DAYS = 30

/**
 * 导出到 Excel: the interaction log of a period (everyone's or one person's), and everything of
 * a kind for convenience. The lists' own 导出 buttons export what their filters show.
 */
export function SheetExportSection() {
  const { t } = useTranslation()
  const words = useSheetExportWords()
  const customerWords = useCustomerSheetWords()
  const staff = useAllStaff()
  const today = useMemo(() => todayInShop(new Date()), [])
  const [from, setFrom] = useState(() => addDays(today, 1 - DEFAULT_LOG_DAYS))
  const [to, setTo] = useState(today)
  const [staffId, setStaffId] = useState<string | null>(null)
  const validRange = parseIsoDate(from) !== null && parseIsoDate(to) !== null && from <= to
  const sheetName = (kind: 'customers' | 'complaints' | 'tasks' | 'interactions') => t(`spreadsheetExport.sheetNames.${kind}`)
  return (
    <section className="card data-transfer-card" aria-labelledby="data-transfer-sheet-export">
      <h2 id="data-transfer-sheet-export">{t('spreadsheetExport.section.title')}</h2>
      <p className="hint">{t('spreadsheetExport.section.hint')}</p>
      <div className="data-transfer-block">
        <h3>{t('spreadsheetExport.section.interactionsTitle')}</h3>
        <div className="sheet-export-scope">
          <label className="field-inline">
            <span>{t('spreadsheetExport.section.from')}</span>
            <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="field-inline">
            <span>{t('spreadsheetExport.section.to')}</span>
            <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
          </label>
          <OptionalSelect
            inline
            label={t('spreadsheetExport.section.staff')}
            value={staffId}
            emptyLabel={t('spreadsheetExport.section.allStaff')}
            options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
            onChange={setStaffId}
          />
        </div>
        {validRange ? null : (
          <p role="alert" className="error-text">
            {t('spreadsheetExport.section.badRange')}
          </p>
        )}
        <SheetExportButtons
          label={t('spreadsheetExport.section.interactionsTitle')}
          showLabel={false}
          disabled={!validRange}
          baseName={t('spreadsheetExport.fileNames.interactions', { from, to })}
          make={async (onProgress) =>
            makeInteractionSheet(await listInteractionLogIds({ from, to, staffId }), words.interactions, { name: sheetName('interactions'), onProgress })
          }
        />
      </div>
      <div className="data-transfer-block">
        <SheetExportButtons
          label={t('spreadsheetExport.section.allCustomers')}
          baseName={t('spreadsheetExport.fileNames.customers', { date: today })}
          make={async (onProgress) =>
            makeCustomerSheet(
              await listCustomerIds({ ...NO_CUSTOMER_FILTERS, sort: { field: 'name', direction: 'asc' }, now: new Date() }),
              customerWords.current,
              { name: sheetName('customers'), onProgress }
            )
          }
        />
        <SheetExportButtons
          label={t('spreadsheetExport.section.allComplaints')}
          baseName={t('spreadsheetExport.fileNames.complaints', { date: today })}
          make={async (onProgress) => makeComplaintSheet(await listAllComplaintIds(), words.complaints, { name: sheetName('complaints'), onProgress })}
        />
        <SheetExportButtons
          label={t('spreadsheetExport.section.allTasks')}
          baseName={t('spreadsheetExport.fileNames.allTasks', { date: today })}
          make={(onProgress) => makeAllTasksSheet(words.tasks, { name: sheetName('tasks'), onProgress })}
        />
      </div>
    </section>
  )
}
