"""Blockouts stored at Progenda (issue 15 item 3), against its simulator: one titled appointment
with no patient per occurrence and calendar, stored before sent and sent exactly once (a lost
reply is looked up by its remote_id), a refusal kept here with the vendor's reason, removal
deleting each occurrence there, and none of them read back as an appointment."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.domain.blockouts import (
    REMOTE_PREFIX,
    Blockout,
    BlockoutKind,
    Occurrence,
    Remote,
    Storage,
)
from frontdesk.sync.blockouts import add_blockout, blockouts, remove_blockout
from frontdesk.sync.commands import RemoveBlockout, StoreBlockout, decode
from frontdesk.sync.outbox_records import FAILED, UNKNOWN
from tests.sync.worlds import World, synced_world

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # 08:00 in Brussels, a Wednesday
# 06:00-06:30 in Brussels, before the calendars open: no appointment there to clash with.
EARLY = datetime(2026, 11, 19, 5, 0, tzinfo=UTC)
ZONE = "Europe/Brussels"


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "progenda", NOW, 200) as world:
        yield world


@pytest.fixture
async def pracsuite(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "pracsuite", NOW, 200) as world:
        yield world


def lunch(w: World, provider: str | None = "1", until: date | None = None) -> Blockout:
    return Blockout(
        w.name,
        provider,
        EARLY,
        EARLY + timedelta(minutes=30),
        ZONE,
        BlockoutKind.BREAK,
        "Early break",
        repeat_until=until,
    )


def ours(w: World) -> list[dict[str, Any]]:
    """The blockouts' occurrences at the vendor, by calendar and start."""
    found = [
        a for a in w.state.appointments.values() if str(a["remote_id"]).startswith(REMOTE_PREFIX)
    ]
    return sorted(found, key=lambda a: (a["calendar_id"], int(a["start"])))


async def test_a_weekly_blockout_is_one_titled_appointment_without_patient_per_week(
    progenda: World,
) -> None:
    w = progenda
    stored = await add_blockout(w.workspace, lunch(w, until=date(2026, 12, 3)))
    made = ours(w)
    assert [(a["calendar_id"], int(a["start"]), a["title"]) for a in made] == [
        (1, int((EARLY + timedelta(days=7 * n)).timestamp()), "Early break") for n in range(3)
    ]
    assert all(a["patient_id"] is None and int(a["stop"]) - int(a["start"]) == 1800 for a in made)
    assert (stored.storage, stored.at_vendor) == (Storage.VENDOR, 3)
    assert w.workspace.outbox.waiting() == 0
    # read back by a sync, it is the blockout's band, not an appointment of the book
    await w.workspace.sync_all()
    read = w.cache.appointments_between(EARLY, EARLY + timedelta(days=15))
    assert not [a for a in read if a.title == "Early break"]


async def test_a_blockout_of_every_provider_is_one_appointment_per_calendar(
    progenda: World,
) -> None:
    w = progenda
    await add_blockout(w.workspace, lunch(w, provider=None))
    assert sorted(a["calendar_id"] for a in ours(w)) == sorted(w.state.calendars)


async def test_a_lost_reply_is_looked_up_and_leaves_exactly_one_appointment(
    progenda: World,
) -> None:
    w = progenda
    w.faults.drop_after_next(method="POST", path_contains="/appointments")
    stored = await add_blockout(w.workspace, lunch(w))
    assert stored.storage is Storage.PENDING  # the vendor may have it: not said stored yet
    assert [e.state for e in w.workspace.outbox.entries()] == [UNKNOWN]
    w.clock.advance(timedelta(minutes=1))
    assert [r.ok for r in await w.workspace.outbox.drain()] == [True]
    assert len(w.received("POST", "/appointments")) == 1  # looked up, not sent again
    assert len(ours(w)) == 1
    (now,) = await blockouts(w.workspace)
    assert now.storage is Storage.VENDOR
    assert stored.id is not None
    (occurrence,) = w.cache.blockout_remotes(stored.id)
    assert occurrence.vendor_id == str(ours(w)[0]["id"])


async def test_a_refusal_keeps_the_blockout_here_with_the_reason(progenda: World) -> None:
    w = progenda
    w.faults.fail_next(
        422, {"error": "title is too long"}, method="POST", path_contains="/appointments"
    )
    stored = await add_blockout(w.workspace, lunch(w))
    assert ours(w) == []
    assert stored.storage is Storage.LOCAL and stored.refused
    (failed,) = w.workspace.outbox.entries()
    assert failed.state == FAILED and failed.last_error == stored.refused
    # still a blockout here: openings and the book keep respecting it
    assert [b.id for b in await blockouts(w.workspace)] == [stored.id]


async def test_removing_deletes_each_occurrence_at_the_vendor_once(progenda: World) -> None:
    w = progenda
    stored = await add_blockout(w.workspace, lunch(w, until=date(2026, 11, 26)))
    assert len(ours(w)) == 2 and stored.id is not None
    w.faults.drop_after_next(method="DELETE", path_contains="/remote_id:")
    assert await remove_blockout(w.workspace, stored.id)
    assert await blockouts(w.workspace) == []
    w.clock.advance(timedelta(minutes=1))
    await w.workspace.outbox.drain()
    assert ours(w) == [] and w.workspace.outbox.entries() == []  # none failed
    # The lost DELETE was tried again (it is idempotent): Progenda's 404 then means done.
    assert sorted(r.status for r in w.received("DELETE")) == [200, 200, 404]


async def test_a_removal_waits_for_its_occurrence_to_be_stored_first(progenda: World) -> None:
    w = progenda
    w.faults.offline = True
    stored = await add_blockout(w.workspace, lunch(w))
    assert stored.storage is Storage.PENDING and stored.id is not None
    assert [o.state for o in w.cache.blockout_remotes(stored.id)] == [Remote.PENDING]
    assert await remove_blockout(w.workspace, stored.id)
    w.faults.offline = False
    w.clock.advance(timedelta(hours=1))
    await w.workspace.outbox.drain()
    await w.workspace.outbox.drain()
    assert [r.method for r in w.received() if "/appointments" in r.path][-2:] == [
        "POST",
        "DELETE",
    ]
    assert ours(w) == [] and w.workspace.outbox.entries() == []


async def test_a_vendor_without_blockouts_keeps_them_here_and_is_not_called(
    pracsuite: World,
) -> None:
    w = pracsuite
    provider = w.workspace.reference.providers_of(w.name)[0].id
    before = len(w.faults.requests)
    stored = await add_blockout(w.workspace, lunch(w, provider=provider))
    assert stored.storage is Storage.LOCAL and stored.refused is None
    assert len(w.faults.requests) == before and w.workspace.outbox.entries() == []


async def test_after_an_unknown_outcome_a_removal_is_done_once_progenda_says_404(
    progenda: World,
) -> None:
    w = progenda
    stored = await add_blockout(w.workspace, lunch(w))
    assert stored.id is not None
    (occurrence,) = w.cache.blockout_remotes(stored.id)
    removal = RemoveBlockout(occurrence)
    connector = w.workspace.connectors[w.name]
    assert await removal.find_done(connector, "fd-x") is None  # still there: send it
    await removal.send(connector, "fd-x")
    done = await removal.find_done(connector, "fd-x")
    assert done is not None and done.vendor_ref == occurrence.remote_id
    assert ours(w) == []


def test_both_writes_survive_a_stored_row(progenda: World) -> None:
    occurrence = Occurrence(
        progenda.name, 3, "1", EARLY, EARLY + timedelta(minutes=30), "fd-b-7", "Lunch", "#aa5500"
    )
    store = StoreBlockout(occurrence)
    assert decode(store.kind, progenda.name, "fd-b-7", store.payload()) == store
    removal = RemoveBlockout(occurrence, after="pending:fd-b-7")
    again = decode(removal.kind, progenda.name, "fd-x", removal.payload())
    assert again == removal and again.waits()
    assert not again.repointed("pending:fd-b-7", again._gone()).waits()


async def test_a_removal_at_a_desk_that_only_stores_the_write_still_follows_it(
    progenda: World,
) -> None:
    """A clinic desk stores the write and leaves the blockout's rows to the agent: a blockout
    removed before the agent sent it is deleted at the vendor all the same."""
    w = progenda
    w.workspace.outbox.shows = False
    w.faults.offline = True
    stored = await add_blockout(w.workspace, lunch(w))
    assert stored.id is not None and w.cache.blockout_remotes(stored.id) == []
    assert await remove_blockout(w.workspace, stored.id)
    w.faults.offline = False
    w.clock.advance(timedelta(hours=1))
    await w.workspace.outbox.drain()
    await w.workspace.outbox.drain()
    assert ours(w) == [] and w.workspace.outbox.entries() == []
    assert [r.method for r in w.received() if "/appointments" in r.path][-2:] == [
        "POST",
        "DELETE",
    ]
