import type { Page } from '@playwright/test'

type Api = {
  invoke: (route: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
}

/** Seeds fictitious clients through the app's own routes (the same IPC the screens use). */
export async function seedClients(page: Page, n: number, opts: { pgb: boolean; prefix: string }): Promise<number[]> {
  return page.evaluate(
    async ({ n, pgb, prefix }) => {
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
        ids.push(c.id)
      }
      return ids
    },
    { n, ...opts },
  )
}
