import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../../db/types'
import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { ProfielService } from '../profiel/profiel.service'
import type { ReferentieService } from '../referentie/referentie.service'
import type { ClientsService } from '../clients/clients.service'
import type { ReferentieSoort } from '../../../shared/contracts/referentie.routes'
import { fakePerson, seededRandom } from './fakeData'
import { testBsns } from '../../../shared/domain/bsn'

/** The CSV files of ../shared/data, loaded through the normal import (never bundled). */
export const REFERENCE_FILES: Record<ReferentieSoort, string> = {
  regios: 'zorgkantoorregios_2025.csv',
  gemeenten: 'gemeente_zorgkantoorregio_2025.csv',
  postcodes: 'pc4_nl.csv',
}
export const REFERENCE_VALID_FROM = '2025-01-01'
const DEMO_CLIENTS = 120

export function createDemoService(deps: {
  db: Db
  clock: Clock
  settings: SettingsRepo
  referenceDir: string | null
  profiel: ProfielService
  referentie: ReferentieService
  clients: ClientsService
}) {
  const { db, clock, settings, referenceDir } = deps
  return {
    isDemo: () => settings.get('demo') === '1',
    /** One transaction: reference data, a demo adviser and a fictitious caseload, or nothing. */
    load(): { clients: number; referentieRijen: number } {
      if (deps.profiel.currentId() !== null) {
        throw new AppError('CONFLICT', 'Demodata kan alleen op een lege werkplek worden geladen.')
      }
      const dir = referenceDir
      if (!dir || !existsSync(join(dir, REFERENCE_FILES.regios))) {
        throw new AppError(
          'NOT_FOUND',
          'De referentiebestanden voor de demo zijn niet gevonden. Zet WLZ_REFERENCE_DIR op de map met de CSV-bestanden.',
        )
      }
      return db.transaction(() => {
        let referentieRijen = 0
        for (const soort of ['regios', 'gemeenten', 'postcodes'] as const) {
          const result = deps.referentie.importTable({
            soort,
            geldigVanaf: REFERENCE_VALID_FROM,
            bestandsnaam: REFERENCE_FILES[soort],
            inhoud: readFileSync(join(dir, REFERENCE_FILES[soort]), 'utf8'),
          })
          if (result.status !== 'imported') {
            throw new AppError('VALIDATION_ERROR', `De demo-referentiegegevens (${soort}) zijn niet geldig.`)
          }
          referentieRijen += result.rijen
        }
        deps.profiel.create({ naam: 'Demo-adviseur', functie: 'Klantadviseur (demo)', afdeling: 'klantadvies', regioCode: 'ZK02' })
        settings.set('demo', '1')
        const random = seededRandom(20261122)
        const bsns = testBsns('9999')
        const today = clock.today()
        for (let i = 0; i < DEMO_CLIENTS; i++) {
          deps.clients.create({ ...fakePerson(random, today), bsn: bsns.next().value as string })
        }
        return { clients: DEMO_CLIENTS, referentieRijen }
      })()
    },
  }
}
export type DemoService = ReturnType<typeof createDemoService>
