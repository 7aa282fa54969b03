"""Every SyncVet path and query-parameter name in one table.

SyncVet publishes no endpoint paths (NOTES.md: "Unknown: every endpoint path"), so all of these
are assumed. An account overrides any of them with the JSON options `routes` and `params`, e.g.
routes = {"patients": "v2/practices/{practice}/patients"}; templates take {practice} and {id}.
A template may carry a query ("v1/clients?practiceId={practice}"), and where the practice is
chosen by a header instead, the option `practice_header` names it ("X-Practice-Id") and the
templates simply leave {practice} out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

from frontdesk.domain.errors import Invalid

DEFAULT_ROUTES: dict[str, str] = {
    "practices": "practices",
    "clients": "practices/{practice}/Clients",
    "patients": "practices/{practice}/Patients",
    "patient": "practices/{practice}/Patients/{id}",
    "client": "practices/{practice}/Clients/{id}",
    "appointments": "practices/{practice}/Appointments",
    "resources": "practices/{practice}/Resources",
    "appointment_types": "practices/{practice}/AppointmentTypes",
    "book": "practices/{practice}/appointments",
    "confirm": "practices/{practice}/appointments/{id}/confirm",
    "attachment": "practices/{practice}/patients/{id}/attachments",
}
DEFAULT_PARAMS: dict[str, str] = {
    "modified_since": "modifiedSince",
    "page": "page",
    "page_size": "pageSize",
    "start": "startDate",
    "end": "endDate",
}


def _merge(defaults: dict[str, str], raw: str, option: str, vendor: str) -> dict[str, str]:
    if not raw.strip():
        return dict(defaults)
    try:
        given = json.loads(raw)
    except ValueError:
        raise Invalid(f"the '{option}' setting is not valid JSON", vendor=vendor) from None
    if not isinstance(given, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in given.items()
    ):
        raise Invalid(f"the '{option}' setting must map names to text", vendor=vendor)
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        known = ", ".join(defaults)
        raise Invalid(
            f"the '{option}' setting names unknown entries {unknown} (known: {known})",
            vendor=vendor,
        )
    return {**defaults, **given}


@dataclass(frozen=True)
class RouteTable:
    routes: Mapping[str, str]
    params: Mapping[str, str]
    practice_header: str = ""  # the header that names the practice, when one does

    @classmethod
    def from_options(
        cls, routes: str, params: str, vendor: str, practice_header: str = ""
    ) -> RouteTable:
        table = cls(
            _merge(DEFAULT_ROUTES, routes, "routes", vendor),
            _merge(DEFAULT_PARAMS, params, "params", vendor),
            practice_header.strip(),
        )
        for key, template in table.routes.items():
            try:
                template.format(practice="p", id="i")
            except (KeyError, IndexError, ValueError):
                raise Invalid(
                    f"the route '{key}' may use only {{practice}} and {{id}}", vendor=vendor
                ) from None
        return table

    def path(self, key: str, practice: str = "", record_id: str = "") -> str:
        """The path for `key`, with the query its template carries; ids are quoted whole, so a
        composite "9|9" stays one segment (or one query value)."""
        return self.routes[key].format(
            practice=quote(practice, safe=""), id=quote(record_id, safe="")
        )

    def headers(self, practice: str) -> dict[str, str]:
        """The practice header, on a practice's requests, when the account names one."""
        return {self.practice_header: practice} if self.practice_header and practice else {}

    def param(self, key: str) -> str:
        return self.params[key]
