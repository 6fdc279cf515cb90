import type { ComponentType } from 'react'
import type { AppStatus } from '../../../shared/contracts/app.routes'

/** What the shell hands every screen. */
export interface ScreenProps {
  status: AppStatus
}

/**
 * One entry of the main menu, exported by its area from `features/<area>/index.ts`: the page at
 * `#/<id>`, and optionally a record page at `#/<detail.path>/<record id>` that belongs to the same
 * menu entry (one client's dossier under the caseload, one plan under the zorgplannen).
 */
export interface Screen {
  id: string
  label: string
  Page: ComponentType<ScreenProps>
  detail?: { path: string; Page: ComponentType<{ id: number }> }
  /** In the menu only when this workstation belongs to a team (a teamserver is configured). */
  team?: boolean
}
