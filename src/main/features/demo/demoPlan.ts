import type { ReferentieRepo } from '../referentie/referentie.repo'
import type { TakenRepo } from '../taken/taken.repo'
import type { ClientsService } from '../clients/clients.service'
import type { DossierService } from '../dossier/dossier.service'
import type { ActiviteitenService } from '../activiteiten/activiteiten.service'
import { testBsns } from '../../../shared/domain/bsn'
import { addDays } from '../../../shared/domain/dates'
import { ZORGPROFIELEN } from '../../../shared/domain/zorgprofielen'
import { CONTACT_SOORTEN, type Leveringsvorm } from '../../../shared/domain/codes'
import { fakeAdres, fakePerson, fakeVerslag, pick, seededRandom } from './fakeData'

/**
 * Builds fictitious but plausible dossiers through the real services (so every rule and check
 * applies): a person with an address in (mostly) the demo region, an indicatie, a leveringsvorm
 * that fits the zorgprofiel, sometimes a representative, contactmomenten and an open aanvraag.
 */
export function createDemoPlan(deps: {
  referentie: ReferentieRepo
  taken: TakenRepo
  today: string
  clients: ClientsService
  dossier: DossierService
  activiteiten: ActiviteitenService
  sync: (clientId: number) => void
  /** The region the adviser chose to play in: most demo clients live there. */
  regioCode: string
}) {
  const { today } = deps
  const r = seededRandom(20261122)
  const bsns = testBsns('9999')
  const pc4s = deps.referentie.postcodesWithRegio()
  const home = pc4s.filter((p) => p.zk_code === deps.regioCode)
  const profielen = ZORGPROFIELEN.filter((z) => z.actueel)
  let besluit = 2026000100

  return {
    /**
     * The demo starts mid-career: tasks that fell due more than two weeks ago were handled back
     * then, so only the recent and coming ones are open, as in a real caseload.
     */
    closeHistory(): void {
      for (const id of deps.taken.closeGeneratedBefore(addDays(today, -14))) deps.sync(id)
    },
    addClient(i: number): void {
      const person = fakePerson(r, today)
      const client = deps.clients.create({ ...person, bsn: bsns.next().value as string, bevestigDubbel: true })
      const detail = deps.clients.detail(client.id)
      // One in twenty has moved out of the region: the caseload shows the signal and a transfer task.
      const adres = fakeAdres(r, r() < 0.05 ? pick(r, pc4s) : pick(r, home))
      deps.clients.update({
        id: client.id,
        version: detail.version,
        persoon: {
          ...detail.persoon,
          ...adres,
          geslacht: pick(r, ['man', 'vrouw'] as const),
          telefoon: `06 ${String(10000000 + Math.floor(r() * 89999999))}`,
          email: '',
          leefeenheid: pick(r, ['1', '3', '7']),
        },
      })
      if (i % 10 === 9) return // a few clients without indicatie yet: new registrations

      const profiel = pick(r, profielen)
      const ingang = addDays(today, -Math.floor(r() * 900) - 20)
      const einddatum = profiel.maxMaanden ? addDays(ingang, profiel.maxMaanden * 30) : null
      deps.dossier.createIndicatie({
        clientId: client.id,
        besluitnummer: String(besluit++),
        afgiftedatum: addDays(ingang, -10),
        ingangsdatum: ingang,
        einddatum: einddatum && einddatum < today ? null : einddatum,
        zorgprofiel: profiel.code,
        grondslagen: [pick(r, ['01', '02', '04', '05'])],
        meerzorg: profiel.meerzorg && r() < 0.2,
        opmerking: '',
      })
      const soorten: Leveringsvorm[] = profiel.pgb ? ['verblijf', 'vpt', 'mpt', 'pgb', 'mpt_pgb'] : ['verblijf', 'vpt', 'mpt']
      const soort = pick(r, soorten)
      const start = addDays(ingang, Math.floor(r() * 20))
      deps.dossier.createLeveringsvorm({
        clientId: client.id,
        soort,
        startdatum: start,
        einddatum: null,
        aanbieder:
          soort === 'pgb' ? '' : pick(r, ['Zorggroep De Linde (fictief)', 'Stichting Het Anker (fictief)', 'Woonzorg Amstelhof (fictief)']),
        metBehandeling: soort === 'verblijf' && r() < 0.5,
        etmalen: null,
        overbrugging: false,
      })
      if (r() < 0.3) {
        deps.dossier.createVertegenwoordiger({
          clientId: client.id,
          soortRelatie: pick(r, ['mentor', 'bewindvoerder', 'curator', 'gemachtigde'] as const),
          naam: `${pick(r, ['mr.', 'mw.', 'dhr.'])} ${fakePerson(r, today).achternaam} (fictief)`,
          organisatie: r() < 0.5 ? 'Bewind & Mentorschap Noord (fictief)' : '',
          ...fakeAdres(r, pick(r, home)),
          telefoon: '',
          email: '',
          brievenNaar: r() < 0.5,
        })
      }
      for (let c = Math.floor(r() * 4); c > 0; c--) {
        deps.activiteiten.createContact({
          clientId: client.id,
          soort: pick(r, CONTACT_SOORTEN),
          datum: addDays(today, -Math.floor(r() * 200)),
          deelnemers: 'Cliënt, demo-adviseur',
          verslag: fakeVerslag(r),
          vervolgactie: '',
          vervolgDeadline: null,
        })
      }
      if (r() < 0.15) {
        deps.activiteiten.createAanvraag({
          clientId: client.id,
          soort: pick(r, ['pgb', 'mpt', 'meerzorg'] as const),
          ontvangenOp: addDays(today, -Math.floor(r() * 70)),
          termijnWeken: 8,
          opgeschortDagen: 0,
          verdaagdTot: null,
          besluitDatum: null,
          bekendgemaaktOp: null,
          uitkomst: null,
          omschrijving: 'Aanvraag via het demo-formulier (fictief)',
        })
      }
    },
  }
}
