"""The one paging loop (in the manner of openai-python's pagination.py).

A vendor says only how to read one page: given the request for it (a page number, a cursor, a
link), send it and answer a `Page` with the page's items and what the reply states about the rest
(a next request, a total, a page count, the page size it served). The loop is written once, here.

It stops only when the vendor says the listing is done: a stated total or page count reached, no
next link where links are given, an empty page, or a page shorter than the page size the server
actually served. The size asked for is not that size: a server may cap pages below it (SyncVet
stand-ins serve 100 of 500 asked), so a short page against the size asked proves nothing until
the served size is known (stated, or learned from an earlier full page).

When the loop cannot finish (a page served twice, a next request seen before, a stated total not
reached, too many pages) it raises `Incomplete` after yielding every page it did read: callers
keep what they got and must not record the listing as whole (no cursor advanced, no cache
replaced), and the account says "incomplete", never "ok".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from frontdesk.domain.errors import ProtocolError

T = TypeVar("T")
R = TypeVar("R", bound=Hashable)  # what asks for a page: a page number, a cursor, a URL

MAX_PAGES = 10_000  # a guard against a server that never ends a listing


class Incomplete(ProtocolError):
    """A listing the loop could not read to its end. Raised after the pages it did read."""


@dataclass(frozen=True)
class Page(Generic[T, R]):
    items: list[T]
    next: R | None  # the request for the following page; None: this was the last
    # Set when the reply says there is more but gives no way to it: the listing is incomplete.
    unfinished: str | None = None


@dataclass(frozen=True)
class Stated:
    """What a numbered page's reply says about the listing, each fact only when it says it."""

    total_items: int | None = None
    total_pages: int | None = None
    page_size: int | None = None  # the size the server says it served
    more: bool | None = None  # an explicit flag or a next link: True or False decides


ReadPage = Callable[[R], Awaitable[Page[T, R]]]


def _fingerprint(items: list[T]) -> int:
    # Records carry ids, so two different pages never print alike; the same page served again
    # (a server ignoring the page parameter) always does.
    return hash(repr(items))


async def paginate(
    read_page: ReadPage[R, T],
    first: R,
    *,
    vendor: str,
    what: str,
    max_pages: int = MAX_PAGES,
) -> AsyncIterator[list[T]]:
    """Every non-empty page of a listing, starting with the request `first`.

    `what` names the listing in a message ("customers"). An empty page is not yielded: callers
    see only pages that hold something; whether the listing goes on after one is `read_page`'s
    call. Raises `Incomplete` (after the pages read) when the listing cannot be finished.
    """
    request: R = first
    asked: set[R] = {first}
    served: set[int] = set()
    for count in range(1, max_pages + 1):
        page = await read_page(request)
        if page.items:
            mark = _fingerprint(page.items)
            if mark in served:
                raise Incomplete(
                    f"{what}: page {count} repeats a page already read (paging does not "
                    f"advance); stopped after {count - 1} pages",
                    vendor=vendor,
                )
            served.add(mark)
            yield page.items
        if page.unfinished is not None:
            raise Incomplete(f"{what}: {page.unfinished}", vendor=vendor)
        if page.next is None:
            return
        if page.next in asked:
            # The same request again would bring the same page again, forever.
            raise Incomplete(
                f"{what}: the next page repeats one already read (paging does not advance)",
                vendor=vendor,
            )
        asked.add(page.next)
        request = page.next
    raise Incomplete(f"{what} did not end after {max_pages} pages", vendor=vendor)


ReadNumbered = Callable[[int], Awaitable[tuple[list[T], Stated]]]


async def paginate_numbered(
    read: ReadNumbered[T],
    *,
    asked: int,
    vendor: str,
    what: str,
    first: int = 1,
    cap: int | None = None,
    max_pages: int = MAX_PAGES,
) -> AsyncIterator[list[T]]:
    """Every non-empty page of a listing read by page number (`first`, `first` + 1, ...).

    `read(number)` answers the page's items and what its reply states. `asked` is the page size
    sent; `cap` a documented maximum the server clamps it to (PNE's Rows <= 100), when there is
    one. See the module's note for when the listing ends.
    """
    seen = 0
    served_size: int | None = None  # stated by the reply, or learned from a full page
    previous: int | None = None  # the length of the page before
    opening: int | None = None  # the first page's fingerprint

    async def read_page(number: int) -> Page[T, int]:
        nonlocal seen, served_size, previous, opening
        items, stated = await read(number)
        if number == first:
            opening = _fingerprint(items)
        elif (
            number == first + 1
            and items
            and previous is not None
            and previous < asked
            and stated == Stated()
            and _fingerprint(items) == opening
        ):
            # The short first page again, nothing stated: a server without paging sent
            # everything at once. (A full first page served again is paging that does not
            # advance, and the loop says so.)
            return Page([], None)
        seen += len(items)
        if stated.page_size is not None and stated.page_size > 0:
            served_size = stated.page_size
        elif served_size is None and items:
            if previous is not None:
                served_size = previous  # a page followed by another was a full one
            elif len(items) >= asked:
                served_size = len(items)
        previous = len(items)
        after = number + 1
        if not items:
            if stated.total_items is not None and seen < stated.total_items:
                return Page(items, None, _short(seen, stated.total_items))
            return Page(items, None)
        if stated.more is not None:
            return Page(items, after if stated.more else None)
        if stated.total_pages is not None:
            return Page(items, after if number < stated.total_pages else None)
        if stated.total_items is not None:
            return Page(items, after if seen < stated.total_items else None)
        size = served_size if served_size is not None else (min(asked, cap) if cap else None)
        if size is None:
            # Short against the size asked, and the served size unknown: the server may cap
            # pages below what was asked. One more request tells (an empty page ends it).
            return Page(items, after)
        return Page(items, after if len(items) >= size else None)

    async for items in paginate(read_page, first, vendor=vendor, what=what, max_pages=max_pages):
        yield items


def _short(seen: int, total: int) -> str:
    return f"the listing ended after {seen} of the {total} records its reply counts"


def next_number(number: int, *, received: int, asked: int, more: bool | None = None) -> int | None:
    """The page number after `number`, or None at the end.

    `more` is what the reply itself states (a total count, a page count, a next link): True or
    False decides. None, when the reply states nothing, falls back to the page's length: a full
    page may have more, a short one is the last. An empty page always ends the listing: there
    is nothing to go on from, and a server answering empty pages forever must not keep us.
    Only for a vendor whose page size is known to be what it serves (Progenda's fixed 1000):
    elsewhere use `paginate_numbered`, which learns the size served.
    """
    if more is None:
        more = received >= asked
    return number + 1 if more and received > 0 else None
