"""Icons rendered ahead of time: the toolbar's strips give the SVG drawings' pixels in any colour,
stale or missing strips fall back to the SVG, and the first frame's icons load no QtSvg."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from frontdesk.ui import icon_atlas, icons
from frontdesk.ui.icon_atlas import MASK_SIZES, Strips
from frontdesk.ui.icons import NAMES, app_icon, icon, strips
from tests.ui.helpers import offscreen_python

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def drawn_from_svg(data: bytes, px: int) -> QImage:
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = QSvgRenderer(QByteArray(data))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, px, px))
    painter.end()
    return image


def largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of any channel of any pixel, premultiplied (255: other sizes)."""
    if one.size() != other.size():
        return 255
    # The converted images are kept in names: constBits() does not keep its image alive.
    first = one.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    second = other.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    a, b = first.constBits().tobytes(), second.constBits().tobytes()
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


def ink(image: QImage) -> int:
    """How many pixels are more than half opaque."""
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    )


@pytest.mark.parametrize("colour", ["#1d232a", "#e8eaed", "#7a7f87"])
def test_every_shipped_strip_tinted_gives_the_svg_drawings_pixels(
    qapp: QApplication, colour: str
) -> None:
    """What the toolbar shows from a strip is what the SVG renderer draws in that colour (light
    palette, dark palette, disabled grey), for every drawing at every shipped size."""
    for px in MASK_SIZES:
        assert strips().strip(px) is not None, f"no strip for {px} px: run icons/render_icons.py"
        for name in NAMES:
            tinted = strips().tinted(name, px, QColor(colour))
            assert tinted is not None
            direct = drawn_from_svg(icons.svg(name, colour), px)
            # Up to 4 of 255: where strokes overlap, each rounds its blend to 8 bits.
            assert largest_difference(tinted, direct) <= 4, (name, px)


def test_a_toolbar_icon_at_a_shipped_size_is_the_tinted_strip(qapp: QApplication) -> None:
    for name in ("today", "next", "providers"):
        pixmap = icon(name).pixmap(QSize(24, 24), 1.5)  # a 150 % screen: 36 device pixels
        assert pixmap.size() == QSize(36, 36) and pixmap.devicePixelRatio() == 1.5
        colour = qapp.palette().color(qapp.palette().ColorRole.WindowText)
        expected = strips().tinted(name, 36, colour)
        assert expected is not None
        assert largest_difference(pixmap.toImage(), expected) == 0


def test_a_size_no_strip_has_is_drawn_from_the_svg(qapp: QApplication) -> None:
    assert 17 not in MASK_SIZES
    pixmap = icon("today").pixmap(QSize(17, 17), 1.0)
    colour = qapp.palette().color(qapp.palette().ColorRole.WindowText).name()
    expected = drawn_from_svg(icons.svg("today", colour), 17)
    assert ink(expected) > 0
    assert largest_difference(pixmap.toImage(), expected) == 0


def test_a_strip_of_other_drawings_or_a_missing_one_is_not_used(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drawing changed without its strips rendered again (or a strip lost) must not show the
    old drawing: the strip's checksum no longer matches, and the SVG draws it instead."""
    folder = tmp_path / icon_atlas.FOLDER
    folder.mkdir(parents=True)
    shutil.copy(ICONS / "toolbar" / "masks-24.png", folder / "masks-24.png")
    monkeypatch.setattr(icon_atlas, "resource", lambda relative: _existing(tmp_path / relative))
    assert Strips(NAMES, strips().key).strip(24) is not None  # the same drawings: used
    changed = Strips(NAMES, "00000000 " + ",".join(NAMES))
    assert changed.strip(24) is None and changed.tinted("today", 24, QColor("black")) is None
    assert Strips(NAMES, strips().key).strip(36) is None  # not in the folder
    assert Strips(NAMES, strips().key).strip(25) is None  # not a shipped size

    monkeypatch.setattr(icons, "strips", lambda: changed)
    colour = qapp.palette().color(qapp.palette().ColorRole.WindowText).name()
    pixmap = icon("week").pixmap(QSize(24, 24), 1.0)
    assert largest_difference(pixmap.toImage(), drawn_from_svg(icons.svg("week", colour), 24)) == 0


def _existing(path: Path) -> Path | None:
    return path if path.exists() else None


def test_the_window_icon_takes_its_pngs_where_they_have_the_size(qapp: QApplication) -> None:
    icon_ = app_icon(ICONS / "frontdesk.svg", ICONS / "frontdesk-256.png")
    for px in (16, 32, 64, 128):  # what X11's window icon asks for
        shown = icon_.pixmap(QSize(px, px), 1.0).toImage()
        assert largest_difference(shown, QImage(str(ICONS / f"frontdesk-{px}.png"))) == 0


def test_an_unreadable_window_svg_still_gives_an_icon_from_its_pngs(
    qapp: QApplication, tmp_path: Path
) -> None:
    for px in (16, 32, 256):
        shutil.copy(ICONS / f"frontdesk-{px}.png", tmp_path / f"frontdesk-{px}.png")
    broken = tmp_path / "frontdesk.svg"
    broken.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0L")
    icon_ = app_icon(broken, tmp_path / "frontdesk-256.png")
    assert ink(icon_.pixmap(QSize(100, 100), 1.0).toImage()) > 1000  # scaled from the 256 px PNG
    assert ink(icon_.pixmap(QSize(32, 32), 1.0).toImage()) > 100


def test_the_first_frames_icons_load_no_qtsvg() -> None:
    """The toolbar's icons at 100-200 % and the window icon's X11 sizes come from PNGs: QtSvg
    (1.4 ms to import, 2.5-3 ms to draw the toolbar, more for the window icon) is not loaded
    before the first paint (issue 13 item 6)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSize\n"
        "from frontdesk.ui.launch import make_app\n"
        "from frontdesk.ui.icons import NAMES, icon\n"
        "app = make_app()\n"
        "for name in NAMES:\n"
        "    for scale in (1.0, 1.25, 1.5, 2.0):\n"
        "        for size in (16, 24):\n"
        "            assert not icon(name).pixmap(QSize(size, size), scale).isNull()\n"
        "for px in (16, 32, 64, 128):\n"
        "    assert not app.windowIcon().pixmap(QSize(px, px), 1.0).isNull()\n"
        "print('PySide6.QtSvg' in sys.modules)\n"
    )
    assert offscreen_python(code).strip() == "False"


def test_a_disabled_action_shows_its_icon_in_the_palettes_disabled_colour(
    qapp: QApplication,
) -> None:
    palette = qapp.palette()
    grey = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.WindowText)
    shown = icon("refresh").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    expected = drawn_from_svg(icons.svg("refresh", grey.name()), 24)
    assert ink(expected) > 0
    assert largest_difference(shown, expected) <= 4


def test_a_toolbar_icon_keeps_its_name_and_engine_key(qapp: QApplication) -> None:
    shown = icon("today")
    assert shown.name() == "today"
    assert app_icon(ICONS / "frontdesk.svg", ICONS / "frontdesk-256.png").name() == "frontdesk"
