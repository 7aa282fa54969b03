"""The book controller without a window: a hand-made book, a DayView and a recording display."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.book import BookMode, DaySheet, ProviderKey
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Provider
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade.book import SheetRequest
from frontdesk.sync.facade.desk import Changes, Span
from frontdesk.ui import tasks
from frontdesk.ui.book.view import DayView
from frontdesk.ui.view_state import ViewState
from frontdesk.ui.window.book_controller import BookController, scroll_target
from tests.ui.book.sheets import DAY, HOME, at, column, entry
from tests.ui.helpers import wait_until

PROVIDERS = (Provider("A", "p0", "Dr 0"), Provider("A", "p1", "Dr 1"))


class Book:
    """Answers each request with a sheet of the providers asked for; `hold` keeps the
    asynchronous reads waiting until the test releases them."""

    def __init__(self) -> None:
        self.clock = FixedClock(at(10).astimezone(UTC))
        self.reference = Reference(providers=PROVIDERS)
        self.requests: list[SheetRequest] = []
        self.hold = False
        self.held: list[asyncio.Future[None]] = []
        self.fail: FrontdeskError | None = None

    def today(self) -> date:
        return DAY

    def providers(self) -> list[Provider]:
        return list(self.reference.providers)

    def sheet_now(self, request: SheetRequest) -> DaySheet:
        self.requests.append(request)
        shown = request.options.providers
        columns = [
            column(i, [entry(at(9 + i), ident=f"e{i}", provider=f"p{i}")])
            for i, p in enumerate(PROVIDERS)
            if shown is None or (p.account, p.id) in shown
        ]
        return DaySheet(request.day, HOME, columns, request.mode)

    def ready_sheet(self, request: SheetRequest) -> DaySheet | None:
        return None  # every request is read (asynchronously)

    async def sheet_ahead(self, request: SheetRequest) -> DaySheet | None:
        return None  # nothing built ahead

    async def sheet(self, request: SheetRequest) -> DaySheet:
        sheet = self.sheet_now(request)
        if self.hold:
            gate = asyncio.get_event_loop().create_future()
            self.held.append(gate)
            await gate
        if self.fail is not None:
            raise self.fail
        return sheet


@dataclass
class Display:
    dates: list[date] = field(default_factory=list)
    modes: list[BookMode] = field(default_factory=list)
    weeks: list[ProviderKey | None] = field(default_factory=list)
    hidden_cancelled: list[int] = field(default_factory=list)

    def show_date(self, day: date) -> None:
        self.dates.append(day)

    def show_view(self, view: ViewState) -> None:
        self.modes.append(view.mode)

    def show_providers(
        self,
        providers: Sequence[Provider],
        locations: Mapping[tuple[str, str], str],
        view: ViewState,
        week: ProviderKey | None,
    ) -> None:
        self.weeks.append(week)

    def show_hidden_cancelled(self, count: int) -> None:
        self.hidden_cancelled.append(count)


@dataclass
class Screen:
    ranges: list[tuple[datetime, datetime]] = field(default_factory=list)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, datetime.min.time(), HOME)
        return start, start + timedelta(days=1)

    def set_visible_range(self, start: datetime, end: datetime) -> None:
        self.ranges.append((start, end))


class Relay:
    pending = False


@pytest.fixture
def parts(qtbot: QtBot) -> tuple[BookController, Book, Display]:
    view = DayView()
    qtbot.addWidget(view)
    book, display = Book(), Display()
    return BookController(book, view, display), book, display


def attached(
    parts: tuple[BookController, Book, Display],
) -> tuple[BookController, Book, Screen]:
    controller, book, _ = parts
    screen = Screen()
    controller.attach(book, screen, Relay())
    return controller, book, screen


def test_before_the_event_loop_the_sheet_is_read_at_once_and_the_toolbars_follow(
    qtbot: QtBot, parts: tuple[BookController, Book, Display]
) -> None:
    controller, book, display = parts
    with qtbot.waitSignal(controller.day_shown) as shown:
        controller.show_all()
    assert shown.args == [2]
    assert controller.day_view.sheet is not None and controller.day_view.sheet.day == DAY
    assert display.dates == [DAY] and display.modes == [BookMode.DAY]
    assert display.weeks == [("A", "p0")]  # the week's provider is the first one shown
    assert display.hidden_cancelled == [0]
    assert controller.book_is_current()
    assert book.requests[-1] == SheetRequest(DAY, BookMode.DAY, controller.options(), None)


def test_a_step_is_a_day_or_a_week_and_the_week_is_one_providers(
    parts: tuple[BookController, Book, Display],
) -> None:
    controller, book, display = parts
    controller.show_all()
    controller.step(1)
    assert controller.day == DAY + timedelta(days=1) and display.dates[-1] == controller.day
    controller.set_mode(BookMode.WEEK)
    controller.step(-1)
    assert controller.day == DAY - timedelta(days=6)
    assert book.requests[-1].mode is BookMode.WEEK and book.requests[-1].provider == ("A", "p0")
    controller.toggle_mode()
    assert display.modes[-1] is BookMode.DAY and book.requests[-1].provider is None
    controller.go_today()
    assert controller.day == DAY


def test_hidden_providers_are_not_asked_for_and_the_week_falls_to_one_shown(
    parts: tuple[BookController, Book, Display],
) -> None:
    controller, book, display = parts
    controller.show_all()
    controller.set_hidden_providers({("A", "p0")})
    assert book.requests[-1].options.providers == {("A", "p1")}
    assert controller.day_view.sheet is not None and controller.day_view.sheet.count == 1
    controller.view.week_provider = None
    controller.set_mode(BookMode.WEEK)
    assert book.requests[-1].provider == ("A", "p1") and display.weeks[-1] == ("A", "p1")


def test_a_newer_read_supersedes_one_still_under_way(
    qloop: qasync.QEventLoop, parts: tuple[BookController, Book, Display]
) -> None:
    controller, book, screen = attached(parts)
    book.hold = True
    drawn: list[DaySheet] = []
    controller.sheet_drawn.connect(drawn.append)
    controller.go(DAY + timedelta(days=1))
    controller.go(DAY + timedelta(days=2))
    wait_until(lambda: len(book.held) == 2)
    assert not controller.book_is_current()
    book.held[1].set_result(None)  # the newer answers first
    wait_until(lambda: len(drawn) == 1)
    assert drawn[0].day == DAY + timedelta(days=2) and controller.book_is_current()
    book.held[0].set_result(None)  # the older answer arrives late: nothing drawn
    wait_until(lambda: tasks.pending() == 0)
    assert len(drawn) == 1
    start = datetime.combine(DAY + timedelta(days=2), datetime.min.time(), HOME)
    assert screen.ranges[-1] == (start, start + timedelta(days=1))


def test_the_week_shown_is_the_range_the_workspace_refreshes(
    qloop: qasync.QEventLoop, parts: tuple[BookController, Book, Display]
) -> None:
    controller, _, screen = attached(parts)
    controller.set_mode(BookMode.WEEK)  # Wednesday: the week from Monday
    wait_until(controller.book_is_current)
    monday = datetime.combine(DAY - timedelta(days=2), datetime.min.time(), HOME)
    assert screen.ranges[-1] == (monday, monday + timedelta(days=7))


def test_a_failed_read_keeps_what_is_drawn_and_says_why(
    qtbot: QtBot, qloop: qasync.QEventLoop, parts: tuple[BookController, Book, Display]
) -> None:
    controller, book, _ = parts
    controller.show_all()
    before = controller.day_view.sheet
    attached(parts)
    book.fail = FrontdeskError("the cache is locked")
    with qtbot.waitSignal(controller.notice) as notice:
        controller.step(1)
    assert notice.args == ["The book could not be read: the cache is locked"]
    assert controller.book_is_current() and controller.day_view.sheet is before


def test_the_feed_redraws_only_what_it_touches_without_announcing(
    qtbot: QtBot, qloop: qasync.QEventLoop, parts: tuple[BookController, Book, Display]
) -> None:
    controller, book, _ = parts
    controller.show_all()
    attached(parts)
    far = Span("A", at(9) + timedelta(days=3), at(10) + timedelta(days=3))
    controller.feed_changed(Changes(appointments=(far,)), providers_changed=False)
    assert controller.book_is_current()  # another day: nothing to redraw
    asked = len(book.requests)
    shown: list[int] = []
    controller.day_shown.connect(shown.append)
    near = Span("A", at(9), at(10))
    with qtbot.waitSignal(controller.sheet_drawn):
        controller.feed_changed(Changes(appointments=(near,)), providers_changed=False)
        assert not controller.book_is_current()
    assert len(book.requests) == asked + 1 and shown == []  # one redraw, the day unchanged


@pytest.mark.parametrize(
    ("day", "local_hour", "expected"),
    [
        (DAY, 10, at(10)),  # today, working hours: now
        (DAY, 7, at(8, 30)),  # today, before opening: the start of the day
        (DAY + timedelta(days=1), 10, at(8, 30, day=DAY + timedelta(days=1))),
    ],
)
def test_a_new_day_opens_at_now_during_the_working_day_else_at_its_start(
    day: date, local_hour: int, expected: datetime
) -> None:
    assert scroll_target(day, at(local_hour).astimezone(UTC), HOME) == expected
