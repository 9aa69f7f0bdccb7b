import type { ReactNode } from 'react'

export interface PrintFact {
  readonly label: string
  /** '' or null prints a dash: a blank on paper looks like something was left off by mistake. */
  readonly value: ReactNode
  /** Long text (the customer's words, notes) keeps its line breaks and takes the full width. */
  readonly long?: boolean
}

/** Label–value pairs of a printout. */
export function PrintFacts({ facts, none }: { readonly facts: readonly PrintFact[]; readonly none: string }) {
  return (
    <dl className="print-facts">
      {facts.map((fact) => (
        <div key={fact.label} className={fact.long ? 'print-fact print-fact-long' : 'print-fact'}>
          <dt>{fact.label}</dt>
          <dd>{fact.value === '' || fact.value === null ? <span className="print-none">{none}</span> : fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
