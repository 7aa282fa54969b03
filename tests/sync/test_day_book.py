"""What the appointment book is built from: day and week sheets, hours, pending writes, clashes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.models import Appointment, AppointmentStatus, Location, Provider, Service
from frontdesk.domain.openings import DEFAULT_WORKING_HOURS
from frontdesk.store.cache import Cache
from frontdesk.sync.day import (
    BookMode,
    BookOptions,
    account_hours,
    build_day,
    build_week,
    clashes,
)
from frontdesk.sync.outbox_records import OutboxEntry

BRUSSELS = ZoneInfo("Europe/Brussels")
DENVER = ZoneInfo("America/Denver")
WEDNESDAY = date(2026, 11, 18)


def at(day: date, hh: int, mm: int = 0, zone: ZoneInfo = BRUSSELS) -> datetime:
    return datetime.combine(day, time(hh, mm), zone)


def appointment(
    ident: str,
    provider: str,
    start: datetime,
    minutes: int = 30,
    status: AppointmentStatus = AppointmentStatus.BOOKED,
    account: str = "A",
) -> Appointment:
    return Appointment(
        account=account,
        id=ident,
        provider_id=provider,
        start=start.astimezone(UTC),
        end=(start + timedelta(minutes=minutes)).astimezone(UTC),
        status=status,
        service_id="s1",
        title=f"title {ident}",
    )


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("A", "progenda", "http://a", {})
    cache.save_account("B", "syncvet", "http://b", {"working_hours": "mon-sat 09:00-13:00"})
    cache.replace_reference(
        "A",
        [
            Location("A", "gent", "Gent", "Europe/Brussels"),
            Location("A", "bxl", "Brussels", "Europe/Brussels"),
        ],
        [
            Provider("A", "p1", "Dr Gent One", "gent"),
            Provider("A", "p2", "Dr Brussels", "bxl"),
            Provider("A", "p3", "Dr Gent Two", "gent"),
        ],
        [Service("A", "s1", "Consultation", 30, "#3366CC")],
    )
    cache.replace_reference(
        "B",
        [Location("B", "den", "Denver", "America/Denver")],
        [Provider("B", "v1", "Vet", "den")],
        [],
    )
    cache.upsert_appointments(
        [
            appointment("1", "p1", at(WEDNESDAY, 9)),
            appointment("2", "p1", at(WEDNESDAY, 9, 15)),
            appointment("3", "p2", at(WEDNESDAY, 10), status=AppointmentStatus.CANCELLED),
            appointment("4", "p3", at(WEDNESDAY, 11)),
            appointment("5", "p1", at(WEDNESDAY + timedelta(days=1), 9)),
            appointment("6", "p1", at(WEDNESDAY + timedelta(days=5), 10)),  # Monday next week
            appointment("7", "v1", at(WEDNESDAY, 9, zone=DENVER), account="B"),
        ]
    )
    return cache


def waiting(kind: str, appointment_id: str, state: str = "queued", **payload: str) -> OutboxEntry:
    return OutboxEntry(
        1, "A", kind, "k", {"appointment_id": appointment_id, **payload}, state, 1, None
    )


def test_the_default_hours_are_weekdays_with_a_lunch_break() -> None:
    assert DEFAULT_WORKING_HOURS.intervals(WEDNESDAY, BRUSSELS) == [
        (at(WEDNESDAY, 8, 30), at(WEDNESDAY, 12, 30)),
        (at(WEDNESDAY, 13, 30), at(WEDNESDAY, 18)),
    ]
    assert DEFAULT_WORKING_HOURS.intervals(WEDNESDAY + timedelta(days=3), BRUSSELS) == []


def test_an_unreadable_hours_option_falls_back_to_the_default(cache: Cache) -> None:
    cache.save_account("A", "progenda", "http://a", {"working_hours": "funday 9-5"})
    assert account_hours(cache)["A"] == DEFAULT_WORKING_HOURS
    assert account_hours(cache)["B"] != DEFAULT_WORKING_HOURS


def test_day_columns_group_by_location_with_each_accounts_hours(cache: Cache) -> None:
    sheet = build_day(cache, WEDNESDAY, BRUSSELS, options=BookOptions())
    names = [c.provider.name for c in sheet.columns]
    assert names == ["Dr Brussels", "Dr Gent One", "Dr Gent Two", "Vet"]
    assert sheet.location_groups() == [("Brussels", 0, 1), ("Gent", 1, 2), ("Denver", 3, 1)]
    gent = sheet.columns[1]
    assert [e.appointment.id for e in gent.entries] == ["1", "2"]
    assert gent.open_hours[0] == (at(WEDNESDAY, 8, 30), at(WEDNESDAY, 12, 30))
    vet = sheet.columns[3]
    assert vet.zone == DENVER and [e.appointment.id for e in vet.entries] == ["7"]
    assert vet.open_hours == ((at(WEDNESDAY, 9, zone=DENVER), at(WEDNESDAY, 13, zone=DENVER)),)


def test_cancelled_are_hidden_and_counted_unless_asked(cache: Cache) -> None:
    hidden = build_day(cache, WEDNESDAY, BRUSSELS, options=BookOptions())
    assert all(e.appointment.id != "3" for c in hidden.columns for e in c.entries)
    assert hidden.hidden_cancelled == 1
    shown = build_day(cache, WEDNESDAY, BRUSSELS, options=BookOptions(show_cancelled=True))
    assert any(e.appointment.id == "3" for c in shown.columns for e in c.entries)
    assert shown.hidden_cancelled == 0


def test_chosen_providers_only_in_the_vendors_order_when_not_grouped(cache: Cache) -> None:
    options = BookOptions(group_by_location=False, providers={("A", "p3"), ("A", "p1")})
    sheet = build_day(cache, WEDNESDAY, BRUSSELS, options=options)
    assert [c.provider.id for c in sheet.columns] == ["p1", "p3"]
    assert not sheet.grouped


def test_week_of_one_provider_runs_monday_to_sunday(cache: Cache) -> None:
    sheet = build_week(cache, ("A", "p1"), WEDNESDAY, BRUSSELS, BookOptions())
    assert sheet.mode is BookMode.WEEK
    assert [c.day for c in sheet.columns] == [
        date(2026, 11, 16) + timedelta(days=n) for n in range(7)
    ]
    per_day = {c.day: [e.appointment.id for e in c.entries] for c in sheet.columns}
    assert per_day[WEDNESDAY] == ["1", "2"]
    assert per_day[WEDNESDAY + timedelta(days=1)] == ["5"]
    assert sum(len(ids) for ids in per_day.values()) == 3  # "6" is next week
    assert sheet.columns[5].open_hours == ()  # Saturday: closed by default


def test_pending_changes_are_drawn_where_and_as_they_will_be(cache: Cache) -> None:
    new_start = at(WEDNESDAY, 14)
    options = BookOptions(
        waiting=[
            waiting(
                "move",
                "1",
                start=new_start.isoformat(),
                end=(new_start + timedelta(minutes=30)).isoformat(),
                provider_id="p2",
            ),
            waiting("noshow", "4"),
            waiting("arrived", "2", state="failed"),  # refused: not drawn as pending
        ]
    )
    sheet = build_day(cache, WEDNESDAY, BRUSSELS, options=options)
    by_id = {e.appointment.id: e.appointment for c in sheet.columns for e in c.entries}
    moved = by_id["1"]
    assert moved.pending and moved.start == new_start and moved.provider_id == "p2"
    assert next(c for c in sheet.columns if c.provider.id == "p2").entries[0].appointment.id == "1"
    assert by_id["4"].status is AppointmentStatus.NOSHOW and by_id["4"].pending
    assert by_id["2"].status is AppointmentStatus.BOOKED and not by_id["2"].pending


def test_a_pending_cancellation_stays_visible_until_sent(cache: Cache) -> None:
    sheet = build_day(
        cache, WEDNESDAY, BRUSSELS, options=BookOptions(waiting=[waiting("cancel", "4")])
    )
    drawn = next(e.appointment for c in sheet.columns for e in c.entries if e.appointment.id == "4")
    assert drawn.status is AppointmentStatus.CANCELLED and drawn.pending


def test_clashes_find_live_overlaps_of_the_target_provider_only(cache: Cache) -> None:
    moving = cache.appointment("A", "4")
    assert moving is not None
    hits = clashes(cache, moving, at(WEDNESDAY, 9, 20), at(WEDNESDAY, 9, 50), "p1")
    assert [h.appointment.id for h in hits] == ["1", "2"]
    assert hits[0].patient == "title 1" and hits[0].service == "Consultation"
    # Back to back is fine; a cancelled appointment does not block.
    assert clashes(cache, moving, at(WEDNESDAY, 9, 45), at(WEDNESDAY, 10), "p1") == []
    assert clashes(cache, moving, at(WEDNESDAY, 10), at(WEDNESDAY, 10, 30), "p2") == []
    # Moving an appointment within its own slot does not clash with itself.
    first = cache.appointment("A", "1")
    assert first is not None
    assert [
        h.appointment.id
        for h in clashes(cache, first, at(WEDNESDAY, 9, 5), at(WEDNESDAY, 9, 10), "p1")
    ] == []
