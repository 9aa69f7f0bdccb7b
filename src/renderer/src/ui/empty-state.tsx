import type { ReactNode } from 'react'

interface EmptyStateProps {
  readonly title: string
  readonly lead: string
  readonly badge?: string
  readonly children?: ReactNode
}

/** What a section shows before it has anything to show: what it is for, and what comes next. */
export function EmptyState({ title, lead, badge, children }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title">
        {title}
        {badge ? <span className="badge">{badge}</span> : null}
      </h1>
      <p className="lead">{lead}</p>
      {children}
    </section>
  )
}
