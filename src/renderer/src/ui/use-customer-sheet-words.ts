/**
 * The customer sheet's words (shared/domain/customer-sheet.ts) from the message files: the
 * current language's, which an export writes, and every language's, which an import reads.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { CONTACT_CHANNELS, PERSONALITY_TYPES } from '@shared/domain/customer'
import { CUSTOMER_SHEET_FIELDS, type CustomerSheetLanguage } from '@shared/domain/customer-sheet'

const LANGUAGES = ['zh-CN', 'en'] as const

const wordsOf = <K extends string>(keys: readonly K[], word: (key: K) => string): Readonly<Record<K, string>> =>
  Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>

function sheetLanguage(t: TFunction): CustomerSheetLanguage {
  return {
    headers: wordsOf(CUSTOMER_SHEET_FIELDS, (field) => t(`customerSheet.headers.${field}`)),
    kinds: wordsOf(['person', 'organisation'] as const, (kind) => t(`customers.kinds.${kind}`)),
    personalities: wordsOf(PERSONALITY_TYPES, (type) => t(`customers.personalities.${type}`)),
    stages: wordsOf(['current', 'prospect'] as const, (stage) => t(`customers.stages.${stage}`)),
    relationships: wordsOf(['transactional', 'relationship'] as const, (kind) => t(`customers.relationships.${kind}`)),
    channels: wordsOf(CONTACT_CHANNELS, (channel) => t(`customers.channels.${channel}`)),
    yes: t('customerSheet.yes'),
    no: t('customerSheet.no'),
    lunar: t('customerSheet.lunar'),
    leap: t('customerSheet.leap')
  }
}

export interface CustomerSheetWords {
  /** The screen's language: what an export writes. */
  readonly current: CustomerSheetLanguage
  /** Every language, the screen's first: what an import recognises. */
  readonly all: readonly CustomerSheetLanguage[]
  /** The reason the tier history gives for a tier an import changed. */
  readonly tierReason: string
}

export function useCustomerSheetWords(): CustomerSheetWords {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const current = sheetLanguage(t)
    const others = LANGUAGES.filter((code) => code !== language).map((code) => sheetLanguage(i18n.getFixedT(code)))
    return { current, all: [current, ...others], tierReason: t('customerSheet.tierReason') }
  }, [t, i18n, language])
}
