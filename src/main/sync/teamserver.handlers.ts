import type { AreaHandlers } from '../ipc/router'
import type { Services } from '../features/services'

export const teamserverHandlers = (s: Services): AreaHandlers<'teamserver'> => ({
  'teamserver.status': () => s.teamserver.status(),
  'teamserver.vingerafdruk': (input) => s.teamserver.vingerafdruk(input.url),
  'teamserver.aanmelden': (input) => s.teamserver.aanmelden(input),
  'teamserver.uploaden': (input) => s.teamserver.uploaden(input),
  'teamserver.wachtwoord': (input) => s.teamserver.wachtwoord(input),
  'teamserver.afmelden': () => s.teamserver.afmelden(),
  'teamserver.synchroniseren': () => s.teamserver.synchroniseren(),
  'teamserver.conflicten': () => s.teamserver.conflicten(),
  'teamserver.conflictOplossen': (input) => s.teamserver.conflictOplossen(input),
  'teamserver.geweigerd': () => s.teamserver.geweigerd(),
})
