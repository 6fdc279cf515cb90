import type { Db } from '../../db/types'
import { childRepo } from '../dossier/child.repo'
import type { Aanvraag, Bezwaar, Contactmoment } from '../../../shared/contracts/activiteiten'

const CONTACT = `SELECT c.id, c.version, c.soort, c.datum, c.deelnemers, c.verslag, c.vervolgactie, a.naam AS adviseurNaam
  FROM contactmoment c LEFT JOIN adviseur a ON a.id = c.adviseur_id`

/** Contactmomenten, aanvragen and bezwaren of a dossier. */
export function activiteitenRepo(db: Db) {
  const contactPage = db.prepare(`${CONTACT} WHERE c.client_id = ? ORDER BY c.datum DESC, c.id DESC LIMIT ? OFFSET ?`)
  const contactCount = db.prepare('SELECT count(*) FROM contactmoment WHERE client_id = ?').pluck()
  const contactById = db.prepare(`${CONTACT} WHERE c.id = ?`)
  return {
    aanvragen: childRepo<Aanvraag>(db, 'aanvraag', { order: 'ontvangen_op DESC, id DESC', notFound: 'Deze aanvraag bestaat niet (meer).' }),
    bezwaren: childRepo<Bezwaar>(db, 'bezwaar', {
      booleans: ['adviescommissie'],
      order: 'ontvangen_op DESC, id DESC',
      notFound: 'Dit bezwaar bestaat niet (meer).',
    }),
    contacten: childRepo<Contactmoment>(db, 'contactmoment', {
      order: 'datum DESC, id DESC',
      notFound: 'Dit contactmoment bestaat niet (meer).',
    }),
    /** A page of contactmomenten with the adviser's name, newest first, and the total. */
    contactPage: (clientId: number, offset: number, limit: number) => ({
      rows: contactPage.all(clientId, limit, offset) as Contactmoment[],
      total: contactCount.get(clientId) as number,
    }),
    contact: (id: number) => contactById.get(id) as Contactmoment,
  }
}
export type ActiviteitenRepo = ReturnType<typeof activiteitenRepo>
