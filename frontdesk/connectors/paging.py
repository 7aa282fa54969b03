"""The one paging loop (in the manner of openai-python's pagination.py).

A vendor says only how to read one page: given the request for it (a page number, a cursor, a
link), send it and answer a `Page` with the page's items and the request for the next page, or
None when the reply says this was the last. The loop is written once, here, with the guards every
listing needs: a server that hands out the same next request again (paging that never advances)
and a listing that never ends.

Whether there is a next page is the vendor's reading of the reply, not only of the page's length:
`next_number` takes what the reply states (a total, a page count, a next link) before falling
back to "a full page may have more".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from frontdesk.domain.errors import ProtocolError

T = TypeVar("T")
R = TypeVar("R", bound=Hashable)  # what asks for a page: a page number, a cursor, a URL

MAX_PAGES = 10_000  # a guard against a server that never ends a listing


@dataclass(frozen=True)
class Page(Generic[T, R]):
    items: list[T]
    next: R | None  # the request for the following page; None: this was the last


ReadPage = Callable[[R], Awaitable[Page[T, R]]]


async def paginate(
    read_page: ReadPage[R, T],
    first: R,
    *,
    vendor: str,
    what: str,
    max_pages: int = MAX_PAGES,
) -> AsyncIterator[list[T]]:
    """Every non-empty page of a listing, starting with the request `first`.

    `what` names the listing in an error ("customers"). An empty page is not yielded: callers
    see only pages that hold something; whether the listing goes on after one is `read_page`'s
    call.
    """
    request: R = first
    asked: set[R] = {first}
    for _ in range(max_pages):
        page = await read_page(request)
        if page.items:
            yield page.items
        if page.next is None:
            return
        if page.next in asked:
            # The same request again would bring the same page again, forever.
            raise ProtocolError(
                f"{what}: the next page repeats one already read (paging does not advance)",
                vendor=vendor,
            )
        asked.add(page.next)
        request = page.next
    raise ProtocolError(f"{what} did not end after {max_pages} pages", vendor=vendor)


def next_number(number: int, *, received: int, asked: int, more: bool | None = None) -> int | None:
    """The page number after `number`, or None at the end.

    `more` is what the reply itself states (a total count, a page count, a next link): True or
    False decides. None, when the reply states nothing, falls back to the page's length: a full
    page may have more, a short one is the last. An empty page always ends the listing: there
    is nothing to go on from, and a server answering empty pages forever must not keep us.
    """
    if more is None:
        more = received >= asked
    return number + 1 if more and received > 0 else None
