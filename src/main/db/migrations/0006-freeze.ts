import type { Migration } from '../types'
import { freezeTriggers } from '../freeze'

/**
 * One freeze mechanism: the append-only audit log, vastgestelde plan versions and definitieve
 * letters (row, archive, verzenddatum) get the same pair of triggers with one recognisable message,
 * replacing the three styles of migrations 1, 3 and 4. REPLACE and UPSERT cannot slip past them:
 * every connection sets recursive_triggers (db/connection.ts), so REPLACE fires the delete trigger.
 */
export const m0006: Migration = {
  version: 6,
  name: 'freeze',
  sql: /* sql */ `
    DROP TRIGGER audit_log_no_update;
    DROP TRIGGER audit_log_no_delete;
    DROP TRIGGER plan_versie_vastgesteld_immutable;
    DROP TRIGGER plan_versie_vastgesteld_no_delete;
    DROP TRIGGER brief_no_update;
    DROP TRIGGER brief_no_delete;
    DROP TRIGGER brief_archief_no_update;
    DROP TRIGGER brief_archief_no_delete;
    DROP TRIGGER brief_verzending_no_update;
    DROP TRIGGER brief_verzending_no_delete;
    ${freezeTriggers('audit_log', '', 'Het logboek kan niet worden gewijzigd of ingekort.')}
    ${freezeTriggers('plan_versie', `OLD.status = 'vastgesteld'`, 'Deze versie is vastgesteld en verandert niet meer. Maak een nieuwe versie om iets aan te passen.', { purgeable: true })}
    ${freezeTriggers('brief', `OLD.status = 'definitief'`, 'Deze brief is definitief en kan niet meer worden gewijzigd. Klopt er iets niet? Maak dan een correctie.', { purgeable: true })}
    ${freezeTriggers('brief_archief', '', 'Het archief van een definitieve brief kan niet worden gewijzigd of verwijderd.', { purgeable: true })}
    ${freezeTriggers('brief_verzending', '', 'De verzenddatum van een brief kan niet worden gewijzigd of verwijderd.', { purgeable: true })}
  `,
}
