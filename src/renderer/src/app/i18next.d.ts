import 'i18next'
import type { zhCN } from '../locales/zh-CN'

// Typed keys: a misspelt message key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof zhCN }
  }
}
