import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { hostname } from 'node:os'
import { writeFileAtomic } from '../../lib/atomicFile'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import { KEY_FILE } from '../../lib/paths'
import type { KeyWrapper } from '../../db/keys'
import {
  newRecoveryCode,
  normaliseCode,
  openKeys,
  parseRecoveryFile,
  RECOVERY_FILE,
  sealKeys,
  type RecoveryFile,
} from '../../db/recoveryKey'
import { AUDIT_KEY_FILE } from '../audit/auditKey'
import { BACKUP_DIR, type Backups } from '../backups/backups'
import { createAttemptLimiter, type AttemptStore } from '../werkplek/attempts'
import type { AuditEvent } from '../../../shared/domain/auditEvents'
import type { SleutelStatus } from '../../../shared/contracts/sleutel.routes'
import type { PdfFile } from '../../../shared/contracts/pdfFile'
import { formatDateLong } from '../../../shared/format/nl'
import type { PdfRenderer } from '../../print/pdfRenderer'

/** Wrong recovery codes and the wait after them (attempts.ts), beside `werkplek.key`. */
export const ATTEMPTS_FILE = 'herstelcode.pogingen'

/** The attempt count in a file of its own, written atomically; an unreadable one counts as none. */
function attemptFile(path: string): AttemptStore {
  return {
    load() {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return null // none yet, or unreadable: no reason to refuse the right code
      }
    },
    save(value) {
      try {
        writeFileAtomic(path, value)
      } catch {
        // Counted in memory all the same (a read-only data folder must not block the recovery).
      }
    },
  }
}

const WRONG_CODE = 'Deze herstelcode klopt niet. Controleer de code op het herstelblad en probeer het opnieuw.'
const NO_FILE =
  'Er is geen herstelsleutel gevonden in deze gegevensmap of in de map met back-ups. Zonder herstelsleutel en herstelcode kan de sleutel niet worden hersteld.'

/**
 * The recovery code: a second wrapping of the database key (and the audit key) under a key derived
 * from the code, kept beside the key and in the back-up folder. With the code the database and every
 * back-up open when the OS keystore is lost or the laptop is replaced.
 */
export function createSleutel(opts: {
  dataDir: string
  wrapper: KeyWrapper
  /** Null when the keys could not be unwrapped at start: then only `recover` helps. */
  keys: { database: Buffer; logboek: Buffer } | null
  backups: Backups
  clock: Clock
  /** Re-authentication with the lock's PIN; null without a usable database. */
  verifyPin: ((pincode: string) => Promise<void>) | null
  record: (event: AuditEvent) => void
  pdf: PdfRenderer | null
  /** Who works here, for the sheet; never a client. */
  werkplek: () => string
}) {
  // The database is not open when the code is needed, so the count and the wait live in a small file
  // beside the key: closing and restarting the app does not buy a fresh set of tries.
  const attempts = createAttemptLimiter(opts.clock, attemptFile(join(opts.dataDir, ATTEMPTS_FILE)))
  const inData = join(opts.dataDir, RECOVERY_FILE)
  const inBackups = join(opts.dataDir, BACKUP_DIR, RECOVERY_FILE)

  /** The data folder's own file first; a back-up folder copied from the old laptop otherwise. */
  function current(): RecoveryFile | null {
    for (const path of [inData, inBackups]) if (existsSync(path)) return parseRecoveryFile(readFileSync(path, 'utf8'))
    return null
  }

  return {
    status(): SleutelStatus {
      return { soort: opts.wrapper.soort, beschrijving: opts.wrapper.description, herstelcodeGemaaktOp: current()?.gemaaktOp ?? null }
    },

    async newCode(pincode: string): Promise<{ herstelcode: string; gemaaktOp: string }> {
      if (!opts.keys || !opts.verifyPin) throw new AppError('NOT_READY', 'Een herstelcode maken kan pas als de database open is.')
      await opts.verifyPin(pincode)
      const herstelcode = newRecoveryCode()
      const file = JSON.stringify(await sealKeys(herstelcode, opts.keys, opts.clock.now()))
      writeFileAtomic(inData, file)
      // The back-up folder (and its copy in the second location) carries it, for a replaced laptop.
      mkdirSync(dirname(inBackups), { recursive: true, mode: 0o700 })
      writeFileAtomic(inBackups, file)
      opts.record('sleutel.herstelcode')
      return { herstelcode, gemaaktOp: opts.clock.now().toISOString() }
    },

    async sheet(herstelcode: string): Promise<PdfFile> {
      const code = normaliseCode(herstelcode)
      if (!code) throw fieldError('herstelcode', WRONG_CODE)
      if (!opts.pdf) throw new AppError('NOT_READY', 'Een PDF maken kan op deze werkplek niet: de printvoorziening ontbreekt.')
      const bytes = await opts.pdf.render({
        kind: 'herstelblad',
        concept: false,
        herstelcode: code.match(/.{5}/g)!.join('-'),
        werkplek: `${opts.werkplek()} (${hostname()})`,
        datum: formatDateLong(opts.clock.today()),
      })
      return { bestandsnaam: `herstelblad-${opts.clock.today()}.pdf`, pdf: Buffer.from(bytes).toString('base64') }
    },

    async recover(input: { herstelcode: string; naam?: string | undefined }): Promise<{ herstartNodig: true }> {
      const file = current()
      if (!file) throw new AppError('NOT_FOUND', NO_FILE)
      attempts.begin()
      const keys = await openKeys(file, input.herstelcode)
      if (!keys) throw fieldError('herstelcode', WRONG_CODE)
      attempts.succeeded()
      // A back-up from the old laptop is checked with its own key before anything changes here.
      if (input.naam) await opts.backups.scheduleRestore(input.naam, keys.database)
      for (const [name, key] of [
        [KEY_FILE, keys.database],
        [AUDIT_KEY_FILE, keys.logboek],
      ] as const) {
        const path = join(opts.dataDir, name)
        // The unreadable wrapping is kept aside, never deleted.
        if (existsSync(path)) renameSync(path, `${path}.onleesbaar-${opts.clock.now().getTime()}`)
        writeFileAtomic(path, opts.wrapper.wrap(key))
      }
      if (!existsSync(inData)) writeFileAtomic(inData, JSON.stringify(file))
      opts.record('sleutel.hersteld')
      return { herstartNodig: true }
    },
  }
}
export type Sleutel = ReturnType<typeof createSleutel>
