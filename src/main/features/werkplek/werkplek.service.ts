import { hash, verify } from '@node-rs/argon2'
import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import { WerkplekSchema, type SlotStatus, type Werkplek } from '../../../shared/contracts/werkplek.routes'
import { createAttemptLimiter } from './attempts'

const KEY = 'werkplek'
/** The PIN's argon2id hash (PHC string with its own salt and parameters); never the PIN itself. */
const PIN_KEY = 'werkplek.pincode'
/** Wrong attempts and the time until the next try is accepted (attempts.ts). */
const ATTEMPTS_KEY = 'werkplek.pincode.pogingen'
// @node-rs/argon2's Algorithm is a const enum, which isolated modules cannot inline: 2 is Argon2id.
const ARGON2ID = 2
/** OWASP's argon2id minimum (19 MiB, 2 passes): a few tens of ms per try, off the main thread. */
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

/**
 * The workstation's settings and its screen lock. The lock lives here in the main process, not in
 * the window: while it is on, the router refuses every route but the few that unlock (router.ts).
 * A workstation with a PIN starts locked, so restarting the app is no way around it; one that is set
 * up without a PIN stays locked until a PIN is set.
 */
export function createWerkplekService(deps: {
  uow: UnitOfWork
  settings: SettingsRepo
  clock: Clock
  /** True once this workstation is set up (first run, demo, teamserver or an upgrade): it needs a PIN. */
  hasProfile: () => boolean
  onSlot?: (status: SlotStatus) => void
}) {
  // Kept next to the PIN's hash: a restart does not reset the wait after wrong attempts. Written as
  // upkeep (no audit record: each wrong attempt has its own); a read-only database or a running import
  // (BUSY) cannot take it, and then the count lives on in this process only.
  const attempts = createAttemptLimiter(deps.clock, {
    load: () => deps.settings.get(ATTEMPTS_KEY),
    save(value) {
      try {
        deps.uow.system(() => deps.settings.set(ATTEMPTS_KEY, value))
      } catch {
        // Counted in memory all the same.
      }
    },
  })
  const pinHash = () => deps.settings.get(PIN_KEY)
  let locked = pinHash() !== null
  /**
   * A set-up workstation without a PIN (a demo, a teamserver sign-in, an upgrade from before the lock)
   * is locked until one is set: nobody may open it with one click. Only setting the PIN answers then.
   */
  const pinMissing = () => pinHash() === null && deps.hasProfile()

  function get(): Werkplek {
    const parsed = WerkplekSchema.safeParse(JSON.parse(deps.settings.get(KEY) ?? '{}'))
    return parsed.success ? parsed.data : WerkplekSchema.parse({})
  }
  const slotStatus = (): SlotStatus => ({
    vergrendeld: locked || pinMissing(),
    pincodeIngesteld: pinHash() !== null,
    wachtSeconden: attempts.waitSeconds(),
  })
  const changed = () => {
    const s = slotStatus()
    deps.onSlot?.(s)
    return s
  }

  /** True when `pincode` matches; every try counts toward the growing wait. */
  async function checkPin(pincode: string): Promise<boolean> {
    const stored = pinHash()
    if (stored === null) return true
    attempts.begin()
    const ok = await verify(stored, pincode).catch(() => false)
    if (ok) attempts.succeeded()
    return ok
  }

  return {
    get,
    save(input: Werkplek): Werkplek {
      deps.uow.run({ event: 'werkplek.update', details: { vergrendelenNaMinuten: input.vergrendelenNaMinuten } }, () =>
        deps.settings.set(KEY, JSON.stringify(input)),
      )
      // The open window re-reads its timeout at once, not after the next start.
      changed()
      return get()
    },
    slot: {
      status: slotStatus,
      isLocked: () => locked || pinMissing(),
      pinMissing,
      lock(): SlotStatus {
        locked = true
        return changed()
      },
      async unlock(pincode: string): Promise<SlotStatus> {
        if (!(await checkPin(pincode))) {
          try {
            deps.uow.record({ event: 'werkplek.ontgrendelen.mislukt' })
          } catch {
            // A read-only database refuses the log line; the wrong attempt is still counted.
          }
          throw new AppError('VALIDATION_ERROR', wrongPinMessage(attempts.waitSeconds()))
        }
        locked = false
        return changed()
      },
      /** Re-authentication for sensitive steps (a new recovery code): the same count as unlocking. */
      async verify(pincode: string | undefined): Promise<void> {
        if (pinHash() !== null && !(await checkPin(pincode ?? ''))) {
          throw fieldError('pincode', wrongPinMessage(attempts.waitSeconds()))
        }
      },
      async set(input: { pincode: string; huidigePincode?: string | undefined }): Promise<SlotStatus> {
        if (pinHash() !== null && !(await checkPin(input.huidigePincode ?? ''))) {
          throw fieldError('huidigePincode', wrongPinMessage(attempts.waitSeconds()))
        }
        // Hash first (async, off the main thread); the write itself never awaits.
        const hashed = await hash(input.pincode, HASH_OPTIONS)
        deps.uow.run({ event: 'werkplek.pincode' }, () => deps.settings.set(PIN_KEY, hashed))
        return changed()
      },
    },
  }
}

function wrongPinMessage(waitSeconds: number): string {
  return waitSeconds > 0
    ? `Deze pincode klopt niet. Probeer het over ${waitSeconds} seconden opnieuw.`
    : 'Deze pincode klopt niet. Probeer het opnieuw.'
}
