import type { Sql } from '../db/sql'
import { SYNC_CHANNEL } from './seqLock'

/**
 * Fan-out of "rows up to seq N have committed". Each server instance LISTENs once on PostgreSQL and
 * passes every NOTIFY to its own SSE connections, so a push on instance A wakes listeners on instance
 * B. On PGlite the NOTIFY stays in-process, which is all there is. The message says only "there is
 * more" (not filtered per device: a false alarm costs one empty pull); data always comes through pull.
 */
export class EventHub {
  private readonly subscribers = new Set<(seq: number) => void>()
  private stop: (() => Promise<void>) | undefined
  private readonly streams = new Set<{ end(): void }>()

  constructor(private readonly sql: Sql) {}

  async start(): Promise<void> {
    const send = (seq: number) => {
      for (const s of this.subscribers) s(seq)
    }
    this.stop = await this.sql.listen(
      SYNC_CHANNEL,
      (payload) => {
        const seq = Number(payload)
        if (Number.isSafeInteger(seq)) send(seq)
      },
      // After a lost connection (PostgreSQL restarted) NOTIFYs sent meanwhile are gone: announce the current seq.
      () => void currentSeq(this.sql).then(send, () => undefined),
    )
  }

  /** Open SSE responses, ended when the server closes so a shutdown does not wait for them. */
  track(stream: { end(): void }): () => void {
    this.streams.add(stream)
    return () => this.streams.delete(stream)
  }

  subscribe(fn: (seq: number) => void): () => void {
    this.subscribers.add(fn)
    return () => this.subscribers.delete(fn)
  }

  get size(): number {
    return this.subscribers.size
  }

  async close(): Promise<void> {
    for (const s of this.streams) s.end()
    this.streams.clear()
    this.subscribers.clear()
    await this.stop?.()
  }
}

export async function currentSeq(sql: Sql): Promise<number> {
  const [r] = await sql.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM sync_row')
  return r?.seq ?? 0
}
