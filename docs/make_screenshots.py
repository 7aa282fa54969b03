"""Regenerate docs/screenshots/: the main window and each pane and dialog, light and dark.

    make screenshots            (or: python docs/make_screenshots.py [--out DIR] [--theme T]
                                 [--language fr_BE|nl_BE|es_US])

Deterministic: the built-in demo clinic on a fixed clock (the moment README's screenshot uses),
rendered off screen with Qt's Fusion style, once with its light palette and once with a dark one.
Nothing of the user's is touched: the demo cache lives in a temporary folder. English unless
--language is given (then each file is named with the language: booking-fr.png, booking-nl.png),
whatever the system's language or the language chosen in the window.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TIME = "2026-11-18T10:40-08:00"
OUT = Path(__file__).resolve().parent / "screenshots"
THEMES = ("light", "dark")


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#25282E",
        role.WindowText: "#E6E8EB",
        role.Base: "#1C1E22",
        role.AlternateBase: "#2A2D33",
        role.ToolTipBase: "#33363D",
        role.ToolTipText: "#E6E8EB",
        role.Text: "#E6E8EB",
        role.Button: "#30333A",
        role.ButtonText: "#E6E8EB",
        role.BrightText: "#FF6E6E",
        role.Highlight: "#3584E4",
        role.HighlightedText: "#FFFFFF",
        role.Link: "#78AEED",
        role.PlaceholderText: "#9398A0",
        role.Light: "#3A3E46",
        role.Midlight: "#33363D",
        role.Mid: "#4A4E57",
        role.Dark: "#15171A",
        role.Shadow: "#000000",
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(group.Disabled, colour_role, QColor("#72767E"))
    return palette


class Shooter:
    """Drives the demo window through each scene and saves one PNG per scene."""

    def __init__(self, out: Path, theme: str, language: str = "en") -> None:
        self.out = out
        spoken = "" if language == "en" else f"-{language.split('_')[0]}"
        self.suffix = spoken + ("" if theme == "light" else f"-{theme}")
        self.written: list[Path] = []

    def save(self, widget: Any, name: str) -> None:
        path = self.out / f"{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        self.written.append(path)


async def until(signal: Any, start: Callable[[], object] | None = None, limit: float = 60) -> Any:
    """Wait for a Qt signal (after calling `start`), on the running qasync loop."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[Any] = loop.create_future()

    def fired(*args: Any) -> None:
        if not done.done():
            done.set_result(args)

    signal.connect(fired)
    if start is not None:
        start()
    try:
        return await asyncio.wait_for(done, limit)
    finally:
        signal.disconnect(fired)


async def settle(seconds: float = 0.25) -> None:
    """Let the window paint (and background reads land) before grabbing."""
    await asyncio.sleep(seconds)


async def scenes(shooter: Shooter, at: datetime, workdir: Path) -> None:
    from frontdesk.app import open_demo
    from frontdesk.domain.clock import FixedClock
    from frontdesk.ui.accounts_dialog import AccountsDialog
    from frontdesk.ui.main_window import MainWindow
    from frontdesk.ui.models import RecordRole
    from frontdesk.ui.patient_form import PatientInput
    from frontdesk.ui.reauth import ReauthDialog

    opened = open_demo(FixedClock(at), workdir / "demo-cache.sqlite3")
    workspace = opened.workspace
    window = MainWindow(workspace, demo=True, remember_layout=False)
    window.resize(1440, 900)
    window.show()
    try:
        await until(window.synced, window.start, limit=120)
        window.go_today()
        for _ in range(200):  # a loaded machine: every account's columns drawn, not some
            await settle(0.05)
            if window.book_is_current():
                break
        await settle()
        shooter.save(window, "main-window")  # as `frontdesk --demo --screenshot` shows it

        # The patient pane: a patient of the Brussels clinic (center 1) with appointments ahead.
        assert opened.demo is not None
        state = opened.demo.states["progenda.sandbox"]
        now = workspace.clock.now()
        counts: dict[str, int] = {}
        for a in workspace.cache.appointments_between(
            now, now + timedelta(days=30), "Brussels & Gent"
        ):
            if a.patient_id and state.patients[int(a.patient_id)]["center_id"] == 1:
                counts[a.patient_id] = counts.get(a.patient_id, 0) + 1
        busiest = max(sorted(counts), key=lambda pid: counts[pid])
        patient = await workspace.patient("Brussels & Gent", busiest)
        assert patient is not None and patient.phone
        window.focus_search()
        window.patients.field.setText(f"{patient.last_name} {patient.first_name}")
        for row in range(window.patients.model.rowCount()):
            hit = window.patients.model.index(row, 0).data(RecordRole)
            if hit.patient.id == patient.id:
                window.patients.results.setCurrentIndex(window.patients.model.index(row, 0))
        await until(window.patients.details.shown)
        await settle()
        shooter.save(window, "main-window-patient")
        shooter.save(window.side, "patients")
        chosen = window.patients.current()

        # A new patient, with what the receptionist typed wrong said under each field.
        dialog = window.patients.new_patient("Harbour City Allied Health")
        for name, text in PatientInput(
            "Sophie", "Lambert", "31/12/2030", "12", "sophie@"
        ).__dict__.items():
            dialog.fields[name].setText(text)
            dialog._touched.add(name)
        dialog.validate()
        await settle()
        shooter.save(dialog, "patient-new")
        dialog.reject()

        # The openings finder: a service two accounts share, searched in both.
        window.focus_openings()
        pane = window.openings
        pane.service.setCurrentIndex(pane.service.findText("Vaccination · 10–15 min · 2 accounts"))
        await until(pane.searched, pane.search)
        await settle()
        shooter.save(window.side, "openings")

        # Who is here: the patients checked in and waiting, with how long.
        window.side.setCurrentWidget(window.arrivals)
        await settle(0.5)
        shooter.save(window.side, "here")
        window.focus_openings()

        # Booking: a Brussels consultation for the patient chosen above.
        pane.service.setCurrentIndex(
            pane.service.findText("Consultation · 20 min · Brussels & Gent")
        )
        pane.provider.setCurrentIndex(pane.provider.findData("1"))
        await until(pane.searched, pane.search)
        opening = pane.current()
        assert opening is not None
        booking = window.book_opening(opening)
        if chosen is not None:
            booking.choose_patient(chosen)
        booking.notes.setPlainText("Prefers mornings")
        await settle()
        shooter.save(booking, "booking")

        # The same slot taken at the clinic meanwhile: explained, with fresh openings to pick.
        state.appointments[999_999] = {
            "id": "999999",
            "remote_id": None,
            "start": str(int(opening.start.timestamp())),
            "stop": str(int(opening.end.timestamp())),
            "notes": False,
            "warning": False,
            "color": None,
            "title": "",
            "status": "booked",
            "patient_id": "2",
            "patient_remote_id": None,
            "service_remote_id": "consult",
            "noshow": False,
            "patient_arrived_at": None,
            "calendar_id": int(opening.provider_id),
        }
        await until(booking.openings_shown, booking.submit)
        await settle(0.8)
        shooter.save(booking, "booking-conflict")
        booking.reject()

        # Editing an appointment: a longer length that runs into the next one is named.
        from frontdesk.domain.models import AppointmentStatus
        from frontdesk.ui.edit_appointment_dialog import EditAppointmentDialog

        sheet = window.day_view.sheet
        assert sheet is not None
        pairs = [
            (first, second)
            for column in sheet.columns
            for first, second in itertools.pairwise(
                sorted(
                    (e for e in column.entries if e.appointment.status is AppointmentStatus.BOOKED),
                    key=lambda e: e.appointment.start,
                )
            )
            if first.appointment.start > now
            and first.appointment.patient_id
            and first.appointment.end <= second.appointment.start
        ]
        first, second = min(
            pairs, key=lambda pair: pair[1].appointment.start - pair[0].appointment.end
        )
        edit = EditAppointmentDialog(workspace, first, window)
        edit.show()
        edit.notes.setPlainText("Bring the X-rays")
        over = second.appointment.end - first.appointment.start
        longer = -(-int(over.total_seconds() // 60) // 5) * 5
        await until(edit.checked, lambda: edit.length.setValue(longer))
        await settle()
        shooter.save(edit, "edit-appointment")
        edit.done(0)

        # History: a booking and a move made at this desk, then a longer visit seen at the vendor.
        await history_scene(shooter, window, first)

        # Confirmation calls: the day's list, one call marked "left message".
        await calls_scene(shooter, window)

        # A patient's alert, shown in the booking dialog as soon as the patient is chosen.
        await alert_scene(shooter, window, first)

        # A recurring series (issue 15 item 2): every occurrence checked in the dialog.
        await series_scene(shooter, window)
        # Desk tools (issue 15): blockouts drawn in the book, the waitlist and its offer.
        from frontdesk.domain.blockouts import Blockout, BlockoutKind
        from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry
        from frontdesk.sync.facade import desk
        from frontdesk.ui.waitlist_offer import WaitlistOffer

        brussels = "Brussels & Gent"
        zone = workspace.reference.account_zone(brussels)
        assert zone is not None
        today = now.astimezone(zone).date()
        monday = today - timedelta(days=today.weekday())  # the week shown: from its Monday
        noon = datetime.combine(monday, datetime.min.time(), zone)
        for provider_id, hour, minutes, kind, title in (
            (None, 12, 45, BlockoutKind.MEETING, "Team meeting"),  # Mondays
            ("1", 12, 45, BlockoutKind.BREAK, "Lunch"),  # Tuesdays, Joris only
        ):
            start = noon + timedelta(days=0 if provider_id is None else 1, hours=hour, minutes=30)
            await desk.add_blockout(
                workspace,
                Blockout(
                    brussels,
                    provider_id,
                    start,
                    start + timedelta(minutes=minutes),
                    zone.key,
                    kind,
                    title,
                    repeat_until=start.date() + timedelta(days=28),
                ),
            )
        waiting = sorted(counts)[:3]
        for n, (patient_id, wishes) in enumerate(
            zip(
                waiting,
                (
                    {"urgent": True, "note": "Can come at short notice"},
                    {"time_of_day": TimeOfDay.MORNING, "provider_ids": frozenset({"1"})},
                    {"days": frozenset({0, 3})},
                ),
                strict=False,
            )
        ):
            await desk.add_to_waitlist(
                workspace,
                WaitlistEntry(
                    brussels, patient_id, None, now - timedelta(days=9 - 3 * n), **wishes
                ),
            )
        joris = workspace.reference.provider(brussels, "1")
        assert joris is not None
        window.show_week_of(joris)  # the Brussels columns: the meeting and the break each day
        await settle(1.5)
        shooter.save(window, "book-blockouts")
        from frontdesk.domain.book import BookMode

        window.set_mode(BookMode.DAY)
        window.side.setCurrentWidget(window.waitlist)
        await settle(0.5)
        shooter.save(window.side, "waitlist")
        from frontdesk.ui.waitlist_dialog import WaitlistDialog

        wanted = await workspace.patient(brussels, waiting[0])
        adding = WaitlistDialog(workspace, wanted, window)
        adding.urgent.setChecked(True)
        adding.from_on.setChecked(True)
        adding.until_on.setChecked(True)
        adding.note.setText("Away until the 3rd")
        adding.show()
        await settle()
        shooter.save(adding, "waitlist-add")
        adding.close()
        freed = next(
            a
            for a in workspace.cache.appointments_between(now, now + timedelta(days=14), brussels)
            if a.patient_id and a.status is AppointmentStatus.BOOKED
        )
        offer = await desk.offer_at(workspace, brussels, freed.provider_id, freed.start, freed.end)
        notice = WaitlistOffer(workspace, offer, window)
        notice.show()
        await settle()
        shooter.save(notice, "waitlist-offer")
        notice.close()
        await pinboard_scene(shooter, window, brussels)
        window.focus_openings()

        # Accounts: one selected and its connection tested.
        accounts = AccountsDialog(workspace, window)
        accounts.show()
        accounts.list.setCurrentIndex(
            accounts.model.index(accounts.model.row_of("Brussels & Gent"), 0)
        )
        await until(accounts.tested, accounts.test_connection)
        await settle()
        shooter.save(accounts, "accounts")
        accounts.start_adding("syncvet")
        accounts.name.setText("Prairie Creek Vets – Westside")
        accounts.check()
        await settle()
        shooter.save(accounts, "accounts-add")
        accounts.close()

        # A 401 later: the re-authentication prompt.
        reauth = ReauthDialog(
            workspace,
            "Brussels & Gent",
            message="Progenda: You need to sign in or sign up before continuing.",
            parent=window,
        )
        reauth.show()
        await settle()
        shooter.save(reauth, "reauth")
        reauth.close()
    finally:
        window.close()
        await workspace.aclose()


async def pinboard_scene(shooter: Shooter, window: Any, account: str) -> None:
    """Three cards on the board, one cancelled at the vendor since it was pinned; the next day
    shown, a card selected to be placed."""
    from frontdesk.domain.models import AppointmentStatus
    from frontdesk.sync.facade import desk

    workspace = window.workspace
    now = workspace.clock.now()
    ahead = [
        a
        for a in workspace.cache.appointments_between(now, now + timedelta(days=3), account)
        if a.patient_id and a.status is AppointmentStatus.BOOKED and not a.pending
    ]
    picked = [ahead[0], ahead[len(ahead) // 2], ahead[-1]]
    for a in picked:
        await desk.pin(workspace, a)
    cancelled = picked[-1]
    coordinator = workspace.coordinators[account]
    await coordinator.connector.cancel(cancelled, "phoned the clinic")
    await coordinator.sync_appointments(cancelled.start - timedelta(hours=1), cancelled.end)
    window.side.setCurrentWidget(window.pinboard)
    window.step(1)
    board = window.pinboard
    for _ in range(100):
        if board.model.rowCount() == 3 and board.model.rows[-1].note:
            break
        await settle(0.05)
    movable = next(n for n, row in enumerate(board.model.rows) if not row.note)
    board.cards.setCurrentIndex(board.model.index(movable, 0))
    await settle(1.5)
    shooter.save(window, "pinboard")
    for a in picked:
        await desk.unpin(workspace, a.account, a.id)
    window.step(-1)


async def history_scene(shooter: Shooter, window: Any, entry: Any) -> None:
    from dataclasses import replace

    from frontdesk.domain import history
    from frontdesk.ui.history_dialog import HistoryDialog

    a = entry.appointment
    earlier = replace(a, start=a.start - timedelta(minutes=30), end=a.end - timedelta(minutes=30))
    made = history.entries(None, earlier, a.start - timedelta(days=6), history.FRONTDESK)
    moved = history.entries(earlier, a, a.start - timedelta(days=2), history.FRONTDESK)
    longer = replace(a, end=a.end + timedelta(minutes=15))
    seen = history.entries(a, longer, a.start - timedelta(days=1), history.VENDOR)
    rows = [replace(r, desk="reception-1", user="anna") for r in made + moved]
    rows += [replace(r, desk="reception-2", user="tom") for r in seen]
    cache = window.workspace.cache
    with cache.transaction():  # a script, not the window: the main thread may write
        cache.put_history(rows)
    window.appointment.set_entry(entry)
    window.appointment.trigger("history")
    dialog = window.appointment.dialog
    assert isinstance(dialog, HistoryDialog)
    for _ in range(100):
        if dialog.model.rowCount():
            break
        await settle(0.05)
    dialog.resize(760, 280)
    await settle()
    shooter.save(dialog, "history")
    dialog.done(0)


async def calls_scene(shooter: Shooter, window: Any) -> None:
    from frontdesk.domain.confirmations import CallOutcome
    from frontdesk.ui.confirmations_dialog import ConfirmationsDialog

    dialog = window.show_confirmations()
    assert isinstance(dialog, ConfirmationsDialog)
    for _ in range(200):
        if dialog.rows:
            break
        await settle(0.05)
    dialog.table.selectRow(0)
    dialog.mark(CallOutcome.LEFT_MESSAGE)
    for _ in range(100):
        if dialog.last_call(0):
            break
        await settle(0.05)
    dialog.resize(760, 420)
    await settle()
    shooter.save(dialog, "confirmation-calls")
    dialog.done(0)


async def alert_scene(shooter: Shooter, window: Any, entry: Any) -> None:
    from frontdesk.domain.models import PatientHit

    a = entry.appointment
    workspace = window.workspace
    await workspace.set_patient_alert(
        a.account, a.patient_id, "Allergic to latex: use nitrile gloves"
    )
    patient = await workspace.patient(a.account, a.patient_id)
    booking = window.book_for_patient(PatientHit(patient, workspace.vendor_of(a.account)))
    for _ in range(100):
        if booking.alert.isVisible():
            break
        await settle(0.05)
    await settle()
    shooter.save(booking, "patient-alert")
    booking.done(0)
    await workspace.set_patient_alert(a.account, a.patient_id, "")


async def series_scene(shooter: Shooter, window: Any) -> None:
    """Weekly x6 with Joris (Brussels), starting a week before one of his appointments: that
    occurrence is marked; then the question Cancel asks on an appointment of the series."""
    from frontdesk.domain.models import AppointmentStatus, PatientHit
    from frontdesk.ui.reason_dialog import ReasonDialog

    brussels = "Brussels & Gent"
    workspace = window.workspace
    now = workspace.clock.now()
    held = [
        b
        for b in workspace.cache.appointments_between(
            now + timedelta(days=1), now + timedelta(days=21), brussels
        )
        if b.provider_id == "1" and b.status is AppointmentStatus.BOOKED and b.patient_id
    ]
    later = [b for b in held if b.start >= now + timedelta(days=8)]
    # A week before one of his appointments when the book reaches that far, else on it.
    first = later[0].start - timedelta(days=7) if later else held[0].start
    patient = await workspace.patient(brussels, held[0].patient_id)
    booking = window.book_for_patient(PatientHit(patient, workspace.vendor_of(brussels)))
    assert booking._select_service(brussels, "consult")
    booking._select_provider("1")
    booking._set_time(first)
    booking.series.repeat.setCurrentIndex(1)  # every week
    booking.series.count.setValue(6)
    for _ in range(200):
        if booking.series.ready() and booking.series.table.rowCount() == 6:
            break
        await settle(0.05)
    booking.resize(640, 720)
    await settle()
    shooter.save(booking, "series-booking")
    for row, check in enumerate(booking.series.checks):
        if check.problems:  # the clinic does not double-book: those are skipped
            booking.series.skip(row)
    free = next(c.start for c in booking.series.checks if not c.problems)
    await until(booking.series_booked, booking.submit)
    await settle(1.0)
    window.go(free.astimezone(booking.zone()).date())
    joris = workspace.reference.provider(brussels, "1")
    window.show_week_of(joris)  # his week: the series' appointments with their mark
    member = None
    for _ in range(400):  # the day is read on the cache worker
        sheet = window.day_view.sheet
        if window.book_is_current() and sheet is not None:
            members = [e for c in sheet.columns for e in c.entries if e.series is not None]
            if members:
                member = members[0]
                break
        await settle(0.05)
    assert member is not None, "the series' first free occurrence is not in the book"
    window.appointment.set_entry(member)
    window.appointment.actions["cancel"].trigger()
    reason = window.appointment.dialog
    assert isinstance(reason, ReasonDialog)
    reason.reasons.lineEdit().setText("Moving abroad")
    reason.accept()
    await settle()
    shooter.save(window.appointment.dialog, "series-scope")
    window.appointment.dialog.done(0)
    shooter.save(window, "series-book")
    from frontdesk.domain.book import BookMode

    window.set_mode(BookMode.DAY)


def shoot(out: Path, theme: str, at: datetime, language: str = "en") -> list[Path]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui import i18n
    from frontdesk.ui.launch import make_app

    app = make_app()
    i18n.install(language)  # not the developer's own choice or system language
    app.setStyle("Fusion")
    style = QApplication.style()
    app.setPalette(dark_palette() if theme == "dark" else style.standardPalette())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    shooter = Shooter(out, theme, language)
    with tempfile.TemporaryDirectory(prefix="frontdesk-shots-") as workdir:
        os.environ["FRONTDESK_HOME"] = workdir  # settings and caches stay out of the user's
        with loop:
            loop.run_until_complete(scenes(shooter, at, Path(workdir)))
    return shooter.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument("--theme", choices=(*THEMES, "both"), default="both")
    parser.add_argument("--at", default=DEMO_TIME, help=f"the demo's moment (default {DEMO_TIME})")
    languages = ("en", "fr_BE", "nl_BE", "es_US")
    parser.add_argument("--language", choices=languages, default="en", help="default en")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.theme == "both":
        # One process per theme: every widget is created under its palette, as at a real start.
        for theme in THEMES:
            command = [sys.executable, __file__, "--out", str(args.out), "--theme", theme]
            code = subprocess.call([*command, "--at", args.at, "--language", args.language])
            if code:
                return code
        return 0
    for path in shoot(args.out, args.theme, datetime.fromisoformat(args.at), args.language):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
