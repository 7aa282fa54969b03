"""Every Qt item model passes pytest-qt's model tester, empty and filled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from pytestqt.modeltest import ModelTester

from frontdesk.domain.models import Opening, Patient, Provider, Service
from frontdesk.store.cache import PatientHit
from frontdesk.ui.models import OpeningsModel, PatientResultsModel, RecordRole

T0 = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)


def test_patient_results_model(qtmodeltester: ModelTester) -> None:
    model = PatientResultsModel()
    qtmodeltester.check(model)
    hits = [
        PatientHit(
            Patient("A", str(n), f"First{n}", f"Last{n}", date(1990, 1, n + 1), "+32 2 555 01 23"),
            "progenda",
        )
        for n in range(5)
    ]
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == "LAST0 First0"
    assert model.index(4, 0).data(RecordRole) is hits[4]
    model.set_hits([])
    qtmodeltester.check(model)


def test_openings_model(qtmodeltester: ModelTester) -> None:
    model = OpeningsModel()
    qtmodeltester.check(model)
    openings = [
        Opening("A", "p1", "s1", T0 + timedelta(hours=n), T0 + timedelta(hours=n, minutes=20))
        for n in (3, 1, 2)
    ]
    model.set_openings(
        openings,
        [Provider("A", "p1", "Dr Dubois")],
        [Service("A", "s1", "Consultation", 20)],
        ZoneInfo("Europe/Brussels"),
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.index(0, 0).data() == "Wed 18 Nov  10:00"  # earliest first, in clinic time
    assert model.index(0, 1).data() == "Dr Dubois"
    assert model.index(0, 2).data() == "Consultation (20 min)"
