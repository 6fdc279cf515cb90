import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Main: lifecycle + backend; the integrity worker is a second entry so it can run quick_check
// off the main thread, the provider worker a third (imports and exports of 120,000 rows).
// Preloads: sandboxed windows can only require('electron'), so each preload is one
// self-contained CommonJS file with nothing externalised.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'integrity.worker': resolve('src/main/db/integrity.worker.ts'),
          'aanbieders.worker': resolve('src/main/features/aanbieders/aanbieders.worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts'), print: resolve('src/preload/print.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      // Fonts stay files: the pages' CSP (font-src 'self') refuses a font inlined as a data: URL.
      assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), print: resolve('src/renderer/print.html') },
      },
    },
  },
})
