/**
 * Child process for the kill-during-autosave test: opens the real encrypted database with the real
 * services and saves a plan version as fast as it can, printing "ACK <revisie>" only after the
 * save returned (= the transaction committed). The parent kills it at a random moment.
 */
import { writeSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'
import { unprotectedKeyWrapper, loadOrCreateKey } from '../../src/main/db/keys'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { createServices } from '../../src/main/features/services'
import { systemClock } from '../../src/main/lib/clock'
import { memoryLogger } from '../../src/main/lib/log'
import { DATABASE_FILE } from '../../src/main/lib/paths'
import { loadOrCreateAuditKey } from '../../src/main/features/audit/auditKey'
import { anchorStore } from '../../src/main/features/audit/anchor'
import { routes } from '../../src/shared/contracts/catalog'
import { autosaveText } from './autosaveText'

const [dataDir, versieArg] = process.argv.slice(2) as [string, string]
const versieId = Number(versieArg)
const db = openDatabase(join(dataDir, DATABASE_FILE), loadOrCreateKey(dataDir, unprotectedKeyWrapper))
const auditKey = loadOrCreateAuditKey(dataDir, unprotectedKeyWrapper)
migrate(db, migrations)
const s = createServices(db, systemClock, {
  referenceDir: null,
  appVersion: 'test',
  state: { integrity: 'ok', readOnly: false, logboek: { status: 'ok', reden: null } },
  log: memoryLogger(),
  pdf: null,
  printer: null,
  auditKey,
  anchors: anchorStore(dataDir, auditKey),
  // Never started here: the child only saves plan drafts.
  aanbiedersWorker: new URL('../../src/main/features/aanbieders/aanbieders.worker.ts', import.meta.url),
  dbKey: null,
})

let { revisie, plan } = s.plannen.versie(versieId)
for (;;) {
  const input = routes['plannen.autosave'].input.parse({
    versieId,
    revisie,
    plan: { soort: 'zorgplan', inhoud: { ...plan.inhoud, doelen: autosaveText(revisie + 1) } },
  })
  revisie = s.plannen.autosave(input).revisie
  writeSync(1, `ACK ${revisie}\n`)
}
