"""The window around the book: remembered between runs, light and dark, shortcuts listed in Help
(and in docs/gui.md), accessible names, crisp icons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.sync.day import BookMode
from frontdesk.ui import icons
from frontdesk.ui.help_dialog import Shortcut, ShortcutsModel
from frontdesk.ui.icons import NAMES, app_icon, icon
from frontdesk.ui.main_window import MainWindow, settings
from frontdesk.ui.theme import is_dark
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, sync_book, wait_for

DOCS = Path(__file__).resolve().parents[2] / "docs" / "gui.md"


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    stored = settings()
    stored.clear()
    stored.sync()
    yield
    stored.clear()
    stored.sync()


def test_settings_live_in_the_test_folder(qloop: object) -> None:
    # QStandardPaths' test mode keeps the developer's own settings out of reach.
    assert ".qttest" in settings().fileName()


def test_view_layout_and_geometry_are_remembered(
    qtbot: QtBot, demo: Opened, fresh_settings: None
) -> None:
    wait_for(qtbot, sync_book(demo, NOW))
    first = MainWindow(demo.workspace, demo=True, remember_layout=True)
    qtbot.addWidget(first)
    first.show()
    first.go(first.day)
    providers = demo.workspace.providers()
    hidden = (providers[0].account, providers[0].id)
    first.provider_menu.set_providers(providers, {}, set())
    first.provider_menu.checks[hidden].setChecked(False)
    first.set_show_cancelled(True)
    first.set_grouped(False)
    first.view.week_provider = (providers[2].account, providers[2].id)
    first.set_mode(BookMode.WEEK)
    first.resize(760, 540)  # within the offscreen screen, which restoreGeometry respects
    first.splitter.setSizes([330, 420])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(demo.workspace, demo=True, remember_layout=True)
    qtbot.addWidget(second)
    second.show()
    assert second.view.mode is BookMode.WEEK and second.week_mode_action.isChecked()
    assert second.view.hidden == {hidden}
    assert second.view.show_cancelled and second.cancelled_action.isChecked()
    assert not second.view.grouped
    assert second.view.week_provider == (providers[2].account, providers[2].id)
    settle(second)
    sheet = second.day_view.sheet
    assert sheet is not None and sheet.mode is BookMode.WEEK
    assert sheet.columns[0].key == (providers[2].account, providers[2].id)
    assert (second.width(), second.height()) == (760, 540)
    assert second.splitter.sizes() == sizes
    second.set_mode(BookMode.DAY)
    settle(second)
    day = second.day_view.sheet
    assert day is not None and hidden not in {c.key for c in day.columns}


def test_a_damaged_settings_file_costs_the_view_not_the_start(
    qtbot: QtBot, demo: Opened, fresh_settings: None
) -> None:
    stored = settings()
    stored.setValue("book/view", "{not json")
    stored.sync()
    window = MainWindow(demo.workspace, demo=True, remember_layout=True)
    qtbot.addWidget(window)
    assert window.view.mode is BookMode.DAY and window.view.grouped


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202327",
        QPalette.ColorRole.WindowText: "#E6E8EB",
        QPalette.ColorRole.Base: "#17191C",
        QPalette.ColorRole.AlternateBase: "#24272B",
        QPalette.ColorRole.Text: "#E6E8EB",
        QPalette.ColorRole.Button: "#2A2D32",
        QPalette.ColorRole.ButtonText: "#E6E8EB",
        QPalette.ColorRole.PlaceholderText: "#8C939C",
        QPalette.ColorRole.Mid: "#4A4F56",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _ink(widget: QWidget) -> tuple[float, float]:
    """The mean lightness of the book's background and of its appointment text."""
    image = widget.grab().toImage()
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(values) / len(values), min(values)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_book_follows_the_light_or_dark_palette(
    qtbot: QtBot, window: MainWindow, dark: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        if dark:
            app.setPalette(_dark_palette())
        assert is_dark() is dark
        canvas = window.day_view.canvas
        settle(window)
        base = app.palette().color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: canvas.palette().color(QPalette.ColorRole.Base) == base)
        mean, _ = _ink(canvas)
        assert (mean < 0.35) if dark else (mean > 0.75), mean
        block = canvas.blocks[0]
        image = canvas.grab().toImage()
        inside = [
            image.pixelColor(x, y).lightnessF()
            for x in range(int(block.rect.left()) + 8, int(block.rect.right()) - 4)
            for y in range(int(block.rect.top()) + 2, int(block.rect.bottom()) - 2)
        ]
        fill = sorted(inside)[len(inside) // 2]  # the block's fill, not its text
        text = max(inside) if dark else min(inside)
        assert abs(text - fill) > 0.4  # the patient's name stands out from the fill
        # Icons take the palette's text colour: light on dark, dark on light.
        pixmap = icon("today").pixmap(QSize(24, 24))
        ink = pixmap.toImage()
        lightness = [
            ink.pixelColor(x, y).lightnessF()
            for x in range(ink.width())
            for y in range(ink.height())
            if ink.pixelColor(x, y).alpha() > 200
        ]
        assert lightness and ((min(lightness) > 0.6) if dark else (max(lightness) < 0.4))
    finally:
        app.setPalette(before)


def test_icons_are_drawn_for_the_screens_pixel_ratio(qapp: QApplication) -> None:
    for name in NAMES:
        sharp = icon(name).pixmap(QSize(24, 24), 2.0)
        assert sharp.size() == QSize(48, 48) and sharp.devicePixelRatio() == 2.0
        image = sharp.toImage()
        # Drawn at 48 device pixels, not a 24-pixel image blown up: thin strokes stay thin.
        opaque = sum(
            1 for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 250
        )
        assert 0 < opaque < 48 * 48 // 2, name


def _lightness(pixmap: QPixmap) -> list[float]:
    ink = pixmap.toImage()
    return [
        ink.pixelColor(x, y).lightnessF()
        for x in range(ink.width())
        for y in range(ink.height())
        if ink.pixelColor(x, y).alpha() > 200
    ]


def test_a_toolbar_icon_is_drawn_once_per_size_and_colour_and_follows_the_palette(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tool button asks for its pixmap at every paint; the icon is made again (tinted from its
    strip, or drawn from its SVG) only for a new size, pixel ratio or colour (a sync's end
    repainted the toolbars at 0.5-1 ms a button)."""
    drawn: list[int] = []
    made = icons.SvgIconEngine.rendered_ahead

    def counting(engine: icons.SvgIconEngine, *args: Any) -> Any:
        drawn.append(1)
        return made(engine, *args)

    monkeypatch.setattr(icons.SvgIconEngine, "rendered_ahead", counting)
    today = icon("today")
    first = today.pixmap(QSize(24, 24), 1.0)
    for _ in range(5):
        assert today.pixmap(QSize(24, 24), 1.0).toImage() == first.toImage()
    assert len(drawn) == 1
    sharp = today.pixmap(QSize(24, 24), 2.0)
    assert sharp.size() == QSize(48, 48) and len(drawn) == 2
    before = qapp.palette()
    try:
        qapp.setPalette(_dark_palette())
        dark = today.pixmap(QSize(24, 24), 1.0)  # the same icon, the new palette's ink
        assert len(drawn) == 3
        assert min(_lightness(dark)) > 0.6
    finally:
        qapp.setPalette(before)
    assert max(_lightness(today.pixmap(QSize(24, 24), 1.0))) < 0.4
    assert len(drawn) == 3  # back to the light palette: drawn before, reused


def test_a_new_cancelled_count_repaints_its_button_not_the_toolbars(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A sync's end shows a new count of hidden cancelled appointments. The button keeps room
    for three digits, so a new count moves nothing: the toolbars are not laid out again and
    repainted whole (14 ms of a sync's end before)."""
    bar = window.navigation_bar
    button = bar.widgetForAction(window.cancelled_action)
    assert button is not None
    settle(window)
    others = [w for w in bar.findChildren(QWidget) if w is not button and w.isVisible()]
    others += [w for w in window.appointment_bar.findChildren(QWidget) if w.isVisible()]
    before = {w: w.geometry() for w in (*others, bar, window.appointment_bar)}
    painted: list[tuple[QObject, QRect]] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                painted.append((watched, event.rect()))
            return False

    watch = Watch()
    for widget in (*others, bar, window.appointment_bar):
        widget.installEventFilter(watch)
    display = window.book_controller.display
    for count in (7, 123, 0, 45):
        display.show_hidden_cancelled(count)
        qtbot.wait(30)  # layout requests and paints are posted: let them run
        assert button.width() >= button.sizeHint().width()  # the whole text shown
    assert window.cancelled_action.text() == "Show cancelled (45)"
    assert {w: w.geometry() for w in before} == before
    # The button is drawn over the toolbar: the toolbar's part under it, and nothing else.
    assert painted and all(w is bar and button.geometry().contains(r) for w, r in painted)


def test_toolbar_buttons_use_icons_not_glyphs(window: MainWindow) -> None:
    for action in window.navigation_bar.actions():
        if action.isSeparator() or not action.text():
            continue
        assert not action.icon().isNull() or action.text() in ("",), action.text()
        assert not any(glyph in action.text() for glyph in "◀▶◌●○")


def test_controls_have_accessible_names(window: MainWindow) -> None:
    named = [
        window.date_edit,
        window.week_provider,
        window.providers_button,
        window.day_view.canvas,
        window.side,
        window.status_strip.progress,
        window.status_strip.writes,
        *window.status_strip.chips.values(),
    ]
    for widget in named:
        assert widget.accessibleName(), widget
    assert window.day_view.canvas.accessibleName() == "Appointment book, day view"
    for action in window.appointment.actions.values():
        assert action.toolTip() and action.statusTip()


def test_help_lists_every_frequent_shortcut_and_the_docs_agree(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.show_help()
    rows = {row.what: row.keys for row in dialog.model.rows}
    expected = {
        "Today": "Ctrl+T",
        "Previous day": "Alt+Left",
        "Next day": "Alt+Right",
        "Find patient": "Ctrl+F",
        "New appointment": "Ctrl+N",
        "Refresh": "F5",
        "Day": "Ctrl+1",
        "Week": "Ctrl+2",
        "Confirm": "Ctrl+Shift+C",
        "Check in": "Ctrl+Shift+A",
        "No-show": "Ctrl+Shift+N",
        "Cancel appointment": "Del",
        "Reschedule": "Ctrl+M",
        "Open patient": "Ctrl+Shift+P",
        "History": "Ctrl+H",
        "Pin to move": "Ctrl+Shift+B",
        "Confirmation calls": "Ctrl+Shift+L",
        "Keyboard shortcuts": "F1",
    }
    for what, keys in expected.items():
        assert rows.get(what) == keys, what
    documented = dict(re.findall(r"^\| (.+?) \| `(.+?)` \|$", DOCS.read_text(), re.M))
    assert documented == rows
    dialog.reject()


def test_shortcuts_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ShortcutsModel(
        [Shortcut("Book", "Today", "Ctrl+T"), Shortcut("Search", "Find patient", "Ctrl+F")]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # two section titles and two shortcuts
    assert model.index(0, 0).data() == "Book"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_the_window_icon_comes_from_the_svg(qapp: QApplication) -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "icons"
    sharp = app_icon(root / "frontdesk.svg", root / "frontdesk-256.png")
    big = sharp.pixmap(QSize(512, 512), 2.0)
    assert big.size() == QSize(1024, 1024)  # drawn at the size asked, beyond the largest PNG
    centre = big.toImage().pixelColor(512, 512)
    assert centre.alpha() == 255
    assert app_icon(None, root / "frontdesk-256.png").availableSizes() == [QSize(256, 256)]
