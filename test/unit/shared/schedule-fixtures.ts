import type { CareTask } from '@shared/domain/care-task'
import { shopInstant } from '@shared/domain/days'
import { careTaskContent } from './customer-record-content'

/** A stored task: valid content with the metadata fields the schedule reads. */
export const storedTask = (id: string, overrides: Partial<CareTask> = {}): CareTask => ({
  ...careTaskContent('c1'),
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: '',
  deviceId: 'd',
  clock: '',
  fieldClocks: {},
  deletedAt: null,
  ...overrides
})

/** The instant of a shop wall-clock time (Shanghai, UTC+8): 10:00 unless told. */
export const shopAt = (date: string, hour = 10, minute = 0): string => shopInstant(date, { hour, minute }).toISOString()
