import type { Page } from '@playwright/test'

type Api = {
  invoke: (route: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
}

/**
 * Seeds fictitious clients through the app's own routes (the same IPC the screens use). `plan`: each
 * also gets a vastgesteld budgetplan for 2027 (pgb op maat), Fien's care at 5, 6 or 7 hours a week;
 * the tariff check, which cannot be judged for 2027, is overridden with a reason first.
 */
export async function seedClients(page: Page, n: number, opts: { pgb: boolean; prefix: string; plan?: boolean }): Promise<number[]> {
  return page.evaluate(
    async ({ n, pgb, prefix, plan }) => {
      const api = window.api as unknown as Api
      const ok = async (route: string, input: unknown) => {
        const r = await api.invoke(route, input)
        if (!r.ok) throw new Error(`${route}: ${r.error?.message}`)
        return r.value as { id: number; version: number }
      }
      // BSNs with a valid elfproef: 9 digits, weights 9..2 and -1.
      const bsn = (seed: number) => {
        for (let k = seed; ; k++) {
          const d = `10${String(k).padStart(7, '0')}`.split('').map(Number)
          const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8]!
          if (sum % 11 === 0) return { bsn: d.join(''), next: k + 1 }
        }
      }
      const ids: number[] = []
      let seed = prefix.length * 100_000
      for (let i = 0; i < n; i++) {
        const b = bsn(seed)
        seed = b.next
        const c = await ok('clients.create', {
          voornamen: 'Jet',
          achternaam: `${prefix}${String(i + 1).padStart(2, '0')} (fictief)`,
          geboortedatum: '1950-03-04',
          bsn: b.bsn,
        })
        const detail = (await ok('dossier.get', { clientId: c.id })) as unknown as { client: { version: number } }
        await ok('clients.update', {
          id: c.id,
          version: detail.client.version,
          persoon: {
            voornamen: 'Jet',
            achternaam: `${prefix}${String(i + 1).padStart(2, '0')} (fictief)`,
            geboortedatum: '1950-03-04',
            geslacht: 'vrouw',
            straat: 'Proefstraat',
            huisnummer: String(i + 1),
            postcode: '1011 AB',
            woonplaats: 'Amsterdam',
          },
        })
        await ok('indicaties.create', {
          clientId: c.id,
          besluitnummer: String(2026100000 + c.id),
          afgiftedatum: '2026-01-10',
          ingangsdatum: '2026-01-15',
          einddatum: null,
          zorgprofiel: '754',
          grondslagen: ['02'],
          meerzorg: false,
        })
        if (pgb)
          await ok('leveringsvormen.create', {
            clientId: c.id,
            soort: 'pgb',
            startdatum: '2026-02-01',
            einddatum: null,
            aanbieder: '',
            metBehandeling: false,
            etmalen: null,
            overbrugging: false,
          })
        if (plan) {
          const { planId } = (await ok('plannen.create', {
            clientId: c.id,
            sjabloon: 'budgetplan_mantelzorger',
            titel: '',
          })) as unknown as {
            planId: number
          }
          type Versie = { id: number; plan: { inhoud: Record<string, unknown> & { zorgverleners: Array<Record<string, unknown>> } } }
          const { huidig } = (await ok('plannen.get', { planId })) as unknown as { huidig: Versie }
          const base = huidig.plan.inhoud
          const zv = base.zorgverleners[0]!
          const regel = (zv.regels as Array<Record<string, unknown>>)[0]!
          const inhoud = {
            ...base,
            periodeVan: '2027-01-01',
            periodeTot: '2027-12-31',
            zorgverleners: [{ ...zv, naam: 'Fien (fictief)', regels: [{ ...regel, perWeek: 5 + (i % 3), tariefCent: 2444 }] }],
            pgbVaardigheid: (base.pgbVaardigheid as unknown[]).map(() => ({ oordeel: 'voldoende', toelichting: '' })),
            keuzegesprek: {
              datum: '2026-11-20',
              aanwezigen: 'Jet en adviseur',
              gewaarborgdeHulp: 'Jet',
              uitkomst: 'positief',
              verslag: '',
            },
          }
          const saved = (await ok('plannen.autosave', {
            versieId: huidig.id,
            revisie: 1,
            plan: { soort: 'budgetplan', inhoud },
          })) as unknown as {
            revisie: number
          }
          const { controles } = (await ok('plannen.controles', { versieId: huidig.id })) as unknown as {
            controles: Array<{ code: string; status: string; blokkeert: boolean }>
          }
          for (const x of controles.filter((x) => x.blokkeert && x.status === 'onbekend'))
            await ok('plannen.overschrijf', {
              versieId: huidig.id,
              revisie: saved.revisie,
              code: x.code,
              reden: 'Maximumtarief 2027 nagekeken in de Staatscourant (fictief).',
            })
          await ok('plannen.setStatus', { versieId: huidig.id, revisie: saved.revisie, status: 'vastgesteld' })
        }
        ids.push(c.id)
      }
      return ids
    },
    { n, plan: false, ...opts },
  )
}
