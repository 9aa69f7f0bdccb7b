import type { TFunction } from 'i18next'
import { cached, formatCount } from '../../ui/format'

export { formatCount }

const sizeFormat = cached((language) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }))

const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/** A file size in the largest unit that keeps it at 1 or more (KB = 1,024 bytes), rounded up so a limit never reads as less than it is. */
export function formatBytes(bytes: number, language: string): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${sizeFormat(language).format(Math.ceil(value * 10) / 10)} ${UNITS[unit]}`
}

/** The end of a device id: enough to tell a shop's few PCs apart. */
export const shortDevice = (deviceId: string): string => deviceId.slice(-6)

const MAX_VALUE_LENGTH = 120

/** A field's value in a conflict, readable: text as it is, lists joined, nothing as "(empty)". */
export function formatFieldValue(value: unknown, t: TFunction, language: string): string {
  if (value === undefined || value === null || value === '') return t('dataTransfer.values.empty')
  if (typeof value === 'boolean') return value ? t('dataTransfer.values.yes') : t('dataTransfer.values.no')
  if (typeof value === 'number') return formatCount(value, language)
  if (typeof value === 'string') return shorten(value)
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length === 0 ? t('dataTransfer.values.empty') : shorten(value.join(language === 'en' ? ', ' : '、'))
  }
  return shorten(JSON.stringify(value))
}

const shorten = (text: string): string => (text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text)
