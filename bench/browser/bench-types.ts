/**
 * What the benchmark page hands back to bench/browser/run.mjs: plain numbers and strings,
 * so they cross page.evaluate() as they are. Times are milliseconds of performance.now().
 */
import type { Summary } from './stats'

export interface LoadFigures {
  readonly customers: number
  readonly complaints: number
  readonly staff: number
  /** generateDemoShop in the page (the whole shop is generated; only some tables are stored). */
  readonly generateMs: number
  /** db.delete() and db.open() of an empty database. */
  readonly resetMs: number
  /** All customers, in `chunkSize` chunks, one rw transaction each. */
  readonly customersMs: number
  readonly customersPerSecond: number
  readonly chunkSize: number
  readonly chunk: Summary
  /** Staff and complaints, one transaction. */
  readonly othersMs: number
  /** Approximate on-disk size, from navigator.storage.estimate(). */
  readonly usageBytes: number | null
}

export interface SearchFigure extends Summary {
  readonly label: string
  readonly query: string
  /** How many customers the search returned (it returns the best 20 at most). */
  readonly results: number
}

export interface ListFigure extends Summary {
  readonly label: string
  /** How many ids the query listed. */
  readonly ids: number
}

export interface WindowFigure extends Summary {
  readonly label: string
  readonly idsPerWindow: number
}

export interface ListFigures {
  readonly lists: readonly ListFigure[]
  readonly windows: readonly WindowFigure[]
}

export interface MountFigures {
  readonly ids: number
  /** First render and commit of CustomerTable, synchronous (flushSync): row model, virtualizer, first rows. */
  readonly renderMs: number
  /** From render() to the first animation frame with table rows in the DOM. */
  readonly rowsInDomMs: number
  /** From render() to the first frame whose visible rows show data, not placeholders. */
  readonly firstDataMs: number
  /** flushSync render of the mounted table given another 100,000-id order (a sort change). */
  readonly reorderRenderMs: number
}

export interface ScrollPass {
  readonly label: string
  readonly durationMs: number
  readonly distancePx: number
  readonly rowsPassed: number
  readonly frames: number
  readonly medianFrameMs: number
  readonly p95FrameMs: number
  readonly maxFrameMs: number
  readonly framesOver50Ms: number
  /** Frames that began with visible rows still showing the "…" placeholder. */
  readonly framesWithPlaceholders: number
  /** Frames that began with part of the viewport holding no row at all (rendering behind the scroll position). */
  readonly framesWithBlankRows: number
  readonly longTasks: number
  readonly longTaskTotalMs: number
  readonly longestTaskMs: number
  /** After the last step: until every visible row shows its data. */
  readonly settleMs: number
}

export interface ScrollFigures {
  readonly viewport: { readonly width: number; readonly height: number; readonly bodyHeight: number }
  readonly mount: MountFigures
  readonly passes: readonly ScrollPass[]
}

export interface FrontDeskBench {
  load(count: number): Promise<LoadFigures>
  measureSearch(): Promise<readonly SearchFigure[]>
  measureList(): Promise<ListFigures>
  measureScroll(): Promise<ScrollFigures>
  /** Last: it adds the stress set to the database. */
  measureReports(): Promise<ReportFigures>
  /** On its own (BENCH_ONLY=hand-over): it empties the database and fills it itself. */
  measureHandOver(count: number): Promise<HandOverFigures>
}

/** Each time is the mean of two runs (see measure-hand-over.ts). */
export interface HandOverFigures {
  readonly import: {
    readonly rows: number
    readonly csvBytes: number
    readonly created: number
    /** Decode, parse, guess the columns, plan every row. */
    readonly dryRunMs: number
    /** importCustomers: search fields, stamps and audit entries, one transaction. */
    readonly importMs: number
    /** The customer records the import stored, bare (no middleware): one bulkPut in one transaction. */
    readonly bareBulkPutMs: number
    /** Those and their audit entries, bare, bulkAdds of 5,000 in one transaction. */
    readonly bareBatchedWithAuditMs: number
  }
  readonly restore: {
    readonly records: number
    readonly backupBytes: number
    /** Every table, in restoreBackup's batches of 5,000, one transaction, into an empty bare database (no middleware). */
    readonly bareBatchedBulkPutMs: number
    readonly backupMs: number
    /** Read, unpack and check the file: the preview before the user confirms. */
    readonly inspectMs: number
    /** Clear and write every record, one transaction. */
    readonly restoreMs: number
    /** The same into a new, empty database: nothing to clear. */
    readonly restoreIntoEmptyMs: number
  }
}

declare global {
  interface Window {
    frontdeskBench?: FrontDeskBench
  }
}

export interface ReportFigure extends Summary {
  readonly dataSet: string
  readonly preset: string
  readonly report: string
  /** Complaints received in the period. */
  readonly complaints: number
}

export interface ReportFigures {
  /** Interactions, care tasks, never-say hits and the script library, one transaction. */
  readonly restLoadMs: number
  /** The stress set's 300,000 complaints and 10,000 hits. */
  readonly stressLoadMs: number
  /** Complaints in the database at the end. */
  readonly complaints: number
  readonly figures: readonly ReportFigure[]
}
