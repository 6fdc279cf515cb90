import type { Db } from '../../db/types'
import type { SettingsRepo } from '../../db/settings'
import type { Audit } from '../audit/audit'
import { WerkplekSchema, type Werkplek } from '../../../shared/contracts/werkplek.routes'

const KEY = 'werkplek'

export function createWerkplekService(deps: { db: Db; settings: SettingsRepo; audit: Audit }) {
  function get(): Werkplek {
    const parsed = WerkplekSchema.safeParse(JSON.parse(deps.settings.get(KEY) ?? '{}'))
    return parsed.success ? parsed.data : WerkplekSchema.parse({})
  }
  return {
    get,
    save(input: Werkplek): Werkplek {
      deps.db.transaction(() => {
        deps.settings.set(KEY, JSON.stringify(input))
        deps.audit.record({ event: 'werkplek.update', action: 'U', details: { vergrendelenNaMinuten: input.vergrendelenNaMinuten } })
      })()
      return get()
    },
  }
}
