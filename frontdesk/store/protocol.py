"""The store's one face: what the SQLite cache (store/cache.py) and the PostgreSQL store
(store/pg/store.py) both offer, synchronously, on the cache worker's thread.

Not in it yet: the raw connection and `transaction()` (sync/outbox.py and sync/workspace.py
still run the outbox's SQL on `cache.conn`, SQLite only; see docs/architecture.md, "Store
backends").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.models import (
    Appointment,
    Location,
    Patient,
    PatientHit,
    Provider,
    Service,
)
from frontdesk.domain.search_terms import SearchContext

if TYPE_CHECKING:
    from frontdesk.store.cache import AccountSyncState, TaskRecord


class Store(Protocol):
    def close(self) -> None: ...

    # accounts
    def save_account(
        self, name: str, vendor: str, base_url: str, options: dict[str, str]
    ) -> None: ...
    def accounts(self) -> list[StoredAccount]: ...
    def account(self, name: str) -> StoredAccount | None: ...
    def remove_account(self, name: str) -> None: ...

    # reference data
    def replace_reference(
        self,
        account: str,
        locations: Sequence[Location],
        providers: Sequence[Provider],
        services: Sequence[Service],
    ) -> None: ...
    def locations(self) -> list[Location]: ...
    def providers(self, account: str | None = None) -> list[Provider]: ...
    def services(self, account: str | None = None) -> list[Service]: ...

    # patients
    def upsert_patients(
        self,
        patients: Iterable[Patient],
        *,
        cursor: tuple[str, str, str] | None = None,
        pending: bool = False,
    ) -> int: ...
    def search_context(self) -> SearchContext: ...
    def refresh_index(self) -> None: ...
    def delete_patient(self, account: str, patient_id: str) -> None: ...
    def patient_count(self, account: str | None = None) -> int: ...
    def patient(self, account: str, patient_id: str) -> Patient | None: ...
    def patient_names(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]: ...
    def search_patients(self, query: str, limit: int = 50) -> list[PatientHit]: ...

    # appointments
    def upsert_appointments(self, appointments: Iterable[Appointment]) -> int: ...
    def merge_appointments(
        self,
        account: str,
        appointments: Sequence[Appointment],
        *,
        cursor: tuple[str, str, str] | None = None,
    ) -> int: ...
    def replace_appointments(
        self,
        account: str,
        start: datetime,
        end: datetime,
        appointments: Sequence[Appointment],
        *,
        cursor: tuple[str, str, str] | None = None,
    ) -> int: ...
    def delete_appointment(self, account: str, appointment_id: str) -> None: ...
    def appointments_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[Appointment]: ...
    def appointment(self, account: str, appointment_id: str) -> Appointment | None: ...

    # sync cursors, the scheduler's memory, the request budget
    def cursor(self, account: str, resource: str) -> str | None: ...
    def set_cursor(self, account: str, resource: str, value: str | None) -> None: ...
    def set_cursors(self, account: str, values: dict[str, str | None]) -> None: ...
    def task_records(self, account: str) -> dict[str, TaskRecord]: ...
    def record_task(
        self, account: str, task: str, at: datetime, *, ok: bool, cost: float | None = None
    ) -> None: ...
    def account_state(self, account: str) -> AccountSyncState: ...
    def save_account_state(self, account: str, state: AccountSyncState) -> None: ...
    def budget_used(self, account: str) -> tuple[date, int] | None: ...
    def set_budget_used(self, account: str, day: date, used: int) -> None: ...


if TYPE_CHECKING:  # mypy --strict holds both stores to the one face
    from frontdesk.store.cache import Cache
    from frontdesk.store.pg.store import PgStore

    _sqlite: type[Store] = Cache
    _postgresql: type[Store] = PgStore
