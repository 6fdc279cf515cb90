import type { Db } from '../../db/types'
import { displayName } from '../../../shared/domain/names'
import { BriefGegevensSchema, VrijeTekstSchema, type BriefGegevens, type VrijeTekst } from '../../../shared/domain/brieven/gegevens'
import type { BriefSoort } from '../../../shared/domain/brieven/soorten'
import type { BriefSummary } from '../../../shared/contracts/brieven.routes'

export interface BriefRow extends BriefSummary {
  version: number
  gegevens: BriefGegevens
  vrijeTekst: VrijeTekst
  adviseurId: number | null
  gecorrigeerdDoorId: number | null
}

export interface ArchiefRow {
  kenmerk: string
  templateVersie: number
  snapshot: string
  sha256: string
}

const SELECT = `SELECT b.id, b.client_id AS clientId, b.soort, b.status, b.kenmerk, b.datum, b.batch_id AS batchId, b.corrigeert_id AS corrigeertId,
    b.version, b.gegevens, b.vrije_tekst AS vrijeTekst, b.adviseur_id AS adviseurId, v.verzonden_op AS verzondenOp,
    (SELECT c2.id FROM brief c2 WHERE c2.corrigeert_id = b.id) AS gecorrigeerdDoorId,
    c.voornamen, c.voorvoegsel, c.achternaam, c.naamgebruik, c.partner_voorvoegsel AS partnerVoorvoegsel, c.partner_achternaam AS partnerAchternaam
  FROM brief b JOIN client c ON c.id = b.client_id LEFT JOIN brief_verzending v ON v.brief_id = b.id`

type Raw = Omit<BriefRow, 'gegevens' | 'vrijeTekst' | 'clientNaam'> & {
  gegevens: string
  vrijeTekst: string
  voornamen: string
  voorvoegsel: string
  achternaam: string
}

function map(r: Raw): BriefRow {
  const { voornamen, voorvoegsel, achternaam, naamgebruik, partnerVoorvoegsel, partnerAchternaam, ...rest } = r as Raw &
    Record<string, string>
  return {
    ...rest,
    clientNaam: displayName({
      voornamen,
      voorvoegsel,
      achternaam,
      naamgebruik: naamgebruik as 'eigen',
      partnerVoorvoegsel,
      partnerAchternaam,
    }),
    // Stored through the same schemas; parsing again fills fields added to the schema later.
    gegevens: BriefGegevensSchema.parse(JSON.parse(r.gegevens)),
    vrijeTekst: VrijeTekstSchema.parse(JSON.parse(r.vrijeTekst)),
  }
}

/** Prepared statements for letters, their archive and their sending date. */
export function brievenRepo(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE b.id = ?`)
  const byClient = db.prepare(`${SELECT} WHERE b.client_id = ? ORDER BY b.id DESC LIMIT ?`)
  const byBatch = db.prepare(`${SELECT} WHERE b.batch_id = ? ORDER BY b.id LIMIT ?`)
  const recent = db.prepare(`${SELECT} ORDER BY b.id DESC LIMIT ?`)
  const insert = db.prepare(
    `INSERT INTO brief (client_id, soort, gegevens, vrije_tekst, corrigeert_id, batch_id, adviseur_id, budgetplan_versie_id, created_at, updated_at)
     VALUES (@clientId, @soort, @gegevens, @vrijeTekst, @corrigeertId, @batchId, @adviseurId, @budgetplanVersieId, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE brief SET gegevens = ?, vrije_tekst = ?, budgetplan_versie_id = ?, version = version + 1, updated_at = ?
     WHERE id = ? AND version = ? AND status = ?`,
  )
  // The budgetplan a pgb toekenning grants is fixed in the statement that makes the letter definitief.
  const finalise = db.prepare(
    `UPDATE brief SET status = 'definitief', kenmerk = ?, datum = ?, budgetplan_versie_id = ?, version = version + 1, updated_at = ?
     WHERE id = ? AND version = ? AND status = 'concept'`,
  )
  const verzendingVan = db
    .prepare(`SELECT v.verzonden_op FROM brief b JOIN brief_verzending v ON v.brief_id = b.id WHERE b.client_id = ? AND b.kenmerk = ?`)
    .pluck()
  const voornemen = db.prepare(
    `SELECT kenmerk, datum FROM brief WHERE client_id = ? AND soort = 'voornemen_afwijzing' AND status = 'definitief'
       AND json_extract(gegevens, '$.voornemenVoor') = ? ORDER BY datum DESC, id DESC LIMIT 1`,
  )
  const remove = db.prepare(`DELETE FROM brief WHERE id = ? AND version = ? AND status = 'concept'`)
  const lastKenmerk = db.prepare(`SELECT kenmerk FROM brief WHERE kenmerk LIKE ? ORDER BY kenmerk DESC LIMIT 1`).pluck()
  const archive = db.prepare(
    `INSERT INTO brief_archief (gid, brief_id, kenmerk, template_versie, snapshot, pdf, sha256, definitief_op, definitief_door)
     VALUES (wlz_uuid7(), @briefId, @kenmerk, @templateVersie, @snapshot, @pdf, @sha256, @now, @door)`,
  )
  const archief = db.prepare('SELECT kenmerk, template_versie AS templateVersie, snapshot, sha256 FROM brief_archief WHERE brief_id = ?')
  const archiefPdf = db.prepare('SELECT pdf FROM brief_archief WHERE brief_id = ?').pluck()
  const verzending = db.prepare(
    'INSERT INTO brief_verzending (gid, brief_id, verzonden_op, vastgelegd_op, vastgelegd_door) VALUES (wlz_uuid7(), ?, ?, ?, ?)',
  )

  return {
    get: (id: number) => {
      const r = byId.get(id) as Raw | undefined
      return r ? map(r) : undefined
    },
    list(filter: { clientId: number | null; batchId: number | null; limit: number }): BriefRow[] {
      const rows =
        filter.batchId !== null
          ? byBatch.all(filter.batchId, filter.limit)
          : filter.clientId !== null
            ? byClient.all(filter.clientId, filter.limit)
            : recent.all(filter.limit)
      return (rows as Raw[]).filter((r) => filter.clientId === null || r.clientId === filter.clientId).map(map)
    },
    insert(
      b: {
        clientId: number
        soort: BriefSoort
        gegevens: BriefGegevens
        vrijeTekst: VrijeTekst
        corrigeertId: number | null
        batchId: number | null
        adviseurId: number | null
        budgetplanVersieId?: number | null
      },
      now: string,
    ): number {
      return Number(
        insert.run({
          budgetplanVersieId: null,
          ...b,
          gegevens: JSON.stringify(b.gegevens),
          vrijeTekst: JSON.stringify(b.vrijeTekst),
          now,
        }).lastInsertRowid,
      )
    },
    update: (
      id: number,
      version: number,
      gegevens: BriefGegevens,
      vrijeTekst: VrijeTekst,
      budgetplanVersieId: number | null,
      now: string,
    ) => update.run(JSON.stringify(gegevens), JSON.stringify(vrijeTekst), budgetplanVersieId, now, id, version, 'concept').changes === 1,
    finalise: (f: { id: number; version: number; kenmerk: string; datum: string; budgetplanVersieId: number | null; now: string }) =>
      finalise.run(f.kenmerk, f.datum, f.budgetplanVersieId, f.now, f.id, f.version).changes === 1,
    /** The day a letter of this client with this kenmerk was sent (its bekendmaking), if registered. */
    verzondenOp: (clientId: number, kenmerk: string) => (verzendingVan.get(clientId, kenmerk) as string | undefined) ?? null,
    /** The client's latest definitief voornemen tot afwijzing about this (pgb, vpt, mpt, meerzorg). */
    voornemen: (clientId: number, voor: string) => voornemen.get(clientId, voor) as { kenmerk: string; datum: string } | undefined,
    remove: (id: number, version: number) => remove.run(id, version).changes === 1,
    /** The next `count` kenmerken of the year (BR-2026-000001, -000002, …), taken only when archived. */
    nextKenmerken(year: string, count: number): string[] {
      const last = lastKenmerk.get(`BR-${year}-%`) as string | undefined
      const n = last ? Number(last.slice(-6)) + 1 : 1
      return Array.from({ length: count }, (_, i) => `BR-${year}-${String(n + i).padStart(6, '0')}`)
    },
    archive: (a: {
      briefId: number
      kenmerk: string
      templateVersie: number
      snapshot: string
      pdf: Uint8Array
      sha256: string
      now: string
      door: number | null
    }) => void archive.run({ ...a, pdf: Buffer.from(a.pdf) }),
    archief: (id: number) => archief.get(id) as ArchiefRow | undefined,
    archiefPdf: (id: number) => archiefPdf.get(id) as Buffer | undefined,
    verzending: (id: number, verzondenOp: string, now: string, door: number | null) => void verzending.run(id, verzondenOp, now, door),
  }
}
export type BrievenRepo = ReturnType<typeof brievenRepo>
