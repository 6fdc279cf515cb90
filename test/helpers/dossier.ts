import type { TestBackend } from './backend'

/** A client with an indicatie in force, ready for leveringsvormen and tasks. */
export async function clientWithIndicatie(
  b: TestBackend,
  opts: { bsn?: string; zorgprofiel?: string; ingangsdatum?: string; achternaam?: string; besluitnummer?: string } = {},
) {
  const client = await b.ok('clients.create', {
    voornamen: 'Aaltje',
    achternaam: opts.achternaam ?? 'Testpersoon',
    geboortedatum: '1940-02-01',
    bsn: opts.bsn ?? '999996708',
  })
  const indicatie = await b.ok('indicaties.create', {
    clientId: client.id,
    besluitnummer: opts.besluitnummer ?? String(2026000000 + client.id),
    afgiftedatum: '2026-01-10',
    ingangsdatum: opts.ingangsdatum ?? '2026-01-15',
    einddatum: null,
    zorgprofiel: opts.zorgprofiel ?? '754',
    grondslagen: ['02'],
    meerzorg: false,
  })
  return { client, indicatie }
}

/** The same fields as an update: id and version instead of the client. */
export const asUpdate = <T extends { clientId: number }>({ clientId: _c, ...fields }: T, id: number, version: number) => ({
  ...fields,
  id,
  version,
})

export const leveringsvorm = (
  clientId: number,
  soort: 'verblijf' | 'vpt' | 'mpt' | 'pgb' | 'mpt_pgb' | 'dtv',
  startdatum: string,
  extra: Record<string, unknown> = {},
) => ({
  clientId,
  soort,
  startdatum,
  einddatum: null,
  aanbieder: 'Zorggroep Test (fictief)',
  metBehandeling: false,
  etmalen: null,
  overbrugging: false,
  ...extra,
})
