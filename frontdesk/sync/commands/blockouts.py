"""Blockouts stored at the vendor (issue 15 item 3): one write per occurrence and provider.

The occurrence's remote_id is the outbox key, so after an unknown outcome a look-up by it tells
whether the vendor has it (a lost reply is never sent twice). Their record is a blockout's
occurrence, not an appointment: they settle on the blockout's row (`settle`), and a refusal
keeps the occurrence here with the vendor's reason (`refuse`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self

from frontdesk.domain.blockouts import Occurrence, Remote
from frontdesk.domain.models import Appointment, AppointmentStatus, Capability
from frontdesk.sync.commands.base import Command, Records, VendorRecord, command
from frontdesk.sync.record_codec import PENDING

if TYPE_CHECKING:
    from frontdesk.connectors.base import Connector


def _occurrence_json(o: Occurrence) -> dict[str, Any]:
    return {
        "blockout_id": o.blockout_id,
        "provider_id": o.provider_id,
        "start": o.start.isoformat(),
        "end": o.end.isoformat(),
        "remote_id": o.remote_id,
        "title": o.title,
        "colour": o.colour,
    }


def _occurrence_from(account: str, p: Mapping[str, Any]) -> Occurrence:
    return Occurrence(
        account,
        int(p["blockout_id"]),
        str(p["provider_id"]),
        datetime.fromisoformat(p["start"]),
        datetime.fromisoformat(p["end"]),
        str(p["remote_id"]),
        str(p.get("title") or ""),
        p.get("colour") or None,
    )


@command
@dataclass(frozen=True)
class StoreBlockout(Command):
    """Create one occurrence at the vendor (its remote_id is the write's key)."""

    occurrence: Occurrence

    kind: ClassVar[str] = "store_blockout"
    capability: ClassVar[Capability] = Capability.BLOCKOUTS
    creates: ClassVar[bool] = True

    @property
    def account(self) -> str:
        return self.occurrence.account

    def key(self) -> str:
        return self.occurrence.remote_id

    def target(self, key: str) -> str:
        return f"{PENDING}{key}"  # a removal stored meanwhile waits for it

    def payload(self) -> dict[str, Any]:
        return _occurrence_json(self.occurrence)

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        return cls(replace(_occurrence_from(account, payload), remote_id=key))

    def show(self, records: Records, key: str, at: datetime) -> None:
        records.put_blockout_remote(self.occurrence)  # pending, and its remote_id known

    def undo(self, records: Records, key: str) -> None:
        self.refuse(records, key, "")

    def refuse(self, records: Records, key: str, reason: str) -> None:
        records.put_blockout_remote(replace(self.occurrence, state=Remote.REFUSED, reason=reason))
        # A removal stored meanwhile has nothing to remove.
        records.fail_waiting_for(self.account, self.target(key), reason)

    def settle(self, records: Records, key: str, record: VendorRecord) -> bool:
        stored = replace(self.occurrence, state=Remote.STORED, vendor_id=record.id)
        records.put_blockout_remote(stored)
        return True

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        return await connector.store_blockout(self.occurrence)

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        return await connector.find_blockout(self.occurrence)


@command
@dataclass(frozen=True)
class RemoveBlockout(Command):
    """Delete one occurrence at the vendor (the blockout was removed here). `after`: the
    placeholder of its StoreBlockout, while that still waits in the outbox."""

    occurrence: Occurrence
    after: str | None = None

    kind: ClassVar[str] = "remove_blockout"
    capability: ClassVar[Capability] = Capability.BLOCKOUTS

    @property
    def account(self) -> str:
        return self.occurrence.account

    def target(self, key: str) -> str:
        return f"blockout:{self.occurrence.remote_id}"

    def payload(self) -> dict[str, Any]:
        return {**_occurrence_json(self.occurrence), "after": self.after}

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        return cls(_occurrence_from(account, payload), payload.get("after") or None)

    def show(self, records: Records, key: str, at: datetime) -> None:
        return None  # the blockout is already gone from the book

    def undo(self, records: Records, key: str) -> None:
        return None  # refused: the vendor keeps it; it shows there, and in our outbox's failures

    def refs(self) -> tuple[str, ...]:
        return (self.after,) if self.after else ()

    def repointed(self, placeholder: str, record: VendorRecord) -> Self:
        return replace(self, after=None) if placeholder == self.after else self

    def _gone(self) -> Appointment:
        o = self.occurrence
        return Appointment(
            o.account,
            o.vendor_id or o.remote_id,
            o.provider_id,
            o.start,
            o.end,
            status=AppointmentStatus.CANCELLED,
            title=o.title,
            vendor_ref=o.remote_id,
        )

    def settle(self, records: Records, key: str, record: VendorRecord) -> bool:
        return True  # its row left with the blockout

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        await connector.remove_blockout(self.occurrence)  # already gone is done too
        return self._gone()

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        found = await connector.find_blockout(self.occurrence)
        return self._gone() if found is None else None
