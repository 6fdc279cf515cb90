import type { ImportFout, ReferentieSoort } from '../../../shared/contracts/referentie.routes'

/** What the import needs to know about the sets already in the database on the geldig_vanaf date. */
export interface ReferenceContext {
  regioCodes: ReadonlySet<string>
  gemeenten: ReadonlyMap<string, { zk_code: string }>
}

export interface TableSpec {
  /** Columns that must be present (others, like n_bronrijen in pc4_nl.csv, are ignored). */
  columns: readonly string[]
  /** The column that must be unique within one file. */
  key: string
  /** Validates one row; returns the database row or the problems found. */
  row(get: (col: string) => string, ctx: ReferenceContext): { value?: Record<string, string | number>; fouten: Omit<ImportFout, 'rij'>[] }
}

type Check = [col: string, ok: boolean, melding: string]

function collect(get: (col: string) => string, checks: Check[]): Omit<ImportFout, 'rij'>[] {
  return checks.filter(([, ok]) => !ok).map(([kolom, , melding]) => ({ kolom, waarde: get(kolom).slice(0, 200), melding }))
}

const filled = (v: string, max = 120) => v.length > 0 && v.length <= max

// Bounding box of the Netherlands incl. the Wadden and Zuid-Limburg, for catching swapped or garbage coordinates.
const inNl = (lat: number, lon: number) => lat >= 50.7 && lat <= 53.7 && lon >= 3.2 && lon <= 7.3

export const TABLE_SPECS: Record<ReferentieSoort, TableSpec> = {
  regios: {
    columns: ['zk_code', 'zorgkantoorregio'],
    key: 'zk_code',
    row(get) {
      const fouten = collect(get, [
        ['zk_code', /^ZK\d{2}$/.test(get('zk_code')), 'Een regiocode heeft de vorm ZK01.'],
        ['zorgkantoorregio', filled(get('zorgkantoorregio')), 'De naam van de regio ontbreekt of is te lang.'],
      ])
      return fouten.length ? { fouten } : { fouten, value: { zk_code: get('zk_code'), naam: get('zorgkantoorregio') } }
    },
  },
  gemeenten: {
    columns: ['gemeentecode', 'gemeentenaam', 'provincie', 'zk_code'],
    key: 'gemeentecode',
    row(get, ctx) {
      const fouten = collect(get, [
        ['gemeentecode', /^\d{4}$/.test(get('gemeentecode')), 'Een gemeentecode heeft vier cijfers, bijvoorbeeld 0363.'],
        ['gemeentenaam', filled(get('gemeentenaam')), 'De naam van de gemeente ontbreekt of is te lang.'],
        ['provincie', filled(get('provincie')), 'De provincie ontbreekt.'],
        [
          'zk_code',
          ctx.regioCodes.has(get('zk_code')),
          "Deze regiocode staat niet in de regiotabel die op deze datum geldt. Importeer eerst de regio's.",
        ],
      ])
      if (fouten.length) return { fouten }
      return {
        fouten,
        value: { gemeentecode: get('gemeentecode'), naam: get('gemeentenaam'), provincie: get('provincie'), zk_code: get('zk_code') },
      }
    },
  },
  postcodes: {
    columns: ['pc4', 'plaats', 'gemeentecode', 'lat', 'lon'],
    key: 'pc4',
    row(get, ctx) {
      const lat = Number(get('lat').replace(',', '.'))
      const lon = Number(get('lon').replace(',', '.'))
      const gemeente = ctx.gemeenten.get(get('gemeentecode'))
      const zk = get('zk_code')
      const fouten = collect(get, [
        ['pc4', /^[1-9]\d{3}$/.test(get('pc4')), 'Een postcode heeft hier vier cijfers, bijvoorbeeld 1011.'],
        ['plaats', filled(get('plaats')), 'De plaatsnaam ontbreekt of is te lang.'],
        [
          'gemeentecode',
          gemeente !== undefined,
          'Deze gemeentecode staat niet in de gemeentetabel die op deze datum geldt. Importeer eerst de gemeenten.',
        ],
        [
          'lat',
          get('lat') !== '' && Number.isFinite(lat) && Number.isFinite(lon) && inNl(lat, lon),
          'De coördinaten liggen niet in Nederland.',
        ],
        // The optional zk_code column must agree with the region of the gemeente.
        [
          'zk_code',
          zk === '' || gemeente === undefined || gemeente.zk_code === zk,
          'Deze regiocode hoort niet bij de gemeente van deze postcode.',
        ],
      ])
      if (fouten.length) return { fouten }
      return { fouten, value: { pc4: get('pc4'), plaats: get('plaats'), gemeentecode: get('gemeentecode'), lat, lon } }
    },
  },
}
