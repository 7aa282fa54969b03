"""Describing an unexpected exception for the log without its text.

An exception's message may quote a vendor reply or a cache row, that is patient data; where it
happened (the frames) is what a developer needs, and carries none.
"""

from __future__ import annotations

import traceback


def where(error: BaseException) -> str:
    frames = "".join(traceback.format_tb(error.__traceback__)) or "(no traceback)\n"
    return f"{type(error).__name__}, raised at:\n{frames}"
