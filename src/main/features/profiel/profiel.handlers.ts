import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const profielHandlers = (s: Services): AreaHandlers<'profiel' | 'adviseurs'> => ({
  'profiel.create': (input) => s.profiel.create(input),
  'profiel.update': (input) => s.profiel.update(input),
  'adviseurs.list': () => s.profiel.list(),
  'adviseurs.create': (input) => s.profiel.createColleague(input),
})
