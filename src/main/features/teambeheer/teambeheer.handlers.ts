import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const teambeheerHandlers = (s: Services): AreaHandlers<'teambeheer'> => ({
  'teambeheer.accounts': () => s.teambeheer.accounts(),
  'teambeheer.accountMaken': (input) => s.teambeheer.accountMaken(input),
  'teambeheer.accountActief': (input) => s.teambeheer.accountActief(input.id, input.actief),
  'teambeheer.wachtwoordReset': (input) => s.teambeheer.wachtwoordReset(input.id),
  'teambeheer.teams': () => s.teambeheer.teams(),
  'teambeheer.teamMaken': (input) => s.teambeheer.teamMaken(input.naam),
  'teambeheer.apparaten': () => s.teambeheer.apparaten(),
  'teambeheer.apparaatIntrekken': (input) => s.teambeheer.apparaatIntrekken(input.id),
  'teambeheer.audit': (input) => s.teambeheer.audit(input),
  'teambeheer.kenmerken': (input) => s.teambeheer.kenmerken(input.jaar),
})
