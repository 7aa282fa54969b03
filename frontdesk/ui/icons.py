"""Toolbar and menu icons: small SVG drawings rendered at the size and pixel ratio asked for, so
they stay crisp on high-DPI screens, in the palette's text colour, so they follow light and dark.

The usual sizes are rendered ahead of time (frontdesk/ui/icon_atlas.py) and only tinted here, as
the application's icon is taken from its PNGs at their sizes: QtSvg is loaded for other sizes only.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from frontdesk.ui.icon_atlas import Strips, drawings_key

_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
)

# Drawn on a 24-unit grid with 1.8-unit strokes (the style of common open icon sets).
_PATHS: dict[str, str] = {
    "previous": '<path d="M15 5l-7 7 7 7"/>',
    "next": '<path d="M9 5l7 7-7 7"/>',
    "today": '<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>'
    '<circle cx="12" cy="15.2" r="2" fill="currentColor" stroke="none"/>',
    "refresh": '<path d="M20 11a8 8 0 1 0-2.3 5.7"/><path d="M20 4.5V11h-6.5"/>',
    "new": '<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4'
    'M12 12.5v6M9 15.5h6"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5.5 5.5"/>',
    "openings": '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>',
    "day": '<rect x="4" y="3.5" width="16" height="17" rx="2"/><path d="M9.3 3.5v17M14.7 3.5v17"/>',
    "week": '<rect x="3" y="3.5" width="18" height="17" rx="2"/><path d="M3 8.5h18"/>'
    '<path d="M6.5 12h1M11.5 12h1M16.5 12h1M6.5 16h1M11.5 16h1M16.5 16h1"/>',
    "providers": '<circle cx="9" cy="8" r="3.3"/><path d="M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6"/>'
    '<path d="M16 4.9a3.3 3.3 0 0 1 0 6.3M18 14.4c1.9.8 3 2.8 3 5.6"/>',
    "print": '<path d="M7 9V3.5h10V9"/><rect x="3.5" y="9" width="17" height="8" rx="1.5"/>'
    '<path d="M7 14h10v6.5H7z"/>',
    "pdf": '<path d="M14 3.5H7a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-10z"/>'
    '<path d="M14 3.5v5h5M9 13h6M9 16.5h6"/>',
    "cancelled": '<circle cx="12" cy="12" r="8.5"/><path d="M6 18L18 6"/>',
    "help": '<circle cx="12" cy="12" r="8.5"/><path d="M9.6 9.5a2.5 2.5 0 1 1 3.4 2.4c-.7.3-1 .8-1 1.5v.6"/>'
    '<circle cx="12" cy="17" r=".6" fill="currentColor"/>',
    "confirm": '<path d="M4 12.5l4.5 4.5L20 6"/>',
    "arrived": '<path d="M13 4h5.5a1.5 1.5 0 0 1 1.5 1.5v13a1.5 1.5 0 0 1-1.5 1.5H13"/>'
    '<path d="M3.5 12H14M10 8l4 4-4 4"/>',
    "noshow": '<circle cx="12" cy="12" r="8.5"/><path d="M9 9l6 6M15 9l-6 6"/>',
    "cancel": '<path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13"/>',
    "reschedule": '<rect x="3.5" y="5" width="12" height="12" rx="2"/><path d="M3.5 9.5h12"/>'
    '<path d="M14 19.5h6.5M17.5 16.5l3 3-3 3"/>',
    "pin": '<path d="M9 3.5h6M10 3.5v6l-3 4h10l-3-4v-6M12 13.5v7"/>',
    "history": '<path d="M4 12a8 8 0 1 0 2.3-5.7"/><path d="M4 4.5V9h4.5"/><path d="M12 8v4l3 2"/>',
    "edit": '<path d="M4 20h4L19.5 8.5l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "patient": '<circle cx="12" cy="8" r="3.8"/><path d="M4.5 20.5c0-4 3.4-6.7 7.5-6.7s7.5 2.7 7.5 6.7"/>',
    "accounts": '<circle cx="12" cy="12" r="3"/><path d="M12 2.8v2.6M12 18.6v2.6M2.8 12h2.6M18.6 12h2.6'
    'M5.5 5.5l1.8 1.8M16.7 16.7l1.8 1.8M5.5 18.5l1.8-1.8M16.7 7.3l1.8-1.8"/>',
}

NAMES = tuple(_PATHS)


def svg(name: str, colour: str = "currentColor") -> bytes:
    return (_HEAD + _PATHS[name] + "</svg>").replace("currentColor", colour).encode()


STRIP_COLOUR = "#ffffff"  # the strips' drawings are white: tinting keeps only their alpha


def strip_sources() -> tuple[bytes, ...]:
    """The drawings as the strips are rendered from them, in NAMES order."""
    return tuple(svg(name, STRIP_COLOUR) for name in NAMES)


@cache
def strips() -> Strips:
    return Strips(NAMES, drawings_key(NAMES, strip_sources()))


class SvgIconEngine(QIconEngine):
    """Renders the drawing on demand at the exact size and device pixel ratio asked for.

    `name` is one of the drawings above (recoloured to the palette), or `data` a whole SVG
    document drawn as it is (the application's own icon)."""

    def __init__(self, name: str, data: bytes | None = None) -> None:
        super().__init__()
        self.name = name
        self.data = data
        # A tool button asks for its pixmap at every paint; drawing the SVG each time cost
        # 0.5-1 ms a button, 18 ms for the toolbars repainted after a sync. Keyed by the colour,
        # so a palette change (light to dark) draws afresh.
        self._pixmaps: dict[tuple[int, int, int, int, float, str], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return palette.color(group, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer  # a size rendered ahead of time needs no QtSvg

        data = self.data if self.data is not None else svg(self.name, self._colour(mode).name())
        renderer = QSvgRenderer(QByteArray(data))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(rect))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = self._colour(mode).name() if self.data is None else ""
        key = (size.width(), size.height(), int(mode.value), int(state.value), scale, colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return QPixmap(cached)  # a shallow copy: the caller may change its own
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        image = self.rendered_ahead(device, mode)
        if image is None:
            image = QImage(device, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(QPoint(0, 0), device), mode, state)
            painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return QPixmap(pixmap)

    def rendered_ahead(self, device: QSize, mode: QIcon.Mode) -> QImage | None:
        """The drawing at `device` pixels from the strips rendered ahead of time, if shipped."""
        if self.data is not None or device.width() != device.height():
            return None
        return strips().tinted(self.name, device.width(), self._colour(mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.data)

    def key(self) -> str:
        return "frontdesk-svg"

    def iconName(self) -> str:
        return self.name


class AppIconEngine(SvgIconEngine):
    """The application's icon: its shipped PNG where one has the size asked (what a title bar
    and X11's window icon ask: 16, 32, 64 and 128 px), else drawn from its SVG."""

    def __init__(self, data: bytes, pngs: dict[int, Path]) -> None:
        super().__init__("frontdesk", data)
        self.pngs = pngs

    def rendered_ahead(self, device: QSize, mode: QIcon.Mode) -> QImage | None:
        path = self.pngs.get(device.width()) if device.width() == device.height() else None
        if path is None or mode == QIcon.Mode.Disabled:
            return None
        image = QImage(str(path))
        if image.size() != device:
            return None
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(self.data or b""))
        if renderer.isValid() or not self.pngs:
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, QRectF(rect))
            return
        # An SVG QtSvg cannot read: the largest PNG, scaled, rather than nothing.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(rect), QImage(str(self.pngs[max(self.pngs)])))

    def clone(self) -> QIconEngine:
        return AppIconEngine(self.data or b"", self.pngs)


_engines: list[SvgIconEngine] = []  # QIcon does not keep the Python side of an engine alive


def icon(name: str) -> QIcon:
    if name not in _PATHS:
        raise KeyError(f"no icon named {name!r}")
    engine = SvgIconEngine(name)
    _engines.append(engine)
    return QIcon(engine)


APP_ICON_PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)  # the PNGs icons/render_icons.py writes


def app_icon(svg_file: Path | None, fallback: Path | None) -> QIcon:
    """The window icon from the bundled SVG (sharp in any title bar or dock) and the PNGs
    rendered from it beside it (`frontdesk-<px>.png`), else the PNG `fallback` alone. The SVG
    is checked only when it is first drawn at a size no PNG has: an unreadable one then draws
    nothing there (the PNGs still serve their sizes)."""
    if svg_file is not None and svg_file.exists():
        data = svg_file.read_bytes()
        if data.lstrip().startswith((b"<svg", b"<?xml")):
            pngs = {px: svg_file.with_name(f"frontdesk-{px}.png") for px in APP_ICON_PNG_SIZES}
            engine = AppIconEngine(data, {px: p for px, p in pngs.items() if p.exists()})
            _engines.append(engine)
            return QIcon(engine)
    return QIcon(str(fallback)) if fallback is not None else QIcon()
