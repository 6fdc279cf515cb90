import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const werkplekHandlers = (s: Services): AreaHandlers<'werkplek'> => ({
  'werkplek.get': () => s.werkplek.get(),
  'werkplek.save': (input) => s.werkplek.save(input),
  'werkplek.slot.status': () => s.werkplek.slot.status(),
  'werkplek.slot.vergrendelen': () => s.werkplek.slot.lock(),
  'werkplek.slot.ontgrendelen': ({ pincode }) => s.werkplek.slot.unlock(pincode),
  'werkplek.slot.instellen': (input) => s.werkplek.slot.set(input),
})
