import { HashRouter } from 'react-router-dom'
import { ErrorBoundary } from './error-boundary'
import { AppRoutes } from './app-routes'

/**
 * Hash routing: the same URLs work under app:// in the desktop app, under any path a
 * browser serves the built files from, and on reload, with no server-side fallback.
 */
export function App() {
  return (
    <ErrorBoundary>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </ErrorBoundary>
  )
}
