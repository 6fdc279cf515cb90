import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const demoHandlers = (s: Services): AreaHandlers<'demo'> => ({
  'demo.load': () => s.demo.load(),
})
