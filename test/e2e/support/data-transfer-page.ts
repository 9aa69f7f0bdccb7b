import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** Every synced table's records, read straight from IndexedDB (meta left out: it is each PC's own). */
export async function readAllRecords(page: Page): Promise<Readonly<Record<string, readonly unknown[]>>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('frontdesk')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const database = request.result
          const names = [...database.objectStoreNames].filter((name) => name !== 'meta')
          const transaction = database.transaction(names, 'readonly')
          const tables: Record<string, unknown[]> = {}
          for (const name of names) {
            const read = transaction.objectStore(name).getAll()
            read.onsuccess = () => {
              tables[name] = read.result
            }
          }
          transaction.oncomplete = () => {
            database.close()
            resolve(tables)
          }
          transaction.onerror = () => reject(transaction.error)
        }
      })
  )
}

/**
 * Wipes this PC: the app is left for an empty page of the same origin (so nothing holds the
 * database open), and its IndexedDB and local preferences are deleted, as on a brand-new PC.
 */
export async function wipeBrowserData(page: Page): Promise<void> {
  await page.route('**/wipe.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>wipe</title>' })
  )
  await page.goto('/wipe.html')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        localStorage.clear()
        const request = indexedDB.deleteDatabase('frontdesk')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
        request.onblocked = () => reject(new Error('the database is still open somewhere'))
      })
  )
}

/** The data page (数据交接) as a manager uses it: backups, restore, hand-over packets and merging. */
export class DataTransferScreen {
  readonly main: Locator

  constructor(
    readonly page: Page,
    /** Where downloaded files are kept for the test. */
    private readonly folder: string
  ) {
    this.main = page.getByRole('main')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/data')
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(/数据交接|Data hand-over/)
  }

  /** Clicks `button` and keeps the file it downloads; returns its path. */
  private async download(click: () => Promise<void>, name: string): Promise<string> {
    const downloading = this.page.waitForEvent('download')
    await click()
    const download = await downloading
    const path = join(this.folder, `${name}-${download.suggestedFilename()}`)
    await download.saveAs(path)
    return path
  }

  async makeBackup(name = 'backup'): Promise<string> {
    return this.download(() => this.main.getByRole('button', { name: /^(立即备份|Back up now)$/ }).click(), name)
  }

  async chooseBackup(path: string): Promise<void> {
    await this.main.getByLabel(/选择要恢复的备份文件|Choose the backup file to restore/).setInputFiles(path)
    await expect(this.restorePreview).toBeVisible()
  }

  get restorePreview(): Locator {
    return this.main.getByRole('group', { name: /从备份恢复|Restore from a backup/ })
  }

  /** Confirms the restore; this PC's data is downloaded first (returned), unless it is empty. */
  async confirmRestore(expectSafetyDownload: boolean): Promise<string | null> {
    const confirm = () => this.restorePreview.getByRole('button', { name: /用这份备份替换本机数据|Replace this PC’s data/ }).click()
    const safety = expectSafetyDownload ? await this.download(confirm, 'before-restore') : (await confirm(), null)
    await expect(this.restorePreview.getByRole('status').filter({ hasText: /已恢复|Restored/ })).toBeVisible({ timeout: 30_000 })
    return safety
  }

  async exportHandOver(name: string): Promise<string> {
    return this.download(() => this.main.getByRole('button', { name: /导出交接包|Export hand-over packet/ }).click(), name)
  }

  async chooseHandOver(path: string): Promise<Locator> {
    await this.main.getByLabel(/选择要合并的交接包或备份文件|Choose the hand-over packet or backup to merge/).setInputFiles(path)
    const preview = this.handOverPreview
    await expect(preview.getByRole('button', { name: /^(合并|Merge)$/ })).toBeVisible()
    return preview
  }

  get handOverPreview(): Locator {
    return this.main.getByRole('group', { name: /导入交接包或其他电脑的备份|Import a hand-over packet/ })
  }

  /** The merge preview's total for a column: 新增/更新/删除/不变. */
  total(column: 'added' | 'updated' | 'deleted' | 'unchanged'): Locator {
    return this.handOverPreview.locator(`tfoot td[data-count="${column}"]`)
  }

  async applyMerge(): Promise<void> {
    await this.handOverPreview.getByRole('button', { name: /^(合并|Merge)$/ }).click()
    await expect(this.handOverPreview.getByRole('status').filter({ hasText: /已合并|Merged/ })).toBeVisible({ timeout: 30_000 })
    await this.handOverPreview.getByRole('button', { name: /关闭|Close/ }).click()
  }
}
