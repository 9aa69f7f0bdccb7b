import { resolve } from 'node:path'
import { defineConfig, mergeConfig } from 'vite'
import { rendererConfig } from '../../electron.vite.config'

/**
 * The browser benchmark page: the renderer's own build settings (aliases, React, defines),
 * so the page runs the app's real data layer and components exactly as the app ships them.
 * bench/browser/run.mjs builds it, serves it with `vite preview` and drives it in Chromium.
 */
export default defineConfig(
  mergeConfig(rendererConfig, {
    root: __dirname,
    // One bundle on purpose: the page is loaded once, and chunking would only add requests.
    build: { outDir: resolve(__dirname, '../../out/bench'), emptyOutDir: true, chunkSizeWarningLimit: 4_096 },
    preview: { host: '127.0.0.1', strictPort: true }
  })
)
