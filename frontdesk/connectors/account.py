"""What a connector needs to know about one configured account (a domain value)."""

from frontdesk.domain.accounts import AccountConfig

__all__ = ["AccountConfig"]
