import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const clientsHandlers = (s: Services): AreaHandlers<'clients'> => ({
  'clients.create': (input) => s.clients.create(input),
  'clients.update': (input) => s.clients.update(input),
  'clients.revealBsn': (input) => s.clients.revealBsn(input.id),
})
