"""Synthetic protected health information (PHI): names, identifiers, contacts, dates.

Everything is drawn from built-in lists with the caller's generator, so a seed reproduces it.
Phone numbers use the 555-01xx block reserved for fiction and e-mail domains end in the reserved
``.example``/``.test`` names, so no value can belong to a real person by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

GIVEN_FEMALE = (
    "Amara", "Beatriz", "Chloe", "Dalia", "Elena", "Fatima", "Grace", "Hana", "Ingrid", "Jasmine",
    "Keiko", "Leila", "Mariana", "Nadia", "Olivia", "Priya", "Rosa", "Sofia", "Tamar", "Yara",
)  # fmt: skip
GIVEN_MALE = (
    "Adrian", "Bruno", "Carlos", "Dmitri", "Emeka", "Felix", "Gustavo", "Hiroshi", "Ivan", "Jamal",
    "Kofi", "Liam", "Mateo", "Nikhil", "Omar", "Pavel", "Rafael", "Samuel", "Tomas", "Wei",
)  # fmt: skip
FAMILY = (
    "Abernathy", "Bergstrom", "Castellanos", "Delacroix", "Eriksen", "Fairweather", "Gallagher",
    "Haddad", "Ibrahimovic", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okafor",
    "Petrakis", "Quintero", "Rasmussen", "Szymanski", "Thorne", "Underwood", "Valdivia", "Whitlock",
    "Yamamoto", "Zielinski", "Achterberg", "Brannigan", "Cavanaugh", "Dunleavy", "Espinoza",
)  # fmt: skip
STREETS = (
    "Maple Avenue", "Harbor Street", "Juniper Lane", "Orchard Road", "Willow Court",
    "Beacon Hill Drive", "Cedar Street", "Lighthouse Way", "Meadowbrook Road",
    "Pinecrest Boulevard", "Quarry Lane", "Riverbend Drive", "Sycamore Place",
    "Tanglewood Terrace", "Vista Ridge Road",
)  # fmt: skip
CITIES = (
    ("Fairhaven", "MA"), ("Millbrook", "NY"), ("Cedar Falls", "IA"), ("Riverton", "WY"),
    ("Lakewood", "OH"), ("Brookside", "NJ"), ("Ashford", "CT"), ("Greenville", "SC"),
    ("Oak Ridge", "TN"), ("Westfield", "IN"),
)  # fmt: skip
INSTITUTION_STEMS = (
    "St. Brigid", "Riverside", "Northgate", "Lakeshore", "Mercy Valley", "Cedar Hill",
    "Harborview", "Silver Lake", "Pine Ridge", "Eastbrook", "Holy Cross", "Maplewood",
)  # fmt: skip
INSTITUTION_KINDS = (
    "Regional Medical Center", "General Hospital", "University Hospital", "Memorial Hospital",
    "Community Hospital",
)  # fmt: skip
MAIL_DOMAINS = ("mail.example", "example.com", "inbox.example.org", "post.test", "example.net")
AREA_CODES = ("201", "312", "415", "508", "617", "702", "803", "916", "413", "857")

_STUDY_START = date(2018, 1, 1)
_STUDY_DAYS = 7 * 365


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str
    zip_code: str

    def one_line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip_code}"


@dataclass(frozen=True)
class Person:
    given: str
    middle_initial: str
    family: str
    phone: str  # ten digits
    email: str

    def dicom_name(self, prefix: str = "") -> str:
        """DICOM PN value: family^given^middle^prefix."""
        return "^".join((self.family, self.given, self.middle_initial, prefix)).rstrip("^")


@dataclass(frozen=True)
class Patient:
    person: Person
    sex: str  # "F" | "M"
    birth_date: date
    mrn: str
    address: Address


@dataclass(frozen=True)
class Institution:
    name: str
    address: Address
    domain: str
    mrn_prefix: str
    physicians: tuple[Person, ...]


@dataclass(frozen=True)
class Visit:
    """The PHI attached to one study."""

    patient: Patient
    institution: Institution
    referring: Person
    reader: Person
    study_date: date
    study_time: str  # HHMMSS
    accession: str


def _pick(rng: np.random.Generator, items: tuple[str, ...]) -> str:
    return items[int(rng.integers(len(items)))]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(d) for d in rng.integers(0, 10, size=n))


def make_address(rng: np.random.Generator) -> Address:
    city, state = CITIES[int(rng.integers(len(CITIES)))]
    number = int(rng.integers(1, 9800))
    return Address(f"{number} {_pick(rng, STREETS)}", city, state, _digits(rng, 5))


def make_phone(rng: np.random.Generator) -> str:
    return f"{_pick(rng, AREA_CODES)}5550{int(rng.integers(100, 200))}"


def make_person(rng: np.random.Generator, sex: str, domain: str | None = None) -> Person:
    given = _pick(rng, GIVEN_FEMALE if sex == "F" else GIVEN_MALE)
    family = _pick(rng, FAMILY)
    middle = chr(ord("A") + int(rng.integers(26)))
    if domain is None:
        suffix = int(rng.integers(10, 99))
        email = f"{given.lower()}.{family.lower()}{suffix}@{_pick(rng, MAIL_DOMAINS)}"
    else:
        email = f"{given[0].lower()}{family.lower()}@{domain}"
    return Person(given, middle, family, make_phone(rng), email)


def make_institution(rng: np.random.Generator, n_physicians: int = 6) -> Institution:
    stem = _pick(rng, INSTITUTION_STEMS)
    name = f"{stem} {_pick(rng, INSTITUTION_KINDS)}"
    domain = "".join(c for c in stem.lower() if c.isalpha()) + "-health.example"
    physicians = tuple(
        make_person(rng, "F" if rng.random() < 0.5 else "M", domain) for _ in range(n_physicians)
    )
    return Institution(name, make_address(rng), domain, _digits(rng, 2), physicians)


def make_patient(rng: np.random.Generator, institution: Institution) -> Patient:
    sex = "F" if rng.random() < 0.5 else "M"
    birth = date(1935, 1, 1) + timedelta(days=int(rng.integers(0, 70 * 365)))
    mrn = institution.mrn_prefix + _digits(rng, 6)
    return Patient(make_person(rng, sex), sex, birth, mrn, make_address(rng))


def make_visit(
    rng: np.random.Generator, institution: Institution, patients: tuple[Patient, ...]
) -> Visit:
    patient = patients[int(rng.integers(len(patients)))]
    first, second = rng.choice(len(institution.physicians), size=2, replace=False)
    study_date = _STUDY_START + timedelta(days=int(rng.integers(0, _STUDY_DAYS)))
    study_date = max(study_date, patient.birth_date + timedelta(days=365))
    hh, mm, ss = int(rng.integers(7, 20)), int(rng.integers(60)), int(rng.integers(60))
    return Visit(
        patient=patient,
        institution=institution,
        referring=institution.physicians[int(first)],
        reader=institution.physicians[int(second)],
        study_date=study_date,
        study_time=f"{hh:02d}{mm:02d}{ss:02d}",
        accession=f"A{_digits(rng, 9)}",
    )


def age_years(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def dicom_date(d: date) -> str:
    return d.strftime("%Y%m%d")


def format_date(d: date, style: int) -> str:
    """One of several spellings seen in free-text reports."""
    styles = (
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        d.isoformat(),
        f"{d.strftime('%B')} {d.day}, {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {d.strftime('%b')} {d.year}",
    )
    return styles[style % len(styles)]


def format_phone(digits: str, style: int) -> str:
    a, b, c = digits[:3], digits[3:6], digits[6:]
    styles = (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}")
    return styles[style % len(styles)]


def format_mrn(mrn: str, style: int) -> str:
    styles = (mrn, f"{mrn[:4]}-{mrn[4:]}", f"MRN{mrn}")
    return styles[style % len(styles)]
