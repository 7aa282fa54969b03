"""`frontdesk openings` without --from/--to: "today" is each provider's location's own, not the
account's alphabetically first location's (issue 11). Run in-process through
`frontdesk.__main__.main`, the vendor's search stood in for by a recording fake."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.__main__ import main
from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Location, Opening, Provider, Service
from frontdesk.domain.reference import Reference

SYDNEY = ZoneInfo("Australia/Sydney")
HONOLULU = ZoneInfo("Pacific/Honolulu")  # 21 hours behind Sydney in December
# 07:00 on Wednesday 2 December in Sydney; still 10:00 on Tuesday 1 December in Honolulu.
NOW = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
ACCOUNT = "Pacific"


def local(zone: ZoneInfo, day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=zone)


@dataclass
class FakeDesk:
    """What `frontdesk openings` asks of the workspace; the vendor answers from `free`."""

    reference: Reference
    clock: FixedClock
    free: list[Opening]
    asked: list[tuple[datetime, datetime, tuple[str, ...]]] = field(default_factory=list)

    async def openings(
        self, service: Service, start: datetime, end: datetime, provider_ids: Sequence[str] = ()
    ) -> list[Opening]:
        self.asked.append((start, end, tuple(provider_ids)))
        return [
            o
            for o in self.free
            if start <= o.start < end and (not provider_ids or o.provider_id in provider_ids)
        ]

    async def openings_noted(
        self, service: Service, start: datetime, end: datetime, provider_ids: Sequence[str] = ()
    ) -> tuple[list[Opening], str]:
        return await self.openings(service, start, end, provider_ids), ""


def opening(provider: str, start: datetime) -> Opening:
    return Opening(ACCOUNT, provider, "consult", start, start + timedelta(minutes=20))


@pytest.fixture
def desk(monkeypatch: pytest.MonkeyPatch) -> FakeDesk:
    reference = Reference.of(
        [StoredAccount(ACCOUNT, "pracsuite", "https://example.test", {})],
        # "Aloha" sorts first: the zone the command used to take for the whole account.
        [
            Location(ACCOUNT, "hnl", "Aloha Clinic", "Pacific/Honolulu"),
            Location(ACCOUNT, "syd", "Sydney CBD", "Australia/Sydney"),
        ],
        [
            Provider(ACCOUNT, "kai", "Dr Kai", "hnl"),
            Provider(ACCOUNT, "mia", "Dr Mia", "syd"),
        ],
        [Service(ACCOUNT, "consult", "Consult", 20)],
    )
    fake = FakeDesk(
        reference,
        FixedClock(NOW),
        [
            opening("mia", local(SYDNEY, 2, 9)),  # Mia's today
            opening("mia", local(SYDNEY, 8, 22)),  # Mia's 7th day, late
            opening("mia", local(SYDNEY, 9, 9)),  # the 8th day: not asked for
            opening("kai", local(HONOLULU, 1, 15)),  # Kai's today
            opening("kai", local(HONOLULU, 7, 15)),  # Kai's 7th day
            opening("kai", local(HONOLULU, 8, 9)),  # Kai's 8th day: not asked for
        ],
    )

    @asynccontextmanager
    async def running(name: str | None = None) -> AsyncIterator[FakeDesk]:
        yield fake

    monkeypatch.setattr("frontdesk.cli.openings.running", running)
    return fake


def listed(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, str]]:
    code = main(["openings", "--account", ACCOUNT, "--service", "consult", *args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return [(o["provider_id"], o["start"]) for o in json.loads(out.out)]


def test_the_default_dates_are_the_chosen_providers_today_and_six_days_on(
    desk: FakeDesk, capsys: pytest.CaptureFixture[str]
) -> None:
    found = listed(capsys, "--provider", "Dr Mia")
    assert found == [
        ("mia", local(SYDNEY, 2, 9).isoformat()),
        ("mia", local(SYDNEY, 8, 22).isoformat()),
    ]
    ((start, end, ids),) = desk.asked
    assert (start, end, ids) == (NOW, local(SYDNEY, 9, 0), ("mia",))


def test_without_a_provider_each_keeps_the_days_of_its_own_location(
    desk: FakeDesk, capsys: pytest.CaptureFixture[str]
) -> None:
    found = listed(capsys)
    assert sorted(found) == sorted(
        [
            ("mia", local(SYDNEY, 2, 9).isoformat()),
            ("mia", local(SYDNEY, 8, 22).isoformat()),
            ("kai", local(HONOLULU, 1, 15).isoformat()),
            ("kai", local(HONOLULU, 7, 15).isoformat()),
        ]
    )


def test_given_dates_are_local_to_each_provider(
    desk: FakeDesk, capsys: pytest.CaptureFixture[str]
) -> None:
    found = listed(capsys, "--from", "2026-12-08", "--to", "2026-12-08")
    assert sorted(found) == sorted(
        [("mia", local(SYDNEY, 8, 22).isoformat()), ("kai", local(HONOLULU, 8, 9).isoformat())]
    )
