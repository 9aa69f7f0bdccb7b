// `npm start`: builds the app and opens it in Electron. Electron's runtime is downloaded
// from GitHub on first use, outside the npm registry, so on a machine without internet
// access it may be missing; then this says so plainly and points to the browser version.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronPackage = join(projectRoot, 'node_modules', 'electron')
const downloadTimeoutMs = 120_000

function hasElectronBinary() {
  const pathFile = join(electronPackage, 'path.txt')
  return existsSync(pathFile) && existsSync(join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

/** Runs Electron's own installer once. Its stderr is kept back: on failure it is a stack trace, and only its first line is worth showing. */
function downloadElectronBinary() {
  console.log('The Electron runtime is not installed yet; downloading it (this needs internet access)...')
  const result = spawnSync(process.execPath, [join(electronPackage, 'install.js')], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: downloadTimeoutMs,
    encoding: 'utf8'
  })
  const reason = result.error?.message ?? result.stderr?.split('\n').find((line) => line.trim() !== '')
  return { ok: result.status === 0 && hasElectronBinary(), reason }
}

function explainMissingElectron(reason) {
  console.error(
    [
      '',
      'FrontDesk could not start: the Electron runtime could not be downloaded.',
      ...(reason ? [`Download error: ${reason.trim()}`] : []),
      '',
      'This happens on a machine without internet access: Electron fetches its runtime',
      'from GitHub the first time it is used, and nothing else in the project needs it.',
      '',
      'You can use the same app in a web browser instead:',
      '',
      '    npm run web',
      '',
      "and open the address it prints. Your data is then kept in that browser's storage",
      'for that address, separately from the desktop app.'
    ].join('\n')
  )
}

if (!hasElectronBinary()) {
  const download = downloadElectronBinary()
  if (!download.ok) {
    explainMissingElectron(download.reason)
    process.exit(1)
  }
}

// Started through node rather than node_modules/.bin, whose Windows shim needs a shell.
const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const preview = spawn(process.execPath, [electronVite, 'preview'], { cwd: projectRoot, stdio: 'inherit' })
preview.on('exit', (code) => process.exit(code ?? 1))
