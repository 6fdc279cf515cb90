import './caseload.css'
import type { Screen } from '../../app/screen'
import { DossierPage } from '../dossier/DossierPage'
import { CaseloadPage } from './CaseloadPage'
import { DOSSIER_PATH } from './links'

export const caseloadScreen: Screen = {
  id: 'caseload',
  label: 'Caseload',
  Page: CaseloadPage,
  detail: { path: DOSSIER_PATH, Page: DossierPage },
}
