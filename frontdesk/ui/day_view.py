"""The appointment book's public names, where they have always been imported from.

The book itself lives in frontdesk/ui/book/ (geometry, text, painting, interaction, view); this
module only re-exports, so `from frontdesk.ui.day_view import DayView` and the like keep working.
"""

from __future__ import annotations

from frontdesk.ui.book.geometry import (
    BAND_HEIGHT,
    FIRST_HOUR,
    HEADER_HEIGHT,
    LAST_HOUR,
    MIN_COLUMN_WIDTH,
    PX_PER_MINUTE,
    RULER_WIDTH,
    SNAP_MINUTES,
    Block,
    Drop,
    Grid,
    Key,
    entry_key,
    hour_span,
)
from frontdesk.ui.book.painting import Fonts, Look
from frontdesk.ui.book.text import STATUS_LABEL, describe
from frontdesk.ui.book.view import DayCanvas, DayHeader, DayView

__all__ = [
    "BAND_HEIGHT",
    "FIRST_HOUR",
    "HEADER_HEIGHT",
    "LAST_HOUR",
    "MIN_COLUMN_WIDTH",
    "PX_PER_MINUTE",
    "RULER_WIDTH",
    "SNAP_MINUTES",
    "STATUS_LABEL",
    "Block",
    "DayCanvas",
    "DayHeader",
    "DayView",
    "Drop",
    "Fonts",
    "Grid",
    "Key",
    "Look",
    "describe",
    "entry_key",
    "hour_span",
]
