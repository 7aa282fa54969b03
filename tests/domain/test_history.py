"""What a change to an appointment is called in its history, and who made it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import history
from frontdesk.domain.models import Appointment, AppointmentStatus

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
BRUSSELS = ZoneInfo("Europe/Brussels")


def test_each_difference_is_one_row_worded_on_the_clinics_clock() -> None:
    old = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=30), service_id="s1")
    new = replace(
        old,
        start=T0 + timedelta(minutes=30),
        end=T0 + timedelta(hours=1),
        provider_id="p2",
        service_id="s2",
        status=AppointmentStatus.ARRIVED,
    )
    rows = history.entries(old, new, T0, history.FRONTDESK)
    names = {"p1": "Dr One", "p2": "Dr Two", "s1": "Consult"}
    assert [history.what(r, BRUSSELS, names) for r in rows] == [
        "moved from 10:30 to 11:00",
        "provider changed from Dr One to Dr Two",
        "service changed from Consult to s2",
        "status changed from booked to arrived",
    ]
    longer = history.entries(old, replace(old, end=T0 + timedelta(hours=1)), T0, history.VENDOR)
    assert [history.what(r, BRUSSELS) for r in longer] == ["end changed from 11:00 to 11:30"]
    assert history.how(longer[0]).startswith("seen at the vendor")
    assert history.entries(old, old, T0, history.VENDOR) == []
    made = history.entries(None, old, T0, history.FRONTDESK)
    assert [history.what(r, BRUSSELS) for r in made] == ["booked for Wed 18 Nov 10:30"]
    gone = history.entries(old, replace(old, status=AppointmentStatus.CANCELLED), T0, "frontdesk")
    assert [r.kind for r in gone] == [history.CANCELLED]


def test_a_move_to_another_day_names_both_days() -> None:
    old = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=30))
    new = replace(old, start=T0 + timedelta(days=1), end=T0 + timedelta(days=1, minutes=30))
    (row,) = history.entries(old, new, T0, history.FRONTDESK)
    assert history.what(row, BRUSSELS) == "moved from Wed 18 Nov 10:30 to Thu 19 Nov 10:30"


def test_the_desk_is_the_configured_name_else_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    history.here.cache_clear()
    monkeypatch.setenv(history.DESK_VARIABLE, "front-1")
    monkeypatch.setattr("getpass.getuser", lambda: "marie")
    try:
        assert history.here() == ("front-1", "marie")
        history.here.cache_clear()
        monkeypatch.delenv(history.DESK_VARIABLE)
        monkeypatch.setattr("socket.gethostname", lambda: "reception-pc")
        assert history.here() == ("reception-pc", "marie")
    finally:
        history.here.cache_clear()
