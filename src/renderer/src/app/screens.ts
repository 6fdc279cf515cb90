import type { Screen } from './screen'
import { caseloadScreen } from '../features/caseload'
import { zorgplannenScreen } from '../features/plannen'
import { aanbiedersScreen } from '../features/aanbieders'
import { brievenScreen } from '../features/brieven'
import { beheerScreen } from '../features/beheer'
import { synchronisatieScreen } from '../features/team'

/**
 * The main menu in order; the first is where the app opens. A new area exports its Screen from
 * `features/<area>/index.ts` and adds one line here.
 */
export const SCREENS: readonly Screen[] = [
  caseloadScreen,
  zorgplannenScreen,
  aanbiedersScreen,
  brievenScreen,
  beheerScreen,
  synchronisatieScreen,
]
