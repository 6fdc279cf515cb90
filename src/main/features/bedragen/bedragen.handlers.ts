import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const bedragenHandlers = (s: Services): AreaHandlers<'bedragen'> => ({
  'bedragen.list': () => s.bedragen.list(),
  'bedragen.create': (input) => s.bedragen.create(input),
  'bedragen.update': (input) => s.bedragen.update(input),
  'bedragen.delete': (input) => s.bedragen.delete(input),
  'bedragen.overzicht': () => s.bedragen.overzicht(),
  'bedragen.importCsv': (input) => s.bedragen.importCsv(input),
})
