import type { z } from 'zod'
import { isRouteName, routes, type RouteArgs, type RouteName, type RouteOutput, type Routes } from '../../shared/contracts/catalog'
import type { AppErrorShape, Envelope, ErrorCode, FieldIssue } from '../../shared/contracts/envelope'
import { AppError, CORRUPT_MESSAGE } from '../lib/errors'
import type { Logger } from '../lib/log'

export type Handlers = {
  [N in RouteName]: (args: RouteArgs<N>) => RouteOutput<N> | Promise<RouteOutput<N>>
}

/** Routes that must work without a usable database (back-ups, restart): wired apart from the services. */
export type MaintenanceRoute = { [N in RouteName]: Routes[N]['kind'] extends 'maintenance' ? N : never }[RouteName]
export type ServiceRoute = Exclude<RouteName, MaintenanceRoute>

/**
 * The handlers one feature area owns: exactly the service routes whose names start with one of its
 * prefixes. A route added to a contract is a type error in its area's handler file until mapped.
 */
export type AreaHandlers<Prefix extends string> = {
  [N in ServiceRoute as N extends `${Prefix}.${string}` ? N : never]: Handlers[N]
}

/** Who is calling, as the transport saw it (never taken from the payload). */
export interface Sender {
  url: string
  isMainFrame: boolean
}

export interface RouterOptions {
  handlers: Handlers
  isTrustedSender: (sender: Sender) => boolean
  /** Set when the database could not be opened: every route but app.status answers with it. */
  startupError: () => AppError | null
  isReadOnly: () => boolean
  /** The screen lock is on: only the routes in OPEN_WHILE_LOCKED answer. */
  isLocked?: () => boolean
  /** A set-up workstation without a PIN: locked, and setting the PIN answers too. */
  pinMissing?: () => boolean
  /** Called when SQLite reports damage mid-call, so writes stop at once. */
  onCorruption: () => void
  log: Logger
}

export type Dispatch = (sender: Sender, route: unknown, input: unknown) => Promise<Envelope<unknown>>

/**
 * What a locked workstation still answers: its status (no client data in it) and the lock itself.
 * Enforced here, not in the window, so a script in the renderer reaches nothing while locked.
 */
export const OPEN_WHILE_LOCKED: ReadonlySet<RouteName> = new Set<RouteName>([
  'app.status',
  'werkplek.slot.status',
  'werkplek.slot.vergrendelen',
  'werkplek.slot.ontgrendelen',
])
/**
 * What a set-up workstation without a PIN answers besides OPEN_WHILE_LOCKED: setting the PIN (there
 * is no current one to ask for), and the last step of a teamserver sign-in, replacing the one-time
 * password, which comes before the PIN screen and touches no client data.
 */
export const OPEN_WITHOUT_PIN: ReadonlySet<RouteName> = new Set<RouteName>(['werkplek.slot.instellen', 'teamserver.wachtwoord'])
export const LOCKED_MESSAGE = 'Wlz Werkplek is vergrendeld. Ontgrendel eerst met uw pincode.'

const GENERIC_FAILURE = 'Er ging iets mis. De wijziging is niet opgeslagen. Probeer het opnieuw of meld het bij functioneel beheer.'

function failure(code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: AppErrorShape } {
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } }
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

/**
 * The one entry point for every renderer call: checks the sender and the route name, parses
 * the input, runs the handler, parses the output, and answers with a result envelope. Messages
 * are Dutch; stack traces stay in the (redacted) log.
 */
export function createRouter(opts: RouterOptions): Dispatch {
  return async (sender, route, input) => {
    if (!opts.isTrustedSender(sender)) {
      opts.log.warn(`refused call from untrusted sender ${sender.url}`)
      return failure('FORBIDDEN', 'Deze opdracht is geweigerd.')
    }
    if (!isRouteName(route)) return failure('UNKNOWN_ROUTE', 'Onbekende opdracht.')
    const contract = routes[route]
    const startupError = opts.startupError()
    if (startupError && route !== 'app.status' && contract.kind !== 'maintenance') return failure(startupError.code, startupError.message)

    if (opts.isLocked?.() && !OPEN_WHILE_LOCKED.has(route) && !(OPEN_WITHOUT_PIN.has(route) && opts.pinMissing?.()))
      return failure('LOCKED', LOCKED_MESSAGE)

    const parsed = contract.input.safeParse(input)
    if (!parsed.success) {
      const issues = issuesOf(parsed.error)
      return failure('VALIDATION_ERROR', `Controleer de invoer: ${issues[0]?.message ?? 'ongeldige gegevens.'}`, issues)
    }
    if (contract.kind === 'write' && opts.isReadOnly()) {
      return failure('READ_ONLY', 'De database is alleen-lezen omdat de controle een probleem vond. Er wordt niets opgeslagen.')
    }

    try {
      const handler = opts.handlers[route] as (args: unknown) => unknown
      const value = await handler(parsed.data)
      const out = contract.output.safeParse(value)
      if (!out.success) {
        opts.log.error(`output of ${route} does not match its contract: ${out.error.message}`)
        return failure('INTERNAL', GENERIC_FAILURE)
      }
      return { ok: true, value: out.data }
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message, error.issues)
      opts.log.error(`route ${route} failed`, error)
      // Extended codes too: SQLITE_CORRUPT_VTAB, SQLITE_CORRUPT_INDEX, SQLITE_CORRUPT_SEQUENCE.
      const sqliteCode = String((error as { code?: unknown }).code ?? '')
      if (sqliteCode.startsWith('SQLITE_CORRUPT') || sqliteCode === 'SQLITE_NOTADB') {
        opts.onCorruption()
        return failure('DB_CORRUPT', CORRUPT_MESSAGE)
      }
      return failure('INTERNAL', GENERIC_FAILURE)
    }
  }
}
