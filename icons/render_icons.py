"""Render icons/frontdesk.svg (the source art) into resources/icons/: the PNG sizes, the
multi-size Windows .ico and a copy of the SVG (the scalable icon the application and the Linux
menu use). Also the toolbar's drawings (frontdesk/ui/icons.py) at the usual device pixel sizes,
one strip per size in resources/icons/toolbar/, which the window tints instead of rendering the
SVG at start (frontdesk/ui/icon_atlas.py).

Development-time script; its output is committed, so neither a build nor the application runs it.
It needs only PySide6 (QtSvg is part of PySide6-Essentials) and the standard library:

    QT_QPA_PLATFORM=offscreen .venv/bin/python icons/render_icons.py          # write the files
    QT_QPA_PLATFORM=offscreen .venv/bin/python icons/render_icons.py --check  # fail if stale

The .ico container is written by hand: an ICONDIR header, one 16-byte ICONDIRENTRY per image and
the PNG payloads (PNG-compressed icon images are supported by Windows since Vista).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from frontdesk.ui.icon_atlas import MASK_SIZES, TEXT_KEY, render_strip, strip_name
from frontdesk.ui.icons import APP_ICON_PNG_SIZES, strip_sources, strips

HERE = Path(__file__).resolve().parent
SVG = HERE / "frontdesk.svg"
OUT = HERE.parent / "resources" / "icons"  # what the application bundles
PNG_SIZES = APP_ICON_PNG_SIZES  # the window icon's engine looks for these
# Sizes Windows asks for (Explorer, taskbar, title bar, Alt-Tab) at 100-200 % scaling; 256 at most.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# macOS .icns element types holding PNG data, by pixel size (the @2x types repeat a size).
ICNS_TYPES = (
    (b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256), (b"ic08", 256),
    (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)  # fmt: skip


def png_bytes(image: QImage, what: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode {what}")
    buffer.close()
    return bytes(data.data())


def toolbar_strips() -> dict[Path, bytes]:
    """One strip per MASK_SIZES size: every drawing of NAMES side by side, white on clear, with
    the drawings' checksum in a text chunk (the application ignores a strip of other drawings)."""
    sources, key = strip_sources(), strips().key
    files = {}
    for px in MASK_SIZES:
        image = render_strip(px, sources).convertToFormat(QImage.Format.Format_ARGB32)
        image.setText(TEXT_KEY, key)
        files[OUT.parent / strip_name(px)] = png_bytes(image, f"the {px} px toolbar strip")
    return files


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return png_bytes(image, f"the {size} px PNG")


def ico_container(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY[] + PNG payloads, smallest image first."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        payload = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the one-byte width and height fields
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return header + entries + b"".join(images[size] for size in sizes)


def icns_container(images: dict[int, bytes]) -> bytes:
    """'icns' + total length, then one (type, length, PNG) element per ICNS_TYPES entry."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"QtSvg could not read {SVG}")
    icns_sizes = {size for _, size in ICNS_TYPES}
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *icns_sizes})
    rendered = {size: render_png(renderer, size) for size in sizes}
    files = {OUT / f"frontdesk-{size}.png": rendered[size] for size in PNG_SIZES}
    files[OUT / "frontdesk.ico"] = ico_container({size: rendered[size] for size in ICO_SIZES})
    files[OUT / "frontdesk.icns"] = icns_container({size: rendered[size] for size in icns_sizes})
    files[OUT / "frontdesk.svg"] = SVG.read_bytes()
    files.update(toolbar_strips())
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only verify that the committed files are current"
    )
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    stale = []
    for path, data in outputs().items():
        current = path.read_bytes() if path.exists() else None
        if current == data:
            continue
        stale.append(path.name)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(HERE.parent)} ({len(data)} bytes)")
    if args.check and stale:
        print(f"out of date, run icons/render_icons.py: {', '.join(stale)}", file=sys.stderr)
        return 1
    if not stale:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
