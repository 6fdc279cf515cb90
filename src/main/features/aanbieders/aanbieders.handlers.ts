import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const aanbiedersHandlers = (s: Services): AreaHandlers<'aanbieders' | 'wachtlijst'> => ({
  'aanbieders.locaties': (input) => s.register.locaties(input.zoek, input.limit),
  'aanbieders.aantal': () => s.register.aantal(),
  'aanbieders.locatie': (input) => s.locatie.get(input.id),
  'aanbieders.locatieBijwerken': (input) => s.locatie.bijwerken(input),
  'aanbieders.importVoorbeeld': (input) => s.aanbiedersImport.voorbeeld(input),
  'aanbieders.import': (input) => s.aanbiedersImport.importeer(input),
  'aanbieders.export': (input) => s.register.export(input.soort),
  'aanbieders.annuleer': (input) => ({ geannuleerd: s.aanbiedersJobs.annuleer(input.taak) }),
  'aanbieders.shortlist': (input) => s.vergelijk.shortlist(input.clientId, input.wensen, input.limit, input.gewichten),
  'aanbieders.vergelijk': (input) => s.vergelijk.vergelijk(input.clientId, input.locatieIds, input.wensen, input.gewichten),
  'aanbieders.keuzehulp': (input) => s.keuzehulp(input.clientId, input.locatieIds, input.wensen, input.gewichten),
  'aanbieders.gewichten': () => s.weging.get(),
  'aanbieders.gewichtenOpslaan': (input) => s.weging.save(input),
  'wachtlijst.list': (input) => s.wachtlijst.list(input),
  'wachtlijst.aanmelden': (input) => s.wachtlijst.aanmelden(input),
  'wachtlijst.gebeurtenis': (input) => s.wachtlijst.gebeurtenis(input),
  'wachtlijst.historie': (input) => s.wachtlijst.historie(input.id),
})
