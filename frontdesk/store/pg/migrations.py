"""PostgreSQL schema versions. Append only: a shipped migration is never edited.

The same story as the SQLite cache (store/migrations.py), with the version in a table instead
of PRAGMA user_version. The columns keep SQLite's names so both stores read alike; times are
timestamptz and dates are date (the later items of issue 14 put ranges and exclusion
constraints on them), and the patient search index is a weighted tsvector column instead of an
FTS5 table (see store/pg/search.py for the weights).

Migration 2 (issue 14, live refresh and the clash guard): the `changes` sequence that desks
re-read from their last seen number (store/pg/changes.py), and `claims`, the exclusion
constraint over held slots and pending bookings (store/pg/claims.py).
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the SQLite cache's schema 4, in PostgreSQL's types
    """
    CREATE TABLE accounts (
        name text PRIMARY KEY,
        vendor text NOT NULL,
        base_url text NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0
    );
    CREATE TABLE locations (
        account text NOT NULL, id text NOT NULL, name text COLLATE "C" NOT NULL,
        timezone text NOT NULL,
        PRIMARY KEY (account, id)
    );
    CREATE TABLE providers (
        account text NOT NULL, id text NOT NULL, name text NOT NULL, location_id text,
        colour text, position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (account, id)
    );
    CREATE TABLE services (
        account text NOT NULL, id text NOT NULL, name text COLLATE "C" NOT NULL,
        minutes integer NOT NULL, colour text, provider_ids jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (account, id)
    );
    -- Sorted bytewise ("C"), as SQLite sorts: both stores list the same names in one order.
    CREATE TABLE patients (
        rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL, id text NOT NULL,
        first_name text COLLATE "C" NOT NULL, last_name text NOT NULL,
        last_fold text COLLATE "C" NOT NULL,
        birth_date date, phone text, email text, active boolean NOT NULL DEFAULT true,
        owner_name text, vendor_ref text, updated_at timestamptz,
        pending boolean NOT NULL DEFAULT false,
        name_key text NOT NULL DEFAULT '',
        terms tsvector NOT NULL DEFAULT '',
        location_id text,  -- the center whose list holds the patient (SQLite's migration 4)
        UNIQUE (account, id)
    );
    CREATE INDEX patients_terms ON patients USING gin (terms);
    -- hash: equality only, and no length limit on a name (a btree entry has one)
    CREATE INDEX patients_by_name_key ON patients USING hash (name_key);
    -- Each space-separated piece of a patient's folded surname, with the name's sort key: a
    -- surname prefix (the broad search, thousands of hits) finds its first page in name order
    -- from this index alone instead of sorting every hit. Kept by a trigger, for any writer.
    CREATE TABLE surname_words (
        word text COLLATE "C" NOT NULL,
        last_fold text COLLATE "C" NOT NULL,
        first_name text COLLATE "C" NOT NULL,
        rowid bigint NOT NULL REFERENCES patients (rowid) ON DELETE CASCADE
    );
    CREATE INDEX surname_words_in_order ON surname_words (word, last_fold, first_name, rowid);
    CREATE INDEX surname_words_by_patient ON surname_words (rowid);
    CREATE FUNCTION surname_words_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NEW.last_fold = OLD.last_fold AND NEW.first_name = OLD.first_name THEN
                RETURN NULL;
            END IF;
            DELETE FROM surname_words WHERE rowid = NEW.rowid;
        END IF;
        -- cut to 150 characters each: a btree entry must stay under 2,704 bytes
        INSERT INTO surname_words
            SELECT DISTINCT left(piece, 150), left(NEW.last_fold, 150),
                left(NEW.first_name, 150), NEW.rowid
            FROM unnest(string_to_array(NEW.last_fold, ' ')) AS piece WHERE piece <> '';
        RETURN NULL;
    END $$;
    CREATE TRIGGER surname_words_kept AFTER INSERT OR UPDATE ON patients
        FOR EACH ROW EXECUTE FUNCTION surname_words_keep();
    -- Bumped by every change to accounts or locations (whatever process makes it): a search
    -- reads it with its hits and rebuilds its cached countries when it moved.
    CREATE TABLE reference_version (version bigint NOT NULL);
    INSERT INTO reference_version VALUES (0);
    CREATE FUNCTION reference_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE reference_version SET version = version + 1;
        RETURN NULL;
    END $$;
    CREATE TRIGGER accounts_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
        FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
    CREATE TRIGGER locations_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON locations
        FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
    CREATE TABLE patient_index (
        account text PRIMARY KEY,
        regions text NOT NULL,
        version integer NOT NULL
    );
    CREATE TABLE appointments (
        account text NOT NULL, id text NOT NULL, provider_id text NOT NULL,
        start_utc timestamptz NOT NULL, end_utc timestamptz NOT NULL,
        status text NOT NULL, patient_id text, service_id text,
        title text NOT NULL DEFAULT '', notes text NOT NULL DEFAULT '', colour text,
        confirmed_at timestamptz, arrived_at timestamptz, vendor_status text NOT NULL DEFAULT '',
        vendor_ref text, updated_at timestamptz, pending boolean NOT NULL DEFAULT false,
        PRIMARY KEY (account, id)
    );
    CREATE INDEX appointments_by_time ON appointments (start_utc, end_utc);
    CREATE INDEX appointments_by_account ON appointments (account, start_utc);
    CREATE TABLE cursors (
        account text NOT NULL, resource text NOT NULL, value text NOT NULL,
        PRIMARY KEY (account, resource)
    );
    CREATE TABLE request_budget (
        account text PRIMARY KEY, day date NOT NULL, used integer NOT NULL
    );
    -- The outbox as SQLite keeps it (epoch seconds, JSON text): sync/outbox_records reads
    -- its rows the same way from either store.
    CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL,
        kind text NOT NULL,
        client_key text NOT NULL UNIQUE,
        payload text NOT NULL,
        state text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at bigint NOT NULL DEFAULT 0,
        last_error text,
        created_at bigint NOT NULL,
        target_id text,
        claimed_by text,
        sending_at bigint,
        updated_at bigint,
        alternatives text
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE TABLE sync_tasks (
        account text NOT NULL,
        task text NOT NULL,
        last_ok timestamptz,
        last_try timestamptz,
        cost double precision,
        PRIMARY KEY (account, task)
    );
    CREATE TABLE sync_accounts (
        account text PRIMARY KEY,
        last_sync timestamptz,
        failures integer NOT NULL DEFAULT 0,
        blocked_until timestamptz,
        last_error text
    );
    """,
    # 2: each appointment's history (SQLite's migration 6)
    """
    CREATE TABLE appointment_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL,
        appointment_id text NOT NULL,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        before text NOT NULL DEFAULT '',
        after text NOT NULL DEFAULT '',
        source text NOT NULL,
        desk text NOT NULL DEFAULT '',
        user_name text NOT NULL DEFAULT ''
    );
    CREATE INDEX appointment_history_by_appointment
        ON appointment_history (account, appointment_id, at);
    """,
    # 3: confirmation calls (SQLite's migration 7)
    """
    CREATE TABLE confirmation_calls (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL,
        appointment_id text NOT NULL,
        outcome text NOT NULL,
        at timestamptz NOT NULL,
        desk text NOT NULL DEFAULT '',
        user_name text NOT NULL DEFAULT '',
        note text NOT NULL DEFAULT ''
    );
    CREATE INDEX confirmation_calls_by_appointment
        ON confirmation_calls (account, appointment_id, at);
    """,
    # 4: patient alerts (SQLite's migration 8)
    """
    CREATE TABLE patient_alerts (
        account text NOT NULL,
        patient_id text NOT NULL,
        text text NOT NULL,
        at timestamptz NOT NULL,
        desk text NOT NULL DEFAULT '',
        user_name text NOT NULL DEFAULT '',
        PRIMARY KEY (account, patient_id)
    );
    """,
    # 5 (issue 14, clinic mode): who asked for each write (the audit row), the sync agent's
    # health that desks read, and the refreshes desks ask of it.
    """
    -- Filled by the server from the session (sync/clinic.py sets frontdesk.desk and
    -- frontdesk.os_user when it connects); db_user is the role, which a desk cannot choose.
    ALTER TABLE outbox
        ADD COLUMN desk text DEFAULT current_setting('frontdesk.desk', true),
        ADD COLUMN os_user text DEFAULT current_setting('frontdesk.os_user', true),
        ADD COLUMN db_user text DEFAULT session_user;
    -- The audit outlives the entry (a sent entry is deleted): one row per command, kept by a
    -- trigger whoever inserts it. No payload: what was asked is at the vendor and in the book.
    CREATE TABLE outbox_audit (
        entry_id bigint PRIMARY KEY,
        account text NOT NULL,
        kind text NOT NULL,
        client_key text NOT NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        desk text,
        os_user text,
        db_user text
    );
    CREATE FUNCTION outbox_audit_keep() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    BEGIN
        INSERT INTO outbox_audit (entry_id, account, kind, client_key, desk, os_user, db_user)
        VALUES (NEW.id, NEW.account, NEW.kind, NEW.client_key, NEW.desk, NEW.os_user,
                session_user);  -- the login, whatever the row claims
        RETURN NULL;
    END $$;
    CREATE TRIGGER outbox_audited AFTER INSERT ON outbox
        FOR EACH ROW EXECUTE FUNCTION outbox_audit_keep();
    CREATE TABLE agent_health (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        holder text NOT NULL,
        started_at timestamptz NOT NULL,
        heartbeat timestamptz NOT NULL,
        accounts jsonb NOT NULL DEFAULT '{}'
    );
    CREATE TABLE refresh_requests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text,  -- NULL: every account
        asked_at timestamptz NOT NULL DEFAULT now(),
        desk text DEFAULT current_setting('frontdesk.desk', true),
        os_user text DEFAULT current_setting('frontdesk.os_user', true),
        db_user text DEFAULT session_user,
        served_at timestamptz
    );
    CREATE INDEX refresh_requests_open ON refresh_requests (id) WHERE served_at IS NULL;
    """,
]


def _captured(table: str, kind: str, fields: str) -> str:
    """Row triggers that fold what a transaction changes in `table` into one `changes` row per
    account (see note_change). `fields`: the account, id, provider, start and end of a row,
    written for a row variable `r`. An update that changes nothing is no news (a sync
    rewriting what it had wakes no desk): the WHEN clause skips it before any call."""
    values = fields.replace("r.", "{row}.")
    return f"""
    CREATE FUNCTION {table}_noted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN
            PERFORM note_change('{kind}', {values.format(row="NEW")});
        END IF;
        IF TG_OP <> 'INSERT' THEN
            PERFORM note_change('{kind}', {values.format(row="OLD")});
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER {table}_noted AFTER INSERT OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {table}_noted();
    CREATE TRIGGER {table}_changed AFTER UPDATE ON {table}
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION {table}_noted();
    """


# 6: the change sequence (LISTEN/NOTIFY) and the clash guard (claims), appended after the
# desk tools' tables 2 to 4 and clinic mode's 5 (nothing on PostgreSQL has shipped yet)
MIGRATIONS.append(
    """
    -- What changed, in commit order. A row is written by the triggers below with no number;
    -- the deferred trigger numbers the transaction's rows at commit, under the clock's row
    -- lock, so numbers are handed out in commit order: a reader that has seen N never later
    -- meets a committed N-1 (a plain sequence numbers at insert, and a transaction that
    -- inserted first but committed last would be skipped).
    CREATE TABLE changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seq bigint UNIQUE,
        committed_at timestamptz,
        xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
        kind text NOT NULL,  -- appointment, patient, reference, outbox, hold, agent
        account text,        -- NULL: not one account's (the list of accounts)
        ids text[],          -- NULL: any of the account's (more than 100)
        start_utc timestamptz, end_utc timestamptz, provider_id text
    );
    -- a transaction's rows, not yet numbered: one per kind and account (note_change folds)
    CREATE UNIQUE INDEX changes_unnumbered ON changes (xact, kind, account) WHERE seq IS NULL;
    CREATE INDEX changes_by_time ON changes (committed_at);
    -- seq: the last number handed out; pruned_to: the last number pruned (a reader behind it
    -- missed changes and rereads everything).
    CREATE TABLE change_clock (seq bigint NOT NULL, pruned_to bigint NOT NULL);
    INSERT INTO change_clock VALUES (0, 0);
    -- Fold one row's change into its transaction's row for (kind, account): the ids (none
    -- past 100: "any of the account's"; a longer array rewritten at every row made a page of
    -- 1,000 patients three times slower to store), the hull of the times, the provider while
    -- only one. A row that adds nothing (a sync page past 100 patients) writes nothing.
    CREATE FUNCTION note_change(
        a_kind text, a_account text, a_id text, a_provider text,
        a_start timestamptz, a_end timestamptz
    ) RETURNS void LANGUAGE sql
    -- As the owner: a desk's role may insert a command, never write the change log itself.
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
        INSERT INTO changes AS c (kind, account, ids, start_utc, end_utc, provider_id)
        VALUES (a_kind, a_account, ARRAY[a_id], a_start, a_end, a_provider)
        ON CONFLICT (xact, kind, account) WHERE seq IS NULL DO UPDATE SET
            ids = CASE WHEN excluded.ids <@ c.ids THEN c.ids
                WHEN cardinality(c.ids) < 100 THEN c.ids || excluded.ids END,
            start_utc = LEAST(c.start_utc, excluded.start_utc),
            end_utc = GREATEST(c.end_utc, excluded.end_utc),
            provider_id = CASE WHEN c.provider_id = excluded.provider_id THEN c.provider_id END
        WHERE c.ids IS NOT NULL OR excluded.start_utc < c.start_utc
            OR excluded.end_utc > c.end_utc OR c.provider_id <> excluded.provider_id
    $$;
    CREATE FUNCTION changes_number() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
        base bigint;
        n bigint;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM changes WHERE seq IS NULL) THEN
            RETURN NULL;  -- an earlier row's trigger numbered this transaction's rows
        END IF;
        SELECT seq INTO base FROM change_clock FOR UPDATE;  -- held until the commit
        WITH mine AS (
            SELECT id, row_number() OVER (ORDER BY id) AS k FROM changes WHERE seq IS NULL
        )
        UPDATE changes c SET seq = base + mine.k, committed_at = clock_timestamp()
            FROM mine WHERE c.id = mine.id;
        GET DIAGNOSTICS n = ROW_COUNT;
        UPDATE change_clock SET seq = base + n;
        -- delivered at commit, never for a rolled back transaction
        PERFORM pg_notify('frontdesk_changes', (base + n)::text);
        RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER changes_numbered AFTER INSERT ON changes
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION changes_number();
    -- Reference data: one change for the statement (views reread the snapshot whole).
    CREATE FUNCTION reference_noted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO changes (kind) VALUES ('reference');
        RETURN NULL;
    END $$;
    CREATE TRIGGER accounts_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
        FOR EACH STATEMENT EXECUTE FUNCTION reference_noted();
    CREATE TRIGGER locations_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON locations
        FOR EACH STATEMENT EXECUTE FUNCTION reference_noted();
    CREATE TRIGGER providers_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON providers
        FOR EACH STATEMENT EXECUTE FUNCTION reference_noted();
    CREATE TRIGGER services_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services
        FOR EACH STATEMENT EXECUTE FUNCTION reference_noted();

    -- The clash guard: a slot held by an open booking dialog (kind 'hold', until expires_at)
    -- or taken by a booking waiting in the outbox (kind 'booking', until its row is sent or
    -- fails). No two claims of one provider overlap: of two desks committing at the same
    -- instant, the database lets exactly one through. Synced appointments are not claims:
    -- overlaps in the vendor's data are shown, never rejected (store/pg/claims.py checks them).
    -- btree_gist gives text equality to a gist index; installed once per database, in public
    -- (a schema a test drops must not take it along).
    CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
    CREATE TABLE claims (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('hold', 'booking')),
        account text NOT NULL,
        provider_id text NOT NULL,
        during tstzrange NOT NULL CHECK (NOT isempty(during)),
        desk text NOT NULL,
        expires_at timestamptz,  -- a hold's; NULL for a booking
        outbox_id bigint REFERENCES outbox (id) ON DELETE CASCADE,
        CHECK ((kind = 'hold') = (expires_at IS NOT NULL)),
        EXCLUDE USING gist (account WITH =, provider_id WITH =, during WITH &&)
    );
    CREATE INDEX claims_by_outbox ON claims (outbox_id);
    -- A booking the vendor refused frees its slot (a sent one is deleted with its row).
    CREATE FUNCTION claims_free() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM claims WHERE outbox_id = NEW.id;
        RETURN NULL;
    END $$;
    CREATE TRIGGER outbox_failed_frees AFTER UPDATE OF state ON outbox
        FOR EACH ROW WHEN (NEW.state = 'failed') EXECUTE FUNCTION claims_free();
    """
    + _captured(
        "appointments", "appointment", "r.account, r.id, r.provider_id, r.start_utc, r.end_utc"
    )
    + _captured("patients", "patient", "r.account, r.id, NULL, NULL, NULL")
    + _captured("outbox", "outbox", "r.account, r.id::text, NULL, NULL, NULL")
    + _captured(
        "claims", "hold", "r.account, r.id::text, r.provider_id, lower(r.during), upper(r.during)"
    )
)
MIGRATIONS.extend(
    [
        # 7: the waitlist (issue 15), as SQLite's migration 9 keeps it (provider_ids JSON text,
        # days "mon,tue"), with dates and times typed.
        """
        CREATE TABLE waitlist (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            account text NOT NULL, patient_id text NOT NULL, service_id text,
            provider_ids text NOT NULL DEFAULT '[]', days text NOT NULL DEFAULT '',
            time_of_day text, earliest date, latest date,
            urgent boolean NOT NULL DEFAULT false, note text NOT NULL DEFAULT '',
            added_at timestamptz NOT NULL
        );
        CREATE INDEX waitlist_by_account ON waitlist (account);
        """,
        # 8: blockouts (issue 15), as SQLite's migration 10 keeps them, times typed.
        """
        CREATE TABLE blockouts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            account text NOT NULL, provider_id text,
            start_utc timestamptz NOT NULL, end_utc timestamptz NOT NULL, timezone text NOT NULL,
            kind text NOT NULL, title text NOT NULL DEFAULT '', colour text, repeat_until date
        );
        CREATE INDEX blockouts_by_account ON blockouts (account);
        """,
    ]
)
# 9 (issue 14 item 8): a desk that lost the server queued its writes in its own mirror; on
# reconnect each is handed to the shared outbox once. The key is recorded in the transaction
# that inserts the row, so a hand-off repeated after a crash (or after the row was sent and
# deleted) inserts nothing. store/pg/handoff.py.
MIGRATIONS.append(
    """
    CREATE TABLE handed_off (
        client_key text PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX outbox_audit_by_key ON outbox_audit (client_key);
    """
)
# 10: the pinboard (issue 15 item 6), as SQLite's migration 11 keeps it, times typed.
MIGRATIONS.append(
    """
    CREATE TABLE pins (
        account text NOT NULL, appointment_id text NOT NULL, desk text NOT NULL,
        pinned_at timestamptz NOT NULL,
        provider_id text NOT NULL, start_utc timestamptz NOT NULL,
        end_utc timestamptz NOT NULL,
        PRIMARY KEY (account, appointment_id, desk)
    );
    """
)
MIGRATIONS.append(
    # 11: recurring series (issue 15 item 2), as SQLite's migration 12 keeps them.
    """
    CREATE TABLE series (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account text NOT NULL, rule text NOT NULL, timezone text NOT NULL,
        created_at timestamptz NOT NULL,
        desk text NOT NULL DEFAULT '', user_name text NOT NULL DEFAULT ''
    );
    CREATE TABLE series_appointments (
        series_id bigint NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        account text NOT NULL, position integer NOT NULL, appointment_id text NOT NULL,
        PRIMARY KEY (account, appointment_id)
    );
    CREATE INDEX series_appointments_by_series ON series_appointments (series_id, position);
    """
)
# 12 (issue 15, "refreshed live"): the clinic's own desk tools on the change sequence, so
# another desk's waitlist, book (blockouts) and series marks refresh with no F5. A desk's role
# may insert a series: note_change writes the log as its owner, as for the outbox and claims.
MIGRATIONS.append(
    _captured("waitlist", "waitlist", "r.account, r.id::text, NULL, NULL, NULL")
    # the first week only: a weekly one repeats, and a blockouts change redraws the whole book
    + _captured(
        "blockouts", "blockout", "r.account, r.id::text, r.provider_id, r.start_utc, r.end_utc"
    )
    + _captured("series", "series", "r.account, r.id::text, NULL, NULL, NULL")
    # a member's booking may still wait in the outbox: no time known here, the account's book
    + _captured("series_appointments", "series", "r.account, r.appointment_id, NULL, NULL, NULL")
)
# 13: blockouts stored at the vendor (issue 15 item 3), as SQLite's migration 14 keeps them; a
# change (the agent settling an occurrence) is a blockouts change: the book's tooltip says it.
MIGRATIONS.append(
    """
    CREATE TABLE blockout_remote (
        account text NOT NULL, remote_id text NOT NULL, blockout_id bigint NOT NULL,
        provider_id text NOT NULL, start_utc timestamptz NOT NULL,
        end_utc timestamptz NOT NULL, title text NOT NULL DEFAULT '', colour text,
        state text NOT NULL, vendor_id text, reason text NOT NULL DEFAULT '',
        PRIMARY KEY (account, remote_id)
    );
    CREATE INDEX blockout_remote_by_blockout ON blockout_remote (blockout_id, state);
    """
    + _captured(
        "blockout_remote",
        "blockout",
        "r.account, r.blockout_id::text, r.provider_id, r.start_utc, r.end_utc",
    )
)
# 14: the patients in name order (issue 13's number prefixes, on PostgreSQL): the first page of
# a common number prefix ("+32 49": a quarter of the patients) is found by walking this index
# until a page of them matched, instead of sorting every match (store/pg/store.py, _by_walk).
# Names cut to 150 characters, as in surname_words: a btree entry must stay under 2,704 bytes.
MIGRATIONS.append(
    """
    CREATE INDEX patients_in_name_order
        ON patients (left(last_fold, 150), left(first_name, 150), rowid);
    """
)

SCHEMA_VERSION = len(MIGRATIONS)
