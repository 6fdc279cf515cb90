import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../src/server/app'
import { bootstrap } from '../../../src/server/accounts/bootstrap'
import { manualClock } from '../../../src/server/clock'
import { migrate } from '../../../src/server/db/migrate'
import { pgliteSql } from '../../../src/server/db/pglite'
import { postgresSql } from '../../../src/server/db/postgres'
import type { Sql } from '../../../src/server/db/sql'
import {
  type Change,
  type PullResponse,
  type PushResponse,
  type Role,
  type Tokens,
  refreshSigningText,
  uuidv7,
} from '../../../src/shared/contracts/sync'
import { type PgCluster, pgMissingReason, startPgCluster } from './pgCluster'

export type EngineName = 'pglite' | 'postgres'
/** Both engines for describe.each; PostgreSQL is skipped (with the reason) where its binaries are missing. */
export const ENGINES: Array<{ engine: EngineName; skip: string | null }> = [
  { engine: 'pglite', skip: null },
  { engine: 'postgres', skip: pgMissingReason() },
]

let cluster: Promise<PgCluster> | undefined
let dbCount = 0
/** One cluster per test file (vitest runs each file in its own process); stopped by `closeAll`. */
export function sharedCluster(): Promise<PgCluster> {
  cluster ??= startPgCluster()
  return cluster
}

export async function openSql(engine: EngineName): Promise<Sql> {
  if (engine === 'pglite') return pgliteSql(undefined)
  const c = await sharedCluster()
  return postgresSql(await c.createDatabase(`t${process.pid}_${++dbCount}`))
}

export async function stopCluster(): Promise<void> {
  if (cluster) (await cluster).stop()
  cluster = undefined
}

export interface DeviceKeys {
  publicKey: string
  privateKey: KeyObject
}
export function deviceKeys(): DeviceKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const x = publicKey.export({ format: 'jwk' }).x!
  return { publicKey: Buffer.from(x, 'base64url').toString('base64'), privateKey }
}
export const signRefresh = (keys: DeviceKeys, token: string, timestamp: string) =>
  sign(null, Buffer.from(refreshSigningText(token, timestamp)), keys.privateKey).toString('base64')

export interface Session extends Tokens {
  keys: DeviceKeys
  password: string
}

export interface Reply<T = any> {
  status: number
  body: T
}

/** A server on one engine with a manual clock, the first beheerder signed in, and helpers to act as others. */
export class Harness {
  private n = 0
  admin!: Session
  team!: string
  constructor(
    readonly sql: Sql,
    readonly app: FastifyInstance,
    readonly clock: ReturnType<typeof manualClock>,
    readonly firstPassword: string,
  ) {}

  static async start(engine: EngineName, opts: { heartbeatMs?: number } = {}): Promise<Harness> {
    const sql = await openSql(engine)
    await migrate(sql)
    const clock = manualClock('2026-12-01T09:00:00Z')
    const password = await bootstrap(sql, clock)
    const app = await buildApp({ sql, clock, heartbeatMs: opts.heartbeatMs })
    const h = new Harness(sql, app, clock, password!)
    h.admin = await h.signIn('beheerder', password!, { newPassword: 'beheerder-wachtwoord-1' })
    h.team = h.admin.account.teams[0]!.id
    return h
  }

  async close() {
    await this.app.close()
    await this.sql.close()
  }

  async call<T = any>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    opts: { token?: string; body?: unknown; payload?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(opts.payload !== undefined ? { payload: opts.payload } : opts.body !== undefined ? { payload: opts.body as object } : {}),
    })
    let body: any = res.body
    try {
      body = res.json()
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body }
  }

  /** Signs in on a new device (or the given one); with `newPassword` also replaces a one-time password. */
  async signIn(
    gebruikersnaam: string,
    wachtwoord: string,
    opts: { newPassword?: string; keys?: DeviceKeys; deviceId?: string; scope?: 'bureau' | 'huisbezoek' } = {},
  ): Promise<Session> {
    const keys = opts.keys ?? deviceKeys()
    const r = await this.call<Tokens>('POST', '/auth/login', {
      body: {
        gebruikersnaam,
        wachtwoord,
        device: { id: opts.deviceId, naam: `Werkplek ${++this.n}`, publicKey: keys.publicKey, scope: opts.scope ?? 'bureau' },
      },
    })
    if (r.status !== 200) throw new Error(`login ${gebruikersnaam}: ${r.status} ${JSON.stringify(r.body)}`)
    let password = wachtwoord
    if (opts.newPassword) {
      const c = await this.call('POST', '/auth/password', {
        token: r.body.accessToken,
        body: { huidigWachtwoord: wachtwoord, nieuwWachtwoord: opts.newPassword },
      })
      if (c.status !== 200) throw new Error(`password: ${JSON.stringify(c.body)}`)
      password = opts.newPassword
    }
    return { ...r.body, keys, password }
  }

  /** A new account (created by the beheerder) signed in with its password already changed. */
  async user(role: Role = 'klantadviseur', teams: string[] = [this.team], scope: 'bureau' | 'huisbezoek' = 'bureau'): Promise<Session> {
    const gebruikersnaam = `gebruiker${++this.n}`
    const r = await this.call('POST', '/beheer/accounts', {
      token: await this.adminToken(),
      body: {
        gebruikersnaam,
        naam: `Adviseur ${this.n}`,
        functie: 'Klantadviseur',
        afdeling: 'klantadvies',
        regioCode: 'ZK01',
        role,
        teams,
      },
    })
    if (r.status !== 200) throw new Error(`create account: ${JSON.stringify(r.body)}`)
    return this.signIn(gebruikersnaam, r.body.eenmaligWachtwoord, { newPassword: `wachtwoord-van-${gebruikersnaam}`, scope })
  }

  /** The beheerder's access token, signed in again on its own device when the test clock let it expire. */
  async adminToken(): Promise<string> {
    if (new Date(this.admin.accessExpiresAt).getTime() <= this.clock().getTime()) {
      this.admin = await this.signIn('beheerder', this.admin.password, { keys: this.admin.keys, deviceId: this.admin.deviceId })
    }
    return this.admin.accessToken
  }

  async newTeam(naam = `Team ${++this.n}`): Promise<string> {
    return (await this.call('POST', '/beheer/teams', { token: await this.adminToken(), body: { naam } })).body.id
  }

  change(entity: Change['entity'], gid: string, fields: Record<string, unknown> | null, opts: Partial<Change> = {}): Change {
    const clientGid =
      opts.clientGid !== undefined ? opts.clientGid : entity === 'client' ? gid : ((fields?.clientGid as string | undefined) ?? null)
    return {
      changeId: uuidv7(),
      entity,
      gid,
      op: 'upsert',
      baseVersion: null,
      base: null,
      fields,
      clientGid,
      at: this.clock().toISOString(),
      ...opts,
    }
  }

  async push(s: Session, changes: Change[], batchId = uuidv7()): Promise<Reply<PushResponse & { error?: any }>> {
    return this.call('POST', '/sync/push', { token: s.accessToken, body: { batchId, changes } })
  }

  async pullAll(s: Session, after = 0, limit = 1000): Promise<PullResponse & { pages: number }> {
    const out: PullResponse & { pages: number } = { rows: [], conflicts: [], cursor: after, more: false, pages: 0 }
    for (;;) {
      const r = await this.call<PullResponse>('GET', `/sync/pull?after=${out.cursor}&limit=${limit}`, { token: s.accessToken })
      if (r.status !== 200) throw new Error(`pull: ${JSON.stringify(r.body)}`)
      out.rows.push(...r.body.rows)
      out.conflicts = r.body.conflicts
      out.cursor = r.body.cursor
      out.pages++
      if (!r.body.more) return out
    }
  }
}
