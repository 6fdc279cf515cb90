import pg from 'pg'
import type { Sql, Tx } from './sql'
import { isUnavailable } from './sql'

// int8 (the global sequence, counts) as a JS number: sequence values stay far below 2^53.
const INT8 = 20
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/** A `pg` Pool on a real PostgreSQL ≥ 15. */
export function postgresSql(connectionString: string, opts: { max?: number; log?: (msg: string) => void } = {}): Sql {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, types, connectionTimeoutMillis: 5000 })
  // An idle client whose server went away emits 'error' on the pool; without a listener Node would crash.
  pool.on('error', (err) => opts.log?.(`databaseverbinding verbroken: ${err.message}`))
  const listeners: Array<() => Promise<void>> = []

  const sql: Sql = {
    engine: 'postgres',
    async query<T>(text: string, params: readonly unknown[] = []) {
      const res = await pool.query(text, params as unknown[])
      return res.rows as T[]
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const tx: Tx = {
          query: async <R>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as R[],
          exec: async (text: string) => void (await client.query(text)),
        }
        const result = await fn(tx)
        await client.query('COMMIT')
        return result
      } catch (err) {
        if (isUnavailable(err)) broken = err as Error
        else await client.query('ROLLBACK').catch((e: Error) => (broken = e))
        throw err
      } finally {
        // A client whose connection broke is destroyed instead of going back into the pool.
        client.release(broken)
      }
    },
    async listen(channel, onPayload, onReconnect) {
      let stopped = false
      let connectedBefore = false
      let client: pg.Client | undefined
      // A dedicated connection that reconnects on its own: after a PostgreSQL restart the live channel
      // comes back without a server restart. Missed notifications only delay a pull, never lose data.
      const connect = async (delay: number): Promise<void> => {
        if (stopped) return
        const c = new pg.Client({ connectionString, types })
        c.on('error', () => undefined)
        c.on('notification', (n) => n.channel === channel && onPayload(n.payload ?? ''))
        // Only the live connection reconnects when it ends; a failed attempt retries from the catch below.
        c.on('end', () => {
          if (!stopped && client === c) setTimeout(() => void connect(1000), 1000).unref()
        })
        try {
          await c.connect()
          await c.query(`LISTEN ${channel}`)
          client = c
          if (connectedBefore) onReconnect?.()
          connectedBefore = true
        } catch {
          await c.end().catch(() => undefined)
          if (!stopped) setTimeout(() => void connect(Math.min(delay * 2, 10_000)), delay).unref()
        }
      }
      await connect(500)
      const stop = async () => {
        stopped = true
        await client?.end().catch(() => undefined)
      }
      listeners.push(stop)
      return stop
    },
    async close() {
      await Promise.all(listeners.map((stop) => stop()))
      await pool.end()
    },
  }
  return sql
}
