import './team.css'
import type { Screen } from '../../app/screen'
import { SynchronisatiePage } from './SynchronisatiePage'

/** Conflicts and refused changes; in the menu only when the workstation belongs to a team. */
export const synchronisatieScreen: Screen = { id: 'synchronisatie', label: 'Synchronisatie', Page: SynchronisatiePage, team: true }
