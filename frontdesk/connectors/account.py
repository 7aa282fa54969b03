"""What a connector needs to know about one configured account."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AccountConfig:
    name: str
    vendor: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    # Read from the keyring just before the connector is built; never written anywhere else.
    secrets: dict[str, str] = field(default_factory=dict, repr=False)

    def option(self, key: str, default: str = "") -> str:
        return self.options.get(key, default)

    def secret(self, key: str) -> str:
        return self.secrets.get(key, "")
