import { Navigate, Route, Routes } from 'react-router-dom'
import { AppLayout } from './app-layout'
import { SECTIONS } from './sections'

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {SECTIONS.map((section) => (
          <Route key={section.key} path={section.path} element={section.element} />
        ))}
        <Route path="*" element={<Navigate to="/customers" replace />} />
      </Route>
    </Routes>
  )
}
