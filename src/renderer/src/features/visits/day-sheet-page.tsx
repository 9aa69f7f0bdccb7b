import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { parseIsoDate, todayInShop } from '@shared/domain/days'
import { useShopName } from '../../data/hooks/use-shop-name'
import { useAllStaff } from '../../data/hooks/use-staff'
import { useActor } from '../../session/session-store'
import { DaySheetPaper } from './day-sheet-paper'
import { DaySheetToolbar } from './day-sheet-toolbar'
import './day-sheet.css'

/** `?staff=all` asks for everyone's contacts; without `staff`, the sheet is for whoever is at the desk. */
const EVERYONE = 'all'

/**
 * /visits/day-sheet?staff=<id>&date=yyyy-mm-dd — 当日工作单: a staff member's contacts for a day
 * on A4, to print or save as PDF, and their plan as a phone calendar. Both parameters are
 * optional: the person at the desk (everyone, when nobody is chosen), today in the shop.
 */
export function DaySheetPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const actor = useActor()
  const staff = useAllStaff()
  const shopName = useShopName()
  // Read once: "today" read while rendering would move the sheet on at midnight under the clerk's hands.
  const [today] = useState(() => todayInShop(new Date()))

  const staffParam = params.get('staff')
  const staffId = staffParam === null ? actor.staffId || null : staffParam === EVERYONE ? null : staffParam
  const dateParam = params.get('date') ?? ''
  const date = parseIsoDate(dateParam) === null ? today : dateParam

  const staffNames = useMemo(() => new Map((staff ?? []).map((member) => [member.id, member.name])), [staff])
  const staffLabel = staffId === null ? t('daySheet.everyone') : (staffNames.get(staffId) ?? t('daySheet.unknownStaff'))
  // Until the shop has set its name in Settings, the app's name heads the page.
  const shownShopName = shopName || t('app.name')

  const choose = (next: { readonly staffId?: string | null; readonly date?: string }) => {
    const chosenStaff = next.staffId === undefined ? staffId : next.staffId
    setParams({ staff: chosenStaff ?? EVERYONE, date: next.date ?? date }, { replace: true })
  }

  const loaded = staff !== undefined && shopName !== undefined
  return (
    <div className="day-sheet">
      <DaySheetToolbar
        staff={staff ?? []}
        staffId={staffId}
        staffLabel={staffLabel}
        date={date}
        today={today}
        staffNames={staffNames}
        shopName={shownShopName}
        onChoose={choose}
      />
      <article className="a4-paper day-sheet-paper" aria-labelledby="day-sheet-title">
        {loaded ? (
          <DaySheetPaper staffId={staffId} staffLabel={staffLabel} date={date} staffNames={staffNames} shopName={shownShopName} />
        ) : (
          <>
            <h1 id="day-sheet-title">{t('daySheet.title')}</h1>
            <p>{t('daySheet.loading')}</p>
          </>
        )}
      </article>
    </div>
  )
}
