"""The one paging loop: numbered pages, links, the guards against listings that never end."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from frontdesk.connectors.paging import Page, next_number, paginate
from frontdesk.domain.errors import ProtocolError


async def collect(pages: AsyncIterator[list[int]]) -> list[list[int]]:
    return [page async for page in pages]


async def test_numbered_pages_run_until_the_reader_says_last() -> None:
    asked: list[int] = []

    async def read(number: int) -> Page[int, int]:
        asked.append(number)
        items = list(range(number * 10, number * 10 + (3 if number < 3 else 1)))
        return Page(items, next_number(number, received=len(items), asked=3))

    pages = await collect(paginate(read, 1, vendor="Acme", what="things"))
    assert asked == [1, 2, 3]
    assert pages == [[10, 11, 12], [20, 21, 22], [30]]


async def test_empty_pages_are_not_yielded_but_links_are_followed_past_them() -> None:
    replies = {None: ([], "b"), "b": ([1], "c"), "c": ([], None)}

    async def read(link: str | None) -> Page[int, str | None]:
        items, following = replies[link]
        return Page(items, following)

    assert await collect(paginate(read, None, vendor="Acme", what="things")) == [[1]]


async def test_a_next_request_seen_before_is_a_protocol_error() -> None:
    async def read(link: str) -> Page[int, str]:
        return Page([1], "p2" if link == "p1" else "p1")

    pages = paginate(read, "p1", vendor="Acme", what="things")
    with pytest.raises(ProtocolError, match="does not advance") as raised:
        await collect(pages)
    assert raised.value.vendor == "Acme"


async def test_a_listing_that_never_ends_stops_at_the_page_limit() -> None:
    calls = 0

    async def read(number: int) -> Page[int, int]:
        nonlocal calls
        calls += 1
        return Page([number], number + 1)

    with pytest.raises(ProtocolError, match="did not end after 5 pages"):
        await collect(paginate(read, 1, vendor="Acme", what="things", max_pages=5))
    assert calls == 5


@pytest.mark.parametrize(
    ("received", "asked", "more", "expected"),
    [
        (10, 10, None, 4),  # a full page may have more
        (7, 10, None, None),  # a short page is the last when the reply says nothing
        (7, 10, True, 4),  # the reply states more (a total, a next link): go on
        (10, 10, False, None),  # the reply states this was the last
        (0, 10, True, None),  # nothing to go on from
    ],
)
def test_next_number_believes_the_reply_before_the_length(
    received: int, asked: int, more: bool | None, expected: int | None
) -> None:
    assert next_number(3, received=received, asked=asked, more=more) == expected
