import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const afdrukkenHandlers = (s: Services): AreaHandlers<'afdrukken'> => ({
  'afdrukken.papier': (input) => s.afdrukken.papier(input),
})
