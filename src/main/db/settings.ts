import type { Db } from './types'

/** Small key/value settings kept in the database (current adviser, demo flag, letterhead later). */
export function settingsRepo(db: Db) {
  const get = db.prepare('SELECT value FROM setting WHERE key = ?').pluck()
  const put = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  const remove = db.prepare('DELETE FROM setting WHERE key = ?')
  return {
    get: (key: string): string | null => (get.get(key) as string | undefined) ?? null,
    set: (key: string, value: string): void => void put.run(key, value),
    delete: (key: string): void => void remove.run(key),
  }
}
export type SettingsRepo = ReturnType<typeof settingsRepo>
