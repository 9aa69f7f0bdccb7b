import { resolve } from 'node:path'
import { defineConfig, mergeConfig } from 'vite'
import { rendererConfig } from './electron.vite.config'

/**
 * The renderer alone, for a plain browser: `npm run web` (dev server) and the end-to-end
 * tests (preview of the built files). electron-vite's own dev server always starts
 * Electron too, which cannot run where its runtime could not be downloaded.
 */
export default defineConfig(
  mergeConfig(rendererConfig, {
    root: resolve(__dirname, 'src/renderer'),
    build: { outDir: resolve(__dirname, 'out/renderer'), emptyOutDir: true },
    preview: { port: 4178, strictPort: true, host: '127.0.0.1' }
  })
)
