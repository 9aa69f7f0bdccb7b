import { useTranslation } from 'react-i18next'
import type { FieldProblem } from './customer-draft'

/** The errors and warnings of one field, read out by screen readers as they appear. */
export function FieldMessages({ field, errors, warnings }: { readonly field: string; readonly errors: readonly FieldProblem[]; readonly warnings: readonly FieldProblem[] }) {
  const { t } = useTranslation()
  const mine = [
    ...errors.filter((problem) => problem.field === field).map((problem) => ({ problem, className: 'error-text' })),
    ...warnings.filter((problem) => problem.field === field).map((problem) => ({ problem, className: 'warn-text' }))
  ]
  if (mine.length === 0) return null
  return (
    <span id={`${field}-message`} role="alert" className="field-messages">
      {mine.map(({ problem, className }) => (
        <span key={`${problem.key}-${className}`} className={className}>
          {t(problem.key, {
            ...problem.values,
            problem: problem.dateProblem ? t(`customers.dateProblems.${problem.dateProblem}`) : ''
          })}
        </span>
      ))}
    </span>
  )
}

export const hasProblem = (field: string, problems: readonly FieldProblem[]): boolean =>
  problems.some((problem) => problem.field === field)
