import { Navigate, Route, Routes } from 'react-router-dom'
import { COMPLAINT_ROUTES } from '../features/complaints/complaint-routes'
import { CUSTOMER_ROUTES } from '../features/customers/customer-routes'
import { DATA_TRANSFER_ROUTES } from '../features/data-transfer/data-transfer-routes'
import { REPORT_ROUTES } from '../features/reports/report-routes'
import { SCRIPT_ROUTES } from '../features/scripts/script-routes'
import { VISIT_ROUTES } from '../features/visits/visit-routes'
import { SettingsPage } from '../features/settings/settings-page'
import { AppLayout } from './app-layout'

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {[...CUSTOMER_ROUTES, ...COMPLAINT_ROUTES, ...VISIT_ROUTES, ...SCRIPT_ROUTES, ...REPORT_ROUTES, ...DATA_TRANSFER_ROUTES].map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/customers" replace />} />
      </Route>
    </Routes>
  )
}
