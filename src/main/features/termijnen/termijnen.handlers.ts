import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const termijnenHandlers = (s: Services): AreaHandlers<'termijnen'> => ({
  'termijnen.gelijkgesteld.list': () => s.termijnen.list(),
  'termijnen.gelijkgesteld.create': (input) => s.termijnen.create(input),
  'termijnen.gelijkgesteld.update': (input) => s.termijnen.update(input),
  'termijnen.gelijkgesteld.delete': (input) => s.termijnen.delete(input),
  'termijnen.gelijkgesteld.import': (input) => s.termijnen.import(input),
  'termijnen.besluitOntbreekt': () => s.termijnen.besluitOntbreekt(),
})
