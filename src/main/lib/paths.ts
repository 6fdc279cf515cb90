import { isAbsolute, resolve } from 'node:path'

/**
 * Where the workstation keeps its data. Order: `--data-dir=<dir>` flag, then `WLZ_DATA_DIR`, then
 * the platform default (Electron's userData). A second profile is just another folder.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  const flag = argv.find((a) => a.startsWith('--data-dir='))
  const chosen = flag ? flag.slice('--data-dir='.length) : env.WLZ_DATA_DIR
  if (!chosen) return defaultDir
  return isAbsolute(chosen) ? chosen : resolve(chosen)
}

export const DATABASE_FILE = 'werkplek.db'
export const KEY_FILE = 'werkplek.key'
