import type { ComponentType } from 'react'
import type { PrintDocument, PrintKind } from '../../../../shared/print/documents'
import { PlanDocument } from './PlanDocument'
import { Proefpagina } from './Proefpagina'
import { Keuzehulp } from './Keuzehulp'
import { Brief, Brievenbundel } from './Brief'
import { Herstelblad } from './Herstelblad'

/** Every print kind and its template; a kind without a template is a type error. */
export const TEMPLATES: { [K in PrintKind]: ComponentType<{ doc: Extract<PrintDocument, { kind: K }> }> } = {
  proefpagina: Proefpagina,
  plan: PlanDocument,
  keuzehulp: Keuzehulp,
  brief: Brief,
  brievenbundel: Brievenbundel,
  herstelblad: Herstelblad,
}
