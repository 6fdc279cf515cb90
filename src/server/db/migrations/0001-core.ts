/**
 * Accounts, teams, devices and sessions; the synced rows with their global sequence; idempotency,
 * conflicts, the central audit log, kenmerk blocks and uploads. Times come from the app's clock
 * (injectable in tests), never from now(), so every timestamp column is written by the code.
 */
export const m0001 = {
  version: 1,
  name: 'core',
  sql: /* sql */ `
    CREATE TABLE team (
      id uuid PRIMARY KEY,
      naam text NOT NULL UNIQUE CHECK (length(naam) BETWEEN 1 AND 120),
      created_at timestamptz NOT NULL
    );

    CREATE TABLE account (
      id uuid PRIMARY KEY,
      gebruikersnaam text NOT NULL UNIQUE,
      naam text NOT NULL,
      functie text NOT NULL DEFAULT '',
      afdeling text NOT NULL CHECK (afdeling IN ('klantadvies', 'pgb')),
      regio_code text NOT NULL,
      role text NOT NULL CHECK (role IN ('klantadviseur', 'pgb_adviseur', 'teamleider', 'beheerder')),
      actief boolean NOT NULL DEFAULT true,
      must_change_password boolean NOT NULL DEFAULT true,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE account_team (
      account_id uuid NOT NULL REFERENCES account (id),
      team_id uuid NOT NULL REFERENCES team (id),
      position int NOT NULL,
      PRIMARY KEY (account_id, team_id)
    );
    CREATE INDEX account_team_by_team ON account_team (team_id);

    CREATE TABLE device (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account (id),
      naam text NOT NULL,
      public_key text NOT NULL,
      scope text NOT NULL CHECK (scope IN ('bureau', 'huisbezoek')),
      registered_at timestamptz NOT NULL,
      last_seen_at timestamptz,
      revoked_at timestamptz,
      revoked_by uuid REFERENCES account (id)
    );

    -- Only SHA-256 hashes of tokens are stored: a copy of this table signs nobody in.
    CREATE TABLE session (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account (id),
      device_id uuid NOT NULL REFERENCES device (id),
      access_hash text NOT NULL UNIQUE,
      access_expires_at timestamptz NOT NULL,
      refresh_hash text NOT NULL UNIQUE,
      refresh_expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX session_by_device ON session (device_id);
    CREATE INDEX session_by_account ON session (account_id);

    -- Failed sign-ins per gebruikersnaam and per remote address, shared by every server instance.
    CREATE TABLE login_throttle (
      key text PRIMARY KEY,
      failures int NOT NULL,
      last_failure_at timestamptz NOT NULL,
      blocked_until timestamptz
    );

    -- The one global change sequence; see sync/seqLock.ts for why its use is serialised.
    CREATE SEQUENCE sync_seq;

    -- The latest state of every synced row. fields holds the full row (camelCase JSON, gids as references).
    CREATE TABLE sync_row (
      entity text NOT NULL,
      gid uuid NOT NULL,
      scope text NOT NULL CHECK (scope IN ('dossier', 'shared', 'account')),
      client_gid uuid,
      version int NOT NULL,
      seq bigint NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      fields jsonb NOT NULL,
      changed_by uuid,
      changed_device uuid,
      changed_at timestamptz NOT NULL,
      upload_id uuid,
      PRIMARY KEY (entity, gid),
      CHECK ((scope = 'dossier') = (client_gid IS NOT NULL))
    );
    CREATE UNIQUE INDEX sync_row_by_seq ON sync_row (seq);
    CREATE INDEX sync_row_by_client ON sync_row (client_gid, seq) WHERE client_gid IS NOT NULL;

    -- Which team holds each dossier: the visibility rule of pull and push.
    CREATE TABLE dossier (
      client_gid uuid PRIMARY KEY,
      team_id uuid NOT NULL REFERENCES team (id)
    );
    CREATE INDEX dossier_by_team ON dossier (team_id);

    -- "You may no longer hold this dossier": after a move to another team, or the end of a huisbezoek mark.
    CREATE TABLE dossier_hidden (
      seq bigint PRIMARY KEY,
      client_gid uuid NOT NULL,
      from_team uuid,
      device_id uuid,
      at timestamptz NOT NULL
    );

    -- Idempotency: the result of every change id already handled, answered again on a replay.
    CREATE TABLE applied_change (
      change_id uuid PRIMARY KEY,
      batch_id uuid NOT NULL,
      device_id uuid NOT NULL,
      account_id uuid NOT NULL,
      result jsonb NOT NULL,
      at timestamptz NOT NULL
    );

    CREATE TABLE conflict (
      id uuid PRIMARY KEY,
      entity text NOT NULL,
      gid uuid NOT NULL,
      client_gid uuid,
      change_id uuid NOT NULL,
      author uuid NOT NULL REFERENCES account (id),
      device_id uuid NOT NULL,
      fields jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      resolved_at timestamptz,
      resolved_by uuid,
      keuze jsonb
    );
    CREATE INDEX conflict_open_by_author ON conflict (author, created_at) WHERE resolved_at IS NULL;

    -- Central NEN 7513 log: workstation records (through push) and the server's own (revoke, resolve, beheer).
    CREATE TABLE audit_record (
      id bigserial PRIMARY KEY,
      gid uuid NOT NULL UNIQUE,
      at timestamptz NOT NULL,
      event text NOT NULL,
      action text NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
      client_gid uuid,
      user_gid uuid,
      role text,
      on_behalf_of uuid,
      device_id uuid,
      details jsonb NOT NULL,
      source text NOT NULL CHECK (source IN ('werkplek', 'server')),
      received_at timestamptz NOT NULL
    );
    CREATE INDEX audit_record_by_client ON audit_record (client_gid, id);
    CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_record is append-only'; END $$;
    CREATE TRIGGER audit_record_no_change BEFORE UPDATE OR DELETE ON audit_record
      FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();

    CREATE TABLE kenmerk_teller (
      jaar int PRIMARY KEY,
      laatste int NOT NULL CHECK (laatste BETWEEN 0 AND 999999)
    );
    CREATE TABLE kenmerk_blok (
      id uuid PRIMARY KEY,
      jaar int NOT NULL,
      van int NOT NULL,
      tot int NOT NULL CHECK (tot >= van),
      device_id uuid NOT NULL REFERENCES device (id),
      account_id uuid NOT NULL REFERENCES account (id),
      uitgegeven_op timestamptz NOT NULL,
      UNIQUE (jaar, van)
    );
    -- A number is reported once: used by one letter, or returned unused. Never both, never twice.
    CREATE TABLE kenmerk_nummer (
      jaar int NOT NULL,
      nummer int NOT NULL,
      blok_id uuid NOT NULL REFERENCES kenmerk_blok (id),
      status text NOT NULL CHECK (status IN ('gebruikt', 'ongebruikt')),
      brief_gid uuid,
      gemeld_op timestamptz NOT NULL,
      PRIMARY KEY (jaar, nummer),
      CHECK ((status = 'gebruikt') = (brief_gid IS NOT NULL))
    );

    -- Claimed once by the instance that creates the first beheerder (accounts/bootstrap.ts).
    CREATE TABLE bootstrap_claim (claimed boolean PRIMARY KEY);

    CREATE TABLE upload (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account (id),
      started_at timestamptz NOT NULL,
      finished_at timestamptz
    );
  `,
}
