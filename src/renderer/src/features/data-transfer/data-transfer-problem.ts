import type { TFunction } from 'i18next'
import type { ExportProblem } from '@shared/export-format/envelope'
import type { ExportTableName } from '@shared/export-format/tables'
import { formatBytes, formatCount } from './data-transfer-format'

/**
 * What is wrong with a file, in words the manager can act on: what, and where (the table
 * by its name on screen, the record's place counted from 1, the line).
 */
export function problemText(problem: ExportProblem, t: TFunction, language: string): string {
  const table = (name: ExportTableName): string => t(`dataTransfer.tables.${name}`)
  const count = (value: number): string => formatCount(value, language)
  switch (problem.kind) {
    case 'empty':
      return t('dataTransfer.problems.empty')
    case 'not-text':
      return t('dataTransfer.problems.notText', { offset: count(problem.offset + 1) })
    case 'not-json':
      return problem.line > 0
        ? t('dataTransfer.problems.notJson', { line: count(problem.line), column: count(problem.column) })
        : t('dataTransfer.problems.notJsonNoPlace')
    case 'truncated':
      if (problem.table === null) return t('dataTransfer.problems.truncatedStart')
      return problem.records === 0
        ? t('dataTransfer.problems.truncatedTableStart', { table: table(problem.table) })
        : t('dataTransfer.problems.truncated', { table: table(problem.table), records: count(problem.records) })
    case 'not-ours':
      return problem.found === null ? t('dataTransfer.problems.notOurs') : t('dataTransfer.problems.notOursFormat', { format: problem.found })
    case 'newer-version':
      return t('dataTransfer.problems.newerVersion', { version: problem.version, supported: problem.supported })
    case 'bad-header':
      return t('dataTransfer.problems.badHeader', { field: problem.field })
    case 'missing-table':
      return t('dataTransfer.problems.missingTable', { table: table(problem.table) })
    case 'unknown-table':
      return t('dataTransfer.problems.unknownTable', { table: problem.table })
    case 'count-mismatch':
      return t('dataTransfer.problems.countMismatch', {
        table: table(problem.table),
        expected: count(problem.expected),
        found: count(problem.found)
      })
    case 'duplicate-id':
      return t('dataTransfer.problems.duplicateId', {
        table: table(problem.table),
        position: count(problem.index + 1),
        firstPosition: count(problem.firstIndex + 1),
        id: problem.id
      })
    case 'bad-record':
      return t('dataTransfer.problems.badRecord', {
        table: table(problem.table),
        position: count(problem.index + 1),
        line: problem.line === undefined ? '' : t('dataTransfer.problems.badRecordLine', { line: count(problem.line) }),
        field: problem.field,
        rule: t(`dataTransfer.problems.rules.${problem.rule}`)
      })
    case 'too-large':
      return t('dataTransfer.problems.tooLarge', { size: formatBytes(problem.bytes, language), limit: formatBytes(problem.limit, language) })
    case 'damaged-compression':
      if (problem.table === null) return t('dataTransfer.problems.damagedCompression')
      return problem.records === 0
        ? t('dataTransfer.problems.damagedCompressionTableStart', { table: table(problem.table) })
        : t('dataTransfer.problems.damagedCompressionAt', { table: table(problem.table), records: count(problem.records) })
  }
}
