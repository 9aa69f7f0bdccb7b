import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { dayHours, placeTasks } from './calendar-day-layout'
import { formatHour } from './calendar-format'
import { CalendarTaskChip } from './calendar-task-chip'

/** One column of the day: a member of staff (null: nobody assigned), or everyone's tasks in one. */
export interface DayColumn {
  readonly key: string
  readonly title: string
  readonly entries: readonly ScheduledTask[]
}

/** Height of an hour on screen, in rem: a 30-minute call is still two lines tall. */
const HOUR_REM = 3.5

const rem = (minutes: number): string => `${(minutes / 60) * HOUR_REM}rem`

/** The day as a time grid, one column per member of staff, each task as tall as it is long. */
export function CalendarDayView({ date, columns }: { readonly date: string; readonly columns: readonly DayColumn[] }) {
  const { t, i18n } = useTranslation()
  const { first, last } = dayHours(date, columns.flatMap((column) => column.entries))
  const hours = Array.from({ length: last - first }, (_, index) => first + index)
  const empty = columns.every((column) => column.entries.length === 0)
  return (
    <div className="calendar-day">
      {empty ? <p className="muted">{t('calendar.emptyDay')}</p> : null}
      <div className="calendar-day-grid" style={{ gridTemplateColumns: `4.5rem repeat(${columns.length}, minmax(10rem, 1fr))` }}>
        <div className="calendar-day-corner" />
        {columns.map((column) => (
          <div key={column.key} className="calendar-day-head" role="heading" aria-level={2}>
            {column.title}
          </div>
        ))}
        <div className="calendar-hours" style={{ height: rem((last - first) * 60) }}>
          {hours.map((hour) => (
            <div key={hour} className="calendar-hour-label" style={{ top: rem((hour - first) * 60) }}>
              {formatHour(hour, i18n.language)}
            </div>
          ))}
        </div>
        {columns.map((column) => (
          <ul key={column.key} className="calendar-day-column" aria-label={column.title} style={{ height: rem((last - first) * 60) }}>
            {placeTasks(date, column.entries, first).map((placed) => (
              <li
                key={`${placed.entry.task.id}-${placed.entry.date}`}
                className="calendar-day-slot"
                style={{
                  top: rem(placed.top),
                  height: rem(placed.height),
                  left: `${(placed.lane / placed.lanes) * 100}%`,
                  width: `${100 / placed.lanes}%`
                }}
              >
                <CalendarTaskChip entry={placed.entry} showPurpose />
              </li>
            ))}
          </ul>
        ))}
      </div>
    </div>
  )
}
