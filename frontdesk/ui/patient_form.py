"""Checking what the receptionist typed for a patient, field by field (no Qt here).

Each problem is a short sentence shown under its field. Nothing typed is ever discarded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from frontdesk.domain.conventions import BELGIUM, Convention, format_date, parse_date_text
from frontdesk.domain.models import Patient, PatientDraft
from frontdesk.domain.search_terms import parse_date
from frontdesk.ui.domain_text import shown
from frontdesk.ui.i18n import arg

NAME_MAX = 80
PHONE_CHARS = re.compile(r"^\+?[\d\s\-./()]+$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
OLDEST_YEARS = 130
PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "den",
        "der",
        "du",
        "des",
        "le",
        "la",
        "da",
        "di",
        "el",
        "ten",
        "ter",
        "vanden",
        "vander",
        "mc",
        "st",
    }
)
FIELDS = ("first_name", "last_name", "birth_date", "phone", "email")


@dataclass
class PatientInput:
    first_name: str = ""
    last_name: str = ""
    birth_date: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def of(cls, patient: Patient, convention: Convention = BELGIUM) -> PatientInput:
        return cls(
            patient.first_name,
            patient.last_name,
            format_date(patient.birth_date, convention) if patient.birth_date else "",
            patient.phone or "",
            patient.email or "",
        )

    @classmethod
    def from_search(cls, text: str) -> PatientInput:
        """What was typed in a search box, as a start, in the order it was typed: 'mia martin'
        -> Mia Martin, 'jan van hecke' -> Jan Van Hecke; 'Martin, Mia' (the comma says the
        surname came first) -> Mia Martin; so does a leading particle ('van hecke jan'); one
        word ('peeters') is the surname."""
        if not text.strip() or parse_date(text) or any(c.isdigit() for c in text):
            return cls()
        if "," in text:
            last, _, first = text.partition(",")
            return cls(_capitalised(first), _capitalised(last))
        words = text.split()
        if words[0].casefold() in PARTICLES:  # 'van der berg anna': the surname came first
            cut = 0
            while cut < len(words) - 1 and words[cut].casefold() in PARTICLES:
                cut += 1
            given, surname = words[cut + 1 :], words[: cut + 1]
            return cls(_capitalised(" ".join(given)), _capitalised(" ".join(surname)))
        if len(words) == 1:
            return cls("", _capitalised(text))
        # The surname starts at its first particle ('van', 'de'...), else at the last word.
        cut = next(
            (i for i in range(1, len(words) - 1) if words[i].casefold() in PARTICLES),
            len(words) - 1,
        )
        return cls(_capitalised(" ".join(words[:cut])), _capitalised(" ".join(words[cut:])))


def _capitalised(text: str) -> str:
    """'van hecke' -> 'Van Hecke'; what was typed in capitals stays ('McDonald', 'DE SMET')."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


@dataclass
class Checked:
    draft: PatientDraft | None
    problems: dict[str, str] = field(default_factory=dict)  # field -> what is wrong

    @property
    def ok(self) -> bool:
        return self.draft is not None


def check_birth_date(
    text: str, today: date, convention: Convention = BELGIUM
) -> tuple[date | None, str]:
    """Read in the clinic's order (day first in Belgium and Australia, month first in the
    United States); the message says what is wrong, not the format already used."""
    text = text.strip()
    if not text:
        return None, ""
    born, problem = parse_date_text(text, convention)
    if born is None:
        return None, shown(problem)
    if born > today:
        return None, QCoreApplication.translate("PatientForm", "The birth date is in the future.")
    if today.year - born.year > OLDEST_YEARS:
        return None, arg(
            QCoreApplication.translate("PatientForm", "Born in %1? Check the year."), born.year
        )
    return born, ""


def check_phone(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if not PHONE_CHARS.match(text):
        return QCoreApplication.translate(
            "PatientForm", "A phone number holds digits, spaces, + - . / ( ) only."
        )
    digits = sum(c.isdigit() for c in text)
    if not 6 <= digits <= 15:
        return QCoreApplication.translate("PatientForm", "A phone number has 6 to 15 digits.")
    return ""


def check_email(text: str) -> str:
    text = text.strip()
    if text and not EMAIL.match(text):
        return QCoreApplication.translate(
            "PatientForm", "Not an e-mail address (like name@example.com)."
        )
    return ""


def check_name(text: str, first: bool) -> str:
    """What is wrong with a first name (`first`) or a last name ("" : nothing)."""
    text = text.strip()
    if not text:
        return (
            QCoreApplication.translate("PatientForm", "The first name is required.")
            if first
            else QCoreApplication.translate("PatientForm", "The last name is required.")
        )
    if len(text) > NAME_MAX:
        too_long = (
            QCoreApplication.translate(
                "PatientForm", "The first name is longer than %1 characters."
            )
            if first
            else QCoreApplication.translate(
                "PatientForm", "The last name is longer than %1 characters."
            )
        )
        return arg(too_long, NAME_MAX)
    if any(c.isdigit() for c in text):
        return (
            QCoreApplication.translate("PatientForm", "The first name contains digits.")
            if first
            else QCoreApplication.translate("PatientForm", "The last name contains digits.")
        )
    return ""


def check_patient(typed: PatientInput, today: date, convention: Convention = BELGIUM) -> Checked:
    problems = {
        "first_name": check_name(typed.first_name, first=True),
        "last_name": check_name(typed.last_name, first=False),
        "phone": check_phone(typed.phone),
        "email": check_email(typed.email),
    }
    born, problems["birth_date"] = check_birth_date(typed.birth_date, today, convention)
    problems = {k: v for k, v in problems.items() if v}
    if problems:
        return Checked(None, problems)
    draft = PatientDraft(
        first_name=" ".join(typed.first_name.split()),
        last_name=" ".join(typed.last_name.split()),
        birth_date=born,
        phone=typed.phone.strip() or None,
        email=typed.email.strip() or None,
    )
    return Checked(draft)
