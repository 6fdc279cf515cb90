import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const werkplekHandlers = (s: Services): AreaHandlers<'werkplek'> => ({
  'werkplek.get': () => s.werkplek.get(),
  'werkplek.save': (input) => s.werkplek.save(input),
})
