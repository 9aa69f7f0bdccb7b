import { useRef } from 'react'
import { NavLink, Outlet } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { SECTIONS } from './sections'
import { StaffSwitcher } from './staff-switcher'
import { GlobalSearch } from './global-search'
import { FirstRunDialog } from './first-run-dialog'
import { ToastHost } from '../ui/toast-host'
import { useSectionShortcuts } from './use-section-shortcuts'
import { usePersistentStorageRequest } from './use-persistent-storage-request'
import { useScriptLibrary } from './use-script-library'
import { useScrollToTopOnNavigate } from './use-scroll-to-top-on-navigate'

export function AppLayout() {
  const { t } = useTranslation()
  useSectionShortcuts()
  usePersistentStorageRequest()
  useScriptLibrary()
  const main = useRef<HTMLElement>(null)
  useScrollToTopOnNavigate(main)
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <GlobalSearch />
        <StaffSwitcher />
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <NavLink to={section.path} aria-keyshortcuts={`Alt+${section.shortcut}`}>
                <span>{t(`nav.${section.key}`)}</span>
                <kbd>{t('nav.shortcutHint', { key: section.shortcut })}</kbd>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <FirstRunDialog />
      <ToastHost />
    </div>
  )
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  // Hash links are taken by the router here, so move focus by hand.
  event.preventDefault()
  document.getElementById('main')?.focus()
}
