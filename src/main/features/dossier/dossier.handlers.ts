import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const dossierHandlers = (s: Services): AreaHandlers<'dossier' | 'vertegenwoordigers' | 'indicaties' | 'leveringsvormen'> => ({
  'dossier.get': (input) => s.dossier.get(input.clientId),
  'vertegenwoordigers.create': (input) => s.dossier.createVertegenwoordiger(input),
  'vertegenwoordigers.update': (input) => s.dossier.updateVertegenwoordiger(input),
  'vertegenwoordigers.deactivate': (input) => s.dossier.deactivateVertegenwoordiger(input),
  'indicaties.create': (input) => s.dossier.createIndicatie(input),
  'indicaties.update': (input) => s.dossier.updateIndicatie(input),
  'leveringsvormen.create': (input) => s.dossier.createLeveringsvorm(input),
  'leveringsvormen.update': (input) => s.dossier.updateLeveringsvorm(input),
})
