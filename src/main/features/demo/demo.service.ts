import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import { DEFAULT_BRIEFPAPIER, type Briefpapier } from '../../../shared/print/briefpapier'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ProfielService } from '../profiel/profiel.service'
import type { TakenRepo } from '../taken/taken.repo'
import type { ReferentieService } from '../referentie/referentie.service'
import type { ClientsService } from '../clients/clients.service'
import type { ReferentieSoort } from '../../../shared/contracts/referentie.routes'
import { createDemoPlan } from './demoPlan'
import type { DossierService } from '../dossier/dossier.service'
import type { ActiviteitenService } from '../activiteiten/activiteiten.service'
import type { BedragenService } from '../bedragen/bedragen.service'
import type { createImportService } from '../aanbieders/import.service'
import { loadDemoAanbod } from './demoAanbod'

/** The CSV files of ../shared/data, loaded through the normal import (never bundled). */
export const REFERENCE_FILES: Record<ReferentieSoort, string> = {
  regios: 'zorgkantoorregios_2025.csv',
  gemeenten: 'gemeente_zorgkantoorregio_2025.csv',
  postcodes: 'pc4_nl.csv',
}
export const REFERENCE_VALID_FROM = '2025-01-01'
const DEMO_CLIENTS = 120

/** A fictitious letterhead, so demo letters can be finalised at once (a real one is set in Beheer). */
function demoBriefpapier(regioNaam: string): Briefpapier {
  return {
    ...DEFAULT_BRIEFPAPIER,
    organisatie: `Zorgkantoor ${regioNaam} (demo, fictief)`,
    afdeling: 'Klantadvies',
    postadres: 'Postbus 99999, 9999 ZZ Demostad',
    bezoekadres: 'Demoplein 1, 9999 ZZ Demostad',
    telefoon: '0800 000 0000',
    website: 'www.zorgkantoor.example',
    email: 'klantadvies@zorgkantoor.example',
    bezwaarAdres: `Zorgkantoor ${regioNaam} (demo), t.a.v. Bezwaren, Postbus 99999, 9999 ZZ Demostad`,
  }
}

export function createDemoService(deps: {
  uow: UnitOfWork
  taken: TakenRepo
  clock: Clock
  settings: SettingsRepo
  referenceDir: string | null
  profiel: ProfielService
  referentie: ReferentieService
  clients: ClientsService
  dossier: DossierService
  activiteiten: ActiviteitenService
  sync: (clientId: number) => void
  bedragen: BedragenService
  aanbieders: ReturnType<typeof createImportService>
  briefpapier: (bp: Briefpapier) => void
}) {
  const { clock, settings, referenceDir } = deps

  function loadReference(dir: string): number {
    let rijen = 0
    for (const soort of ['regios', 'gemeenten', 'postcodes'] as const) {
      const result = deps.referentie.importTable({
        soort,
        geldigVanaf: REFERENCE_VALID_FROM,
        bestandsnaam: REFERENCE_FILES[soort],
        inhoud: readFileSync(join(dir, REFERENCE_FILES[soort]), 'utf8'),
      })
      if (result.status !== 'imported') throw new AppError('VALIDATION_ERROR', `De demo-referentiegegevens (${soort}) zijn niet geldig.`)
      rijen += result.rijen
    }
    return rijen
  }

  /** The regions from the reference file itself: the demo asks where to play before anything is imported. */
  function regios(): Array<{ code: string; naam: string }> {
    const dir = referenceDir
    if (!dir || !existsSync(join(dir, REFERENCE_FILES.regios))) return []
    const [, ...lines] = readFileSync(join(dir, REFERENCE_FILES.regios), 'utf8').trim().split(/\r?\n/)
    return lines
      .map((l) => l.split(','))
      .map(([code = '', naam = '']) => ({ code, naam }))
      .filter((r) => /^ZK\d{2}$/.test(r.code))
  }

  return {
    regios,
    isDemo: () => settings.get('demo') === '1',
    /** One transaction: reference data, demo advisers and a fictitious caseload with dossiers, or nothing. */
    load(regioCode = 'ZK02'): { clients: number; referentieRijen: number } {
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
      const regio = regios().find((r) => r.code === regioCode)
      if (!regio) throw fieldError('regioCode', 'Kies een zorgkantoorregio uit de lijst.')
      return deps.uow.all(() => {
        const referentieRijen = loadReference(dir)
        deps.profiel.create({ naam: 'Demo-adviseur', functie: 'Klantadviseur (demo)', afdeling: 'klantadvies', regioCode })
        deps.profiel.createColleague({ naam: 'Demo-collega Pgb', functie: 'Pgb-consulent (demo)', afdeling: 'pgb', regioCode })
        deps.briefpapier(demoBriefpapier(regio.naam))
        settings.set('demo', '1')
        const plan = createDemoPlan({
          referentie: deps.referentie.repo,
          taken: deps.taken,
          today: clock.today(),
          clients: deps.clients,
          dossier: deps.dossier,
          activiteiten: deps.activiteiten,
          sync: deps.sync,
          regioCode,
        })
        for (let i = 0; i < DEMO_CLIENTS; i++) plan.addClient(i)
        plan.closeHistory()
        loadDemoAanbod({ importeer: deps.aanbieders.importeerTabel, bedragen: deps.bedragen, jaar: clock.today().slice(0, 4) })
        return { clients: DEMO_CLIENTS, referentieRijen }
      })
    },
  }
}
export type DemoService = ReturnType<typeof createDemoService>
