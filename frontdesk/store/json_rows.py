"""Many rows in one statement: the rows as one JSON parameter, read back by `json_each` (issue 13).

`executemany` steps SQLite once per row and takes the GIL back between rows. While the cache
worker wrote a page of patients that way, it let go of the GIL hundreds of times for a few
microseconds each; the GUI thread, woken each time too late to take it, waited for most of the
page (CPython asks a holder to let go only after a whole switch interval without any switch).
One statement over `json_each` does the rows inside SQLite with the GIL released throughout.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

Row = Sequence[str | int | None]


def element(array: str, index: int) -> str:
    """The SQL value at `index` of a JSON array. json_extract, not `->>`: the operator needs
    SQLite 3.38, json_extract only the JSON functions the store already uses (outbox payloads)."""
    return f"json_extract({array}, '$[{index}]')"


def each(width: int) -> str:
    """A SELECT of `width` columns per element of the JSON array bound to its `?` (an array of
    arrays). Its WHERE lets an INSERT ... SELECT carry an upsert clause."""
    columns = ", ".join(element("value", i) for i in range(width))
    return f"SELECT {columns} FROM json_each(?) WHERE true"


def bound(rows: Sequence[Row] | Sequence[str | int]) -> str:
    """The parameter for `each` (or for `json_each(?)` over plain values).

    A NUL in a text is dropped: SQLite's JSON functions would end the text there (and no
    vendor's field means anything by one)."""
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    if "\\u0000" not in text:
        return text
    return json.dumps(_without_nul(rows), ensure_ascii=False, separators=(",", ":"))


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list | tuple):
        return [_without_nul(v) for v in value]
    return value


def run(conn: sqlite3.Connection, statement: str, rows: Sequence[Row]) -> None:
    """`statement` holds one `each(...)`; nothing runs for no rows."""
    if rows:
        conn.execute(statement, (bound(rows),))
