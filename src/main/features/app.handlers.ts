import type { AreaHandlers } from '../ipc/router'
import type { Services } from './services'

export const appHandlers = (s: Services): AreaHandlers<'app'> => ({
  'app.status': () => s.app.status(),
})
