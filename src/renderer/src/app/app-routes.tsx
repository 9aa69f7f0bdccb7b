import { Navigate, Route, Routes } from 'react-router-dom'
import { COMPLAINT_ROUTES } from '../features/complaints/complaint-routes'
import { CUSTOMER_ROUTES } from '../features/customers/customer-routes'
import { SCRIPT_ROUTES } from '../features/scripts/script-routes'
import { SettingsPage } from '../features/settings/settings-page'
import { AppLayout } from './app-layout'
import { UpcomingSection, type UpcomingSectionKey } from './upcoming-section'

/** Sections whose feature is not built yet, and where they live. */
const UPCOMING: readonly { readonly path: string; readonly section: UpcomingSectionKey }[] = [
  { path: '/visits', section: 'visits' },
  { path: '/reports', section: 'reports' },
  { path: '/data', section: 'data' }
]

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {[...CUSTOMER_ROUTES, ...COMPLAINT_ROUTES, ...SCRIPT_ROUTES].map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        {UPCOMING.map(({ path, section }) => (
          <Route key={path} path={path} element={<UpcomingSection section={section} />} />
        ))}
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/customers" replace />} />
      </Route>
    </Routes>
  )
}
