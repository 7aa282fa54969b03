"""The waitlist's offer in the demo window (issue 15): a cancel frees a slot, the waiting
patient who fits is offered it at once, one click books it at the vendor and the entry goes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import AppointmentStatus
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Cancel
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.waitlist_offer import WaitlistOffer
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_for, wait_until
from tests.ui.test_actions_appointment import upcoming, vendor


def posts(demo: Opened) -> list[str]:
    return [r.path for r in vendor(demo).requests if r.method == "POST" and r.status < 400]


def test_a_cancel_offers_the_slot_and_one_click_books_the_waiting_patient(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    freed = entry.appointment
    sheet = window.day_view.sheet
    assert sheet is not None
    other = next(
        e.appointment.patient_id
        for c in sheet.columns
        for e in c.entries
        if e.appointment.patient_id and e.appointment.patient_id != freed.patient_id
    )
    assert other is not None
    workspace = demo.workspace
    waiting = wait_for(
        qtbot,
        desk.add_to_waitlist(
            workspace,
            WaitlistEntry(freed.account, other, None, NOW - timedelta(days=3), urgent=True),
        ),
    )
    provider = workspace.reference.provider(freed.account, freed.provider_id)
    assert provider is not None
    before = len(posts(demo))

    window.appointment.send(entry, Cancel.on(freed, "ill"), "cancel")

    wait_until(lambda: isinstance(window.waitlist_offer, WaitlistOffer))
    offer = window.waitlist_offer
    assert isinstance(offer, WaitlistOffer) and offer.isVisible() and not offer.isModal()
    local = freed.start.astimezone(workspace.reference.zone_of(provider))
    assert offer.headline.text() == (
        f"1 waiting patient fits {local:%a %H:%M} with {provider.name}"
    )
    name = offer.offer.names[(freed.account, other)]
    assert offer.buttons[0].text().startswith(f"Book {name}")

    with qtbot.waitSignal(offer.booked, timeout=10_000) as told:
        qtbot.mouseClick(offer.buttons[0], Qt.MouseButton.LeftButton)

    assert told.args == [f"Booked {name} {local:%a %H:%M}"]
    assert len(posts(demo)) == before + 1
    assert posts(demo)[-1].endswith("/appointments")  # Progenda: POST books
    wait_until(lambda: window.waitlist_offer is None)  # the notice is gone
    assert wait_for(qtbot, desk.waitlist(workspace)) == []
    settle(window)
    booked = [
        a
        for a in wait_for(qtbot, workspace.appointments_between(freed.start, freed.end))
        if a.patient_id == other and a.status is AppointmentStatus.BOOKED
    ]
    assert [(a.provider_id, a.start) for a in booked] == [(freed.provider_id, freed.start)]
    assert waiting.id is not None
