"""Which sheet the book shows, reading it from the cache and drawing it.

The controller owns the day shown and the view (day or week, providers, cancelled, grouping),
turns them into a `SheetRequest`, has the sheet built and draws it in the `DayView`. Before the
event loop runs (the first frame of a staged start) the sheet is built on the cache worker and
waited for; once attached, it is read asynchronously, and a newer request supersedes one still
being read (the generations). The change feed's changes redraw the book when they touch what is
shown. The toolbars follow through `BookDisplay`; the controller holds no widget but the book.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.domain.book import BookMode, DaySheet, ProviderKey
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Provider
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade.book import BookOptions, SheetRequest
from frontdesk.ui.alive import alive
from frontdesk.ui.book.view import DayView
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.view_state import ViewState

if TYPE_CHECKING:
    from frontdesk.sync.facade.desk import Changes

# Columns run on their own zones: a day's appointments lie within a day on either side.
ZONE_MARGIN = timedelta(hours=26)
# Scrolled to on a new day, unless today is shown during the working day (then: now).
DAY_START = time(8, 30)
WORKING_HOURS = range(9, 18)
# More providers than this, none chosen yet: the first location's only (columns stay readable).
MAX_DEFAULT_COLUMNS = 12


class Book(Protocol):
    """The cached book as the controller reads it (frontdesk.sync.facade.book.CachedBook)."""

    clock: Clock
    reference: Reference

    def today(self) -> date: ...
    def providers(self) -> list[Provider]: ...
    def sheet_now(self, request: SheetRequest) -> DaySheet: ...
    async def sheet(self, request: SheetRequest) -> DaySheet: ...
    def ready_sheet(self, request: SheetRequest) -> DaySheet | None: ...
    async def sheet_ahead(self, request: SheetRequest) -> DaySheet | None: ...


class BookDisplay(Protocol):
    """Where the book's state is shown beside it: the window's toolbars and menus."""

    def show_date(self, day: date) -> None: ...
    def show_view(self, view: ViewState) -> None: ...
    def show_providers(
        self,
        providers: Sequence[Provider],
        locations: Mapping[tuple[str, str], str],
        view: ViewState,
        week: ProviderKey | None,
    ) -> None: ...
    def show_hidden_cancelled(self, count: int) -> None: ...


class VisibleRange(Protocol):
    """The workspace, told what is on screen (its background loop refreshes that more often)."""

    def day_bounds(self, day: date) -> tuple[datetime, datetime]: ...
    def set_visible_range(self, start: datetime, end: datetime) -> None: ...


class Pending(Protocol):
    """The window's FeedRelay: changes received, not yet handed on."""

    @property
    def pending(self) -> bool: ...


def scroll_target(day: date, now: datetime, zone: ZoneInfo) -> datetime:
    """Now, when today is shown during the working day; else the start of the day."""
    local = now.astimezone(zone)
    if day == local.date() and local.hour in WORKING_HOURS:
        return now
    return datetime.combine(day, DAY_START, zone)


def names_changed(changes: Changes, sheet: DaySheet) -> bool:
    """Whether a patient drawn in the book may have a new name (a page of a sync pass rarely
    holds one of the day's patients: the book is not redrawn for every page)."""
    if not (changes.patients or changes.patient_accounts):
        return False
    return any(
        e.appointment.patient_id
        and changes.touches_patient(e.appointment.account, e.appointment.patient_id)
        for column in sheet.columns
        for e in column.entries
    )


def shown_span(sheet: DaySheet) -> tuple[datetime, datetime]:
    """The instants whose appointments may be drawn on `sheet` (with the zones' margin)."""
    week = sheet.mode is BookMode.WEEK
    first = sheet.start - timedelta(days=sheet.day.weekday() if week else 0)
    return first - ZONE_MARGIN, first + timedelta(days=7 if week else 1) + ZONE_MARGIN


def around(sheet: DaySheet) -> tuple[datetime, datetime]:
    """The instants whose appointments the days either side of `sheet`'s may draw."""
    return sheet.start - timedelta(days=1) - ZONE_MARGIN, sheet.start + timedelta(
        days=2
    ) + ZONE_MARGIN


class BookController(QObject):
    day_shown = Signal(int)  # number of appointments drawn, when the day shown changed
    sheet_drawn = Signal(object)  # the DaySheet just drawn (every redraw, announced or not)
    notice = Signal(str)  # a message for the status bar

    def __init__(
        self,
        book: Book,
        day_view: DayView,
        display: BookDisplay,
        view: ViewState | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.day_view = day_view
        self.display = display
        self.view = view if view is not None else ViewState()
        self.day: date = book.today()
        self.screen: VisibleRange | None = None
        self._relay: Pending | None = None
        # Writes waiting redraw as pending at once, and as done when sent (coalesced).
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(lambda: self.show_day(announce=False))
        self._sheet_generation = 0  # requests made
        self._drawn_generation = 0  # the request last drawn (or given up on)
        self._announce = False
        self._heading = 1  # the way the last Alt+Right/Left went: that neighbour first

    @property
    def attached(self) -> bool:
        return self.screen is not None

    def attach(self, book: Book, screen: VisibleRange, relay: Pending) -> None:
        """From now on the book is read asynchronously, from the workspace's `book`."""
        self.book = book
        self.screen = screen
        self._relay = relay

    # -- days --------------------------------------------------------------------------------
    def go(self, day: date) -> None:
        self.day = day
        self.display.show_date(day)
        self.show_day()

    def go_today(self) -> None:
        self.go(self.book.today())

    def step(self, direction: int) -> None:
        days = 7 if self.view.mode is BookMode.WEEK else 1
        self._heading = 1 if direction >= 0 else -1
        self.go(self.day + timedelta(days=days * direction))

    # -- view: day or week, providers, cancelled ---------------------------------------------
    def show_all(self) -> None:
        """The date, the view, the providers and the sheet, as they are now."""
        self.display.show_date(self.day)
        self.apply_view()

    def set_mode(self, mode: BookMode) -> None:
        self.view.mode = mode
        if mode is BookMode.WEEK:
            entry = self.day_view.selected_entry()
            if entry is not None:  # the week of the appointment selected
                a = entry.appointment
                self.view.week_provider = (a.account, a.provider_id)
        self.apply_view()

    def toggle_mode(self) -> None:
        self.set_mode(BookMode.WEEK if self.view.mode is BookMode.DAY else BookMode.DAY)

    def set_show_cancelled(self, shown: bool) -> None:
        self.view.show_cancelled = shown
        self.apply_view()

    def set_grouped(self, grouped: bool) -> None:
        self.view.grouped = grouped
        self.apply_view()

    def set_hidden_providers(self, hidden: set[ProviderKey]) -> None:
        self.view.hidden = set(hidden)
        self.view.providers_chosen = True
        named = self.view.views.get(self.view.current_view)
        keys = {(p.account, p.id) for p in self.book.providers()}
        if named is None or keys - hidden != named:
            self.view.current_view = ""  # what is shown is no longer the named view
        self.apply_view()

    # -- named views: sets of providers per desk ----------------------------------------------
    def use_view(self, name: str) -> None:
        if self.view.use_view(name, self.book.providers()):
            self.apply_view()

    def save_view(self, name: str) -> None:
        self.view.save_view(name, self.book.providers())
        self.reload_providers()
        self.notice.emit(arg(self.tr("Saved the providers shown as the view %1"), name))

    def delete_view(self, name: str) -> None:
        self.view.views.pop(name, None)
        if self.view.current_view == name:
            self.view.current_view = ""
        self.reload_providers()

    def set_week_provider(self, key: ProviderKey) -> None:
        self.view.week_provider = key
        self.show_day()

    def show_week_of(self, provider: Provider) -> None:
        self.view.week_provider = (provider.account, provider.id)
        self.set_mode(BookMode.WEEK)

    def apply_view(self) -> None:
        self.display.show_view(self.view)
        self.reload_providers()
        self.show_day()

    def reload_providers(self) -> None:
        providers = self.book.providers()
        if self.view.current_view:  # a named view: providers added since stay hidden
            self.view.use_view(self.view.current_view, providers)
        elif not self.view.providers_chosen and len(providers) > MAX_DEFAULT_COLUMNS:
            self._first_location_only(providers)
        week = self.week_provider_key() if providers else None
        self.display.show_providers(
            providers, self.book.reference.location_names(), self.view, week
        )

    def _first_location_only(self, providers: Sequence[Provider]) -> None:
        """Thirty-three columns cannot be read: until the receptionist chooses, the book shows
        whole locations, in the book's order, as many as fit in MAX_DEFAULT_COLUMNS (the first
        one always); the Providers button says how many of how many."""
        places: dict[tuple[str, str | None], list[Provider]] = {}
        for p in providers:
            places.setdefault((p.account, p.location_id), []).append(p)
        kept: list[tuple[str, str | None]] = []
        count = 0
        for place, members in places.items():
            if kept and count + len(members) > MAX_DEFAULT_COLUMNS:
                continue
            kept.append(place)
            count += len(members)
        self.view.hidden = {
            (p.account, p.id) for p in providers if (p.account, p.location_id) not in kept
        }
        self.view.providers_chosen = True  # remembered as the starting choice
        names = [self.book.reference.location_name(a, loc) or a for a, loc in kept]
        text = self.tr(
            "Showing the %n providers of %1; choose others (or save a view) under Providers",
            "",
            count,
        )
        self.notice.emit(arg(text, ", ".join(names)))

    def week_provider_key(self) -> ProviderKey:
        """The provider whose week is shown: the one chosen while they exist, else the first
        provider shown in the day view (remembered as chosen)."""
        providers = self.book.providers()
        keys = [(p.account, p.id) for p in providers]
        if self.view.week_provider in keys and self.view.week_provider is not None:
            return self.view.week_provider
        shown = self.view.shown_providers(providers)
        candidates = [k for k in keys if shown is None or k in shown] or keys
        chosen = candidates[0] if candidates else ("", "")
        self.view.week_provider = chosen
        return chosen

    def options(self) -> BookOptions:
        shown = self.view.shown_providers(self.book.providers())
        return BookOptions(
            show_cancelled=self.view.show_cancelled,
            group_by_location=self.view.grouped,
            providers=shown,
        )

    def request(self) -> SheetRequest:
        week = self.view.mode is BookMode.WEEK
        return SheetRequest(
            self.day, self.view.mode, self.options(), self.week_provider_key() if week else None
        )

    # -- reading and drawing -----------------------------------------------------------------
    def show_day(self, *, announce: bool = True) -> None:
        """Draws the book (day or week) from the cache. The sheet is built on the cache worker
        (in the first frame, before the event loop runs, it is waited for); a newer request
        supersedes one still being built. A redraw because the data changed does not
        `announce` (emit day_shown): the day shown has not changed."""
        request = self.request()
        self._sheet_generation += 1
        generation = self._sheet_generation
        # A redraw that supersedes a navigation still announces the day it draws.
        self._announce = self._announce or announce
        if not self.attached:
            self._draw(request, self.book.sheet_now(request), announce)
            return
        ready = self.book.ready_sheet(request)
        if ready is not None:  # built ahead (the next day) or kept: drawn in this turn
            self._draw(request, ready, self._announce)
            return
        from frontdesk.ui import tasks  # asyncio: not in the first frame

        def drawn(sheet: DaySheet) -> None:
            if generation == self._sheet_generation and alive(self):
                self._draw(request, sheet, self._announce)

        def failed(error: FrontdeskError) -> None:
            if generation == self._sheet_generation and alive(self):
                self._drawn_generation = generation  # what is drawn stays; it was said why
                self.notice.emit(arg(self.tr("The book could not be read: %1"), error_text(error)))

        tasks.run(self.book.sheet(request), drawn, failed)

    def redraw_soon(self) -> None:
        """Redraw (unannounced) once the current event-loop turn is over: coalesced."""
        self._redraw.start()

    def book_is_current(self) -> bool:
        """Nothing waits to be drawn: no read of the book under way, none about to start."""
        pending = self._relay is not None and self._relay.pending
        return (
            self._drawn_generation == self._sheet_generation
            and not self._redraw.isActive()
            and not pending
            and not self.day_view.swapping
        )

    def feed_changed(self, changes: Changes, *, providers_changed: bool) -> None:
        """The store changed: reload the providers when asked (an account added or removed
        too), and redraw when the change may show: the days shown, or a patient they name."""
        if providers_changed:
            self.reload_providers()
        sheet = self.day_view.sheet
        if (
            sheet is None
            or providers_changed
            or changes.touches(*shown_span(sheet))
            or names_changed(changes, sheet)
        ):
            self.redraw_soon()
        elif self.attached and sheet.mode is BookMode.DAY and changes.touches(*around(sheet)):
            self._prepare_around(self.request())  # the day before or after changed

    def _draw(self, request: SheetRequest, sheet: DaySheet, announce: bool) -> None:
        self._drawn_generation = self._sheet_generation
        self._announce = False
        now = self.book.clock.now()
        previous = self.day_view.sheet
        first = previous is None or previous.day != request.day or previous.mode != sheet.mode
        if not first:  # the day shown read again (a sync's end): its new picture in steps,
            # the old one on screen meanwhile (one 28 ms block on the GUI thread otherwise)
            self.day_view.show_sheet_in_steps(
                sheet, now, self.book.today(), lambda: self._drawn(request, sheet, announce)
            )
            return
        self.day_view.show_sheet(sheet, now, self.book.today())
        # Another day opens at its zone's now (the first location shown decides: a Sydney
        # desk's book opens at Sydney's now); a redraw kept the scroll where it was left.
        zone = sheet.columns[0].zone if sheet.columns else sheet.zone
        self.day_view.scroll_to(scroll_target(self.day, now, zone))
        self._drawn(request, sheet, announce)

    def _drawn(self, request: SheetRequest, sheet: DaySheet, announce: bool) -> None:
        """What follows a sheet's showing: the range watched, the toolbars, the listeners,
        and the days either side."""
        if self.screen is not None:
            self._tell_visible_range(self.screen, sheet.mode)
        self.display.show_hidden_cancelled(sheet.hidden_cancelled)
        self.sheet_drawn.emit(sheet)
        if announce:
            self.day_shown.emit(sheet.count)
        if self.attached and sheet.mode is BookMode.DAY:
            self._prepare_around(request)

    def _prepare_around(self, request: SheetRequest) -> None:
        """The days either side, built ahead on the worker, are laid out and rendered in the
        view as they arrive, so Alt+Right or Alt+Left draws a picture already made."""
        from frontdesk.ui import tasks  # asyncio: not in the first frame

        shown = request.day
        for days in (self._heading, -self._heading):  # the next press most likely goes on
            near = replace(request, day=shown + timedelta(days=days))

            def arrived(sheet: DaySheet | None, day: date = near.day) -> None:
                if sheet is None or not alive(self) or self.day != shown:
                    return
                zone = sheet.columns[0].zone if sheet.columns else sheet.zone
                self.day_view.prepare(sheet, scroll_target(day, self.book.clock.now(), zone))

            tasks.run(self.book.sheet_ahead(near), arrived)

    def _tell_visible_range(self, screen: VisibleRange, mode: BookMode) -> None:
        start, end = screen.day_bounds(self.day)
        if mode is BookMode.WEEK:
            start -= timedelta(days=self.day.weekday())
            end = start + timedelta(days=7)
        screen.set_visible_range(start, end)
