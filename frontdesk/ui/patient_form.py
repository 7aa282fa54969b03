"""Checking what the receptionist typed for a patient, field by field (no Qt here).

Each problem is a short sentence shown under its field. Nothing typed is ever discarded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from frontdesk.domain.models import Patient, PatientDraft
from frontdesk.domain.search_terms import parse_date

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
    def of(cls, patient: Patient) -> PatientInput:
        return cls(
            patient.first_name,
            patient.last_name,
            f"{patient.birth_date:%d/%m/%Y}" if patient.birth_date else "",
            patient.phone or "",
            patient.email or "",
        )

    @classmethod
    def from_search(cls, text: str) -> PatientInput:
        """What was typed in a search box, as a start: surname first, as receptionists search
        ('peeters jan' -> Jan Peeters, 'van hecke' -> Van Hecke)."""
        words = [w[:1].upper() + w[1:] for w in text.split()]
        if not words or parse_date(text) or any(c.isdigit() for c in text):
            return cls()
        cut = 0
        while cut < len(words) - 1 and words[cut].casefold() in PARTICLES:
            cut += 1
        return cls(" ".join(words[cut + 1 :]), " ".join(words[: cut + 1]))


@dataclass
class Checked:
    draft: PatientDraft | None
    problems: dict[str, str] = field(default_factory=dict)  # field -> what is wrong

    @property
    def ok(self) -> bool:
        return self.draft is not None


def check_birth_date(text: str, today: date) -> tuple[date | None, str]:
    text = text.strip()
    if not text:
        return None, ""
    born = parse_date(text)
    if born is None:
        if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}", text):
            return None, "Write the year in full: dd/mm/yyyy."
        return None, "Write the birth date as dd/mm/yyyy (or yyyy-mm-dd)."
    if born > today:
        return None, "The birth date is in the future."
    if today.year - born.year > OLDEST_YEARS:
        return None, f"Born in {born.year}? Check the year."
    return born, ""


def check_phone(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if not PHONE_CHARS.match(text):
        return "A phone number holds digits, spaces, + - . / ( ) only."
    digits = sum(c.isdigit() for c in text)
    if not 6 <= digits <= 15:
        return "A phone number has 6 to 15 digits."
    return ""


def check_email(text: str) -> str:
    text = text.strip()
    if text and not EMAIL.match(text):
        return "Not an e-mail address (like name@example.com)."
    return ""


def check_name(text: str, what: str) -> str:
    text = text.strip()
    if not text:
        return f"The {what} is required."
    if len(text) > NAME_MAX:
        return f"The {what} is longer than {NAME_MAX} characters."
    if any(c.isdigit() for c in text):
        return f"The {what} contains digits."
    return ""


def check_patient(typed: PatientInput, today: date) -> Checked:
    problems = {
        "first_name": check_name(typed.first_name, "first name"),
        "last_name": check_name(typed.last_name, "last name"),
        "phone": check_phone(typed.phone),
        "email": check_email(typed.email),
    }
    born, problems["birth_date"] = check_birth_date(typed.birth_date, today)
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
