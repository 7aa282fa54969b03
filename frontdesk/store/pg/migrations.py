"""PostgreSQL schema versions. Append only: a shipped migration is never edited.

The same story as the SQLite cache (store/migrations.py), with the version in a table instead
of PRAGMA user_version. The columns keep SQLite's names so both stores read alike; times are
timestamptz and dates are date (the later items of issue 14 put ranges and exclusion
constraints on them), and the patient search index is a weighted tsvector column instead of an
FTS5 table (see store/pg/search.py for the weights).

Kept in mind for what comes later, not built: a `changes` sequence table (LISTEN/NOTIFY),
an exclusion constraint over pending bookings, claims of outbox rows with SKIP LOCKED.
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
    # 2: the waitlist (issue 15), as SQLite's migration 5 keeps it (provider_ids JSON text,
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
    # 3: blockouts (issue 15), as SQLite's migration 6 keeps them, times typed.
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

SCHEMA_VERSION = len(MIGRATIONS)
