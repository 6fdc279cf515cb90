/**
 * Which dossiers (client gids) a device may hold: those of its account's teams ($1, uuid[]); a device
 * with scope 'huisbezoek' ($2 = its id) only the ones marked "mee op huisbezoek" for it. Used by
 * pull, by the live channel and at revoke time (what did this device hold?).
 */
export const visibleDossiersSql = /* sql */ `
  SELECT d.client_gid FROM dossier d
  WHERE d.team_id = ANY($1::uuid[])
    AND ($2::uuid IS NULL OR EXISTS (
      SELECT 1 FROM sync_row h
      WHERE h.client_gid = d.client_gid AND h.entity = 'huisbezoek' AND NOT h.deleted AND h.fields->>'deviceId' = $2::text))`

/**
 * The same rule as a condition on one client gid column, for pull: checked per candidate row while
 * reading sync_row in seq order (cheap for an incremental pull), instead of first listing every dossier
 * of the team (10,000 gids) on each request.
 */
export const mayHold = (clientGidColumn: string) => /* sql */ `EXISTS (
  SELECT 1 FROM dossier d
  WHERE d.client_gid = ${clientGidColumn} AND d.team_id = ANY($1::uuid[])
    AND ($2::uuid IS NULL OR EXISTS (
      SELECT 1 FROM sync_row mark
      WHERE mark.client_gid = d.client_gid AND mark.entity = 'huisbezoek' AND NOT mark.deleted AND mark.fields->>'deviceId' = $2::text)))`
