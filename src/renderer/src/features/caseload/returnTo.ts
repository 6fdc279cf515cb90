import type { ViewConfig } from '../../../../shared/contracts/caseload.routes'

/**
 * Where the adviser was when a dossier was opened from the caseload: the search, the view and the
 * row. The caseload page is gone while the dossier is shown; coming back restores the list and puts
 * keyboard focus on that row again. Kept in memory only (never stored: a search may hold a BSN).
 */
export interface CaseloadReturn {
  zoek: string
  view: ViewConfig
  clientId: number
}

let last: CaseloadReturn | null = null

export const rememberReturn = (r: CaseloadReturn) => void (last = r)
export const lastReturn = (): CaseloadReturn | null => last
