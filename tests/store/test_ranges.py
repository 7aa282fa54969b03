"""frontdesk's whole-number options: refused out of range when saved (the accounts dialog and
`accounts add` both go through `validate`), clamped with a warning when already stored."""

from __future__ import annotations

import pytest

from frontdesk.connectors.registry import spec
from frontdesk.domain.accounts import StoredAccount
from frontdesk.store.accounts import InvalidSettings, tolerated, validate

PROGENDA = spec("progenda")
NEEDED = {"user_email": "desk@example.com"}


@pytest.mark.parametrize(
    ("key", "value", "fine"),
    [
        ("sync_days_ahead", "366", True),
        ("sync_days_ahead", "367", False),
        ("sync_days_ahead", "99999999999", False),
        ("sync_days_back", "0", True),
        ("sync_days_back", "-1", False),
        ("daily_budget", "0", False),
        ("daily_budget", "1000000", True),
        ("daily_budget", "1000001", False),
        ("daily_budget", "lots", False),
    ],
)
def test_each_option_has_a_range_named_in_the_refusal(key: str, value: str, fine: bool) -> None:
    options = {**NEEDED, key: value}
    if fine:
        assert validate(
            PROGENDA, "Gent", base_url=None, options=options, secrets={"user_token": "t"}
        )
        return
    with pytest.raises(InvalidSettings, match=f"option {key} must be a whole number from"):
        validate(PROGENDA, "Gent", base_url=None, options=options, secrets={"user_token": "t"})


def test_a_stored_value_out_of_range_is_clamped_with_a_warning() -> None:
    stored = StoredAccount(
        "Gent",
        "progenda",
        "",
        {"sync_days_ahead": "99999999999", "daily_budget": "0", "sync_days_back": "x", "a": "b"},
    )

    options, warnings = tolerated(stored)

    assert options == {"sync_days_ahead": "366", "daily_budget": "1", "a": "b"}
    assert len(warnings) == 3
    assert "Gent: option sync_days_back is outside 0..366 ('x'); using the default" in warnings
