"""Deterministic, plausible people for the demo clinics (Belgian names, accents included)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

FIRST_NAMES = (
    "Amélie",
    "Zoë",
    "Loïc",
    "Anaïs",
    "Hélène",
    "Jérôme",
    "Chloé",
    "Noémie",
    "Lucas",
    "Emma",
    "Louis",
    "Olivia",
    "Arthur",
    "Louise",
    "Noah",
    "Mila",
    "Jules",
    "Elise",
    "Victor",
    "Léa",
    "Thibault",
    "Margaux",
    "Maxime",
    "Camille",
    "Wout",
    "Fien",
    "Lotte",
    "Jens",
    "Ruben",
    "Sien",
    "Bram",
    "Lien",
    "Joris",
    "Ine",
    "Pieter",
    "Anouk",
    "François",
    "Géraldine",
    "Benoît",
    "Cécile",
    "Frédéric",
    "Ségolène",
    "Raphaël",
    "Inès",
    "Maëlle",
    "Séverine",
    "Jan",
    "Katrien",
    "Koen",
    "Griet",
    "Hannelore",
    "Dirk",
    "Marieke",
    "Stijn",
    "Nathalie",
    "Sophie",
    "Marc",
    "Ann",
    "Jürgen",
    "Björn",
    "Yasmine",
    "Mehdi",
    "Fatima",
    "Aylin",
    "Kenan",
    "Oumar",
    "Awa",
)
LAST_NAMES = (
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Van Hecke",
    "Vandenberghe",
    "Verstraete",
    "Desmet",
    "Lefèvre",
    "Lemaître",
    "Müller",
    "Schröder",
    "Van den Broeck",
    "De Backer",
    "Devos",
    "Hermans",
    "Leclercq",
    "Martin",
    "Simon",
    "Laurent",
    "François",
    "Michaux",
    "Géradin",
    "Baert",
    "Coppens",
    "Verhoeven",
    "De Clercq",
    "Van Damme",
    "Vermeulen",
    "Pauwels",
    "Van de Velde",
    "Stevens",
    "Claeys",
    "Aerts",
    "Smets",
    "D'Hondt",
    "Deprez",
    "Hendrickx",
    "Bogaert",
    "Renard",
    "Fontaine",
    "Wagner",
    "Lejeune",
    "Lecomte",
    "Noël",
    "Thiry",
    "Dewulf",
    "Sabbe",
    "El Amrani",
    "Yilmaz",
    "Diallo",
    "Nguyen",
    "Kowalski",
    "Ćosić",
    "Brøndum",
    "Lopez",
    "Ferreira",
)
STREETS = (
    "Rue Brederode",
    "Avenue Louise",
    "Chaussée de Waterloo",
    "Kortrijksesteenweg",
    "Veldstraat",
    "Rue Haute",
    "Meir",
    "Overpoortstraat",
    "Boulevard Anspach",
    "Nieuwstraat",
)
CITIES = (
    ("1000", "Brussels"),
    ("1050", "Ixelles"),
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
    ("1180", "Uccle"),
    ("9050", "Gentbrugge"),
    ("3000", "Leuven"),
)
LANGUAGES = ("fr", "nl", "nl", "fr", "en", "de")


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    birth_date: date
    phone: str
    email: str
    address: str
    language: str


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def make_person(rng: random.Random, today: date) -> Person:
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    age_days = rng.randint(1 * 365, 92 * 365)
    birth = today - timedelta(days=age_days)
    mobile = f"+32 4{rng.randint(60, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    domain = rng.choice(("gmail.com", "skynet.be", "telenet.be", "proximus.be", "outlook.com"))
    local = ascii_fold(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
    email = f"{local}{rng.randint(1, 99)}@{domain}"
    postcode, city = rng.choice(CITIES)
    address = f"{rng.choice(STREETS)}, {rng.randint(1, 240)}, {postcode} {city}"
    return Person(first, last, birth, mobile, email, address, rng.choice(LANGUAGES))


def make_people(seed: int, count: int, today: date) -> list[Person]:
    rng = random.Random(seed)
    return [make_person(rng, today) for _ in range(count)]
