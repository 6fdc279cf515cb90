import './plannen.css'
import type { Screen } from '../../app/screen'
import { PlanPage } from './PlanPage'
import { ZorgplannenPage } from './ZorgplannenPage'
import { PLAN_PATH } from './links'

export const zorgplannenScreen: Screen = {
  id: 'zorgplannen',
  label: 'Zorgplannen',
  Page: ZorgplannenPage,
  detail: { path: PLAN_PATH, Page: PlanPage },
}
