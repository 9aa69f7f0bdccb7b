import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../ui/modal-dialog'
import { useFirstRunChoice } from '../data/hooks/use-first-run-choice'
import { createStaff } from '../data/repositories/staff'
import { startEmpty } from '../data/first-run'
import { useSessionStore } from '../session/session-store'

const DEMO_CUSTOMER_COUNT = 300

/** On a brand-new database: load the demo shop, or start empty. Asked once per database. */
export function FirstRunDialog() {
  const { t } = useTranslation()
  const choice = useFirstRunChoice()
  const setCurrentStaff = useSessionStore((state) => state.setCurrentStaff)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState<'demo' | 'empty' | null>(null)
  const [error, setError] = useState('')

  const start = async (withDemo: boolean) => {
    setBusy(withDemo ? 'demo' : 'empty')
    setError('')
    try {
      // The generator is only needed once per database: keep it out of the start-up bundle.
      if (withDemo) {
        const { loadDemoShop } = await import('../data/demo-shop')
        await loadDemoShop({ customerCount: DEMO_CUSTOMER_COUNT, now: new Date() })
      } else {
        await startEmpty()
      }
      const trimmed = name.trim()
      if (trimmed) {
        const staff = await createStaff({ name: trimmed, role: 'manager' }, { staffId: '' })
        setCurrentStaff(staff.id)
      }
    } catch (cause) {
      setError(t('firstRun.failed', { message: cause instanceof Error ? cause.message : String(cause) }))
    } finally {
      setBusy(null)
    }
  }

  return (
    <ModalDialog open={choice === null} title={t('firstRun.title')}>
      <p>{t('firstRun.intro')}</p>
      <label className="field">
        <span>{t('firstRun.yourName')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} disabled={busy !== null} maxLength={40} />
      </label>
      <div className="choice-cards">
        <button type="button" className="choice-card primary" disabled={busy !== null} onClick={() => void start(true)}>
          <strong>{t('firstRun.demoTitle')}</strong>
          <span>{t('firstRun.demoHint')}</span>
        </button>
        <button type="button" className="choice-card" disabled={busy !== null} onClick={() => void start(false)}>
          <strong>{t('firstRun.emptyTitle')}</strong>
          <span>{t('firstRun.emptyHint')}</span>
        </button>
      </div>
      <p role="status" className="status-line">
        {busy === 'demo' ? t('firstRun.loadingDemo') : ''}
      </p>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </ModalDialog>
  )
}
