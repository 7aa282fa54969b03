"""Which times a change frees (sync/freed.py): a cancel, a no-show, a move or a vendor-side
delete frees the time it held, unless another appointment holds it now or it is past."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontdesk.domain.models import Appointment, Location
from frontdesk.sync.freed import Held, freed

NOW = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
TEN = NOW + timedelta(hours=2)
HALF = timedelta(minutes=30)


def held(*rows: tuple[str, str, datetime]) -> Held:
    return {("A", key): (provider, start, start + HALF, "s1") for key, provider, start in rows}


def test_an_appointment_gone_or_moved_frees_its_old_time() -> None:
    before = held(("1", "raman", TEN), ("2", "joris", TEN))
    after = held(("2", "joris", TEN + timedelta(hours=3)))  # 1 cancelled, 2 moved
    assert freed(before, after, NOW) == [
        ("A", "joris", TEN, TEN + HALF, "s1"),
        ("A", "raman", TEN, TEN + HALF, "s1"),
    ]


def test_nothing_is_freed_when_nothing_moved() -> None:
    before = held(("1", "raman", TEN))
    assert freed(before, dict(before), NOW) == []


def test_a_time_another_appointment_now_holds_is_not_free() -> None:
    before = held(("1", "raman", TEN))
    after = held(("9", "raman", TEN + timedelta(minutes=15)))  # booked over it meanwhile
    assert freed(before, after, NOW) == []


def test_a_time_already_begun_is_not_offered() -> None:
    before = held(("1", "raman", NOW - timedelta(minutes=5)))
    assert freed(before, {}, NOW) == []


def test_the_book_is_not_read_while_nobody_waits(tmp_path: Path) -> None:
    from frontdesk.domain.reference import Reference
    from frontdesk.domain.waitlist import WaitlistEntry
    from frontdesk.store.cache import Cache
    from frontdesk.sync.freed import _offers

    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("A", "progenda", "http://a", {})
    cache.replace_reference("A", [Location("A", "L", "Main", "Europe/Brussels")], [], [])
    cache.upsert_appointments(
        [Appointment("A", "1", "raman", TEN, TEN + HALF, patient_id="p9", service_id="s1")]
    )
    reference = Reference.of(cache.accounts(), cache.locations(), [], [])
    assert _offers(cache, reference, None, NOW) == (None, [])  # nobody waits: not read
    cache.add_waitlist(WaitlistEntry("A", "p1", None, NOW))
    held, offers = _offers(cache, reference, None, NOW)  # the first look: the book as it is
    assert held is not None and list(held) == [("A", "1")] and offers == []
    cache.delete_appointment("A", "1")  # cancelled at the vendor, seen by a sync
    _, offers = _offers(cache, reference, held, NOW)
    assert [(o.slot.provider_id, o.entries[0].patient_id) for o in offers] == [("raman", "p1")]
    cache.close()
