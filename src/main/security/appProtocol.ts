import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The app's own pages reach its windows through `app://werkplek/…` (Electron security checklist
 * item 18: no privileged `file://`). Every request passes `resolveAppFile`, which answers only for
 * files inside the app's folder; Signal Desktop filters its file protocol the same way.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'werkplek'
export const appUrl = (page: string) => `${APP_SCHEME}://${APP_HOST}/${page}`

const inside = (root: string, path: string) => {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * The file on disk for an `app://werkplek/<path>` URL, or null when the request must be refused:
 * another scheme or host, a path that leaves `root` (`..`, encoded `%2e%2e` or `%2f`, a backslash,
 * a NUL byte, an absolute or drive path), a symlink that points out of `root`, a folder, or a file
 * that does not exist. Plain TypeScript, so the filter is tested without Electron.
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null // malformed percent-encoding
  }
  // Decoded, the path must still be a plain relative path: no backslashes (Windows separators), no
  // NUL, no drive letter, and no `..` segment (even one the URL parser would have folded away).
  if (/[\\\0]|^\/[a-zA-Z]:/.test(path) || path.split('/').includes('..')) return null
  const base = realpathSync(root)
  const candidate = resolve(base, `.${sep}${path.replace(/^\/+/, '')}`)
  if (!inside(base, candidate)) return null
  let real: string
  try {
    real = realpathSync(candidate)
  } catch {
    return null
  }
  if (!inside(base, real) || !statSync(real).isFile()) return null
  return real
}
