import { PGlite } from '@electric-sql/pglite'
import type { Sql, Tx } from './sql'

/**
 * PGlite (PostgreSQL compiled to WASM) in a data folder: the embedded default, no install. It has one
 * connection, so transactions run one at a time, and LISTEN/NOTIFY stays inside this process.
 * `dataDir` undefined keeps everything in memory (tests).
 */
export async function pgliteSql(dataDir: string | undefined, opts: { loadDataDir?: Blob } = {}): Promise<Sql> {
  const db = new PGlite(dataDir, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {})
  await db.waitReady
  return wrapPglite(db)
}

export function wrapPglite(db: PGlite): Sql {
  return {
    engine: 'pglite',
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await db.query<T>(text, params as unknown[])).rows
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      return db.transaction(async (t) =>
        fn({
          query: async <R>(text: string, params: readonly unknown[] = []) => (await t.query<R>(text, params as unknown[])).rows,
          exec: async (text: string) => void (await t.exec(text)),
        }),
      )
    },
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload)
      return async () => {
        if (!db.closed) await unlisten()
      }
    },
    async close() {
      if (!db.closed) await db.close()
    },
  }
}
