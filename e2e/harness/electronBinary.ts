import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Where the Electron binary would be, without triggering electron's lazy download
 * (`require('electron')` downloads on first use). Null with a reason when it is not installed.
 */
export function electronBinary(): { path: string } | { path: null; reason: string } {
  const dir = resolve('node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason: 'Electron binary not installed (node_modules/electron/path.txt missing; no download possible on this machine)',
    }
  }
  const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? { path } : { path: null, reason: `Electron binary missing at ${path}` }
}
