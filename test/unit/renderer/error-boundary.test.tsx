// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { ErrorBoundary } from '@renderer/app/error-boundary'
import { setupI18n } from '@renderer/app/i18n'

function BrokenPage(): never {
  throw new Error('customer card exploded')
}

describe('the global error boundary', () => {
  beforeAll(() => {
    setupI18n()
  })
  afterEach(cleanup)

  it('shows what went wrong and that saved data is safe, instead of a blank window', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <ErrorBoundary>
        <p>before</p>
        <BrokenPage />
      </ErrorBoundary>
    )
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(screen.getByRole('heading', { name: '出了点问题' })).toBeTruthy()
    expect(screen.getByText('您已保存的数据都还在这台电脑上，没有丢失。')).toBeTruthy()
    expect(screen.getByText(/Error: customer card exploded/)).toBeTruthy()
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy()
    expect(screen.queryByText('before')).toBeNull()
  })

  it('renders its children untouched when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>customer list</p>
      </ErrorBoundary>
    )
    expect(screen.getByText('customer list')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
