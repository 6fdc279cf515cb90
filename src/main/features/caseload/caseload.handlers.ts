import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const caseloadHandlers = (s: Services): AreaHandlers<'caseload'> => ({
  'caseload.query': (input) => s.caseload.query(input),
  'caseload.count': (input) => s.caseload.count(input),
  'caseload.reassign': (input) => s.caseload.reassign(input),
  'caseload.views.list': () => s.caseload.views(),
  'caseload.views.save': (input) => s.caseload.saveView(input),
  'caseload.views.delete': (input) => s.caseload.deleteView(input.id),
})
