"""PgStore: the cache's face (store/cache.py) on a PostgreSQL database.

Synchronous, like Cache, and called on the same cache worker thread (sync/worker.py): a
psycopg_pool.ConnectionPool hands that thread a connection per call or per transaction, so
the GUI thread never waits on the server, exactly as it never waits on SQLite. Methods called
inside `transaction()` on the same thread share its connection (the sync code wraps several
writes in one transaction, as it does on SQLite).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
from psycopg.rows import DictRow, dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.blockouts import Blockout, Occurrence
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.history import HistoryEntry, Shape, seen_at_vendor
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Location,
    Patient,
    PatientHit,
    Provider,
    Service,
)
from frontdesk.domain.pins import Pin
from frontdesk.domain.series import Member, SeriesLink, StoredSeries
from frontdesk.domain.waitlist import WaitlistEntry, offer_order
from frontdesk.store import blockout_rows, pin_rows, series_rows, waitlist_rows
from frontdesk.store.cache import AccountSyncState, TaskRecord
from frontdesk.store.pg import changes, claims, handoff
from frontdesk.store.pg.changes import ChangeLog
from frontdesk.store.pg.outbox_table import PgOutboxTable
from frontdesk.store.pg.schema import migrate
from frontdesk.store.pg.search import PgPlan, pg_plan, terms
from frontdesk.store.search import (
    COUNTRY_OPTION,
    INDEX_VERSION,
    SearchContext,
    fold,
    name_key,
    regions_of,
)

Conn = psycopg.Connection[DictRow]
POOL_SIZE = 4  # one worker thread, plus room for a second reader (the CLI, the bench)
POOL_WAIT_S = 30.0  # psycopg_pool's own default
# A number's first digits: patients walked in name order for a page before the full-text index
# answers instead (about 1 us a row; the index about 3 us a match, sorted). A walk that finds no
# page in this many rows means under 50 / WALK_ROWS of the patients match.
WALK_ROWS = 4000
TIER_ROWS = 500  # surnames starting with the digits typed, at most (more: the full search)
# A page's order after what was typed whole (an exact number, e-mail or name): a surname with a
# word starting with the first word typed (%(lead)s), then alphabetical. The SQLite store's.
LEAD_THEN_NAME = (
    "(p.last_fold LIKE %(lead)s || '%%' OR p.last_fold LIKE '%% ' || %(lead)s || '%%')"
    " DESC, p.last_fold, p.first_name, p.rowid"
)
ACCOUNT_TABLES = (
    "locations",
    "providers",
    "services",
    "patients",
    "appointments",
    "appointment_history",
    "confirmation_calls",
    "patient_alerts",
    "cursors",
    "request_budget",
    "outbox",
    "sync_tasks",
    "sync_accounts",
    "patient_index",
    "waitlist",
    "blockouts",
    "blockout_remote",
    "pins",
    "series_appointments",
    "series",
)


def _second(value: datetime | None) -> datetime | None:
    """Whole seconds, as the SQLite cache keeps times: both stores give back the same value."""
    return None if value is None else datetime.fromtimestamp(int(value.timestamp()), UTC)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC)


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.execute("SET TIME ZONE 'UTC'")


# The blockout an outbox row's write stores (its payload is JSON text).
PAYLOAD_BLOCKOUT = "((o.payload::jsonb) ->> 'blockout_id')::bigint"


def _lead(found: PgPlan) -> str:
    """The first word typed, as a LIKE pattern matches it literally."""
    return found.lead.replace("%", "").replace("_", "")


class PgStore:
    """One PostgreSQL database (a schema on a server), migrated when opened."""

    def __init__(
        self, conninfo: str, *, pool_size: int = POOL_SIZE, timeout: float = POOL_WAIT_S
    ) -> None:
        """`timeout`: how long a call waits for a connection (a desk waits less: with the
        server gone it turns to its mirror, sync/desk_link.py)."""
        self.conninfo = conninfo
        self._local = threading.local()
        # (reference version, countries): see _search_current
        self._known_context: tuple[int, SearchContext] | None = None
        self._pool: ConnectionPool[Conn] = ConnectionPool(
            conninfo,
            connection_class=psycopg.Connection[DictRow],
            kwargs={"autocommit": True, "row_factory": dict_row},
            configure=_configure,
            min_size=1,
            max_size=pool_size,
            timeout=timeout,
            open=False,
        )
        self._pool.open(wait=True)
        try:
            with self._pool.connection() as conn:
                migrate(conn)
            self.refresh_index()
        except BaseException:
            self._pool.close()
            raise

    def close(self) -> None:
        self._pool.close()

    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        """All or nothing; nested calls on the same thread join the open transaction."""
        current: Conn | None = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        with self._pool.connection() as conn, conn.transaction():
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def outbox(self) -> PgOutboxTable:
        """The outbox table, on this store's connections (inside `transaction()` when open)."""
        return PgOutboxTable(self)

    @contextmanager
    def connection(self) -> Iterator[Conn]:
        """The open transaction's connection on this thread, else a pooled one (autocommit)."""
        with self._reading() as conn:
            yield conn

    @contextmanager
    def _reading(self) -> Iterator[Conn]:
        current: Conn | None = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        with self._pool.connection() as conn:
            yield conn

    def _all(self, sql: Any, params: Sequence[Any] | dict[str, Any] = ()) -> list[DictRow]:
        with self._reading() as conn:
            return conn.execute(sql, params).fetchall()

    def _one(self, sql: Any, params: Sequence[Any] | dict[str, Any] = ()) -> DictRow | None:
        with self._reading() as conn:
            return conn.execute(sql, params).fetchone()

    # -- accounts ---------------------------------------------------------------------------
    def save_account(self, name: str, vendor: str, base_url: str, options: dict[str, str]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO accounts (name, vendor, base_url, options, position)"
                " VALUES (%s, %s, %s, %s, (SELECT COALESCE(MAX(position), 0) + 1 FROM accounts))"
                " ON CONFLICT (name) DO UPDATE SET vendor = excluded.vendor,"
                " base_url = excluded.base_url, options = excluded.options",
                (name, vendor, base_url, Jsonb(options)),
            )
            self._refresh_index(conn)  # a `country` option reads its patients' numbers anew
        self._known_context = None

    def accounts(self) -> list[StoredAccount]:
        rows = self._all("SELECT * FROM accounts ORDER BY position, name")
        return [
            StoredAccount(r["name"], r["vendor"], r["base_url"], dict(r["options"])) for r in rows
        ]

    def account(self, name: str) -> StoredAccount | None:
        return next((a for a in self.accounts() if a.name == name), None)

    def remove_account(self, name: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM accounts WHERE name = %s", (name,))
            for table in ACCOUNT_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE account = %s".encode(), (name,))
        self._known_context = None

    # -- reference data ---------------------------------------------------------------------
    def replace_reference(
        self,
        account: str,
        locations: Sequence[Location],
        providers: Sequence[Provider],
        services: Sequence[Service],
    ) -> None:
        with self.transaction() as conn:
            for table in ("locations", "providers", "services"):
                conn.execute(f"DELETE FROM {table} WHERE account = %s".encode(), (account,))
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO locations VALUES (%s, %s, %s, %s)",
                    [(account, x.id, x.name, x.timezone) for x in locations],
                )
                cur.executemany(
                    "INSERT INTO providers VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (account, p.id, p.name, p.location_id, p.colour, n)
                        for n, p in enumerate(providers)
                    ],
                )
                cur.executemany(
                    "INSERT INTO services VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (account, s.id, s.name, s.minutes, s.colour, Jsonb(list(s.provider_ids)))
                        for s in services
                    ],
                )
            self._refresh_index(conn)  # a location in another country: numbers read anew
        self._known_context = None

    def locations(self) -> list[Location]:
        rows = self._all('SELECT * FROM locations ORDER BY account COLLATE "C", name')
        return [Location(r["account"], r["id"], r["name"], r["timezone"]) for r in rows]

    def providers(self, account: str | None = None) -> list[Provider]:
        rows = self._all(
            "SELECT p.* FROM providers p JOIN accounts a ON a.name = p.account"
            " WHERE (%(account)s::text IS NULL OR p.account = %(account)s)"
            " ORDER BY a.position, p.position",
            {"account": account},
        )
        return [
            Provider(r["account"], r["id"], r["name"], r["location_id"], r["colour"]) for r in rows
        ]

    def services(self, account: str | None = None) -> list[Service]:
        rows = self._all(
            "SELECT * FROM services WHERE (%(account)s::text IS NULL OR account = %(account)s)"
            ' ORDER BY account COLLATE "C", name',
            {"account": account},
        )
        return [
            Service(
                r["account"],
                r["id"],
                r["name"],
                r["minutes"],
                r["colour"],
                tuple(r["provider_ids"]),
            )
            for r in rows
        ]

    # -- patients ---------------------------------------------------------------------------
    def upsert_patients(
        self,
        patients: Iterable[Patient],
        *,
        cursor: tuple[str, str, str] | None = None,
        pending: bool = False,
        bulk: bool = False,
    ) -> int:
        """Insert or update; a patient with an edit waiting in the outbox keeps the edit.
        `cursor` (account, resource, value) is saved in the same transaction. `bulk` (a page of
        a long pass) changes nothing here: the server does the work, not this process."""
        with self.transaction() as conn:
            regions = self._refresh_index(conn)
            rows = [
                (
                    p.account,
                    p.id,
                    p.first_name,
                    p.last_name,
                    fold(p.last_name),
                    p.birth_date,
                    p.phone,
                    p.email,
                    p.active,
                    p.owner_name,
                    p.vendor_ref,
                    _second(p.updated_at),
                    pending,
                    name_key(p.first_name, p.last_name),
                    p.location_id,
                    terms(
                        p.last_name,
                        p.first_name,
                        p.owner_name,
                        p.email,
                        p.phone,
                        p.birth_date,
                        regions.get(p.account, ()),
                    ),
                )
                for p in patients
            ]
            count = 0
            if rows:
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO patients (account, id, first_name, last_name, last_fold,"
                        " birth_date, phone, email, active, owner_name, vendor_ref, updated_at,"
                        " pending, name_key, location_id, terms)"
                        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                        " %s::tsvector)"
                        " ON CONFLICT (account, id) DO UPDATE SET first_name = excluded.first_name,"
                        " last_name = excluded.last_name, last_fold = excluded.last_fold,"
                        " birth_date = excluded.birth_date, phone = excluded.phone,"
                        " email = excluded.email, active = excluded.active,"
                        " owner_name = excluded.owner_name, vendor_ref = excluded.vendor_ref,"
                        " updated_at = excluded.updated_at, pending = excluded.pending,"
                        " name_key = excluded.name_key, terms = excluded.terms,"
                        # A record read without its location (an edit's optimistic copy) keeps it.
                        " location_id = COALESCE(excluded.location_id, patients.location_id)"
                        # an edit of this patient waits in the outbox: keep it shown
                        " WHERE excluded.pending OR NOT patients.pending",
                        rows,
                    )
                    count = max(cur.rowcount, 0)
            if cursor is not None:
                self._set_cursor(conn, *cursor)
        return count

    # -- the search index -------------------------------------------------------------------
    @staticmethod
    def _regions(conn: Conn) -> dict[str, tuple[str, ...]]:
        """Each account's countries (its `country` option, its locations' zones), in one
        round trip: every search asks."""
        own: dict[str, tuple[str, ...]] = {}
        for r in conn.execute(
            "SELECT a.name, a.options, ARRAY(SELECT l.timezone FROM locations l"
            " WHERE l.account = a.name ORDER BY l.name) AS zones"
            " FROM accounts a ORDER BY a.position, a.name"
        ):
            country = r["options"].get(COUNTRY_OPTION)
            own[r["name"]] = regions_of(r["zones"], country if isinstance(country, str) else None)
        clinic = tuple(dict.fromkeys(c for found in own.values() for c in found))
        return {name: found or clinic for name, found in own.items()}

    @staticmethod
    def _context(regions: dict[str, tuple[str, ...]]) -> SearchContext:
        return SearchContext(tuple(dict.fromkeys(c for found in regions.values() for c in found)))

    def search_context(self) -> SearchContext:
        """Every country the clinic's accounts are in: how a typed number or date is read."""
        with self._reading() as conn:
            return self._context(self._regions(conn))

    def bulk_done(self) -> None:
        """A long pass ended: nothing to stop here (its pages were never written apart)."""

    def refresh_index(self) -> None:
        """Rebuild the index of each account whose countries (or the index's format) changed."""
        with self._reading() as conn:
            stale = self._stale(conn, self._regions(conn))
        if stale:
            with self.transaction() as conn:
                self._refresh_index(conn)

    @staticmethod
    def _stale(conn: Conn, regions: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        built = {
            r["account"]: (r["regions"], r["version"])
            for r in conn.execute("SELECT account, regions, version FROM patient_index")
        }
        return {
            name: found
            for name, found in regions.items()
            if built.get(name) != (",".join(found), INDEX_VERSION)
        }

    @classmethod
    def _refresh_index(cls, conn: Conn) -> dict[str, tuple[str, ...]]:
        """Inside a write transaction. Returns each account's countries."""
        regions = cls._regions(conn)
        for name, found in cls._stale(conn, regions).items():
            cls._reindex(conn, name, found)
            conn.execute(
                "INSERT INTO patient_index VALUES (%s, %s, %s) ON CONFLICT (account)"
                " DO UPDATE SET regions = excluded.regions, version = excluded.version",
                (name, ",".join(found), INDEX_VERSION),
            )
        return regions

    @staticmethod
    def _reindex(conn: Conn, account: str, regions: tuple[str, ...]) -> None:
        rows = conn.execute(
            "SELECT rowid, first_name, last_name, owner_name, email, phone, birth_date"
            " FROM patients WHERE account = %s",
            (account,),
        ).fetchall()
        with conn.cursor() as cur:
            cur.executemany(
                "UPDATE patients SET terms = %s::tsvector, name_key = %s WHERE rowid = %s",
                [
                    (
                        terms(
                            r["last_name"],
                            r["first_name"],
                            r["owner_name"],
                            r["email"],
                            r["phone"],
                            r["birth_date"],
                            regions,
                        ),
                        name_key(r["first_name"], r["last_name"]),
                        r["rowid"],
                    )
                    for r in rows
                ],
            )

    def delete_patient(self, account: str, patient_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM patients WHERE account = %s AND id = %s", (account, patient_id)
            )

    def patient_count(self, account: str | None = None) -> int:
        row = self._one(
            "SELECT COUNT(*) AS n FROM patients"
            " WHERE (%(account)s::text IS NULL OR account = %(account)s)",
            {"account": account},
        )
        return 0 if row is None else int(row["n"])

    @staticmethod
    def _patient(r: DictRow) -> Patient:
        return Patient(
            account=r["account"],
            id=r["id"],
            first_name=r["first_name"],
            last_name=r["last_name"],
            birth_date=r["birth_date"],
            phone=r["phone"],
            email=r["email"],
            active=bool(r["active"]),
            owner_name=r["owner_name"],
            updated_at=_utc(r["updated_at"]),
            vendor_ref=r["vendor_ref"],
            location_id=r["location_id"],
        )

    def patient(self, account: str, patient_id: str) -> Patient | None:
        row = self._one(
            "SELECT * FROM patients WHERE account = %s AND id = %s", (account, patient_id)
        )
        return self._patient(row) if row else None

    def patient_names(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Display names for (account, patient id) pairs, in one query per account."""
        wanted: dict[str, list[str]] = {}
        for account, patient_id in keys:
            wanted.setdefault(account, []).append(patient_id)
        out: dict[tuple[str, str], str] = {}
        with self._reading() as conn:
            for account, ids in wanted.items():
                rows = conn.execute(
                    "SELECT * FROM patients WHERE account = %s AND id = ANY(%s)", (account, ids)
                ).fetchall()
                for r in rows:
                    out[(account, r["id"])] = self._patient(r).display_name
        return out

    def search_patients(self, query: str, limit: int = 50) -> list[PatientHit]:
        with self._reading() as conn:  # one connection for the context and the search
            rows = self._search_current(conn, query, limit)
        return [PatientHit(self._patient(r), r["vendor"]) for r in rows]

    def _search_current(self, conn: Conn, query: str, limit: int) -> list[DictRow]:
        """One round trip as a rule: the countries (how numbers and dates read) are cached with
        the reference version they were read at, and each hit carries the version of the
        moment; if another process changed accounts or locations meanwhile, the search is
        planned and run again with the countries read anew. (A pipeline of two statements
        cost two round trips: more than the search itself on loopback.)"""
        rows: list[DictRow] = []
        for _ in range(2):
            version, context = self._known_context or self._load_context(conn)
            found = pg_plan(query, context)
            if found is None:
                return []
            paged: list[DictRow] | None = None
            if found.surname:
                paged = self._by_surname(conn, found, limit)
            elif found.number:
                paged = self._by_walk(conn, found, limit)
            rows = self._search(conn, found, limit) if paged is None else paged
            if rows:
                now = rows[0]["reference_version"]
            else:  # nothing found: ask whether that was with the clinic's current countries
                row = conn.execute("SELECT version FROM reference_version").fetchone()
                now = None if row is None else row["version"]
            if now == version:
                break
            self._known_context = None  # changed meanwhile: read the countries anew
        return rows

    def _load_context(self, conn: Conn) -> tuple[int, SearchContext]:
        row = conn.execute("SELECT version FROM reference_version").fetchone()
        known = (int(row["version"]) if row else -1, self._context(self._regions(conn)))
        self._known_context = known
        return known

    @staticmethod
    def _by_surname(conn: Conn, found: PgPlan, limit: int) -> list[DictRow] | None:
        """A name prefix alone: the first page of surnames with a word starting with it, in
        name order, read off surname_words (each word's first `limit` rows, merged) instead of
        sorting every hit. Those come right after an exact name, so they are the page — unless
        there are fewer than `limit` of them: then None, and the full search ranks the rest."""
        rows = conn.execute(
            "WITH RECURSIVE words (word) AS ("
            # the distinct words starting with the prefix, one index probe each
            "  (SELECT word FROM surname_words WHERE word >= %(low)s AND word < %(high)s"
            "   ORDER BY word LIMIT 1)"
            "  UNION ALL"
            "  SELECT (SELECT s.word FROM surname_words s WHERE s.word > w.word"
            "          AND s.word < %(high)s ORDER BY s.word LIMIT 1)"
            "  FROM words w WHERE w.word IS NOT NULL"
            "), best AS ("
            "  SELECT DISTINCT t.rowid, t.last_fold, t.first_name FROM words w"
            "  CROSS JOIN LATERAL (SELECT s.rowid, s.last_fold, s.first_name FROM surname_words s"
            "    WHERE s.word = w.word ORDER BY s.last_fold, s.first_name, s.rowid"
            "    LIMIT %(limit)s) t"
            "  WHERE w.word IS NOT NULL"
            "  ORDER BY t.last_fold, t.first_name, t.rowid LIMIT %(limit)s"
            ")"
            " SELECT p.*, a.vendor, (SELECT COUNT(*) FROM best) AS surnamed,"
            " (SELECT version FROM reference_version) AS reference_version"
            " FROM patients p JOIN accounts a ON a.name = p.account"
            " WHERE p.rowid = ANY (ARRAY(SELECT rowid FROM best)) OR p.name_key = %(name)s"
            f" ORDER BY p.name_key = %(name)s DESC, {LEAD_THEN_NAME} LIMIT %(limit)s",
            {
                "low": found.surname,
                "high": f"{found.surname}\U0010ffff",
                "name": found.name,
                "lead": _lead(found),  # the surname typed: the same word as the name
                "limit": limit,
            },
        ).fetchall()
        if rows and rows[0]["surnamed"] >= limit:
            return rows
        return None

    @staticmethod
    def _by_walk(conn: Conn, found: PgPlan, limit: int) -> list[DictRow] | None:
        """The first digits of a number: walk the patients in name order (the index of
        migration 14) until `limit` of them match, at most WALK_ROWS, instead of reading and
        sorting every match ("+32 49" matches a quarter of a Belgian clinic). Those are the
        page's name-ordered part; the surnames with a word starting with the word typed rank
        before it and are read off surname_words. The index orders names cut to 150
        characters: the walk's last group of equal cut names is read whole, and the page is
        sorted by the full names. None when the walk found fewer than `limit` (the digits are
        rare: the full-text index finds those few quicker) or the surname tier is large."""
        lead = _lead(found)
        rows = conn.execute(
            "WITH walked AS MATERIALIZED ("
            "  SELECT s.rowid, s.l, s.f FROM (SELECT rowid, terms, left(last_fold, 150) AS l,"
            "    left(first_name, 150) AS f FROM patients"
            "    ORDER BY left(last_fold, 150), left(first_name, 150), rowid"
            "    LIMIT %(walk)s) s"
            "  WHERE ts_match_vq(s.terms, %(match)s::tsquery)"
            "  ORDER BY s.l, s.f, s.rowid LIMIT %(limit)s"
            "), last AS MATERIALIZED ("
            "  SELECT l, f FROM walked ORDER BY l DESC, f DESC, rowid DESC LIMIT 1"
            "), tier AS MATERIALIZED ("
            "  SELECT rowid FROM surname_words WHERE %(lead)s <> ''"
            "  AND word >= %(lead)s AND word < %(high)s LIMIT %(tier)s"
            ")"
            " SELECT p.*, a.vendor, (SELECT COUNT(*) FROM walked) AS walked,"
            " (SELECT COUNT(*) FROM tier) AS tiered,"
            " (SELECT version FROM reference_version) AS reference_version"
            " FROM patients p JOIN accounts a ON a.name = p.account"
            " WHERE (p.rowid = ANY (ARRAY(SELECT rowid FROM walked UNION SELECT rowid FROM tier))"
            "  OR (left(p.last_fold, 150) = (SELECT l FROM last)"
            "      AND left(p.first_name, 150) = (SELECT f FROM last)))"
            " AND ts_match_vq(p.terms, %(match)s::tsquery)"
            f" ORDER BY {LEAD_THEN_NAME} LIMIT %(limit)s",
            {
                "match": found.match,
                "lead": lead,
                "high": f"{lead}\U0010ffff",
                "walk": WALK_ROWS,
                "tier": TIER_ROWS,
                "limit": limit,
            },
        ).fetchall()
        if rows and rows[0]["walked"] >= limit and rows[0]["tiered"] < TIER_ROWS:
            return rows
        return None

    def _search(self, conn: Conn, found: PgPlan, limit: int) -> list[DictRow]:
        params: dict[str, Any] = {
            "match": found.match,
            "index": found.index,
            "lead": _lead(found),
            "limit": limit,
        }
        # What the caller gave whole ranks before what merely starts with it.
        exact: list[str] = []
        if found.email is not None:
            exact.append("(p.email IS NOT NULL AND lower(p.email) = %(email)s)")
            params["email"] = found.email
        if found.phone is not None:
            exact.append("p.terms @@ %(phone)s::tsquery")
            params["phone"] = found.phone
        if found.name is not None:
            exact.append("p.name_key = %(name)s")
            params["name"] = found.name
        first = f"({' OR '.join(exact)}) DESC, " if exact else ""
        # ts_match_vq is @@ in words the planner does not take to the index.
        where = (
            "p.terms @@ %(index)s::tsquery AND ts_match_vq(p.terms, %(match)s::tsquery)"
            if found.index
            else "p.terms @@ %(match)s::tsquery"
        )
        return conn.execute(
            "SELECT p.*, a.vendor, (SELECT version FROM reference_version) AS reference_version"
            " FROM patients p JOIN accounts a ON a.name = p.account"
            f" WHERE {where}"
            f" ORDER BY {first}{LEAD_THEN_NAME} LIMIT %(limit)s".encode(),
            params,
        ).fetchall()

    # -- appointments -----------------------------------------------------------------------
    @staticmethod
    def _appointment_row(a: Appointment) -> tuple[Any, ...]:
        return (
            a.account,
            a.id,
            a.provider_id,
            _second(a.start),
            _second(a.end),
            a.status.value,
            a.patient_id,
            a.service_id,
            a.title,
            a.notes,
            a.colour,
            _second(a.confirmed_at),
            _second(a.arrived_at),
            a.vendor_status,
            a.vendor_ref,
            _second(a.updated_at),
            a.pending,
        )

    def upsert_appointments(self, appointments: Iterable[Appointment]) -> int:
        """Write as given, pending or not (the outbox's own writes)."""
        with self.transaction() as conn:
            return self.write_appointments(conn, appointments)

    @classmethod
    def write_appointments(cls, conn: Conn, appointments: Iterable[Appointment]) -> int:
        rows = [cls._appointment_row(a) for a in appointments]
        if not rows:
            return 0
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO appointments VALUES"
                " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (account, id) DO UPDATE SET provider_id = excluded.provider_id,"
                " start_utc = excluded.start_utc, end_utc = excluded.end_utc,"
                " status = excluded.status, patient_id = excluded.patient_id,"
                " service_id = excluded.service_id, title = excluded.title,"
                " notes = excluded.notes, colour = excluded.colour,"
                " confirmed_at = excluded.confirmed_at, arrived_at = excluded.arrived_at,"
                " vendor_status = excluded.vendor_status, vendor_ref = excluded.vendor_ref,"
                " updated_at = excluded.updated_at, pending = excluded.pending",
                rows,
            )
        return len(rows)

    @staticmethod
    def _pending_ids(conn: Conn, account: str) -> set[str]:
        rows = conn.execute(
            "SELECT id FROM appointments WHERE account = %s AND pending", (account,)
        ).fetchall()
        return {str(r["id"]) for r in rows}

    def merge_appointments(
        self,
        account: str,
        appointments: Sequence[Appointment],
        *,
        cursor: tuple[str, str, str] | None = None,
    ) -> int:
        """Changes read from the vendor (an incremental pull). An appointment with a change
        waiting in the outbox keeps showing that change until the vendor confirms it."""
        with self.transaction() as conn:
            pending = self._pending_ids(conn, account)
            synced = [a for a in appointments if a.account == account and a.id not in pending]
            cached = self._cached(conn, account, [a.id for a in synced])
            count = self.write_appointments(conn, synced)
            # Read since an earlier read: an appointment not cached was booked at the vendor.
            since = cursor is not None and self.cursor(account, cursor[1]) is not None
            seen = seen_at_vendor(cached, synced, datetime.now(UTC), new_are_created=since)
            self._write_history(conn, seen)
            if cursor is not None:
                self._set_cursor(conn, *cursor)
        return count

    def replace_appointments(
        self,
        account: str,
        start: datetime,
        end: datetime,
        appointments: Sequence[Appointment],
        *,
        cursor: tuple[str, str, str] | None = None,
    ) -> int:
        """A full read of [start, end): what the vendor no longer lists is gone (deleted).
        Rows with a write waiting in the outbox stay as the receptionist left them."""
        with self.transaction() as conn:
            pending = self._pending_ids(conn, account)
            synced = [a for a in appointments if a.id not in pending]
            cached = self._cached(conn, account, [a.id for a in synced])
            conn.execute(
                "DELETE FROM appointments WHERE account = %s AND end_utc > %s AND start_utc < %s"
                " AND NOT pending",
                (account, _second(start), _second(end)),
            )
            self.write_appointments(conn, synced)
            self._write_history(conn, seen_at_vendor(cached, synced, datetime.now(UTC)))
            if cursor is not None:
                self._set_cursor(conn, *cursor)
        return len(appointments)

    @staticmethod
    def _cached(conn: Conn, account: str, ids: Sequence[str]) -> dict[str, Shape]:
        """The cached rows of `ids` as a sync's rows are compared with them for the history."""
        if not ids:
            return {}
        rows = conn.execute(
            "SELECT id, provider_id, extract(epoch FROM start_utc)::bigint AS start_s,"
            " extract(epoch FROM end_utc)::bigint AS end_s, status, service_id"
            " FROM appointments WHERE account = %s AND id = ANY(%s)",
            (account, list(ids)),
        ).fetchall()
        return {
            str(r["id"]): (
                r["provider_id"],
                int(r["start_s"]),
                int(r["end_s"]),
                r["status"],
                r["service_id"],
            )
            for r in rows
        }

    # -- history ----------------------------------------------------------------------------
    @staticmethod
    def _write_history(conn: Conn, entries: Iterable[HistoryEntry]) -> None:
        rows = [
            (
                e.account,
                e.appointment_id,
                _second(e.at),
                e.kind,
                e.before,
                e.after,
                e.source,
                e.desk,
                e.user,
            )
            for e in entries
        ]
        if not rows:
            return
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO appointment_history (account, appointment_id, at, kind, before,"
                " after, source, desk, user_name) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )

    def put_history(self, entries: Iterable[HistoryEntry]) -> None:
        """History rows, in the transaction the caller holds open (joined)."""
        with self.transaction() as conn:
            self._write_history(conn, entries)

    def repoint_history(self, account: str, placeholder: str, appointment_id: str) -> None:
        """A booking's history moves from its placeholder to the vendor's id (joined)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE appointment_history SET appointment_id = %s"
                " WHERE account = %s AND appointment_id = %s",
                (appointment_id, account, placeholder),
            )

    def appointment_history(self, account: str, appointment_id: str) -> list[HistoryEntry]:
        """Oldest first."""
        rows = self._all(
            "SELECT * FROM appointment_history WHERE account = %s AND appointment_id = %s"
            " ORDER BY at, id",
            (account, appointment_id),
        )
        return [
            HistoryEntry(
                r["account"],
                r["appointment_id"],
                _utc(r["at"]) or datetime.now(UTC),
                r["kind"],
                r["before"],
                r["after"],
                r["source"],
                r["desk"],
                r["user_name"],
            )
            for r in rows
        ]

    # -- confirmation calls -----------------------------------------------------------------
    def add_confirmation_call(self, call: ConfirmationCall) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO confirmation_calls (account, appointment_id, outcome, at, desk,"
                " user_name, note) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    call.account,
                    call.appointment_id,
                    call.outcome.value,
                    _second(call.at),
                    call.desk,
                    call.user,
                    call.note,
                ),
            )

    def last_calls(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], ConfirmationCall]:
        """The latest call about each (account, appointment id) that has one."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        rows = self._all(
            "SELECT DISTINCT ON (c.account, c.appointment_id) c.* FROM confirmation_calls c"
            " JOIN unnest(%s::text[], %s::text[]) AS k (account, appointment_id)"
            " USING (account, appointment_id)"
            " ORDER BY c.account, c.appointment_id, c.at DESC, c.id DESC",
            ([k[0] for k in wanted], [k[1] for k in wanted]),
        )
        return {
            (r["account"], r["appointment_id"]): ConfirmationCall(
                r["account"],
                r["appointment_id"],
                CallOutcome(r["outcome"]),
                _utc(r["at"]) or datetime.now(UTC),
                r["desk"],
                r["user_name"],
                r["note"],
            )
            for r in rows
        }

    # -- patient alerts ---------------------------------------------------------------------
    def set_patient_alert(self, alert: PatientAlert) -> None:
        """An empty text removes the patient's alert. Replaced by a delete and an insert in one
        transaction, not an upsert: a desk's role may add and remove rows, never update them."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM patient_alerts WHERE account = %s AND patient_id = %s",
                (alert.account, alert.patient_id),
            )
            if not alert.text.strip():
                return
            conn.execute(
                "INSERT INTO patient_alerts VALUES (%s, %s, %s, %s, %s, %s)",
                (
                    alert.account,
                    alert.patient_id,
                    alert.text.strip(),
                    _second(alert.at),
                    alert.desk,
                    alert.user,
                ),
            )

    def patient_alerts(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], PatientAlert]:
        """The alerts of the (account, patient id) pairs that have one."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        rows = self._all(
            "SELECT a.* FROM patient_alerts a"
            " JOIN unnest(%s::text[], %s::text[]) AS k (account, patient_id)"
            " USING (account, patient_id)",
            ([k[0] for k in wanted], [k[1] for k in wanted]),
        )
        return {
            (r["account"], r["patient_id"]): PatientAlert(
                r["account"],
                r["patient_id"],
                r["text"],
                _utc(r["at"]) or datetime.now(UTC),
                r["desk"],
                r["user_name"],
            )
            for r in rows
        }

    def delete_appointment(self, account: str, appointment_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM appointments WHERE account = %s AND id = %s",
                (account, appointment_id),
            )

    @staticmethod
    def _appointment(r: DictRow) -> Appointment:
        start, end = _utc(r["start_utc"]), _utc(r["end_utc"])
        assert start is not None and end is not None
        return Appointment(
            account=r["account"],
            id=r["id"],
            provider_id=r["provider_id"],
            start=start,
            end=end,
            status=AppointmentStatus(r["status"]),
            patient_id=r["patient_id"],
            service_id=r["service_id"],
            title=r["title"],
            notes=r["notes"],
            colour=r["colour"],
            confirmed_at=_utc(r["confirmed_at"]),
            arrived_at=_utc(r["arrived_at"]),
            vendor_status=r["vendor_status"],
            vendor_ref=r["vendor_ref"],
            updated_at=_utc(r["updated_at"]),
            pending=bool(r["pending"]),
        )

    def appointments_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[Appointment]:
        rows = self._all(
            "SELECT * FROM appointments WHERE end_utc > %(start)s AND start_utc < %(end)s"
            " AND (%(account)s::text IS NULL OR account = %(account)s)"
            " ORDER BY start_utc, end_utc",
            {"start": _second(start), "end": _second(end), "account": account},
        )
        return [self._appointment(r) for r in rows]

    def appointments_starting(
        self, start: datetime, end: datetime, account: str, provider_ids: Collection[str]
    ) -> list[Appointment]:
        """The appointments of `provider_ids` (of `account`) that start in [start, end): one
        local day's column of the book."""
        if not provider_ids:
            return []
        rows = self._all(
            "SELECT * FROM appointments WHERE account = %(account)s"
            " AND start_utc >= %(start)s AND start_utc < %(end)s"
            " AND provider_id = ANY(%(providers)s) ORDER BY start_utc, end_utc",
            {
                "account": account,
                "start": _second(start),
                "end": _second(end),
                "providers": list(provider_ids),
            },
        )
        return [self._appointment(r) for r in rows]

    def appointment(self, account: str, appointment_id: str) -> Appointment | None:
        row = self._one(
            "SELECT * FROM appointments WHERE account = %s AND id = %s", (account, appointment_id)
        )
        return self._appointment(row) if row else None

    # -- sync cursors -----------------------------------------------------------------------
    def cursor(self, account: str, resource: str) -> str | None:
        row = self._one(
            "SELECT value FROM cursors WHERE account = %s AND resource = %s", (account, resource)
        )
        return None if row is None else str(row["value"])

    def set_cursor(self, account: str, resource: str, value: str | None) -> None:
        """None forgets the cursor."""
        with self.transaction() as conn:
            self._set_cursor(conn, account, resource, value)

    def set_cursors(self, account: str, values: dict[str, str | None]) -> None:
        """Several cursors at once (None forgets one), in one transaction."""
        with self.transaction() as conn:
            for resource, value in values.items():
                self._set_cursor(conn, account, resource, value)

    @staticmethod
    def _set_cursor(conn: Conn, account: str, resource: str, value: str | None) -> None:
        if value is None:
            conn.execute(
                "DELETE FROM cursors WHERE account = %s AND resource = %s", (account, resource)
            )
            return
        conn.execute(
            "INSERT INTO cursors VALUES (%s, %s, %s) ON CONFLICT (account, resource)"
            " DO UPDATE SET value = excluded.value",
            (account, resource, value),
        )

    # -- the sync scheduler's memory ----------------------------------------------------------
    def task_records(self, account: str) -> dict[str, TaskRecord]:
        rows = self._all("SELECT * FROM sync_tasks WHERE account = %s", (account,))
        return {
            r["task"]: TaskRecord(_utc(r["last_ok"]), _utc(r["last_try"]), r["cost"]) for r in rows
        }

    def record_task(
        self, account: str, task: str, at: datetime, *, ok: bool, cost: float | None = None
    ) -> None:
        """A run of `task`: when, whether it succeeded and the requests it used."""
        stamp = _second(at)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_tasks (account, task, last_ok, last_try, cost)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (account, task) DO UPDATE SET"
                " last_try = excluded.last_try,"
                " last_ok = COALESCE(excluded.last_ok, sync_tasks.last_ok),"
                " cost = COALESCE(excluded.cost, sync_tasks.cost)",
                (account, task, stamp if ok else None, stamp, cost),
            )

    def account_state(self, account: str) -> AccountSyncState:
        row = self._one("SELECT * FROM sync_accounts WHERE account = %s", (account,))
        if row is None:
            return AccountSyncState()
        return AccountSyncState(
            _utc(row["last_sync"]),
            int(row["failures"]),
            _utc(row["blocked_until"]),
            row["last_error"],
        )

    def save_account_state(self, account: str, state: AccountSyncState) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_accounts (account, last_sync, failures, blocked_until,"
                " last_error) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (account) DO UPDATE SET"
                " last_sync = excluded.last_sync, failures = excluded.failures,"
                " blocked_until = excluded.blocked_until, last_error = excluded.last_error",
                (
                    account,
                    _second(state.last_sync),
                    state.failures,
                    _second(state.blocked_until),
                    state.last_error,
                ),
            )

    # -- request budget ---------------------------------------------------------------------
    def budget_used(self, account: str) -> tuple[date, int] | None:
        row = self._one("SELECT day, used FROM request_budget WHERE account = %s", (account,))
        return None if row is None else (row["day"], int(row["used"]))

    def set_budget_used(self, account: str, day: date, used: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO request_budget VALUES (%s, %s, %s) ON CONFLICT (account)"
                " DO UPDATE SET day = excluded.day, used = excluded.used",
                (account, day, used),
            )

    # -- writes inside the caller's transaction (the outbox settling a write) ----------------
    def put_appointments(self, appointments: Iterable[Appointment]) -> int:
        """As upsert_appointments, in the transaction the caller holds open (joined)."""
        return self.upsert_appointments(appointments)

    def drop_patient(self, account: str, patient_id: str) -> None:
        """As delete_patient, in the transaction the caller holds open (joined)."""
        self.delete_patient(account, patient_id)

    # -- where a patient is seen ------------------------------------------------------------
    def patient_locations(self, account: str, patient_id: str) -> frozenset[str]:
        """The locations of the providers the patient has cached appointments with."""
        rows = self._all(
            "SELECT DISTINCT p.location_id FROM appointments a JOIN providers p"
            " ON p.account = a.account AND p.id = a.provider_id"
            " WHERE a.account = %s AND a.patient_id = %s AND p.location_id IS NOT NULL",
            (account, patient_id),
        )
        return frozenset(str(r["location_id"]) for r in rows)

    # -- a desk's offline mirror (sync/mirror.py) and its hand-off (store/pg/handoff.py) --------
    def patients_after(self, after: tuple[str, str] | None, limit: int) -> list[Patient]:
        """The next `limit` patients in (account, id) order after `after`: one page of a copy."""
        low = after or ("", "")
        rows = self._all(
            # the primary key's order (and collation) for both: each page one index range
            "SELECT * FROM patients WHERE (account, id) > (%s, %s) ORDER BY account, id LIMIT %s",
            (low[0], low[1], limit),
        )
        return [self._patient(r) for r in rows]

    def patients_of(self, account: str, ids: Collection[str]) -> list[Patient]:
        rows = self._all(
            "SELECT * FROM patients WHERE account = %s AND id = ANY(%s)", (account, list(ids))
        )
        return [self._patient(r) for r in rows]

    def first_hand_off(self, client_key: str) -> bool:
        """Inside the hand-off's transaction: True the first time this write is handed over."""
        with self.transaction() as conn:
            return handoff.first_hand_off(conn, client_key)

    # -- live refresh (store/pg/changes.py) ----------------------------------------------------
    def changes_since(self, seq: int) -> ChangeLog:
        with self._reading() as conn:
            return changes.changes_since(conn, seq)

    def latest_change(self) -> int:
        with self._reading() as conn:
            return changes.latest_change(conn)

    def prune_changes(self, keep: timedelta = changes.KEEP) -> int:
        with self._pool.connection() as conn:
            return changes.prune_changes(conn, keep)

    # -- the clash guard (store/pg/claims.py) -------------------------------------------------
    def hold_slot(
        self,
        account: str,
        provider_id: str,
        start: datetime,
        end: datetime,
        desk: str,
        hold_for: timedelta = claims.HOLD_FOR,
    ) -> int:
        with self.transaction() as conn:
            return claims.hold_slot(conn, account, provider_id, start, end, desk, hold_for)

    def release_hold(self, hold_id: int) -> None:
        with self._reading() as conn:
            claims.release_hold(conn, hold_id)

    def delete_lapsed_holds(self) -> int:
        with self._reading() as conn:
            return claims.delete_lapsed(conn)

    def claim_booking(
        self,
        outbox_id: int,
        account: str,
        provider_id: str,
        start: datetime,
        end: datetime,
        desk: str,
        *,
        book_anyway: bool = False,
        moving: str | None = None,
    ) -> int:
        """Inside the transaction that stored outbox row `outbox_id` (`transaction()`); a Move
        names the appointment it moves."""
        with self.transaction() as conn:
            return claims.claim_booking(
                conn,
                outbox_id,
                account,
                provider_id,
                start,
                end,
                desk,
                book_anyway=book_anyway,
                moving=moving,
            )

    def claims_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[claims.Claim]:
        with self._reading() as conn:
            return claims.claims_between(conn, start, end, account)

    # -- the waitlist (frontdesk's own: store/waitlist_rows.py) -------------------------------
    def add_waitlist(self, entry: WaitlistEntry) -> WaitlistEntry:
        """Stored; returned with its id."""
        row = waitlist_rows.values(entry)
        row["added_at"] = _second(entry.added_at)
        with self.transaction() as conn:
            found = conn.execute(
                f"INSERT INTO waitlist ({waitlist_rows.COLUMNS}) VALUES"
                " (%(account)s, %(patient_id)s, %(service_id)s, %(provider_ids)s, %(days)s,"
                " %(time_of_day)s, %(earliest)s, %(latest)s, %(urgent)s, %(note)s,"
                " %(added_at)s) RETURNING id".encode(),
                row,
            ).fetchone()
        assert found is not None
        return replace(entry, id=int(found["id"]), added_at=row["added_at"])

    def waitlist(self, account: str | None = None) -> list[WaitlistEntry]:
        """The entries (of `account`, or all) in offer order: urgent, then longest waiting."""
        rows = self._all(
            "SELECT * FROM waitlist WHERE %(a)s::text IS NULL OR account = %(a)s", {"a": account}
        )
        return offer_order(waitlist_rows.entry(r) for r in rows)

    def remove_waitlist(self, entry_id: int) -> bool:
        """False when it was not there (already removed, by this desk or another)."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM waitlist WHERE id = %s", (entry_id,)).rowcount
        return gone > 0

    # -- blockouts (frontdesk's own: store/blockout_rows.py) ---------------------------------
    def add_blockout(self, blockout: Blockout) -> Blockout:
        """Stored (times to the second); returned with its id."""
        row = blockout_rows.values(blockout)
        row["start_utc"], row["end_utc"] = _second(blockout.start), _second(blockout.end)
        with self.transaction() as conn:
            found = conn.execute(
                f"INSERT INTO blockouts ({blockout_rows.COLUMNS}) VALUES (%(account)s,"
                " %(provider_id)s, %(start_utc)s, %(end_utc)s, %(timezone)s, %(kind)s,"
                " %(title)s, %(colour)s, %(repeat_until)s) RETURNING *".encode(),
                row,
            ).fetchone()
        assert found is not None
        return blockout_rows.blockout(found)

    def blockouts(self, account: str | None = None) -> list[Blockout]:
        """Every blockout (of `account`, or all), by start, with where its occurrences are."""
        rows = self._all(
            f"SELECT b.*{blockout_rows.at_vendor(PAYLOAD_BLOCKOUT)} FROM blockouts b"
            " WHERE %(a)s::text IS NULL OR b.account = %(a)s ORDER BY b.start_utc, b.id".encode(),
            {"a": account},
        )
        return [blockout_rows.blockout(r) for r in rows]

    def remove_blockout(self, blockout_id: int) -> bool:
        """Its occurrences at the vendor go with it (read them first to remove them there)."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM blockouts WHERE id = %s", (blockout_id,)).rowcount
            conn.execute("DELETE FROM blockout_remote WHERE blockout_id = %s", (blockout_id,))
        return gone > 0

    def put_blockout_remote(self, occurrence: Occurrence) -> None:
        """The occurrence as it stands at the vendor, while its blockout is here (a removed
        blockout's occurrence settles to nothing). Joins the caller's transaction."""
        row = blockout_rows.remote_values(occurrence)
        row["start_utc"], row["end_utc"] = _second(occurrence.start), _second(occurrence.end)
        with self.transaction() as conn:
            conn.execute(
                f"INSERT INTO blockout_remote ({blockout_rows.REMOTE_COLUMNS}) SELECT"
                " %(account)s, %(remote_id)s, %(blockout_id)s, %(provider_id)s, %(start_utc)s,"
                " %(end_utc)s, %(title)s, %(colour)s, %(state)s, %(vendor_id)s, %(reason)s"
                " WHERE EXISTS (SELECT 1 FROM blockouts WHERE id = %(blockout_id)s)"
                " ON CONFLICT (account, remote_id) DO UPDATE SET state = excluded.state,"
                " reason = excluded.reason,"
                " vendor_id = COALESCE(excluded.vendor_id, blockout_remote.vendor_id)".encode(),
                row,
            )

    def blockout_remotes(self, blockout_id: int) -> list[Occurrence]:
        """Its occurrences sent to the vendor (any state), by start."""
        rows = self._all(
            f"SELECT {blockout_rows.REMOTE_COLUMNS} FROM blockout_remote"
            " WHERE blockout_id = %s ORDER BY start_utc, provider_id".encode(),
            (blockout_id,),
        )
        return [blockout_rows.occurrence(r) for r in rows]

    # -- the pinboard (frontdesk's own: each desk's pins) ------------------------------------
    def add_pin(self, pin: Pin) -> None:
        """Pinned again: the pin is made anew (the appointment as it is now)."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM pins WHERE account = %s AND appointment_id = %s AND desk = %s",
                (pin.account, pin.appointment_id, pin.desk),
            )
            conn.execute(
                "INSERT INTO pins (account, appointment_id, desk, pinned_at, provider_id,"
                " start_utc, end_utc) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (
                    pin.account,
                    pin.appointment_id,
                    pin.desk,
                    _second(pin.pinned_at),
                    pin.provider_id,
                    _second(pin.start),
                    _second(pin.end),
                ),
            )

    def pins(self, desk: str | None = None) -> list[Pin]:
        """The pins (of `desk`, or every desk's), oldest first."""
        rows = self._all(
            "SELECT * FROM pins WHERE %(d)s::text IS NULL OR desk = %(d)s"
            " ORDER BY pinned_at, account, appointment_id",
            {"d": desk},
        )
        return [pin_rows.pin(r) for r in rows]

    def remove_pin(self, account: str, appointment_id: str, desk: str) -> bool:
        """False when it was not pinned (any more)."""
        with self.transaction() as conn:
            gone = conn.execute(
                "DELETE FROM pins WHERE account = %s AND appointment_id = %s AND desk = %s",
                (account, appointment_id, desk),
            ).rowcount
        return gone > 0

    # -- recurring series (frontdesk's own: store/series_rows.py) ----------------------------
    def add_series(self, series: StoredSeries, members: Sequence[Member]) -> StoredSeries:
        """The series and its members, in one transaction; returned with its id."""
        row = series_rows.values(series)
        row["created_at"] = _second(series.created_at)
        with self.transaction() as conn:
            found = conn.execute(
                f"INSERT INTO series ({series_rows.COLUMNS}) VALUES (%(account)s, %(rule)s,"
                " %(timezone)s, %(created_at)s, %(desk)s, %(user_name)s) RETURNING *".encode(),
                row,
            ).fetchone()
            assert found is not None
            stored = series_rows.series(found)
            assert stored.id is not None
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO series_appointments (series_id, account, position,"
                    " appointment_id) VALUES (%(series_id)s, %(account)s, %(position)s,"
                    " %(appointment_id)s)",
                    series_rows.member_rows(stored.id, series.account, members),
                )
        return stored

    def series(self, series_id: int) -> StoredSeries | None:
        row = self._one("SELECT * FROM series WHERE id = %s", (series_id,))
        return None if row is None else series_rows.series(row)

    def series_members(self, series_id: int) -> list[Member]:
        """By position."""
        rows = self._all(
            "SELECT position, appointment_id FROM series_appointments WHERE series_id = %s"
            " ORDER BY position",
            (series_id,),
        )
        return [Member(int(r["position"]), r["appointment_id"]) for r in rows]

    def series_links(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], SeriesLink]:
        """The series each (account, appointment id) that has one belongs to."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        rows = self._all(
            f"{series_rows.LINKS} JOIN unnest(%s::text[], %s::text[]) AS k (account, id)"
            " ON k.account = m.account AND k.id = m.appointment_id",
            ([k[0] for k in wanted], [k[1] for k in wanted]),
        )
        return {(r["account"], r["appointment_id"]): series_rows.link(r) for r in rows}

    def repoint_series(self, account: str, placeholder: str, appointment_id: str) -> None:
        """A member booked: linked by the vendor's id from now on (joined)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE series_appointments SET appointment_id = %s"
                " WHERE account = %s AND appointment_id = %s",
                (appointment_id, account, placeholder),
            )
