import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { fsyncFile, writeFileAtomic } from '../../lib/atomicFile'
import type { Clock } from '../../lib/clock'
import { fieldError } from '../../lib/errors'
import type { Logger } from '../../lib/log'
import type { TweedeLocatie } from '../../../shared/contracts/backups.routes'

const CONFIG = 'tweede-locatie.json'
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** Writes and removes a probe file: the only honest test that a share or USB folder takes files (root ignores modes). */
function writable(dir: string): boolean {
  const probe = join(dir, `.wlz-proef-${randomBytes(4).toString('hex')}`)
  try {
    writeFileSync(probe, 'proef')
    rmSync(probe)
    return true
  } catch {
    return false
  }
}

/**
 * The second back-up location (a network share or USB folder chosen in Beheer): every back-up is
 * copied there as it is — still encrypted — with its manifest and the recovery file, verified by
 * SHA-256 before the rename. A folder that is gone or refuses is a warning, never a failed back-up.
 */
export function createSecondCopy(opts: { dataDir: string; backupDir: string; keep: number; clock: Clock; log: Logger }) {
  const configPath = join(opts.dataDir, CONFIG)
  let last: { ok: boolean; melding: string | null; tijd: string } | null = null

  function map(): string | null {
    if (!existsSync(configPath)) return null
    return (JSON.parse(readFileSync(configPath, 'utf8')) as { map: string | null }).map
  }

  function status(): TweedeLocatie {
    const dir = map()
    if (!dir) return { map: null, status: 'niet-ingesteld', melding: null, laatsteKopie: null }
    const reachable = existsSync(dir) && statSync(dir).isDirectory() && writable(dir)
    const melding = !reachable
      ? `De map ${dir} is niet bereikbaar of niet beschrijfbaar (is de USB-stick of netwerkschijf aangesloten?). Back-ups worden alleen op deze computer gemaakt.`
      : (last?.melding ?? null)
    return { map: dir, status: reachable && last?.ok !== false ? 'ok' : 'fout', melding, laatsteKopie: last?.ok ? last.tijd : null }
  }

  function copyVerified(from: string, dir: string, name: string): void {
    const tmp = join(dir, `.${name}.kopie`)
    copyFileSync(from, tmp)
    fsyncFile(tmp)
    if (sha256(tmp) !== sha256(from)) {
      rmSync(tmp, { force: true })
      throw new Error(`copy of ${name} differs from its source`)
    }
    renameSync(tmp, join(dir, name))
  }

  return {
    status,
    set(dir: string | null): TweedeLocatie {
      if (dir !== null) {
        if (!isAbsolute(dir))
          throw fieldError('map', 'Geef het volledige pad van de map, bijvoorbeeld D:\\Back-ups of /media/usb/back-ups.')
        if (!existsSync(dir) || !statSync(dir).isDirectory()) throw fieldError('map', 'Deze map bestaat niet (of is niet aangesloten).')
        if (!writable(dir)) throw fieldError('map', 'In deze map kan Wlz Werkplek niet schrijven. Kies een andere map.')
      }
      writeFileAtomic(configPath, JSON.stringify({ map: dir }))
      last = null
      return status()
    },
    /** After a verified primary back-up; swallows every failure into the status shown in Beheer. */
    copy(naam: string): void {
      const dir = map()
      if (!dir) return
      try {
        for (const name of [naam, `${naam}.json`, 'herstelsleutel.json']) {
          const from = join(opts.backupDir, name)
          if (existsSync(from)) copyVerified(from, dir, name)
        }
        const ours = readdirSync(dir)
          .filter((n) => /^werkplek-\d{8}-\d{6}\.db$/.test(n))
          .sort()
          .reverse()
        for (const old of ours.slice(opts.keep)) for (const f of [old, `${old}.json`]) rmSync(join(dir, f), { force: true })
        last = { ok: true, melding: null, tijd: opts.clock.now().toISOString() }
      } catch (error) {
        opts.log.warn(`second back-up location failed: ${String(error)}`)
        last = {
          ok: false,
          melding: `De back-up is op deze computer gemaakt, maar niet gekopieerd naar ${dir}. Controleer of de map bereikbaar is.`,
          tijd: opts.clock.now().toISOString(),
        }
      }
    },
  }
}
