"""The cached rows commands touch (`Records`), over the cache and the outbox table."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from frontdesk.domain.blockouts import Occurrence
from frontdesk.domain.models import Appointment, Patient
from frontdesk.store.protocol import Outbox, Store
from frontdesk.sync.commands.base import known
from frontdesk.sync.outbox_records import OutboxEntry, entry_from_row


class CacheRecords:
    """For one transaction of the outbox. Patients go through the search index in a transaction
    of their own: they are written by `flush`, after the caller's transaction commits."""

    def __init__(self, cache: Store, table: Outbox, now: datetime) -> None:
        self.cache = cache
        self.table = table
        self.now = now
        self._patients: list[tuple[Patient, bool]] = []

    def _waiting(self, account: str, target: str | None = None) -> list[OutboxEntry]:
        # A row of a kind this frontdesk does not know (a newer one wrote it) is left alone.
        entries = [entry_from_row(r) for r in self.table.waiting_rows(account, target)]
        return [e for e in entries if known(e.kind)]

    def appointment(self, account: str, appointment_id: str) -> Appointment | None:
        return self.cache.appointment(account, appointment_id)

    def patient(self, account: str, patient_id: str) -> Patient | None:
        return self.cache.patient(account, patient_id)

    def vendor_copy(self, current: Appointment) -> Appointment:
        rows = self.table.waiting_rows(current.account, current.id)
        if rows:
            first = entry_from_row(rows[0])
            before = first.command.vendor_copy() if known(first.kind) else None
            if before is not None:
                return before
        return replace(current, pending=False)

    def put_appointment(self, appointment: Appointment) -> None:
        self.cache.put_appointments([appointment])

    def restore_appointment(self, record: Appointment) -> None:
        shown = replace(record, pending=False)
        for entry in self._waiting(record.account, record.id):
            shown = entry.command.apply(shown, entry.created_at or self.now)
        self.put_appointment(shown)

    def drop_appointment(self, account: str, appointment_id: str) -> None:
        self.table.drop_appointment(account, appointment_id)

    def put_patient(self, patient: Patient, *, pending: bool) -> None:
        self._patients.append((patient, pending))

    def drop_patient(self, account: str, patient_id: str) -> None:
        self.cache.drop_patient(account, patient_id)

    def fail_waiting_for(self, account: str, placeholder: str, reason: str) -> None:
        at = int(self.now.timestamp())
        for entry in self._waiting(account):
            if placeholder in entry.command.refs():
                self.table.fail(entry.id, reason, [], at)
                entry.command.undo(self, entry.client_key)

    def put_blockout_remote(self, occurrence: Occurrence) -> None:
        self.cache.put_blockout_remote(occurrence)

    def flush(self) -> None:
        """Write the patients (call after the transaction committed)."""
        for patient, pending in self._patients:
            # Written as pending so it replaces a pending row, then settled if it is not.
            self.cache.upsert_patients([patient], pending=True)
            if not pending:
                self.table.settle_patient(patient.account, patient.id)
        self._patients.clear()
