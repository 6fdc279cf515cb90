import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const plannenHandlers = (s: Services): AreaHandlers<'plannen'> => ({
  'plannen.sjablonen': () => s.plannen.sjablonen(),
  'plannen.list': (input) => s.plannen.list(input),
  'plannen.create': (input) => s.plannen.create(input),
  'plannen.get': (input) => s.plannen.get(input.planId),
  'plannen.versie': (input) => s.plannen.versie(input.versieId),
  'plannen.autosave': (input) => s.plannen.autosave(input),
  'plannen.setStatus': (input) => s.plannen.setStatus(input),
  'plannen.nieuweVersie': (input) => s.plannen.nieuweVersie(input.planId),
  'plannen.controles': (input) => s.plannen.controles(input.versieId),
  'plannen.overschrijf': (input) => s.overschrijvingen.overschrijf(input),
  'plannen.overschrijving.delete': (input) => s.overschrijvingen.trekIn(input),
  'plannen.overschrijvingen': (input) => s.overschrijvingen.lijst(input.limit),
  'plannen.diff': (input) => s.plannen.diff(input.links, input.rechts),
  'plannen.print': (input) => s.printPlan(input.versieId),
})
