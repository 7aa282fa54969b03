"""The toolbar's drawings rendered ahead of time: one strip per device pixel size, read at start.

Rendering the SVG drawings (frontdesk/ui/icons.py) at the window's first frame cost 2.5-3 ms for
its 12 toolbar icons, plus 1.4 ms to import QtSvg (issue 13 item 6). `icons/render_icons.py`
renders every drawing once per size of MASK_SIZES, white on transparent, into a strip
`resources/icons/toolbar/masks-<px>.png`; the window then only tints the strip's cell with the
palette's colour, which gives the pixels the SVG renderer gives in that colour (a stroke's
coverage is its alpha either way). The sizes cover 16 and 24 px icons at 100-300 % and Breeze's
22 px ones; any other size, or a strip that is missing or made from other drawings (its text
chunk carries a checksum of them), is drawn from the SVG as before.
"""

from __future__ import annotations

import zlib
from functools import cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from frontdesk.ui.resources import resource

# Device pixel sizes: 16 and 24 px icons at 100, 125, 150, 175, 200, 250 and 300 %, 22 px ones
# (KDE's toolbar size) at 100-200 %, the status bar's 10 px chips at 100-200 %.
MASK_SIZES = (10, 15, 16, 20, 22, 24, 28, 30, 32, 33, 36, 40, 42, 44, 48, 60, 72)
FOLDER = "icons/toolbar"
TEXT_KEY = "frontdesk-drawings"  # the PNG text chunk naming the drawings a strip was made from


def strip_name(px: int) -> str:
    return f"{FOLDER}/masks-{px}.png"


def drawings_key(names: tuple[str, ...], sources: tuple[bytes, ...]) -> str:
    """What a strip is made from: the drawings' names in order and a checksum of their SVG."""
    checksum = 0
    for source in sources:
        checksum = zlib.crc32(source, checksum)
    return f"{checksum:08x} {','.join(names)}"


def render_strip(px: int, sources: tuple[bytes, ...]) -> QImage:
    """Every drawing at `px` x `px` device pixels, side by side, white with its coverage as
    alpha (icons/render_icons.py writes these; the tests compare against them)."""
    from PySide6.QtSvg import QSvgRenderer  # only where a strip is made, never at start

    strip = QImage(px * len(sources), px, QImage.Format.Format_ARGB32_Premultiplied)
    strip.fill(Qt.GlobalColor.transparent)
    painter = QPainter(strip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, source in enumerate(sources):
        renderer = QSvgRenderer(source)
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(index * px, 0, px, px))
    painter.end()
    return strip


class Strips:
    """The strips of one set of drawings, each read from resources/ at its first use."""

    def __init__(self, names: tuple[str, ...], key: str) -> None:
        self.index = {name: i for i, name in enumerate(names)}
        self.key = key

    @cache  # noqa: B019 (one Strips per process: the module's, kept for its life)
    def strip(self, px: int) -> QImage | None:
        """The strip for `px`, or None: no such size shipped, unreadable, or other drawings."""
        if px not in MASK_SIZES:
            return None
        path = resource(strip_name(px))
        if path is None:
            return None
        image = QImage(str(path))
        if (
            image.isNull()
            or image.text(TEXT_KEY) != self.key
            or image.size() != QSize(px * len(self.index), px)
        ):
            return None
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)

    def tinted(self, name: str, px: int, colour: QColor) -> QImage | None:
        """`name` at `px` device pixels in `colour`, or None when no strip has it."""
        strip = self.strip(px)
        if strip is None:
            return None
        image = strip.copy(QRect(self.index[name] * px, 0, px, px))
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), colour)
        painter.end()
        return image
