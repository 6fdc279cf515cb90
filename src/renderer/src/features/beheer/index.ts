import './beheer.css'
import type { Screen } from '../../app/screen'
import { BeheerPage } from './BeheerPage'

export const beheerScreen: Screen = { id: 'beheer', label: 'Beheer', Page: BeheerPage }
