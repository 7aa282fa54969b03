"""Defensive readers for vendor JSON: a wrong shape becomes a ProtocolError naming the field."""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from typing import Any

from frontdesk.connectors.localtime import from_unix
from frontdesk.domain.errors import ProtocolError


class Wire:
    def __init__(self, vendor: builtins.str) -> None:
        self.vendor = vendor

    def fail(self, what: builtins.str) -> ProtocolError:
        return ProtocolError(f"sent an unexpected reply: {what}", vendor=self.vendor)

    def obj(self, value: Any, where: builtins.str) -> dict[builtins.str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{where} is not an object")
        return value

    def list(self, value: Any, where: builtins.str) -> builtins.list[Any]:
        if not isinstance(value, list):
            raise self.fail(f"{where} is not a list")
        return value

    def field(self, record: Any, key: builtins.str, where: builtins.str) -> Any:
        record = self.obj(record, where)
        if key not in record:
            raise self.fail(f"{where} has no '{key}'")
        return record[key]

    def str(self, record: Any, key: builtins.str, where: builtins.str) -> builtins.str:
        value = self.field(record, key, where)
        if isinstance(value, bool) or not isinstance(value, builtins.str | int):
            raise self.fail(f"{where}.{key} is not text")
        return str(value)

    def opt_str(
        self, record: dict[builtins.str, Any], key: builtins.str, where: builtins.str
    ) -> builtins.str | None:
        value = record.get(key)
        if type(value) is builtins.str:  # nearly always: a sync maps six of these per record
            return value or None
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, builtins.str | int | float):
            raise self.fail(f"{where}.{key} is not text")
        return str(value)

    def int(self, record: Any, key: builtins.str, where: builtins.str) -> builtins.int:
        value = self.field(record, key, where)
        if isinstance(value, bool):
            raise self.fail(f"{where}.{key} is not a number")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise self.fail(f"{where}.{key} is not a number") from None

    def minutes(self, record: Any, key: builtins.str, where: builtins.str) -> builtins.int:
        """A duration in minutes: positive and at most a week, or the reply is nonsense."""
        value = self.int(record, key, where)
        if not 0 < value <= 7 * 24 * 60:
            raise self.fail(f"{where}.{key} is not a plausible number of minutes")
        return value

    def unix(self, record: Any, key: builtins.str, where: builtins.str) -> datetime:
        """Unix seconds, as a number or a string of digits (Progenda sends strings)."""
        try:
            return from_unix(self.int(record, key, where))
        except (OverflowError, OSError, ValueError):
            raise self.fail(f"{where}.{key} is not a plausible time") from None

    def opt_unix(
        self, record: dict[builtins.str, Any], key: builtins.str, where: builtins.str
    ) -> datetime | None:
        if record.get(key) in (None, "", False):
            return None
        return self.unix(record, key, where)

    def iso_datetime(self, record: Any, key: builtins.str, where: builtins.str) -> datetime:
        text = self.str(record, key, where)
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(f"{where}.{key} is not a date and time") from None
        if value.tzinfo is None:
            raise self.fail(f"{where}.{key} has no UTC offset")
        return value.astimezone(UTC)

    def opt_date(
        self, record: dict[builtins.str, Any], key: builtins.str, where: builtins.str
    ) -> date | None:
        text = self.opt_str(record, key, where)
        if text is None:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise self.fail(f"{where}.{key} is not a date") from None
