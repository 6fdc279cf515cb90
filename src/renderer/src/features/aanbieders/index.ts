import './aanbieders.css'
import type { Screen } from '../../app/screen'
import { AanbiedersPage } from './AanbiedersPage'

export const aanbiedersScreen: Screen = { id: 'aanbieders', label: 'Aanbieders', Page: AanbiedersPage }
