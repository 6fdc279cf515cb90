import type { Handlers } from '../../ipc/router'
import type { Sleutel } from './sleutel'

/** Wired beside the back-up routes: they work on the startup-error screen, without services. */
export const sleutelHandlers = (
  s: Sleutel,
): Pick<Handlers, 'sleutel.status' | 'sleutel.herstelcode' | 'sleutel.herstelblad' | 'sleutel.herstellen'> => ({
  'sleutel.status': () => s.status(),
  'sleutel.herstelcode': ({ pincode }) => s.newCode(pincode),
  'sleutel.herstelblad': ({ herstelcode }) => s.sheet(herstelcode),
  'sleutel.herstellen': (input) => s.recover(input),
})
