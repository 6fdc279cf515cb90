import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const demoHandlers = (s: Services): AreaHandlers<'demo'> => ({
  'demo.load': (input) => s.demo.load(input.regioCode),
  'demo.regios': () => s.demo.regios(),
})
