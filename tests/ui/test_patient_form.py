"""What a receptionist may type for a patient, and what they are told when it is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from frontdesk.domain.models import PatientDraft
from frontdesk.ui.patient_form import PatientInput, check_patient

TODAY = date(2026, 11, 18)


def problems(**typed: str) -> dict[str, str]:
    base = {"first_name": "Jan", "last_name": "Peeters"}
    return check_patient(PatientInput(**{**base, **typed}), TODAY).problems


def test_a_complete_patient_becomes_a_draft_with_tidy_values() -> None:
    checked = check_patient(
        PatientInput("  Jan ", "Van  Hecke", "16/05/1990", " +32 2 555 01 23 ", "jan@example.be"),
        TODAY,
    )
    assert checked.draft == PatientDraft(
        "Jan", "Van Hecke", date(1990, 5, 16), "+32 2 555 01 23", "jan@example.be"
    )
    iso = check_patient(PatientInput("Jan", "Peeters", "1990-05-16"), TODAY).draft
    assert iso is not None and iso.birth_date == date(1990, 5, 16)
    bare = check_patient(PatientInput("Jan", "Peeters"), TODAY).draft
    assert bare == PatientDraft("Jan", "Peeters")


@pytest.mark.parametrize(
    ("typed", "field", "says"),
    [
        ({"first_name": " "}, "first_name", "The first name is required."),
        ({"last_name": ""}, "last_name", "The last name is required."),
        ({"last_name": "Peeters2"}, "last_name", "contains digits"),
        ({"birth_date": "19/11/2026"}, "birth_date", "The birth date is in the future."),
        ({"birth_date": "16/05/90"}, "birth_date", "Write the year in full"),
        ({"birth_date": "31/02/1990"}, "birth_date", "February 1990 has no day 31"),
        ({"birth_date": "yesterday"}, "birth_date", "dd/mm/yyyy"),
        ({"birth_date": "01/01/1880"}, "birth_date", "Check the year"),
        ({"phone": "123"}, "phone", "6 to 15 digits"),
        ({"phone": "call me"}, "phone", "digits, spaces"),
        ({"phone": "+32 2 555 01 23 45 67 89 00"}, "phone", "6 to 15 digits"),
        ({"email": "jan.example.be"}, "email", "Not an e-mail address"),
        ({"email": "jan@example"}, "email", "Not an e-mail address"),
    ],
)
def test_each_problem_is_said_under_its_field(typed: dict[str, str], field: str, says: str) -> None:
    found = problems(**typed)
    assert set(found) == {field}
    assert says in found[field]


def test_today_is_a_valid_birth_date_and_the_search_text_starts_the_name() -> None:
    assert problems(birth_date="18/11/2026") == {}
    assert PatientInput.from_search("jan peeters") == PatientInput("Jan", "Peeters")
    assert PatientInput.from_search("van hecke") == PatientInput("", "Van Hecke")
    assert PatientInput.from_search("van der berg anna") == PatientInput("Anna", "Van Der Berg")
    assert PatientInput.from_search("0475 12 34 56") == PatientInput()
    assert PatientInput.from_search("16/05/1990") == PatientInput()
