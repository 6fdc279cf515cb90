// Bundles a bench entry the way electron-vite bundles the app's main process: the project's own code
// in one ES module (dynamic imports kept as chunks of their own, so what the app loads lazily stays
// lazy), the packages left external and loaded from node_modules. A probe run from this bundle with
// plain `node` carries what the app's main process carries, not tsx's compiler and its module hooks.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { buildSync } from 'esbuild'

/** The bundled entry's path: inside node_modules/.cache, so the external packages resolve from it. */
export function bundleForNode(entry: string): string {
  const root = resolve('node_modules/.cache')
  mkdirSync(root, { recursive: true })
  const outdir = mkdtempSync(join(root, 'wlz-bench-'))
  buildSync({
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  })
  return join(outdir, basename(entry).replace(/\.ts$/, '.mjs'))
}

// `node --import tsx bench/bundle.ts bench/memoryProbe.ts` prints the bundle's path (to run it by hand).
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/bundle.ts') && process.argv[2])
  process.stdout.write(bundleForNode(process.argv[2]) + '\n')
