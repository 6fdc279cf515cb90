import './brieven.css'
import type { Screen } from '../../app/screen'
import { BrievenPage } from './BrievenPage'

export const brievenScreen: Screen = { id: 'brieven', label: 'Brieven', Page: BrievenPage }
