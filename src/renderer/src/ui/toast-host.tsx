import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useToastStore } from './toast-store'

const VISIBLE_MS = 10_000

export function ToastHost() {
  const { t } = useTranslation()
  const toast = useToastStore((state) => state.toast)
  const dismiss = useToastStore((state) => state.dismiss)
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(dismiss, VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [toast, dismiss])
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.actionLabel && toast.onAction ? (
            <button
              type="button"
              onClick={() => {
                toast.onAction?.()
                dismiss()
              }}
            >
              {toast.actionLabel}
            </button>
          ) : null}
          <button type="button" aria-label={t('common.close')} onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  )
}
