import { beslistermijnAanvraag, bezwaarRules, bezwaartermijn } from './awbRules'
import { lageEigenBijdrage, pgbToekenningPerJaar } from './pgbRules'
import type { DossierSnapshot, ExpectedTask, Rule } from './types'
import { zienswijzeTermijn } from './zienswijzeRules'
import {
  dubbelVerzekerd,
  evaluatieTweemaalPerJaar,
  herindicatieVoorEinddatum,
  verhuizingDossieroverdracht,
  zorgplanBinnenZesWeken,
  zorgplanEvaluatieAfgesproken,
} from './zorgRules'

export type { DossierSnapshot, ExpectedTask } from './types'
export type { GelijkgesteldeDag } from './feestdagen'

const RULES: readonly Rule[] = [
  zorgplanBinnenZesWeken,
  evaluatieTweemaalPerJaar,
  zorgplanEvaluatieAfgesproken,
  herindicatieVoorEinddatum,
  dubbelVerzekerd,
  verhuizingDossieroverdracht,
  beslistermijnAanvraag,
  bezwaartermijn,
  bezwaarRules,
  zienswijzeTermijn,
  pgbToekenningPerJaar,
  lageEigenBijdrage,
]

/** Every task and term the rules derive from one dossier on `today`. Pure: same input, same output. */
export function expectedTasks(d: DossierSnapshot): ExpectedTask[] {
  return RULES.flatMap((rule) => rule(d))
}
