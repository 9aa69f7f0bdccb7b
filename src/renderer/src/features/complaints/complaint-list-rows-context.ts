import { createContext, useContext } from 'react'
import type { Complaint } from '@shared/domain/complaint'
import { DEFAULT_COMPLAINT_DEADLINES, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'

/** The complaints loaded for the visible window, and what their cells look up, for the cells to read. */
export interface ComplaintRows {
  readonly byId: ReadonlyMap<string, Complaint>
  readonly customerNames: ReadonlyMap<string, string>
  readonly staffNames: ReadonlyMap<string, string>
  readonly deadlines: ComplaintDeadlines
  /** One "now" for the whole table, so every row is judged late against the same minute. */
  readonly now: Date
}

export const ComplaintRowsContext = createContext<ComplaintRows>({
  byId: new Map(),
  customerNames: new Map(),
  staffNames: new Map(),
  deadlines: DEFAULT_COMPLAINT_DEADLINES,
  now: new Date(0)
})

export const useComplaintRows = (): ComplaintRows => useContext(ComplaintRowsContext)
