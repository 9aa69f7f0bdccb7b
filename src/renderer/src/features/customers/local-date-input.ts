/** Values for <input type="datetime-local"> and <input type="date">, in the PC's local time. */
const pad = (value: number): string => String(value).padStart(2, '0')

export const localDateInputValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

export const localDateTimeInputValue = (date: Date): string =>
  `${localDateInputValue(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`

/**
 * When something chosen by day happened: today means now (so it counts at once and sorts
 * after what came before); an earlier day means its noon, which no time zone moves to
 * another day.
 */
export const instantOfChosenDay = (day: string, now: Date): Date =>
  day === localDateInputValue(now) ? now : new Date(`${day}T12:00:00`)
