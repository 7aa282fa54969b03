"""Schema versions. Append only: a shipped migration is never edited."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        vendor TEXT NOT NULL,
        base_url TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE locations (
        account TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, timezone TEXT NOT NULL,
        PRIMARY KEY (account, id)
    );
    CREATE TABLE providers (
        account TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, location_id TEXT,
        colour TEXT, position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, id)
    );
    CREATE TABLE services (
        account TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, minutes INTEGER NOT NULL,
        colour TEXT, provider_ids TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (account, id)
    );
    CREATE TABLE patients (
        rowid INTEGER PRIMARY KEY,
        account TEXT NOT NULL, id TEXT NOT NULL,
        first_name TEXT NOT NULL, last_name TEXT NOT NULL, last_fold TEXT NOT NULL,
        birth_date TEXT, phone TEXT, email TEXT, active INTEGER NOT NULL DEFAULT 1,
        owner_name TEXT, vendor_ref TEXT, updated_at INTEGER,
        UNIQUE (account, id)
    );
    CREATE VIRTUAL TABLE patient_search USING fts5(
        last_name, first_name, owner, email, phone, birth,
        tokenize = "unicode61 remove_diacritics 2"
    );
    CREATE TABLE appointments (
        account TEXT NOT NULL, id TEXT NOT NULL, provider_id TEXT NOT NULL,
        start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL,
        status TEXT NOT NULL, patient_id TEXT, service_id TEXT,
        title TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', colour TEXT,
        confirmed_at INTEGER, arrived_at INTEGER, vendor_status TEXT NOT NULL DEFAULT '',
        vendor_ref TEXT, updated_at INTEGER, pending INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account, id)
    );
    CREATE INDEX appointments_by_time ON appointments (start_utc, end_utc);
    CREATE TABLE cursors (
        account TEXT NOT NULL, resource TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (account, resource)
    );
    CREATE TABLE request_budget (
        account TEXT PRIMARY KEY, day TEXT NOT NULL, used INTEGER NOT NULL
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        kind TEXT NOT NULL,
        client_key TEXT NOT NULL UNIQUE,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at INTEGER NOT NULL
    );
    """,
    # 2: the sync scheduler's memory, durable outbox states, pending patients
    """
    CREATE TABLE sync_tasks (
        account TEXT NOT NULL,
        task TEXT NOT NULL,
        last_ok INTEGER,
        last_try INTEGER,
        cost REAL,
        PRIMARY KEY (account, task)
    );
    CREATE TABLE sync_accounts (
        account TEXT PRIMARY KEY,
        last_sync INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        blocked_until INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
    );
    ALTER TABLE outbox ADD COLUMN target_id TEXT;
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN sending_at INTEGER;
    ALTER TABLE outbox ADD COLUMN updated_at INTEGER;
    ALTER TABLE outbox ADD COLUMN alternatives TEXT;
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE INDEX appointments_by_account ON appointments (account, start_utc);
    ALTER TABLE patients ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: search as callers give it (issue 11). Phone numbers are indexed in each account's
    # country (E.164 and national forms) and full names kept for exact ranking. The tokens need
    # libphonenumber, so Cache rebuilds the index when it opens: an account missing from
    # patient_index (every account after this upgrade) or indexed for other countries.
    """
    ALTER TABLE patients ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    CREATE TABLE patient_index (
        account TEXT PRIMARY KEY,
        regions TEXT NOT NULL,
        version INTEGER NOT NULL
    );
    """,
    # 4: the location whose patient list holds a patient (Progenda keeps one per center), as
    # the connector read it; NULL where the vendor has no such list or it is not known yet.
    # A Progenda account's patients are read again in full once (its cursors dropped), so
    # every patient stored before gets its center.
    """
    ALTER TABLE patients ADD COLUMN location_id TEXT;
    DELETE FROM cursors WHERE resource IN ('patients', 'patients.pass')
        AND account IN (SELECT name FROM accounts WHERE vendor = 'progenda');
    """,
    # 5: name searches walk an index in the results' order (issue 13, store/name_index.py).
    # A new cache's index is current (search_state); for the patients of an older one, Cache
    # fills the tables at its first search.
    """
    CREATE TABLE name_keys (
        kind INTEGER NOT NULL,
        key TEXT NOT NULL,
        last_fold TEXT NOT NULL,
        first_name TEXT NOT NULL,
        patient INTEGER NOT NULL,
        PRIMARY KEY (kind, key, last_fold, first_name, patient)
    ) WITHOUT ROWID;
    CREATE TABLE name_words (
        patient INTEGER PRIMARY KEY,
        words TEXT NOT NULL,
        last_fold TEXT NOT NULL,
        first_name TEXT NOT NULL,
        keys TEXT NOT NULL
    );
    CREATE TABLE email_domain_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE search_state (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
    INSERT INTO search_state SELECT 'names', 1 WHERE NOT EXISTS (SELECT 1 FROM patients);
    """,
    # 6: each appointment's history (issue 15 item 5): what changed, before and after (times
    # as ISO text in UTC), through frontdesk or seen at the vendor, by which desk and user.
    """
    CREATE TABLE appointment_history (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        appointment_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX appointment_history_by_appointment
        ON appointment_history (account, appointment_id, at);
    """,
    # 7: confirmation calls (issue 15 item 4): each call's outcome, kept by the desk
    """
    CREATE TABLE confirmation_calls (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        appointment_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        at INTEGER NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX confirmation_calls_by_appointment
        ON confirmation_calls (account, appointment_id, at);
    """,
    # 8: patient alerts (issue 15 item 7): one a patient, local to frontdesk
    """
    CREATE TABLE patient_alerts (
        account TEXT NOT NULL,
        patient_id TEXT NOT NULL,
        text TEXT NOT NULL,
        at INTEGER NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account, patient_id)
    );
    """,
    # 9: the waitlist (issue 15): frontdesk's own, no vendor models it. provider_ids is a JSON
    # list (empty: any), days "mon,tue" (empty: any), dates ISO text, added_at epoch seconds.
    """
    CREATE TABLE waitlist (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL, patient_id TEXT NOT NULL, service_id TEXT,
        provider_ids TEXT NOT NULL DEFAULT '[]', days TEXT NOT NULL DEFAULT '',
        time_of_day TEXT, earliest TEXT, latest TEXT,
        urgent INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '',
        added_at INTEGER NOT NULL
    );
    CREATE INDEX waitlist_by_account ON waitlist (account);
    """,
    # 10: blockouts (issue 15): breaks, meetings, time off; kept here for every vendor.
    # provider_id NULL: all of the account's providers; times epoch seconds with the zone a
    # weekly blockout repeats in; repeat_until ISO text (NULL: once).
    """
    CREATE TABLE blockouts (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL, provider_id TEXT,
        start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL, timezone TEXT NOT NULL,
        kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', colour TEXT, repeat_until TEXT
    );
    CREATE INDEX blockouts_by_account ON blockouts (account);
    """,
    # 11: the pinboard (issue 15 item 6): each desk's pinned appointments, with the time and
    # provider they had when pinned (a later difference is a move made elsewhere).
    """
    CREATE TABLE pins (
        account TEXT NOT NULL, appointment_id TEXT NOT NULL, desk TEXT NOT NULL,
        pinned_at INTEGER NOT NULL,
        provider_id TEXT NOT NULL, start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL,
        PRIMARY KEY (account, appointment_id, desk)
    );
    """,
    # 12: recurring series (issue 15 item 2): frontdesk's own (no vendor models one). rule is
    # the RRULE text (domain/recurrence.py); a member is linked by its booking's placeholder
    # id until the vendor confirms it, then by the vendor's id.
    """
    CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL, rule TEXT NOT NULL, timezone TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        desk TEXT NOT NULL DEFAULT '', user_name TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE series_appointments (
        series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        account TEXT NOT NULL, position INTEGER NOT NULL, appointment_id TEXT NOT NULL,
        PRIMARY KEY (account, appointment_id)
    );
    CREATE INDEX series_appointments_by_series ON series_appointments (series_id, position);
    """,
    # 13: number searches read ordered tables instead of full-text (issue 13,
    # store/phone_index.py). A new cache's are current; an older one's are filled from
    # patient_search at its first search. "0479" may also start a birth date: the index on
    # birth_date says whether one does.
    """
    CREATE TABLE phone_tokens (
        token TEXT NOT NULL,
        patient INTEGER NOT NULL,
        PRIMARY KEY (token, patient)
    ) WITHOUT ROWID;
    CREATE TABLE phone_people (
        patient INTEGER PRIMARY KEY,
        last_fold TEXT NOT NULL,
        first_name TEXT NOT NULL,
        forms TEXT NOT NULL,
        tokens TEXT NOT NULL
    );
    CREATE INDEX phone_people_order ON phone_people (last_fold, first_name, patient, forms);
    CREATE INDEX patients_by_birth ON patients (birth_date);
    INSERT INTO search_state SELECT 'phones', 1 WHERE NOT EXISTS (SELECT 1 FROM patients);
    """,
    # 14: blockouts stored at the vendor (issue 15 item 3): one row per occurrence and
    # provider sent, keyed by its remote_id (the outbox key); state pending, stored or refused
    # (then kept here, with the vendor's reason). Removed with its blockout.
    """
    CREATE TABLE blockout_remote (
        account TEXT NOT NULL, remote_id TEXT NOT NULL, blockout_id INTEGER NOT NULL,
        provider_id TEXT NOT NULL, start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '', colour TEXT,
        state TEXT NOT NULL, vendor_id TEXT, reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account, remote_id)
    );
    CREATE INDEX blockout_remote_by_blockout ON blockout_remote (blockout_id, state);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
