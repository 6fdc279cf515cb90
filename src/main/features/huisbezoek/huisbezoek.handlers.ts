import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const huisbezoekHandlers = (s: Services): AreaHandlers<'huisbezoek'> => ({
  'huisbezoek.list': (input) => s.huisbezoek.list(input.clientId),
  'huisbezoek.apparaten': () => s.huisbezoek.apparaten(),
  'huisbezoek.meenemen': (input) => s.huisbezoek.meenemen(input),
  'huisbezoek.terugzetten': (input) => s.huisbezoek.terugzetten(input),
})
