"""After start-up the heap is frozen: later full collections skip the start-up's objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from frontdesk.ui.heap import settle_after_start


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # other tests' garbage stays collectable


def test_what_exists_after_start_is_kept_out_of_later_collections(unfrozen: None) -> None:
    started = [object() for _ in range(10)]  # tracked: a list
    settle_after_start()
    assert gc.get_freeze_count() > 0
    assert not any(started is o for o in gc.get_objects(generation=2))
