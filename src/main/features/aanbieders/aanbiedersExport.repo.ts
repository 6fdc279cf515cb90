import type { Db } from '../../db/types'

/**
 * The register export's one query, apart from the rest so the export worker can open it on its own
 * read-only connection (a consistent snapshot, nothing on the main thread) without the write statements.
 */
export function aanbiedersExportRepo(db: Db) {
  const rows = db.prepare(
    `SELECT a.naam AS organisatie, a.kvk, coalesce(a.agb, '') AS agb_organisatie, a.website, a.telefoon, l.naam AS locatie, l.vestigingsnummer,
       coalesce(l.agb, '') AS agb_locatie, l.straat, l.huisnummer, l.postcode, l.woonplaats, l.sectoren, l.zorgprofielen, l.leveringsvormen,
       l.partnerplekken, l.specialisaties, l.levensbeschouwing, coalesce(l.capaciteit, '') AS capaciteit, l.gecontracteerd,
       coalesce(l.contract_van, '') AS contract_van, coalesce(l.contract_tot, '') AS contract_tot,
       coalesce((SELECT group_concat(zorgprofiel || ':' || weken, '|') FROM wachttijd WHERE locatie_id = l.id), '') AS wachttijden,
       coalesce((SELECT max(bijgewerkt_op) FROM wachttijd WHERE locatie_id = l.id), '') AS wachttijd_bijgewerkt, l.notities
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id ORDER BY a.naam, l.naam`,
  )
  const count = db.prepare('SELECT count(*) FROM locatie').pluck()
  return {
    count: () => count.get() as number,
    /** One row at a time: 120,000 rows never sit in memory as objects all at once. */
    rows: () => rows.iterate() as IterableIterator<Record<string, string | number>>,
  }
}
