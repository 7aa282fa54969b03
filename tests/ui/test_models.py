"""Every Qt item model passes pytest-qt's model tester, empty and filled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Opening,
    Patient,
    Provider,
    Service,
)
from frontdesk.store.cache import PatientHit
from frontdesk.ui.models import (
    AccountRow,
    AccountsModel,
    OpeningsModel,
    PatientResultsModel,
    RecordRole,
    VisitRow,
    VisitsModel,
)

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
    ] + [Opening("B", "p9", "", T0, T0 + timedelta(minutes=45), "computed")]
    model.set_openings(
        openings,
        [Provider("A", "p1", "Dr Dubois"), Provider("B", "p9", "Dr Reed")],
        [Service("A", "s1", "Consultation", 20)],
        ZoneInfo("Europe/Brussels"),
        {("B", "p9"): ZoneInfo("America/Los_Angeles")},
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 5
    # Earliest first; each in its clinic's time, the zone named when it is not the desk's.
    assert model.index(0, 0).data() == "Wed 18 Nov · 00:00 PST"
    assert model.index(0, 2).data() == "45 min"  # searched by length: no service
    assert model.index(0, 4).data() == "computed"
    assert model.index(1, 0).data() == "Wed 18 Nov · 10:00"
    assert model.index(1, 1).data() == "Dr Dubois"
    assert model.index(1, 2).data() == "Consultation (20 min)"
    assert model.index(1, 3).data() == "A"
    assert model.index(1, 4).data() == "vendor search"
    assert "vendor's own availability search" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(RecordRole) is openings[1]
    model.set_openings([], [], [], ZoneInfo("UTC"))
    qtmodeltester.check(model)


def test_visits_model(qtmodeltester: ModelTester) -> None:
    model = VisitsModel()
    qtmodeltester.check(model)
    brussels = ZoneInfo("Europe/Brussels")
    rows = [
        VisitRow(
            Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=20)),
            "Dr Dubois",
            "Consultation",
            brussels,
        ),
        VisitRow(
            Appointment("A", "2", "p1", T0 - timedelta(days=7), T0, AppointmentStatus.NOSHOW),
            "Dr Dubois",
            "Follow-up",
            brussels,
        ),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Wed 18/11/2026 09:00 · Consultation\nwith Dr Dubois"
    assert model.index(1, 0).data().endswith("with Dr Dubois (no-show)")
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(RecordRole) is rows[0].appointment


def test_accounts_model(qtmodeltester: ModelTester) -> None:
    model = AccountsModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            AccountRow("Brussels", "progenda", "Progenda", "online"),
            AccountRow("Vets", "syncvet", "SyncVet"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Brussels\nProgenda · online"
    assert model.index(1, 0).data() == "Vets\nSyncVet"
    assert model.row_of("Vets") == 1 and model.row_of("nobody") == -1
