/**
 * Browser benchmark of the customer list and search, and of the reports: builds the bench page
 * (bench/browser), serves it with `vite preview` on 127.0.0.1, loads the demo shop's
 * customers (then the rest of the shop) into Chromium's real IndexedDB and prints what it measured. Figures, never
 * pass/fail timings. Results also go to bench/results/browser-customers.json.
 *
 *   node bench/browser/run.mjs            (npm run bench:browser)
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_CUSTOMERS (default 100000),
 * BENCH_ONLY=reports (load the shop and time only the reports: a quicker run while working on them),
 * BENCH_ONLY=hand-over (only the spreadsheet import and the backup and restore, beside bare bulkPuts).
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const viteBin = resolve(projectRoot, 'node_modules/vite/bin/vite.js')
const viteConfig = 'bench/browser/vite.config.ts'
const reportsOnly = process.env.BENCH_ONLY === 'reports'
const handOverOnly = process.env.BENCH_ONLY === 'hand-over'
const resultsFile = resolve(
  projectRoot,
  reportsOnly ? 'bench/results/browser-reports-only.json' : handOverOnly ? 'bench/results/browser-hand-over.json' : 'bench/results/browser-customers.json'
)
const customerCount = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const viewport = { width: 1280, height: 800 }

const log = (message) => process.stderr.write(`${message}\n`)

/** Runs vite with these arguments to the end; rejects on a non-zero exit. */
function runVite(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [viteBin, ...args], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`vite ${args[0]} exited with ${code}`))))
  })
}

/** A port nobody listens on at the moment, on the loopback interface. */
function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolvePromise()
    }, 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolvePromise()
    })
    child.kill('SIGTERM')
  })
}

// ---- output -------------------------------------------------------------------------

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a')
const count = (value) => value.toLocaleString('en')

function table(title, headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)))
  const line = (cells) =>
    cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')
  return [`\n${title}`, line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

/** The search, list and scrolling tables: left out of a reports-only run. */
function customerTables(search, list, scroll) {
  const out = []
  out.push(
    table(
      `Search as you type: searchCustomers(query), ${search[0]?.samplesMs.length ?? 0} runs each (round-robin)`,
      ['query', 'text', 'results', 'first ms', 'median ms', 'p95 ms', 'max ms'],
      search.map((row) => [row.label, row.query, row.results, ms(row.firstMs), ms(row.medianMs), ms(row.p95Ms), ms(row.maxMs)])
    )
  )
  out.push(
    table(
      `Customer list: listCustomerIds(query), ${list.lists[0]?.samplesMs.length ?? 0} runs each (round-robin)`,
      ['query', 'ids', 'first ms', 'median ms', 'max ms'],
      list.lists.map((row) => [row.label, count(row.ids), ms(row.firstMs), ms(row.medianMs), ms(row.maxMs)])
    )
  )
  out.push(
    table(
      'Visible window: getCustomersByIds(ids on screen)',
      ['window', 'ids', 'runs', 'median ms', 'p95 ms', 'max ms'],
      list.windows.map((row) => [row.label, row.idsPerWindow, row.samplesMs.length, ms(row.medianMs), ms(row.p95Ms), ms(row.maxMs)])
    )
  )
  const { mount } = scroll
  out.push(
    table(
      `CustomerTable mount with ${count(mount.ids)} ids (viewport ${scroll.viewport.width}×${scroll.viewport.height}, table body ${scroll.viewport.bodyHeight} px)`,
      ['step', 'ms'],
      [
        ['first render + commit (flushSync)', ms(mount.renderMs)],
        ['rows in the DOM (frame)', ms(mount.rowsInDomMs)],
        ['first visible rows show data (frame)', ms(mount.firstDataMs)],
        ['re-render with the ids in another order (sort change)', ms(mount.reorderRenderMs)]
      ]
    )
  )
  out.push(
    table(
      'Scrolling CustomerTable (requestAnimationFrame steps; frame = interval between frames)',
      ['pass', 'rows', 'frames', 'median', 'p95', 'max', '>50ms', '"…" frames', 'blank frames', 'long tasks', 'long-task ms', 'settle ms'],
      scroll.passes.map((pass) => [
        pass.label,
        count(pass.rowsPassed),
        pass.frames,
        ms(pass.medianFrameMs),
        ms(pass.p95FrameMs),
        ms(pass.maxFrameMs),
        pass.framesOver50Ms,
        pass.framesWithPlaceholders,
        pass.framesWithBlankRows,
        pass.longTasks,
        ms(pass.longTaskTotalMs),
        ms(pass.settleMs)
      ])
    )
  )
  return out
}

const perSecond = (rows, ms) => count(Math.round((rows / ms) * 1000))
const ratio = (bareMs, ms) => (bareMs / ms).toFixed(2)

function handOverReport({ handOver, environment }) {
  const { import: imported, restore } = handOver
  return [
    `FrontDesk browser benchmark: data hand-over at ${count(imported.rows)} customers in Chromium ${environment.browserVersion} IndexedDB`,
    `machine: ${environment.cpuCount} × ${environment.cpuModel}, ${environment.memoryGb} GB; figures only, compare them on the same machine`,
    'each time: the mean of two runs, in A B B A order (the app first and last)',
    table(
      `Spreadsheet import ("bare": Dexie with the app's tables and indexes, no middleware): a CSV of ${count(imported.rows)} customers (${(imported.csvBytes / 1024 ** 2).toFixed(1)} MB), ${count(imported.created)} created`,
      ['step', 'ms', 'rows/s', 'import rate ÷ this rate'],
      [
        ['read and dry run (decode, parse, map, plan)', ms(imported.dryRunMs), perSecond(imported.rows, imported.dryRunMs), ''],
        ['importCustomers (search fields, stamps, audit)', ms(imported.importMs), perSecond(imported.rows, imported.importMs), ''],
        ['bare: one bulkPut of the customers it stored', ms(imported.bareBulkPutMs), perSecond(imported.rows, imported.bareBulkPutMs), ratio(imported.bareBulkPutMs, imported.importMs)],
        ['bare: those and their audit entries, bulkAdds of 5,000', ms(imported.bareBatchedWithAuditMs), perSecond(imported.rows, imported.bareBatchedWithAuditMs), ratio(imported.bareBatchedWithAuditMs, imported.importMs)]
      ]
    ),
    table(
      `Backup and restore of the whole demo shop: ${count(restore.records)} records, a ${(restore.backupBytes / 1024 ** 2).toFixed(1)} MB backup`,
      ['step', 'ms', 'records/s', 'restore rate ÷ bare rate'],
      [
        ['bare: bulkPut of every table in batches of 5,000', ms(restore.bareBatchedBulkPutMs), perSecond(restore.records, restore.bareBatchedBulkPutMs), ''],
        ['makeBackup (read, write the lines, gzip)', ms(restore.backupMs), perSecond(restore.records, restore.backupMs), ''],
        ['inspectExportFile (read, unpack, check: the preview)', ms(restore.inspectMs), perSecond(restore.records, restore.inspectMs), ''],
        ['restoreBackup over the shop (clear, then write every record)', ms(restore.restoreMs), perSecond(restore.records, restore.restoreMs), ratio(restore.bareBatchedBulkPutMs, restore.restoreMs)],
        ['restoreBackup into a new, empty database', ms(restore.restoreIntoEmptyMs), perSecond(restore.records, restore.restoreIntoEmptyMs), ratio(restore.bareBatchedBulkPutMs, restore.restoreIntoEmptyMs)]
      ]
    )
  ].join('\n')
}

function report(results) {
  const { load, search, list, scroll, reports, environment } = results
  const out = []
  out.push(
    `FrontDesk browser benchmark: ${count(load.customers)} customers in Chromium ${environment.browserVersion} IndexedDB`,
    `machine: ${environment.cpuCount} × ${environment.cpuModel}, ${environment.memoryGb} GB; headless, --disable-gpu (software rendering)`,
    'figures only: they vary run to run and machine to machine; compare them on the same machine'
  )
  out.push(
    table(
      'Bulk load (empty database, generateDemoShop then bulkPut)',
      ['step', 'ms', 'note'],
      [
        ['generate the demo shop', ms(load.generateMs), `${count(load.customers)} customers and their history, in the page`],
        ['db.delete() + db.open()', ms(load.resetMs), ''],
        [
          'bulkPut customers',
          ms(load.customersMs),
          `${count(load.customersPerSecond)}/s; ${load.chunk.samplesMs.length} transactions of ${count(load.chunkSize)}: median ${ms(load.chunk.medianMs)}, max ${ms(load.chunk.maxMs)}`
        ],
        ['bulkPut staff + complaints', ms(load.othersMs), `${load.staff} staff, ${count(load.complaints)} complaints`],
        ['storage used', '', load.usageBytes === null ? 'n/a' : `${(load.usageBytes / 1024 ** 2).toFixed(0)} MB (navigator.storage.estimate)`]
      ]
    )
  )
  if (search !== undefined) out.push(...customerTables(search, list, scroll))
  out.push(
    table(
      `Reports as their pages load them (read + aggregation), ${reports.figures[0]?.samplesMs.length ?? 0} runs each; ` +
        `the rest of the shop stored in ${ms(reports.restLoadMs)} ms, the stress set (300,000 complaints over 3 years) in ${ms(reports.stressLoadMs)} ms`,
      ['data set', 'period', 'complaints in period', 'report', 'first ms', 'median ms', 'max ms'],
      reports.figures.map((row) => [row.dataSet, row.preset, count(row.complaints), row.report, ms(row.firstMs), ms(row.medianMs), ms(row.maxMs)])
    )
  )
  return out.join('\n')
}

// ---- the run ----------------------------------------------------------------------

async function measureCustomers(page) {
  log('measuring search…')
  const search = await page.evaluate(() => globalThis.frontdeskBench.measureSearch())
  log('measuring list queries and window loads…')
  const list = await page.evaluate(() => globalThis.frontdeskBench.measureList())
  log('measuring CustomerTable mount and scrolling…')
  const scroll = await page.evaluate(() => globalThis.frontdeskBench.measureScroll())
  return { search, list, scroll }
}

/** The customer list, search and scrolling (unless reportsOnly), then the reports, over the loaded shop. */
async function measureShop(page) {
  log(`loading ${count(customerCount)} customers into IndexedDB…`)
  const load = await page.evaluate((customers) => globalThis.frontdeskBench.load(customers), customerCount)
  log(`  ${ms(load.customersMs)} ms`)
  const customers = reportsOnly ? {} : await measureCustomers(page)
  log('measuring the reports (then again with 300,000 more complaints)…')
  const reports = await page.evaluate(() => globalThis.frontdeskBench.measureReports())
  return { load, ...customers, reports }
}

async function measureHandOver(page) {
  log(`measuring a ${count(customerCount)}-row spreadsheet import, then backup and restore of the whole shop…`)
  return { handOver: await page.evaluate((customers) => globalThis.frontdeskBench.measureHandOver(customers), customerCount) }
}

async function main() {
  const started = Date.now()
  log('building the bench page (vite build)…')
  await runVite(['build', '--config', viteConfig, '--logLevel', 'warn'])

  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--config', viteConfig, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  // Never leave the server behind: not on Ctrl-C, nor when this process dies of an error
  // (a closed pipe on stderr, say) before the `finally` below can stop it.
  const killServer = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
  }
  process.on('exit', killServer)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      killServer()
      process.exit(130)
    })
  }
  // A profile on disk: an incognito context keeps IndexedDB in memory, under a quota the whole shop's history exceeds.
  const profile = await mkdtemp(join(tmpdir(), 'frontdesk-bench-'))
  let context
  try {
    await waitForServer(url, server)
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      viewport,
      locale: 'zh-CN',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => log(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') log(`page ${message.type()}: ${message.text()}`)
    })
    await page.goto(url)
    await page.waitForFunction(() => globalThis.frontdeskBench !== undefined)

    const measured = handOverOnly ? await measureHandOver(page) : await measureShop(page)

    const environment = {
      date: new Date().toISOString(),
      browserVersion: await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown'),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpuCount: cpus().length,
      cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      headless: true,
      gpu: false,
      viewport,
      customerCount
    }
    const results = { environment, ...measured }
    await mkdir(dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    process.stdout.write(`${handOverOnly ? handOverReport(results) : report(results)}\n\n`)
    log(`results: ${resultsFile} (total ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  } finally {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
    await stopServer(server)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  }
)
