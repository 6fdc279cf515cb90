import type { Dossier } from '../../../../shared/contracts/dossier.routes'

/** What every dossier tab gets from the page: the loaded dossier, and a reload after a save. */
export interface TabProps {
  dossier: Dossier
  onSaved: () => void
}
