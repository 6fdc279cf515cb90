/**
 * One small database interface with two engines behind it: `pg` against a real PostgreSQL (DATABASE_URL)
 * and PGlite in a data folder (the embedded default). Everything above this file speaks plain
 * PostgreSQL SQL with $n parameters and never learns which engine runs it.
 */
export type Row = Record<string, unknown>

export interface Queryable {
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>
}

export interface Tx extends Queryable {
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Sql extends Queryable {
  readonly engine: 'pglite' | 'postgres'
  /** BEGIN … COMMIT around `fn`; ROLLBACK when it throws. Inside, use only `tx` (PGlite has one connection). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>
  /**
   * LISTEN on a channel; the returned function stops listening. `onReconnect` runs when the listening
   * connection came back after a loss (notifications sent meanwhile are gone: the caller catches up).
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** Connection-level failures (server restarting, socket gone): worth a retry, answered as 503 in Dutch. */
export function isUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false
  const e = err as { code?: unknown; message?: unknown }
  const code = typeof e.code === 'string' ? e.code : ''
  const message = typeof e.message === 'string' ? e.message : ''
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03'].includes(code) ||
    code.startsWith('08') ||
    /Connection terminated|Client has encountered a connection error|connection is closed|terminating connection/i.test(message)
  )
}
