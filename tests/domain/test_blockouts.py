"""Blockouts expand into occurrences on their clinic's wall clock (a DST week in Brussels)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.blockouts import (
    Blockout,
    BlockoutKind,
    blocked,
    occurrences,
    vendor_occurrences,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def lunch(**fields: object) -> Blockout:
    values: dict[str, object] = {
        "account": "A",
        "provider_id": "raman",
        # Monday 19 October 2026, 12:30-13:15 in Brussels (summer time, UTC+2)
        "start": datetime(2026, 10, 19, 12, 30, tzinfo=BRUSSELS),
        "end": datetime(2026, 10, 19, 13, 15, tzinfo=BRUSSELS),
        "zone": "Europe/Brussels",
        "kind": BlockoutKind.BREAK,
    }
    values.update(fields)
    return Blockout(**values)  # type: ignore[arg-type]


def local(spans: list[tuple[datetime, datetime]]) -> list[str]:
    return [
        f"{a.astimezone(BRUSSELS):%a %d %H:%M}-{b.astimezone(BRUSSELS):%H:%M}" for a, b in spans
    ]


def test_a_weekly_break_keeps_its_wall_clock_across_the_dst_change() -> None:
    # Clocks go back on Sunday 25 October 2026: the break stays 12:30 local, 10:30 -> 11:30 UTC.
    weekly = lunch(repeat_until=date(2026, 11, 2))
    spans = list(
        occurrences(weekly, datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    )
    assert local(spans) == ["Mon 19 12:30-13:15", "Mon 26 12:30-13:15", "Mon 02 12:30-13:15"]
    assert [a.hour for a, _ in spans] == [10, 11, 11]  # UTC hours
    assert all(b - a == timedelta(minutes=45) for a, b in spans)


def test_only_the_occurrences_overlapping_the_window_are_given() -> None:
    weekly = lunch(repeat_until=date(2026, 12, 31))
    week = datetime(2026, 11, 23, tzinfo=BRUSSELS), datetime(2026, 11, 30, tzinfo=BRUSSELS)
    assert local(list(occurrences(weekly, *week))) == ["Mon 23 12:30-13:15"]
    # a window that starts in the middle of an occurrence still gets it
    middle = datetime(2026, 11, 23, 13, 0, tzinfo=BRUSSELS)
    assert local(list(occurrences(weekly, middle, middle + timedelta(hours=1)))) == [
        "Mon 23 12:30-13:15"
    ]
    once = lunch()
    assert list(occurrences(once, *week)) == []
    assert local(list(occurrences(once, datetime(2026, 10, 19, tzinfo=BRUSSELS), week[1]))) == [
        "Mon 19 12:30-13:15"
    ]


def test_a_blockout_for_all_blocks_every_provider_of_its_account_only() -> None:
    meeting = lunch(provider_id=None, kind=BlockoutKind.MEETING, title="Team meeting")
    day = datetime(2026, 10, 19, tzinfo=BRUSSELS), datetime(2026, 10, 20, tzinfo=BRUSSELS)
    assert [b.name for b, _ in blocked([meeting], "A", "joris", *day)] == ["Team meeting"]
    assert blocked([meeting], "B", "joris", *day) == []
    assert [b.name for b, _ in blocked([lunch()], "A", "raman", *day)] == ["Break"]
    assert blocked([lunch()], "A", "joris", *day) == []


def test_only_the_occurrences_not_over_yet_are_sent_to_the_vendor() -> None:
    """A weekly break begun in October, stored at the vendor on Tuesday 3 November: from the
    next Monday on, for every provider (the Monday already over is not sent)."""
    weekly = lunch(id=7, provider_id=None, repeat_until=date(2026, 11, 16))
    keys = iter(f"fd-b-{n}" for n in range(100))
    now = datetime(2026, 11, 3, 9, 0, tzinfo=BRUSSELS)
    sent = vendor_occurrences(weekly, ["raman", "vos"], lambda: next(keys), now)
    assert [(o.provider_id, f"{o.start.astimezone(BRUSSELS):%a %d %H:%M}") for o in sent] == [
        ("raman", "Mon 09 12:30"),
        ("raman", "Mon 16 12:30"),
        ("vos", "Mon 09 12:30"),
        ("vos", "Mon 16 12:30"),
    ]
    assert len({o.remote_id for o in sent}) == 4
