import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorScreen } from './error-screen'

interface Props {
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
}

/**
 * Catches what a page throws while rendering, so one broken screen shows what went wrong
 * instead of a blank window. Records live in IndexedDB and every write is its own
 * transaction, so nothing saved is at risk; the screen says so, because that is the
 * first thing a clerk worries about.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('FrontDesk: a page failed to render', error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children
  }
}
