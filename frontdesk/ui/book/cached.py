"""A small painted part kept as a pixmap and redrawn only when what it shows changes.

The book's header and hour ruler are painted on every paint of the window (a now-line tick, a
hover, a scroll of the other axis), though they change only with the sheet, the size, the
scroll along their own axis, the palette or the font. Blitting the kept pixmap costs a fraction
of painting their texts again (bench/bench_paint.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap


class CachedPaint:
    """One pixmap and the key it was painted for. `key` must change whenever the picture would:
    put in it everything `render` reads (objects by identity: hold them in `keep`, so an id is
    not reused while it is in the key)."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._pixmap: QPixmap | None = None
        self._keep: object = None
        self.renders = 0  # how many times it was painted again (tests and benches read it)

    def clear(self) -> None:
        self._key = None
        self._pixmap = None
        self._keep = None

    def draw(
        self,
        painter: QPainter,
        at: QPoint,
        size: QSize,
        ratio: float,
        key: Hashable,
        render: Callable[[QPainter], None],
        keep: object = None,
        exposed: QRect | None = None,
    ) -> None:
        """Blit the picture at `at` (only `exposed`, in the painter's coordinates, if given),
        painting it again first when `key` changed."""
        full_key = (key, size.width(), size.height(), ratio)
        if self._pixmap is None or full_key != self._key:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            inner = QPainter(pixmap)
            render(inner)
            inner.end()
            self._pixmap, self._key, self._keep = pixmap, full_key, keep
            self.renders += 1
        target = QRect(at, size)
        if exposed is not None:
            target = target.intersected(exposed)
            if target.isEmpty():
                return
        source = target.translated(-at.x(), -at.y())
        painter.drawPixmap(target, self._pixmap, _scaled(source, ratio))


def _scaled(rect: QRect, ratio: float) -> QRect:
    if ratio == 1.0:
        return rect
    return QRect(
        round(rect.x() * ratio),
        round(rect.y() * ratio),
        round(rect.width() * ratio),
        round(rect.height() * ratio),
    )
