"""Writes about patients: a new patient, and an edit of one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self

from frontdesk.domain.models import Capability, Patient, PatientDraft
from frontdesk.sync.commands.base import Command, Records, VendorRecord, command
from frontdesk.sync.record_codec import (
    PENDING,
    draft_from,
    draft_json,
    patient_from,
    patient_json,
)

if TYPE_CHECKING:
    from frontdesk.connectors.base import Connector

NOT_CREATED = "not sent: the new patient it was for could not be created"


@command
@dataclass(frozen=True)
class CreatePatient(Command):
    """Found by search at once, and bookable: a booking for it waits until it exists."""

    account: str
    draft: PatientDraft

    kind: ClassVar[str] = "patient_create"
    capability: ClassVar[Capability] = Capability.CREATE_PATIENT
    creates: ClassVar[bool] = True

    def target(self, key: str) -> str:
        return f"{PENDING}{key}"

    def payload(self) -> dict[str, Any]:
        return {"draft": draft_json(self.draft)}

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        return cls(account, draft_from(payload["draft"]))

    def placeholder(self, key: str) -> Patient:
        d = self.draft
        return Patient(
            self.account,
            self.target(key),
            d.first_name,
            d.last_name,
            d.birth_date,
            d.phone,
            d.email,
        )

    def show(self, records: Records, key: str, at: datetime) -> None:
        records.put_patient(self.placeholder(key), pending=True)

    def undo(self, records: Records, key: str) -> None:
        records.drop_patient(self.account, self.target(key))
        records.fail_waiting_for(self.account, self.target(key), NOT_CREATED)

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        return await connector.create_patient(self.draft, key)

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        return await connector.find_created_patient(self.draft, key)


@command
@dataclass(frozen=True)
class EditPatient(Command):
    """`patient` is the record as the vendor has it; the draft replaces its fields."""

    patient: Patient
    draft: PatientDraft

    kind: ClassVar[str] = "patient_update"
    capability: ClassVar[Capability] = Capability.EDIT_PATIENT

    @property
    def account(self) -> str:
        return self.patient.account

    def target(self, key: str) -> str:
        return self.patient.id

    def payload(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient.id,
            "draft": draft_json(self.draft),
            "before": patient_json(self.patient),
        }

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        before = patient_from(payload["before"])
        return cls(
            replace(before, id=str(payload.get("patient_id", before.id))),
            draft_from(payload["draft"]),
        )

    def edited(self) -> Patient:
        d = self.draft
        return replace(
            self.patient,
            first_name=d.first_name,
            last_name=d.last_name,
            birth_date=d.birth_date,
            phone=d.phone,
            email=d.email,
        )

    def show(self, records: Records, key: str, at: datetime) -> None:
        records.put_patient(self.edited(), pending=True)

    def undo(self, records: Records, key: str) -> None:
        records.put_patient(self.patient, pending=False)

    def refs(self) -> tuple[str, ...]:
        return (self.patient.id,)

    def repointed(self, placeholder: str, record: VendorRecord) -> Self:
        if self.patient.id != placeholder or not isinstance(record, Patient):
            return self
        return replace(self, patient=record)

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        return await connector.update_patient(self.patient, self.draft)

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        return None  # an edit sends whole fields: sending it again is harmless
