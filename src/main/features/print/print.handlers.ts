import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const printHandlers = (s: Services): AreaHandlers<'briefpapier'> => ({
  'briefpapier.get': () => s.print.briefpapier(),
  'briefpapier.save': (input) => s.print.saveBriefpapier(input),
  'briefpapier.proefpagina': (input) => s.print.proefpagina(input.concept),
})
