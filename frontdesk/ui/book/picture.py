"""The book's static picture (closed time, grid, blocks), rendered once and blitted.

Kept in tiles at the device pixel ratio, each with the part of it already rendered: a paint
renders only the pixels it exposes that no earlier paint rendered (a new day: what is on
screen; a scroll: the strip scrolled in, once) and blits the rest. The canvas says what made
the picture wrong: everything (a new sheet, size, palette or font) or a few rects (the blocks
whose selection or drag changed). What moves on top (the current-time line, the empty slot
clicked, a drop's ghost, the hour ruler) is painted over the picture on each paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter, QPixmap, QRegion

TILE = 512  # logical pixels (a whole number of device pixels at 1.25, 1.5, 1.75 and 2)
# Kept: about 48 MB of tiles (48 at a ratio of 1, 12 at 2: still a whole 1100 x 820 view at
# any scroll); the tiles farthest from the last paint go first.
MAX_BYTES = 48 * 1024 * 1024
MIN_TILES = 12


class _Tile:
    __slots__ = ("pixmap", "rect", "valid")

    def __init__(self, rect: QRect, ratio: float) -> None:
        side = round(TILE * ratio)
        self.pixmap = QPixmap(side, side)
        self.pixmap.setDevicePixelRatio(ratio)
        self.rect = rect
        self.valid = QRegion()  # canvas coordinates already rendered


class Picture:
    def __init__(self) -> None:
        self._tiles: dict[tuple[int, int], _Tile] = {}
        self._ratio = 1.0
        self.renders = 0  # parts rendered (for tests and the bench)

    def clear(self) -> None:
        """Everything changed: nothing rendered holds."""
        self._tiles.clear()

    def invalidate(self, rect: QRect) -> None:
        """What `rect` shows changed (a block selected, picked up or let go)."""
        region = QRegion(rect)
        for tile in self._tiles.values():
            if tile.rect.intersects(rect):
                tile.valid -= region

    def paint(
        self,
        painter: QPainter,
        exposed: QRect,
        ratio: float,
        render: Callable[[QPainter, QRect], None],
    ) -> None:
        """Blit `exposed` (canvas coordinates) onto `painter`, first rendering with `render`
        (a painter translated to canvas coordinates, clipped to the rect it is given) what the
        tiles do not hold yet."""
        if ratio != self._ratio:
            self._tiles.clear()
            self._ratio = ratio
        left, top = exposed.left() // TILE, exposed.top() // TILE
        right, bottom = exposed.right() // TILE, exposed.bottom() // TILE
        for ty in range(top, bottom + 1):
            for tx in range(left, right + 1):
                tile = self._tile(tx, ty)
                part = exposed.intersected(tile.rect)
                if part.isEmpty():
                    continue
                missing = QRegion(part).subtracted(tile.valid)
                if not missing.isEmpty():
                    box = missing.boundingRect()
                    self._render(tile, box, render)
                    tile.valid += box
                source = QRectF(
                    (part.left() - tile.rect.left()) * ratio,
                    (part.top() - tile.rect.top()) * ratio,
                    part.width() * ratio,
                    part.height() * ratio,
                )
                painter.drawPixmap(QRectF(part), tile.pixmap, source)
        self._trim(left, top, right, bottom)

    def prepare(self, rect: QRect, ratio: float, render: Callable[[QPainter, QRect], None]) -> None:
        """Render what `rect` will show ahead of its paint (a day the receptionist may go to
        next), so that paint is a blit."""
        for at in self.tiles_of(rect, ratio):
            self.prepare_tile(at, rect, render)

    def tiles_of(self, rect: QRect, ratio: float) -> list[tuple[int, int]]:
        """The tiles `rect` meets, the first ones those of its top left (drawn first)."""
        if ratio != self._ratio:
            self._tiles.clear()
            self._ratio = ratio
        return [
            (tx, ty)
            for ty in range(rect.top() // TILE, rect.bottom() // TILE + 1)
            for tx in range(rect.left() // TILE, rect.right() // TILE + 1)
        ]

    def prepare_tile(
        self,
        at: tuple[int, int],
        rect: QRect,
        render: Callable[[QPainter, QRect], None],
        rows: int | None = None,
    ) -> bool:
        """Render the part of `rect` in one tile (`tiles_of`), unless it is already: a step
        of a preparation spread over event-loop turns. `rows`: at most that many logical
        pixel rows of it in this step (a whole tile of a busy day took 12-23 ms, over a
        frame). True when the tile's part of `rect` is all rendered."""
        tile = self._tile(*at)
        part = rect.intersected(tile.rect)
        missing = QRegion(part).subtracted(tile.valid)
        if missing.isEmpty():
            return True
        box = missing.boundingRect()
        if rows is not None and box.height() > rows:
            box.setHeight(rows)
        self._render(tile, box, render)
        tile.valid += box
        return QRegion(part).subtracted(tile.valid).isEmpty()

    def _tile(self, tx: int, ty: int) -> _Tile:
        tile = self._tiles.get((tx, ty))
        if tile is None:
            tile = _Tile(QRect(tx * TILE, ty * TILE, TILE, TILE), self._ratio)
            self._tiles[(tx, ty)] = tile
        return tile

    def _render(self, tile: _Tile, box: QRect, render: Callable[[QPainter, QRect], None]) -> None:
        self.renders += 1
        painter = QPainter(tile.pixmap)
        painter.translate(-tile.rect.left(), -tile.rect.top())
        painter.setClipRect(box)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        render(painter, box)  # it fills the box first: the tile's old pixels do not show
        painter.end()

    def _trim(self, left: int, top: int, right: int, bottom: int) -> None:
        side = round(TILE * self._ratio)
        most = max(MIN_TILES, MAX_BYTES // (side * side * 4))
        if len(self._tiles) <= most:
            return
        cx, cy = (left + right) / 2, (top + bottom) / 2
        by_distance = sorted(self._tiles, key=lambda k: -(abs(k[0] - cx) + abs(k[1] - cy)))
        for key in by_distance[: len(self._tiles) - most]:
            del self._tiles[key]
