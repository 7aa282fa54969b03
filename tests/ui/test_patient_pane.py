"""The patient pane: details with appointments, and creating or editing where the vendor allows."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QEvent, QObject, Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.store.cache import PatientHit
from frontdesk.sync.feed import Changes
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from frontdesk.ui.patient_dialog import PatientDialog
from frontdesk.ui.patient_pane import PatientPane
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, sync_book, wait_for, wait_until

HARBOUR = "Harbour City Allied Health"
GREEN = "Green Valley Naturopathic"


@pytest.fixture
def opened(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    with demo_of(qloop, clock, tmp_path, {"pracsuite", "naturaesoft"}) as demo:
        yield demo


@pytest.fixture
def pane(qtbot: QtBot, opened: Opened) -> PatientPane:
    wait_for(qtbot, sync_book(opened, NOW, patients=True), timeout=30_000)
    pane = PatientPane(opened.workspace)
    qtbot.addWidget(pane)
    pane.resize(360, 860)
    pane.show()
    return pane


def requests(opened: Opened, host: str, method: str) -> list[tuple[str, dict[str, object]]]:
    assert opened.demo is not None
    return [
        (r.path, json.loads(r.body) if r.body else {})
        for r in opened.demo.apps[host].requests
        if r.method == method
    ]


def show(qtbot: QtBot, pane: PatientPane, query: str) -> tuple[int, int]:
    """Type a search; wait until the current result's details and visits are on screen."""
    pane.field.setText(query)
    qtbot.waitUntil(
        lambda: pane.current() is not None and pane.details.loaded == pane.current(),
        timeout=10_000,
    )
    details = pane.details
    return details.upcoming_model.rowCount(), details.past_model.rowCount()


def test_details_list_upcoming_and_past_appointments_from_the_cache(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    cache = demo.workspace.cache
    book = cache.appointments_between(NOW - timedelta(days=8), NOW + timedelta(days=61))
    by_patient: dict[str, list[object]] = {}
    for a in book:
        if a.patient_id:
            by_patient.setdefault(a.patient_id, []).append(a)
    patient_id, visits = next(
        (pid, v)
        for pid, v in sorted(by_patient.items())
        if any(a.end <= NOW for a in v) and any(a.end > NOW for a in v)  # type: ignore[attr-defined]
    )
    patient = cache.patient("Brussels & Gent", patient_id)
    assert patient is not None and patient.phone
    pane = window.patients
    upcoming, past = show(qtbot, pane, patient.phone)
    assert pane.current() is not None and pane.current().patient.id == patient_id  # type: ignore[union-attr]
    expected_up = sorted((a for a in visits if a.end > NOW), key=lambda a: a.start)  # type: ignore[attr-defined]
    assert (upcoming, past) == (len(expected_up), len(visits) - len(expected_up))
    first = pane.details.upcoming_model.index(0, 0)
    assert first.data(RecordRole) == expected_up[0]
    assert pane.details.name.text() == patient.display_name
    assert patient.phone in pane.details.facts.text()
    assert pane.details.upcoming_label.text() == f"Upcoming ({upcoming})"
    # Progenda edits patients: the button is there and enabled.
    assert pane.details.edit.isEnabled()


def test_create_a_patient_with_inline_checks_then_find_it_selected(
    qtbot: QtBot, pane: PatientPane, opened: Opened
) -> None:
    qtbot.keyClicks(pane.field, "zz-nobody")
    wait_until(pane.results_are_current)
    assert pane.model.rowCount() == 0
    pane.field.setText("sophie lambert")
    dialog = pane.new_patient()
    assert isinstance(dialog, PatientDialog) and dialog.isVisible()
    # The search text is the start of the name, in the order typed; only accounts that can add
    # patients are offered.
    assert dialog.fields["last_name"].text() == "Lambert"
    assert dialog.fields["first_name"].text() == "Sophie"
    assert dialog.chosen_account() in (HARBOUR, GREEN)
    dialog.account.setCurrentIndex(dialog.account.findData(HARBOUR))
    qtbot.keyClicks(dialog.fields["birth_date"], "31/12/2030")
    assert dialog.errors["birth_date"].isVisible()
    assert dialog.errors["birth_date"].text() == "The birth date is in the future."
    qtbot.keyClicks(dialog.fields["phone"], "12")
    assert dialog.errors["phone"].text() == "A phone number has 6 to 15 digits."
    posts_before = len(requests(opened, "pracsuite.sandbox", "POST"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["phone"].isVisible()
    assert len(requests(opened, "pracsuite.sandbox", "POST")) == posts_before  # nothing sent
    dialog.fields["birth_date"].clear()
    qtbot.keyClicks(dialog.fields["birth_date"], "1988-04-02")
    dialog.fields["phone"].clear()
    qtbot.keyClicks(dialog.fields["phone"], "0412 345 678")
    assert not any(e.isVisible() for e in dialog.errors.values())
    with qtbot.waitSignal(pane.patient_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    hit: PatientHit = saved.args[0]
    sent = [
        body for path, body in requests(opened, "pracsuite.sandbox", "POST") if "patient" in path
    ]
    assert sent[-1]["first_name"] == "Sophie" and sent[-1]["surname"] == "Lambert"
    assert sent[-1]["date_of_birth"] == "1988-04-02"
    # The new patient is in the cache, found and current, with its details shown.
    current = pane.current()
    assert current is not None and current.patient.id == hit.patient.id
    assert current.patient.account == HARBOUR
    assert pane.details.name.text() == "Sophie Lambert"


def test_edit_where_the_vendor_allows_and_say_why_not_elsewhere(
    qtbot: QtBot, pane: PatientPane, opened: Opened
) -> None:
    harbour = next(
        p for p in opened.workspace.cache.search_patients("a", 200) if p.patient.account == HARBOUR
    )
    pane.details.show_patient(harbour)
    assert not pane.details.edit.isEnabled()
    assert "edit the patient in PracSuite" in pane.details.edit.toolTip()

    green = next(
        p for p in opened.workspace.cache.search_patients("a", 200) if p.patient.account == GREEN
    )
    assert green.patient.phone
    show(qtbot, pane, green.patient.phone)
    assert pane.details.edit.isEnabled()
    qtbot.mouseClick(pane.details.edit, Qt.MouseButton.LeftButton)
    dialog = pane.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit patient"
    assert dialog.fields["last_name"].text() == green.patient.last_name
    dialog.fields["email"].clear()
    qtbot.keyClicks(dialog.fields["email"], "new.address@example.org")
    with qtbot.waitSignal(pane.patient_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    puts = requests(opened, "naturaesoft.sandbox", "PUT")
    assert puts and puts[-1][0].endswith(f"/prospects/{green.patient.id}")
    assert "new.address@example.org" in json.dumps(puts[-1][1])
    stored = opened.workspace.cache.patient(GREEN, green.patient.id)
    assert stored is not None and stored.email == "new.address@example.org"
    assert "new.address@example.org" in pane.details.facts.text()


def test_a_refused_create_keeps_what_was_typed(
    qtbot: QtBot, pane: PatientPane, opened: Opened
) -> None:
    assert opened.demo is not None
    opened.demo.apps["pracsuite.sandbox"].fail_next(
        422, {"message": "surname rejected"}, path_contains="patient", method="POST"
    )
    dialog = pane.new_patient(HARBOUR)
    qtbot.keyClicks(dialog.fields["first_name"], "Ana")
    qtbot.keyClicks(dialog.fields["last_name"], "Lima")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Not saved:"), timeout=10_000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.fields["last_name"].text() == "Lima"


def test_no_account_that_can_add_patients_disables_new_and_says_why(
    qtbot: QtBot, qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path
) -> None:
    with demo_of(qloop, clock, tmp_path, {"vish"}) as vish:
        pane = PatientPane(vish.workspace)
        qtbot.addWidget(pane)
        assert not pane.new_button.isEnabled()
        assert "VISH" in pane.new_button.toolTip()


def test_a_patient_the_vendor_cannot_take_now_is_kept_and_found(
    qtbot: QtBot, pane: PatientPane, opened: Opened
) -> None:
    assert opened.demo is not None
    opened.demo.apps["pracsuite.sandbox"].fail_next(401, path_contains="patient", method="POST")
    dialog = pane.new_patient(HARBOUR)
    qtbot.keyClicks(dialog.fields["first_name"], "Noor")
    qtbot.keyClicks(dialog.fields["last_name"], "Haddad")
    with qtbot.waitSignal(pane.patient_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].patient.last_name == "Haddad"
    assert pane.hint.text().startswith("Saved here; it will be sent when the vendor answers")
    assert pane.current() is not None and pane.current().patient.last_name == "Haddad"  # type: ignore[union-attr]
    assert opened.workspace.outbox.waiting(HARBOUR) == 1


def test_an_older_search_ending_last_never_replaces_the_latest_keystrokes_results(
    qtbot: QtBot, pane: PatientPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pane.workspace.search_patients
    everyone = wait_for(qtbot, real("a"))
    latest = everyone[-1].patient.last_name  # what the receptionist goes on to type
    expected = [h.patient for h in wait_for(qtbot, real(latest))]
    assert expected != [h.patient for h in everyone][: len(expected)]
    gates: dict[str, asyncio.Event] = {}
    delivered: list[str] = []  # after the pane's own callback has had the answer

    async def held(query: str, limit: int = 50) -> list[PatientHit]:
        task = asyncio.current_task()
        assert task is not None
        task.add_done_callback(lambda _task: delivered.append(query))
        await gates.setdefault(query, asyncio.Event()).wait()
        return await real(query, limit)

    monkeypatch.setattr(pane.workspace, "search_patients", held)
    painted: list[int] = []
    pane.results_changed.connect(painted.append)
    pane.field.setText("a")
    pane.field.setText(latest)
    gates.setdefault(latest, asyncio.Event()).set()
    qtbot.waitUntil(lambda: delivered == [latest], timeout=10_000)
    assert pane.results_are_current()
    gates.setdefault("a", asyncio.Event()).set()  # the older search ends last
    qtbot.waitUntil(lambda: delivered == [latest, "a"], timeout=10_000)

    shown = [pane.model.index(n, 0).data(RecordRole).patient for n in range(pane.model.rowCount())]
    assert shown == expected and painted == [len(expected)]


def test_a_long_sync_recounts_the_cache_at_most_once_a_second_and_shows_the_last_count(
    qtbot: QtBot, pane: PatientPane, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first sync stores a page of patients about ten times a second. The hint's count is
    re-read at most once a second, and the last count is shown: each recount changes the
    hint's text, and a label's new text lays out and repaints the whole window (before: twice
    per page, 2 s of the GUI thread in a 100,000-patient sync)."""
    real = pane.workspace.patient_count
    counts: list[int] = []
    total = [wait_for(qtbot, real())]

    async def counted() -> int:
        counts.append(total[0])
        return total[0]

    monkeypatch.setattr(pane.workspace, "patient_count", counted)
    qtbot.waitUntil(lambda: not pane.relay.pending)
    began = time.monotonic()
    for page in range(20):  # twenty pages, each in its own turn of the loop
        total[0] += 100
        opened.workspace.feed.publish(
            Changes.of_patients(HARBOUR, [f"p{page}-{n}" for n in range(100)])
        )
        qtbot.waitUntil(lambda: not pane.relay.pending)
    seconds = time.monotonic() - began
    assert len(counts) <= 1 + math.ceil(seconds)  # the first at once, then one a second
    last = total[0]
    qtbot.waitUntil(lambda: counts[-1:] == [last], timeout=3_000)  # the last, within a second
    assert len(counts) <= 2 + math.ceil(seconds)
    qtbot.waitUntil(lambda: f"{last:,}" in pane.hint.text() or str(last) in pane.hint.text())


def test_a_new_count_in_the_hint_repaints_the_hint_not_the_whole_side_pane(
    qtbot: QtBot, pane: PatientPane
) -> None:
    """A label's new text asks its layout again, up to the window, and the side pane's
    QTabWidget answers a layout request by repainting all of itself. A hint whose number of
    lines stays the same asks nothing of the layouts around it; one that needs another line
    gets it."""
    requests: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(type(watched).__name__)
            return False

    watch = Watch()
    pane.installEventFilter(watch)
    qtbot.waitUntil(lambda: "in the cache" in pane.hint.text())
    height = pane.hint.height()
    requests.clear()
    for total in (12_300, 12_400, 99_999):
        pane.hint.setText(f"{total:,} patients in the cache. Type to search.")
        qtbot.wait(20)
    assert requests == []
    assert pane.hint.height() == height and pane.hint.text().startswith("99,999")

    pane.hint.setText(" ".join(["A much longer hint that cannot stay on one line."] * 4))
    qtbot.waitUntil(lambda: pane.hint.height() > height)
    rect = pane.hint.contentsRect()
    needed = pane.hint.heightForWidth(rect.width())
    assert pane.hint.height() >= needed  # every line shown, none clipped
    pane.hint.setText("3 found")
    qtbot.waitUntil(lambda: pane.hint.height() == height)  # and gives the line back
