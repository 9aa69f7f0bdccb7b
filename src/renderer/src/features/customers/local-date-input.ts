/** Values for <input type="datetime-local"> and <input type="date">, in the PC's local time. */
const pad = (value: number): string => String(value).padStart(2, '0')

export const localDateInputValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

export const localDateTimeInputValue = (date: Date): string =>
  `${localDateInputValue(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`
