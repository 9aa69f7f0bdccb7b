import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import packageJson from './package.json'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}

/** The renderer's build, shared with vite.web.config.ts so the browser runs exactly what the desktop app ships. */
export const rendererConfig = {
  resolve: { alias },
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  // Relative asset URLs work under app:// in the desktop app and under any path in a browser.
  base: './',
  // Module workers (ui/sheet-file.worker.ts): the XLSX writer loads exceljs on demand, which a classic (iife) worker bundle cannot.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false }
} satisfies UserConfig

export default defineConfig({
  main: {
    resolve: { alias }
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload must be one CommonJS file: no imports left at run time.
    build: { rollupOptions: { output: { format: 'cjs' } }, externalizeDeps: false }
  },
  renderer: rendererConfig
})
