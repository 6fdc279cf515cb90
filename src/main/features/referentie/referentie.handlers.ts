import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const referentieHandlers = (s: Services): AreaHandlers<'referentie'> => ({
  'referentie.import': (input) => s.referentie.importTable(input),
  'referentie.status': () => s.referentie.status(),
  'referentie.regios': () => s.referentie.regios(),
})
