"""Malformed vendor replies end in a typed error naming the vendor, never an unhandled exception.

Property-based: for every connector, a real reply of its simulator is taken apart by hypothesis
(fields removed, values of the wrong type, truncated JSON, HTML error pages, empty bodies) and
served in its place. The connector must either cope (a harmless change) or raise a FrontdeskError
whose text starts with the vendor's name.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontdesk.connectors.base import Connector
from frontdesk.domain.errors import FrontdeskError, ProtocolError
from tests.connectors.harness import Rig, VendorHarness, make_rig
from tests.connectors.harnesses import all_harnesses

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
HARNESSES = all_harnesses()

Operation = Callable[[Connector], Awaitable[object]]


async def patients(c: Connector) -> object:
    return [page async for page in c.iter_patients()]


async def providers(c: Connector) -> object:
    return await c.list_providers()


async def book(c: Connector) -> object:
    return await c.list_appointments(NOW, NOW + timedelta(days=1))


OPERATIONS: dict[str, Operation] = {
    "providers": providers,
    "appointments": book,
    "patients": patients,
}


@dataclass
class Sample:
    """One harness's rig, its own event loop, and a real reply for each operation."""

    rig: Rig
    loop: asyncio.AbstractEventLoop
    replies: dict[str, tuple[str, Any]]  # operation -> (path, parsed JSON body)

    def run(self, operation: Operation) -> object:
        return self.loop.run_until_complete(operation(self.rig.connector))


def sample(harness: VendorHarness, only: str) -> Sample:
    """A fresh rig per test: connectors cache reference data, and a corrupted reply that parsed
    (say, a shorter provider list) must not leak into the next test."""
    loop = asyncio.new_event_loop()
    rig = make_rig(harness, NOW)
    made = Sample(rig, loop, {})
    for name, operation in OPERATIONS.items():
        if name != only:
            continue
        made.run(operation)  # warm the connector's own caches (calendars, tokens...)
        before = len(rig.faults.requests)
        made.run(operation)
        data_requests = [
            r for r in rig.faults.requests[before:] if r.method == "GET" and r.status == 200
        ]
        if not data_requests:  # e.g. VISH lists no patients: nothing to corrupt
            continue
        chosen = data_requests[-1] if name != "patients" else data_requests[0]
        body = loop.run_until_complete(_body(rig, chosen.path, chosen.query))
        made.replies[name] = (chosen.path, _trim(body))
    return made


async def _body(rig: Rig, path: str, query: dict[str, list[str]]) -> Any:
    """Fetch the same reply again through the connector's own authenticated client."""
    params = {k: v[0] for k, v in query.items()}
    response = await rig.connector.http.request(
        "GET", f"http://{rig.harness.host}{path}", params=params
    )
    return response.json()


def _trim(value: Any) -> Any:
    """Keep three elements of every list: the shape is what matters, and failures stay readable."""
    if isinstance(value, dict):
        return {k: _trim(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_trim(v) for v in value[:3]]
    return value


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, child in value.items():
            out.append((*prefix, key))
            out.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            out.append((*prefix, index))
            out.extend(_paths(child, (*prefix, index)))
    return out


def _mutate(body: Any, path: tuple[Any, ...], how: str, replacement: Any) -> Any:
    copy = json.loads(json.dumps(body))
    if not path:
        return replacement
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "drop":
        del parent[last]
    else:
        parent[last] = replacement
    return copy


WRONG_TYPES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.just([]),
    st.just({}),
    st.just([None]),
)


@st.composite
def corrupted(draw: st.DrawFn, body: Any) -> bytes:
    kind = draw(st.sampled_from(["drop", "retype", "truncate", "html", "empty", "junk", "root"]))
    if kind == "truncate":
        raw = json.dumps(body).encode()
        return raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    if kind == "html":
        return b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
    if kind == "empty":
        return b""
    if kind == "junk":
        return draw(st.binary(max_size=40))
    if kind == "root":
        return json.dumps(draw(WRONG_TYPES)).encode()
    paths = _paths(body)
    if not paths:
        return b"null"
    path = draw(st.sampled_from(paths))
    if kind == "drop":
        return json.dumps(_mutate(body, path, "drop", None)).encode()
    return json.dumps(_mutate(body, path, "retype", draw(WRONG_TYPES))).encode()


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("harness", HARNESSES, ids=[h.name for h in HARNESSES])
def test_malformed_replies_end_in_a_typed_error_naming_the_vendor(
    harness: VendorHarness, operation: str
) -> None:
    made = sample(harness, operation)
    if operation not in made.replies:
        pytest.skip(f"{harness.name} makes no request for {operation}")
    path, body = made.replies[operation]
    label = made.rig.connector.label

    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,  # the same examples on every CI run; vary them locally by editing this
    )
    @given(raw=corrupted(body))
    def check(raw: bytes) -> None:
        made.rig.faults.script.clear()
        made.rig.faults.fail_next(200, raw, path_contains=path, times=1)
        try:
            made.run(OPERATIONS[operation])
        except FrontdeskError as error:
            assert str(error).startswith(f"{label}:"), str(error)
            assert "Traceback" not in str(error)
        finally:
            made.rig.faults.script.clear()

    check()


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("harness", HARNESSES, ids=[h.name for h in HARNESSES])
def test_an_html_error_page_is_a_protocol_error(harness: VendorHarness, operation: str) -> None:
    """The injection reaches the connector: a gateway's HTML page is never taken for data."""
    made = sample(harness, operation)
    if operation not in made.replies:
        pytest.skip(f"{harness.name} makes no request for {operation}")
    path, _ = made.replies[operation]
    made.rig.faults.script.clear()
    made.rig.faults.fail_next(
        200, b"<html><body>Service Unavailable</body></html>", path_contains=path
    )
    with pytest.raises(ProtocolError) as raised:
        made.run(OPERATIONS[operation])
    made.rig.faults.script.clear()
    assert str(raised.value).startswith(f"{made.rig.connector.label}:")
    assert "not JSON" in str(raised.value)
