import type { SettingsRepo } from '../../db/settings'
import type { UnitOfWork } from '../../write/unitOfWork'
import { WerkplekSchema, type Werkplek } from '../../../shared/contracts/werkplek.routes'

const KEY = 'werkplek'

export function createWerkplekService(deps: { uow: UnitOfWork; settings: SettingsRepo }) {
  function get(): Werkplek {
    const parsed = WerkplekSchema.safeParse(JSON.parse(deps.settings.get(KEY) ?? '{}'))
    return parsed.success ? parsed.data : WerkplekSchema.parse({})
  }
  return {
    get,
    save(input: Werkplek): Werkplek {
      deps.uow.run({ event: 'werkplek.update', details: { vergrendelenNaMinuten: input.vergrendelenNaMinuten } }, () =>
        deps.settings.set(KEY, JSON.stringify(input)),
      )
      return get()
    },
  }
}
