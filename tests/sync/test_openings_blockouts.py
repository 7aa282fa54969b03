"""Openings never fall inside a blockout (issue 15): the vendor's search (Progenda's, which
knows nothing of them) and the openings computed from the cached book (SyncVet) alike; the
clash guard names a blockout like an overlapping appointment."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.app import Opened
from frontdesk.domain.blockouts import Blockout, BlockoutKind
from frontdesk.domain.booking_rules import overlap_warning
from frontdesk.domain.models import Appointment
from frontdesk.sync.blockouts import add_blockout
from frontdesk.sync.openings import OpeningsFinder
from tests.sync.test_openings import BRUSSELS, PRAIRIE, demo, search

__all__ = ["demo"]  # the fixture


async def test_a_blockout_removes_the_openings_it_covers_from_either_source(
    demo: Opened,
) -> None:
    finder = OpeningsFinder(demo.workspace)
    query = search(demo, "vaccination", days=3)
    before = (await finder.find(query)).openings
    for account, source in ((BRUSSELS, "vendor"), (PRAIRIE, "computed")):
        first = next(o for o in before if o.account == account)
        assert first.source == source
        await add_blockout(
            demo.workspace,
            Blockout(
                account,
                first.provider_id,
                first.start,
                first.start + timedelta(hours=1),
                "UTC",
                BlockoutKind.MEETING,
            ),
        )
    after = (await finder.find(query)).openings
    blocked_hours = {
        (o.account, o.provider_id): (o.start, o.start + timedelta(hours=1))
        for o in (next(o for o in before if o.account == a) for a in (BRUSSELS, PRAIRIE))
    }
    for (account, provider), (start, end) in blocked_hours.items():
        mine = [o for o in after if o.account == account and o.provider_id == provider]
        assert mine, f"{account} still has other openings"
        assert not any(o.start < end and start < o.end for o in mine)
    # what no blockout covers is still offered
    untouched = [
        o
        for o in before
        if not any(
            o.account == a and o.provider_id == p and o.start < e and s < o.end
            for (a, p), (s, e) in blocked_hours.items()
        )
    ]
    assert {(o.account, o.provider_id, o.start) for o in untouched} <= {
        (o.account, o.provider_id, o.start) for o in after
    }


async def test_the_clash_guard_names_a_blockout_like_an_overlap(demo: Opened) -> None:
    workspace = demo.workspace
    zone = ZoneInfo("Europe/Brussels")
    start = datetime(2026, 11, 23, 12, 30, tzinfo=zone)  # a Monday, weekly from the 16th
    await add_blockout(
        workspace,
        Blockout(
            BRUSSELS,
            None,
            start - timedelta(days=7),
            start - timedelta(days=7) + timedelta(minutes=45),
            "Europe/Brussels",
            BlockoutKind.MEETING,
            "Staff meeting",
            repeat_until=date(2026, 12, 31),
        ),
    )
    ghost = Appointment(BRUSSELS, "", "1", start, start + timedelta(minutes=20))
    found = await workspace.clashes(
        ghost, start + timedelta(minutes=15), start + timedelta(minutes=35), "1"
    )
    blocking = [e for e in found if e.patient == "Staff meeting"]
    assert len(blocking) == 1
    assert overlap_warning("Joris Van Hecke", blocking, zone) == (
        "Joris Van Hecke already has Staff meeting (Meeting) 12:30–13:15: book anyway?"
    )
    free = await workspace.clashes(
        ghost, start + timedelta(hours=1), start + timedelta(hours=2), "1"
    )
    assert all(e.patient != "Staff meeting" for e in free)
