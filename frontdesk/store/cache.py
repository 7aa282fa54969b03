"""The cache's reads and writes, in canonical records. Synchronous: callers pick the thread."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontdesk.domain.accounts import StoredAccount as StoredAccount
from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.blockouts import Blockout, Occurrence
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Location,
    Patient,
    Provider,
    Service,
    display_name,
)
from frontdesk.domain.models import PatientHit as PatientHit
from frontdesk.domain.series import Member, SeriesLink, StoredSeries
from frontdesk.store import (
    blockout_rows,
    db,
    json_rows,
    name_index,
    patient_page,
    phone_index,
    series_rows,
)
from frontdesk.store.outbox_table import OutboxTable
from frontdesk.store.page_process import PageProcess
from frontdesk.store.search import (
    COUNTRY_OPTION,
    INDEX_VERSION,
    SearchContext,
    SearchPlan,
    name_key,
    phone_tokens,
    plan,
    regions_of,
)

# The blockout an outbox row's write stores (its payload is JSON text).
PAYLOAD_BLOCKOUT = "json_extract(o.payload, '$.blockout_id')"

# The history, the waitlist and the pins are loaded when first used: a window's first frame,
# drawn from the cache, needs none of them (docs/architecture.md, "Start-up").
if TYPE_CHECKING:
    from frontdesk.domain.history import HistoryEntry, Shape
    from frontdesk.domain.pins import Pin
    from frontdesk.domain.waitlist import WaitlistEntry


@dataclass(frozen=True)
class TaskRecord:
    """The scheduler's memory of one sync task of one account."""

    last_ok: datetime | None = None
    last_try: datetime | None = None
    cost: float | None = None  # requests its last successful run used


@dataclass(frozen=True)
class AccountSyncState:
    """Survives a restart: the "as of" time and the back-off of an unreachable vendor."""

    last_sync: datetime | None = None
    failures: int = 0
    blocked_until: datetime | None = None
    last_error: str | None = None


def _ts(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def _dt(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


# What an Appointment is made of, in the order of its fields (Cache._appointment reads them by
# position).
APPOINTMENT_COLUMNS = (
    "account, id, provider_id, start_utc, end_utc, status, patient_id, service_id, title, notes,"
    " colour, confirmed_at, arrived_at, vendor_status, updated_at, vendor_ref, pending"
)
_STATUSES = {status.value: status for status in AppointmentStatus}


class Cache:
    """One cache file. Each thread gets its own connection (SQLite's rule)."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._local = threading.local()
        self._shared: sqlite3.Connection | None = None
        # The search indexes (the countries' numbers and dates, the names) are checked at the
        # first search, not here: opening the cache is on the path to the window's first frame
        # (3-4 ms of it, reading tzdata's zone table), a search never is.
        self._names_indexed = False
        # The long patient pass's pages, written by a child process (a file only).
        self._pages: PageProcess | None = None
        if str(path) == ":memory:":
            self._shared = db.connect(path)
        else:
            self.conn  # create and migrate now, so errors surface at start  # noqa: B018

    @property
    def conn(self) -> sqlite3.Connection:
        if self._shared is not None:
            return self._shared
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = db.connect(self.path)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        self.bulk_done()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing. A full disk (SQLITE_FULL, at any statement or at COMMIT) rolls the
        whole transaction back and becomes DiskFull, which says so in words."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                db.rollback(conn)
                raise
        except sqlite3.OperationalError as exc:
            if db.is_full(exc):
                raise db.DiskFull() from None
            raise

    def outbox(self) -> OutboxTable:
        """The outbox table on this thread's connection (the same face as PgStore.outbox())."""
        return OutboxTable(self)

    # -- accounts ---------------------------------------------------------------------------
    def save_account(self, name: str, vendor: str, base_url: str, options: dict[str, str]) -> None:
        with self.transaction() as conn:
            position = conn.execute(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM accounts"
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO accounts (name, vendor, base_url, options, position) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET vendor = excluded.vendor,"
                " base_url = excluded.base_url, options = excluded.options",
                (name, vendor, base_url, json.dumps(options, sort_keys=True), position),
            )
            self._refresh_index(conn)  # a `country` option reads its patients' numbers anew

    def accounts(self) -> list[StoredAccount]:
        rows = self.conn.execute("SELECT * FROM accounts ORDER BY position, name").fetchall()
        return [
            StoredAccount(r["name"], r["vendor"], r["base_url"], json.loads(r["options"]))
            for r in rows
        ]

    def account(self, name: str) -> StoredAccount | None:
        return next((a for a in self.accounts() if a.name == name), None)

    def remove_account(self, name: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM patient_search WHERE rowid IN (SELECT rowid FROM patients WHERE account = ?)",
                (name,),
            )
            name_index.remove_account(conn, name)
            phone_index.remove_account(conn, name)
            for table in (
                "accounts",
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
            ):
                column = "name" if table == "accounts" else "account"
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (name,))

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
                conn.execute(f"DELETE FROM {table} WHERE account = ?", (account,))
            conn.executemany(
                "INSERT INTO locations VALUES (?, ?, ?, ?)",
                [(account, x.id, x.name, x.timezone) for x in locations],
            )
            conn.executemany(
                "INSERT INTO providers VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (account, p.id, p.name, p.location_id, p.colour, n)
                    for n, p in enumerate(providers)
                ],
            )
            conn.executemany(
                "INSERT INTO services VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (account, s.id, s.name, s.minutes, s.colour, json.dumps(list(s.provider_ids)))
                    for s in services
                ],
            )
            self._refresh_index(conn)  # a location in another country: numbers read anew

    def locations(self) -> list[Location]:
        rows = self.conn.execute("SELECT * FROM locations ORDER BY account, name").fetchall()
        return [Location(r["account"], r["id"], r["name"], r["timezone"]) for r in rows]

    def providers(self, account: str | None = None) -> list[Provider]:
        sql = (
            "SELECT p.* FROM providers p JOIN accounts a ON a.name = p.account"
            " WHERE (? IS NULL OR p.account = ?) ORDER BY a.position, p.position"
        )
        rows = self.conn.execute(sql, (account, account)).fetchall()
        return [
            Provider(r["account"], r["id"], r["name"], r["location_id"], r["colour"]) for r in rows
        ]

    def services(self, account: str | None = None) -> list[Service]:
        rows = self.conn.execute(
            "SELECT * FROM services WHERE (? IS NULL OR account = ?) ORDER BY account, name",
            (account, account),
        ).fetchall()
        return [
            Service(
                r["account"],
                r["id"],
                r["name"],
                r["minutes"],
                r["colour"],
                tuple(json.loads(r["provider_ids"])),
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

        `cursor` (account, resource, value) is saved in the same transaction, so a sync killed
        at any moment resumes exactly after the last page it stored. `bulk`: a page of a long
        pass, written by the cache's page process (store/page_process.py) while this thread
        waits without the interpreter's lock.
        """
        page = list(patients)
        if bulk and self._shared is None:
            if self._pages is None:
                self._pages = PageProcess(self.path)
            written = self._pages.write(page, cursor, pending)
            if written is not None:
                return written
        with self.transaction() as conn:
            regions = self._refresh_index(conn)
            count = patient_page.write(conn, page, regions, pending)
            if cursor is not None:
                self._set_cursor(conn, *cursor)
        return count

    def bulk_done(self) -> None:
        """A long pass ended: its page process stops (a usual pass is written here)."""
        pages, self._pages = self._pages, None
        if pages is not None:
            pages.close()

    # -- the search index -------------------------------------------------------------------
    @staticmethod
    def _regions(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
        """Each account's countries (its `country` option, its locations' zones). An account
        with neither reads national numbers as the rest of the clinic does."""
        zones: dict[str, list[str]] = {}
        for r in conn.execute("SELECT account, timezone FROM locations ORDER BY account, name"):
            zones.setdefault(r[0], []).append(r[1])
        own: dict[str, tuple[str, ...]] = {}
        for r in conn.execute("SELECT name, options FROM accounts ORDER BY position, name"):
            country = json.loads(r[1]).get(COUNTRY_OPTION)
            own[r[0]] = regions_of(
                zones.get(r[0], ()), country if isinstance(country, str) else None
            )
        clinic = tuple(dict.fromkeys(c for found in own.values() for c in found))
        return {name: found or clinic for name, found in own.items()}

    def search_context(self) -> SearchContext:
        """Every country the clinic's accounts are in: how a typed number or date is read."""
        regions = self._regions(self.conn)
        return SearchContext(tuple(dict.fromkeys(c for found in regions.values() for c in found)))

    def refresh_index(self) -> None:
        """Rebuild the index of each account whose countries (or the index's format) changed
        since it was written: after the upgrade to schema 3, or a location in a new country."""
        regions = self._regions(self.conn)
        if self._stale(self.conn, regions):
            with self.transaction() as conn:
                self._refresh_index(conn)

    @staticmethod
    def _stale(
        conn: sqlite3.Connection, regions: dict[str, tuple[str, ...]]
    ) -> dict[str, tuple[str, ...]]:
        built = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT account, regions, version FROM patient_index")
        }
        return {
            name: found
            for name, found in regions.items()
            if built.get(name) != (",".join(found), INDEX_VERSION)
        }

    @classmethod
    def _refresh_index(cls, conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
        """Inside a write transaction. Returns each account's countries."""
        regions = cls._regions(conn)
        for name, found in cls._stale(conn, regions).items():
            cls._reindex(conn, name, found)
            conn.execute(
                "INSERT INTO patient_index VALUES (?, ?, ?) ON CONFLICT (account)"
                " DO UPDATE SET regions = excluded.regions, version = excluded.version",
                (name, ",".join(found), INDEX_VERSION),
            )
        return regions

    @staticmethod
    def _reindex(conn: sqlite3.Connection, account: str, regions: tuple[str, ...]) -> None:
        rows = conn.execute(
            "SELECT rowid, first_name, last_name, last_fold, owner_name, email, phone, birth_date"
            " FROM patients WHERE account = ?",
            (account,),
        ).fetchall()
        conn.execute(
            "DELETE FROM patient_search WHERE rowid IN (SELECT rowid FROM patients WHERE account = ?)",
            (account,),
        )
        search_rows = [
            patient_page.search_row(
                r["rowid"],
                r["last_name"],
                r["first_name"],
                r["owner_name"],
                r["email"],
                phone_tokens(r["phone"], regions),
                date.fromisoformat(r["birth_date"]) if r["birth_date"] else None,
            )
            for r in rows
        ]
        json_rows.run(conn, patient_page.SEARCH_INSERT, search_rows)
        phone_index.write(
            conn,
            [
                (r["rowid"], r["last_fold"], r["first_name"], s[5])
                for r, s in zip(rows, search_rows, strict=True)
            ],
        )
        conn.executemany(
            "UPDATE patients SET name_key = ? WHERE rowid = ?",
            [(name_key(r["first_name"], r["last_name"]), r["rowid"]) for r in rows],
        )

    def delete_patient(self, account: str, patient_id: str) -> None:
        with self.transaction() as conn:
            self._delete_patient(conn, account, patient_id)

    @staticmethod
    def _delete_patient(conn: sqlite3.Connection, account: str, patient_id: str) -> None:
        row = conn.execute(
            "SELECT rowid FROM patients WHERE account = ? AND id = ?", (account, patient_id)
        ).fetchone()
        if row is not None:
            conn.execute("DELETE FROM patient_search WHERE rowid = ?", (row[0],))
            name_index.remove(conn, [row[0]])
            phone_index.remove(conn, [row[0]])
            conn.execute("DELETE FROM patients WHERE rowid = ?", (row[0],))

    def patient_count(self, account: str | None = None) -> int:
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM patients WHERE (? IS NULL OR account = ?)", (account, account)
            ).fetchone()[0]
        )

    @staticmethod
    def _patient(r: sqlite3.Row) -> Patient:
        return Patient(
            account=r["account"],
            id=r["id"],
            first_name=r["first_name"],
            last_name=r["last_name"],
            birth_date=date.fromisoformat(r["birth_date"]) if r["birth_date"] else None,
            phone=r["phone"],
            email=r["email"],
            active=bool(r["active"]),
            owner_name=r["owner_name"],
            updated_at=_dt(r["updated_at"]),
            vendor_ref=r["vendor_ref"],
            location_id=r["location_id"],
        )

    def patient(self, account: str, patient_id: str) -> Patient | None:
        row = self.conn.execute(
            "SELECT * FROM patients WHERE account = ? AND id = ?", (account, patient_id)
        ).fetchone()
        return self._patient(row) if row else None

    def patient_names(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Display names for (account, patient id) pairs, in one query per account (per 500
        ids): the three name columns only, no Patient built."""
        wanted: dict[str, list[str]] = {}
        for account, patient_id in keys:
            wanted.setdefault(account, []).append(patient_id)
        out: dict[tuple[str, str], str] = {}
        for account, ids in wanted.items():
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                marks = ",".join("?" * len(part))
                rows = self.conn.execute(
                    "SELECT id, first_name, last_name, owner_name FROM patients"
                    f" WHERE account = ? AND id IN ({marks})",
                    (account, *part),
                ).fetchall()
                for patient_id, first, last, owner in rows:
                    out[(account, patient_id)] = display_name(first, last, owner)
        return out

    def search_patients(self, query: str, limit: int = 50) -> list[PatientHit]:
        found = plan(query, self.search_context())
        if found is None:
            return []
        self._index_names()
        page = name_index.first_page(self.conn, found, query, limit)
        if page is None:
            page = phone_index.first_page(self.conn, found, limit)
        if page is None:
            return self.search_full_text(found, limit)
        marks = ",".join("?" * len(page))
        rows = {
            r["rowid"]: r
            for r in self.conn.execute(
                "SELECT p.rowid, p.*, a.vendor FROM patients p"
                f" JOIN accounts a ON a.name = p.account WHERE p.rowid IN ({marks})",
                page,
            )
        }
        return [PatientHit(self._patient(rows[n]), rows[n]["vendor"]) for n in page if n in rows]

    def _index_names(self) -> None:
        """Bring the search index up to date for the accounts' countries (after an upgrade, or
        a location in a new country) and fill the name index for the patients cached before it
        existed, at the first search.
        Not when the cache opens: with a read of a schema-4 table at opening, a write refused
        for a full disk on that connection left the file without its schema-4 tables
        (tests/e2e/test_bad_state.py, which fills the disk with max_page_count; not understood
        further)."""
        if self._names_indexed:
            return
        self.refresh_index()
        if not name_index.is_current(self.conn):
            with self.transaction() as conn:
                name_index.rebuild(conn)
        if not phone_index.is_current(self.conn):
            with self.transaction() as conn:
                phone_index.rebuild(conn)
        self._names_indexed = True

    def search_full_text(self, found: SearchPlan, limit: int = 50) -> list[PatientHit]:
        """Every match of the plan, ranked: the path for what the name index cannot answer
        (numbers, dates, e-mail, a first name), and the reference its answers are tested on."""
        params: dict[str, Any] = {
            "match": found.match,
            "lead": found.lead.replace("%", "").replace("_", ""),
            "limit": limit,
        }
        # What the caller gave whole ranks before what merely starts with it.
        exact: list[str] = []
        if found.email is not None:
            exact.append("(p.email IS NOT NULL AND lower(p.email) = :email)")
            params["email"] = found.email
        if found.phone is not None:
            exact.append(
                "p.rowid IN (SELECT rowid FROM patient_search WHERE patient_search MATCH :phone)"
            )
            params["phone"] = found.phone
        if found.name is not None:
            exact.append("p.name_key = :name")
            params["name"] = found.name
        first = f"({' OR '.join(exact)}) DESC, " if exact else ""
        rows = self.conn.execute(
            "SELECT p.*, a.vendor FROM patient_search s"
            " JOIN patients p ON p.rowid = s.rowid JOIN accounts a ON a.name = p.account"
            " WHERE patient_search MATCH :match"
            # Exact first, then surname matches, then alphabetical. (bm25 ranked every match of
            # a short prefix — tens of thousands — and cost most of a keystroke at 100,000
            # patients.) A word of the surname starting with what was typed ("hecke" in "van
            # hecke"). The rowid makes the order total, as the name index's is.
            f" ORDER BY {first}"
            "(p.last_fold LIKE :lead || '%' OR p.last_fold LIKE '% ' || :lead || '%')"
            " DESC, p.last_fold, p.first_name, p.rowid LIMIT :limit",
            params,
        ).fetchall()
        return [PatientHit(self._patient(r), r["vendor"]) for r in rows]

    # -- appointments -----------------------------------------------------------------------
    @staticmethod
    def _appointment_row(a: Appointment) -> tuple[Any, ...]:
        return (
            a.account,
            a.id,
            a.provider_id,
            _ts(a.start),
            _ts(a.end),
            a.status.value,
            a.patient_id,
            a.service_id,
            a.title,
            a.notes,
            a.colour,
            _ts(a.confirmed_at),
            _ts(a.arrived_at),
            a.vendor_status,
            a.vendor_ref,
            _ts(a.updated_at),
            int(a.pending),
        )

    def upsert_appointments(self, appointments: Iterable[Appointment]) -> int:
        """Write as given, pending or not (the outbox's own writes)."""
        with self.transaction() as conn:
            return self.write_appointments(conn, appointments)

    @classmethod
    def write_appointments(
        cls, conn: sqlite3.Connection, appointments: Iterable[Appointment]
    ) -> int:
        rows = [cls._appointment_row(a) for a in appointments]
        conn.executemany(
            "INSERT OR REPLACE INTO appointments VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return len(rows)

    @staticmethod
    def _pending_ids(conn: sqlite3.Connection, account: str) -> set[str]:
        rows = conn.execute(
            "SELECT id FROM appointments WHERE account = ? AND pending = 1", (account,)
        ).fetchall()
        return {str(r[0]) for r in rows}

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
            from frontdesk.domain.history import seen_at_vendor

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
                "DELETE FROM appointments WHERE account = ? AND end_utc > ? AND start_utc < ?"
                " AND pending = 0",
                (account, _ts(start), _ts(end)),
            )
            self.write_appointments(conn, synced)
            from frontdesk.domain.history import seen_at_vendor

            self._write_history(conn, seen_at_vendor(cached, synced, datetime.now(UTC)))
            if cursor is not None:
                self._set_cursor(conn, *cursor)
        return len(appointments)

    @staticmethod
    def _cached(conn: sqlite3.Connection, account: str, ids: Sequence[str]) -> dict[str, Shape]:
        """The cached rows of `ids` as a sync's rows are compared with them for the history."""
        found: dict[str, Shape] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                "SELECT id, provider_id, start_utc, end_utc, status, service_id"
                f" FROM appointments WHERE account = ? AND id IN ({marks})",
                (account, *chunk),
            ).fetchall()
            found.update((str(r[0]), (r[1], r[2], r[3], r[4], r[5])) for r in rows)
        return found

    # -- history ----------------------------------------------------------------------------
    @staticmethod
    def _write_history(conn: sqlite3.Connection, entries: Iterable[HistoryEntry]) -> None:
        conn.executemany(
            "INSERT INTO appointment_history (account, appointment_id, at, kind, before, after,"
            " source, desk, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    e.account,
                    e.appointment_id,
                    _ts(e.at),
                    e.kind,
                    e.before,
                    e.after,
                    e.source,
                    e.desk,
                    e.user,
                )
                for e in entries
            ],
        )

    def put_history(self, entries: Iterable[HistoryEntry]) -> None:
        """History rows, in the transaction the caller holds open."""
        self._write_history(self.conn, entries)

    def repoint_history(self, account: str, placeholder: str, appointment_id: str) -> None:
        """A booking's history moves from its placeholder to the vendor's id (in the caller's
        transaction)."""
        self.conn.execute(
            "UPDATE appointment_history SET appointment_id = ?"
            " WHERE account = ? AND appointment_id = ?",
            (appointment_id, account, placeholder),
        )

    def appointment_history(self, account: str, appointment_id: str) -> list[HistoryEntry]:
        """Oldest first."""
        from frontdesk.domain.history import HistoryEntry

        rows = self.conn.execute(
            "SELECT * FROM appointment_history WHERE account = ? AND appointment_id = ?"
            " ORDER BY at, id",
            (account, appointment_id),
        ).fetchall()
        return [
            HistoryEntry(
                r["account"],
                r["appointment_id"],
                datetime.fromtimestamp(r["at"], UTC),
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
                " user_name, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    call.account,
                    call.appointment_id,
                    call.outcome.value,
                    _ts(call.at),
                    call.desk,
                    call.user,
                    call.note,
                ),
            )

    def last_calls(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], ConfirmationCall]:
        """The latest call about each (account, appointment id) that has one."""
        found: dict[tuple[str, str], ConfirmationCall] = {}
        wanted = sorted(set(keys))
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ",".join("(?, ?)" for _ in chunk)
            rows = self.conn.execute(
                "SELECT * FROM confirmation_calls WHERE (account, appointment_id) IN"
                f" (VALUES {marks}) ORDER BY at, id",
                [v for key in chunk for v in key],
            ).fetchall()
            for r in rows:
                found[(r["account"], r["appointment_id"])] = ConfirmationCall(
                    r["account"],
                    r["appointment_id"],
                    CallOutcome(r["outcome"]),
                    datetime.fromtimestamp(r["at"], UTC),
                    r["desk"],
                    r["user_name"],
                    r["note"],
                )
        return found

    # -- patient alerts ---------------------------------------------------------------------
    def set_patient_alert(self, alert: PatientAlert) -> None:
        """An empty text removes the patient's alert."""
        with self.transaction() as conn:
            if not alert.text.strip():
                conn.execute(
                    "DELETE FROM patient_alerts WHERE account = ? AND patient_id = ?",
                    (alert.account, alert.patient_id),
                )
                return
            conn.execute(
                "INSERT OR REPLACE INTO patient_alerts VALUES (?, ?, ?, ?, ?, ?)",
                (
                    alert.account,
                    alert.patient_id,
                    alert.text.strip(),
                    _ts(alert.at),
                    alert.desk,
                    alert.user,
                ),
            )

    def patient_alerts(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], PatientAlert]:
        """The alerts of the (account, patient id) pairs that have one."""
        found: dict[tuple[str, str], PatientAlert] = {}
        wanted = sorted(set(keys))
        for i in range(0, len(wanted), 400):
            chunk = wanted[i : i + 400]
            marks = ",".join("(?, ?)" for _ in chunk)
            rows = self.conn.execute(
                f"SELECT * FROM patient_alerts WHERE (account, patient_id) IN (VALUES {marks})",
                [v for key in chunk for v in key],
            ).fetchall()
            for r in rows:
                found[(r["account"], r["patient_id"])] = PatientAlert(
                    r["account"],
                    r["patient_id"],
                    r["text"],
                    datetime.fromtimestamp(r["at"], UTC),
                    r["desk"],
                    r["user_name"],
                )
        return found

    def delete_appointment(self, account: str, appointment_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM appointments WHERE account = ? AND id = ?", (account, appointment_id)
            )

    @staticmethod
    def _appointment(r: sqlite3.Row) -> Appointment:
        """A row of APPOINTMENT_COLUMNS, read by position: a day of 50 providers maps 3,000 of
        them on every day change, and by position with the statuses looked up in a dict it is
        about twice as quick as by name."""
        status = _STATUSES.get(r[5]) or AppointmentStatus(r[5])  # unknown: the same error
        start, end = _dt(r[3]), _dt(r[4])
        assert start is not None and end is not None
        return Appointment(
            r[0], r[1], r[2], start, end, status, r[6], r[7], r[8], r[9], r[10],
            _dt(r[11]), _dt(r[12]), r[13], _dt(r[14]), r[15], bool(r[16]),
        )  # fmt: skip

    def appointments_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[Appointment]:
        rows = self.conn.execute(
            f"SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE end_utc > ? AND start_utc < ?"
            " AND (? IS NULL OR account = ?) ORDER BY start_utc, end_utc",
            (_ts(start), _ts(end), account, account),
        ).fetchall()
        return [self._appointment(r) for r in rows]

    def appointments_starting(
        self, start: datetime, end: datetime, account: str, provider_ids: Collection[str]
    ) -> list[Appointment]:
        """The appointments of `provider_ids` (of `account`) that start in [start, end): what
        a book's column of one local day draws, and no more (the index on account, start)."""
        if not provider_ids:
            return []
        marks = ",".join("?" * len(provider_ids))
        rows = self.conn.execute(
            f"SELECT {APPOINTMENT_COLUMNS} FROM appointments"
            f" WHERE account = ? AND start_utc >= ? AND start_utc < ?"
            f" AND provider_id IN ({marks}) ORDER BY start_utc, end_utc",
            (account, _ts(start), _ts(end), *provider_ids),
        ).fetchall()
        return [self._appointment(r) for r in rows]

    def appointment(self, account: str, appointment_id: str) -> Appointment | None:
        row = self.conn.execute(
            f"SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE account = ? AND id = ?",
            (account, appointment_id),
        ).fetchone()
        return self._appointment(row) if row else None

    # -- sync cursors -----------------------------------------------------------------------
    def cursor(self, account: str, resource: str) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM cursors WHERE account = ? AND resource = ?", (account, resource)
        ).fetchone()
        return None if row is None else str(row[0])

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
    def _set_cursor(
        conn: sqlite3.Connection, account: str, resource: str, value: str | None
    ) -> None:
        if value is None:
            conn.execute(
                "DELETE FROM cursors WHERE account = ? AND resource = ?", (account, resource)
            )
            return
        conn.execute(
            "INSERT INTO cursors VALUES (?, ?, ?) ON CONFLICT (account, resource)"
            " DO UPDATE SET value = excluded.value",
            (account, resource, value),
        )

    # -- the sync scheduler's memory ----------------------------------------------------------
    def task_records(self, account: str) -> dict[str, TaskRecord]:
        rows = self.conn.execute(
            "SELECT * FROM sync_tasks WHERE account = ?", (account,)
        ).fetchall()
        return {
            r["task"]: TaskRecord(_dt(r["last_ok"]), _dt(r["last_try"]), r["cost"]) for r in rows
        }

    def record_task(
        self, account: str, task: str, at: datetime, *, ok: bool, cost: float | None = None
    ) -> None:
        """A run of `task`: when, whether it succeeded and the requests it used."""
        stamp = _ts(at)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_tasks (account, task, last_ok, last_try, cost)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, task) DO UPDATE SET"
                " last_try = excluded.last_try,"
                " last_ok = COALESCE(excluded.last_ok, sync_tasks.last_ok),"
                " cost = COALESCE(excluded.cost, sync_tasks.cost)",
                (account, task, stamp if ok else None, stamp, cost),
            )

    def account_state(self, account: str) -> AccountSyncState:
        row = self.conn.execute(
            "SELECT * FROM sync_accounts WHERE account = ?", (account,)
        ).fetchone()
        if row is None:
            return AccountSyncState()
        return AccountSyncState(
            _dt(row["last_sync"]),
            int(row["failures"]),
            _dt(row["blocked_until"] or None),
            row["last_error"],
        )

    def save_account_state(self, account: str, state: AccountSyncState) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_accounts (account, last_sync, failures, blocked_until, last_error)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET"
                " last_sync = excluded.last_sync, failures = excluded.failures,"
                " blocked_until = excluded.blocked_until, last_error = excluded.last_error",
                (
                    account,
                    _ts(state.last_sync),
                    state.failures,
                    _ts(state.blocked_until) or 0,
                    state.last_error,
                ),
            )

    # -- request budget ---------------------------------------------------------------------
    def budget_used(self, account: str) -> tuple[date, int] | None:
        row = self.conn.execute(
            "SELECT day, used FROM request_budget WHERE account = ?", (account,)
        ).fetchone()
        return None if row is None else (date.fromisoformat(row["day"]), int(row["used"]))

    def set_budget_used(self, account: str, day: date, used: int) -> None:
        self.conn.execute(
            "INSERT INTO request_budget VALUES (?, ?, ?) ON CONFLICT (account)"
            " DO UPDATE SET day = excluded.day, used = excluded.used",
            (account, day.isoformat(), used),
        )

    # -- writes inside the caller's transaction (the outbox settling a write) ----------------
    def put_appointments(self, appointments: Iterable[Appointment]) -> int:
        """As upsert_appointments, in the transaction the caller holds open."""
        return self.write_appointments(self.conn, appointments)

    def drop_patient(self, account: str, patient_id: str) -> None:
        """As delete_patient, in the transaction the caller holds open."""
        self._delete_patient(self.conn, account, patient_id)

    # -- where a patient is seen ------------------------------------------------------------
    def patient_locations(self, account: str, patient_id: str) -> frozenset[str]:
        """The locations of the providers the patient has cached appointments with."""
        rows = self.conn.execute(
            "SELECT DISTINCT p.location_id FROM appointments a JOIN providers p"
            " ON p.account = a.account AND p.id = a.provider_id"
            " WHERE a.account = ? AND a.patient_id = ? AND p.location_id IS NOT NULL",
            (account, patient_id),
        ).fetchall()
        return frozenset(str(r[0]) for r in rows)

    # -- the waitlist (frontdesk's own: store/waitlist_rows.py) -------------------------------
    def add_waitlist(self, entry: WaitlistEntry) -> WaitlistEntry:
        """Stored; returned with its id."""
        from frontdesk.store import waitlist_rows

        row = waitlist_rows.values(entry)
        row["earliest"] = entry.earliest.isoformat() if entry.earliest else None
        row["latest"] = entry.latest.isoformat() if entry.latest else None
        row["added_at"] = _ts(entry.added_at)
        with self.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO waitlist ({waitlist_rows.COLUMNS}) VALUES"
                " (:account, :patient_id, :service_id, :provider_ids, :days, :time_of_day,"
                " :earliest, :latest, :urgent, :note, :added_at)",
                row,
            )
        added_at = _dt(row["added_at"]) or entry.added_at  # to the second, as stored
        return replace(entry, id=int(cursor.lastrowid or 0), added_at=added_at)

    def waitlist(self, account: str | None = None) -> list[WaitlistEntry]:
        """The entries (of `account`, or all) in offer order: urgent, then longest waiting."""
        from frontdesk.domain.waitlist import offer_order
        from frontdesk.store import waitlist_rows

        rows = self.conn.execute(
            "SELECT * FROM waitlist WHERE ? IS NULL OR account = ?", (account, account)
        ).fetchall()
        return offer_order(waitlist_rows.entry(r) for r in rows)

    def remove_waitlist(self, entry_id: int) -> bool:
        """False when it was not there (already removed, by this desk or another)."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM waitlist WHERE id = ?", (entry_id,)).rowcount
        return gone > 0

    # -- blockouts (frontdesk's own: store/blockout_rows.py) ---------------------------------
    def add_blockout(self, blockout: Blockout) -> Blockout:
        """Stored (times to the second); returned with its id."""
        row = blockout_rows.values(blockout)
        row["start_utc"], row["end_utc"] = _ts(blockout.start), _ts(blockout.end)
        until = blockout.repeat_until
        row["repeat_until"] = until.isoformat() if until else None
        with self.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO blockouts ({blockout_rows.COLUMNS}) VALUES (:account, :provider_id,"
                " :start_utc, :end_utc, :timezone, :kind, :title, :colour, :repeat_until)",
                row,
            )
        stored = self.conn.execute(
            "SELECT * FROM blockouts WHERE id = ?", (cursor.lastrowid,)
        ).fetchone()
        return blockout_rows.blockout(stored)

    def blockouts(self, account: str | None = None) -> list[Blockout]:
        """Every blockout (of `account`, or all), by start, with where its occurrences are."""
        rows = self.conn.execute(
            f"SELECT b.*{blockout_rows.at_vendor(PAYLOAD_BLOCKOUT)} FROM blockouts b"
            " WHERE ? IS NULL OR b.account = ? ORDER BY b.start_utc, b.id",
            (account, account),
        ).fetchall()
        return [blockout_rows.blockout(r) for r in rows]

    def remove_blockout(self, blockout_id: int) -> bool:
        """Its occurrences at the vendor go with it (read them first to remove them there)."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM blockouts WHERE id = ?", (blockout_id,)).rowcount
            conn.execute("DELETE FROM blockout_remote WHERE blockout_id = ?", (blockout_id,))
        return gone > 0

    def put_blockout_remote(self, occurrence: Occurrence) -> None:
        """The occurrence as it stands at the vendor, while its blockout is here (a removed
        blockout's occurrence settles to nothing). In the transaction the caller holds open."""
        row = blockout_rows.remote_values(occurrence)
        row["start_utc"], row["end_utc"] = _ts(occurrence.start), _ts(occurrence.end)
        self.conn.execute(
            f"INSERT INTO blockout_remote ({blockout_rows.REMOTE_COLUMNS}) SELECT :account,"
            " :remote_id, :blockout_id, :provider_id, :start_utc, :end_utc, :title, :colour,"
            " :state, :vendor_id, :reason WHERE EXISTS (SELECT 1 FROM blockouts"
            " WHERE id = :blockout_id) ON CONFLICT (account, remote_id) DO UPDATE SET"
            " state = excluded.state, reason = excluded.reason,"
            " vendor_id = COALESCE(excluded.vendor_id, blockout_remote.vendor_id)",
            row,
        )

    def blockout_remotes(self, blockout_id: int) -> list[Occurrence]:
        """Its occurrences sent to the vendor (any state), by start."""
        rows = self.conn.execute(
            f"SELECT {blockout_rows.REMOTE_COLUMNS} FROM blockout_remote WHERE blockout_id = ?"
            " ORDER BY start_utc, provider_id",
            (blockout_id,),
        ).fetchall()
        return [blockout_rows.occurrence(r) for r in rows]

    # -- the pinboard (frontdesk's own: each desk's pins) ------------------------------------
    def add_pin(self, pin: Pin) -> None:
        """Pinned again: the pin is made anew (the appointment as it is now)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO pins (account, appointment_id, desk, pinned_at,"
                " provider_id, start_utc, end_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pin.account,
                    pin.appointment_id,
                    pin.desk,
                    _ts(pin.pinned_at),
                    pin.provider_id,
                    _ts(pin.start),
                    _ts(pin.end),
                ),
            )

    def pins(self, desk: str | None = None) -> list[Pin]:
        """The pins (of `desk`, or every desk's), oldest first."""
        from frontdesk.store import pin_rows

        rows = self.conn.execute(
            "SELECT * FROM pins WHERE ? IS NULL OR desk = ?"
            " ORDER BY pinned_at, account, appointment_id",
            (desk, desk),
        ).fetchall()
        return [pin_rows.pin(r) for r in rows]

    def remove_pin(self, account: str, appointment_id: str, desk: str) -> bool:
        """False when it was not pinned (any more)."""
        with self.transaction() as conn:
            gone = conn.execute(
                "DELETE FROM pins WHERE account = ? AND appointment_id = ? AND desk = ?",
                (account, appointment_id, desk),
            ).rowcount
        return gone > 0

    # -- recurring series (frontdesk's own: store/series_rows.py) ----------------------------
    def add_series(self, series: StoredSeries, members: Sequence[Member]) -> StoredSeries:
        """The series and its members, in one transaction; returned with its id."""
        row = series_rows.values(series)
        row["created_at"] = _ts(series.created_at)
        with self.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO series ({series_rows.COLUMNS}) VALUES"
                " (:account, :rule, :timezone, :created_at, :desk, :user_name)",
                row,
            )
            series_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO series_appointments (series_id, account, position, appointment_id)"
                " VALUES (:series_id, :account, :position, :appointment_id)",
                series_rows.member_rows(series_id, series.account, members),
            )
        stored = self.conn.execute("SELECT * FROM series WHERE id = ?", (series_id,)).fetchone()
        return series_rows.series(stored)

    def series(self, series_id: int) -> StoredSeries | None:
        row = self.conn.execute("SELECT * FROM series WHERE id = ?", (series_id,)).fetchone()
        return None if row is None else series_rows.series(row)

    def series_members(self, series_id: int) -> list[Member]:
        """By position."""
        rows = self.conn.execute(
            "SELECT position, appointment_id FROM series_appointments WHERE series_id = ?"
            " ORDER BY position",
            (series_id,),
        ).fetchall()
        return [Member(int(r["position"]), r["appointment_id"]) for r in rows]

    def series_links(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], SeriesLink]:
        """The series each (account, appointment id) that has one belongs to."""
        by_account: dict[str, list[str]] = {}
        for account, appointment_id in set(keys):
            by_account.setdefault(account, []).append(appointment_id)
        found: dict[tuple[str, str], SeriesLink] = {}
        for account, ids in by_account.items():
            for start in range(0, len(ids), 500):  # SQLite's bound parameters, in chunks
                chunk = ids[start : start + 500]
                rows = self.conn.execute(
                    f"{series_rows.LINKS} WHERE m.account = ? AND m.appointment_id IN"
                    f" ({', '.join('?' * len(chunk))})",
                    [account, *chunk],
                ).fetchall()
                found.update({(account, r["appointment_id"]): series_rows.link(r) for r in rows})
        return found

    def repoint_series(self, account: str, placeholder: str, appointment_id: str) -> None:
        """A member booked: linked by the vendor's id from now on (in the caller's
        transaction)."""
        self.conn.execute(
            "UPDATE series_appointments SET appointment_id = ?"
            " WHERE account = ? AND appointment_id = ?",
            (appointment_id, account, placeholder),
        )
