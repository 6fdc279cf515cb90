import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const auditHandlers = (s: Services): AreaHandlers<'audit'> => ({
  'audit.list': (input) => s.auditLog.list(input),
  'audit.verify': () => s.auditLog.verify(),
})
