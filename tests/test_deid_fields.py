"""Ages over 89, case and prefixed account numbers, and header labels in report fields."""

from __future__ import annotations

import pytest

from site_agent.curation import find_phi


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_phi(text)]


@pytest.mark.parametrize(
    "text",
    [
        "PerformedBy=Vern Pike|Site=Mayo Clinic|Age=96",
        '"patient_age": "97"',
        "Age: 93",
        "aged 105",
        "AGE=90",
    ],
)
def test_age_over_89_in_a_field(text: str) -> None:
    """Safe Harbor: an age over 89 is PHI, whether written "Age: 93", "Age=93" or as a JSON
    or key=value field."""
    ages = [value for value, label in _found(text) if label == "AGE"]
    assert len(ages) == 1 and 90 <= int(ages[0]) <= 105 and ages[0] in text, _found(text)


@pytest.mark.parametrize("text", ["Age: 89", "Age=45", "page=95", "stage 95", "dosage: 95"])
def test_ages_under_90_and_other_words_ending_in_age_are_kept(text: str) -> None:
    assert [label for _, label in _found(text)] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SURGICAL PATHOLOGY REPORT  Case: AC-713914", "AC-713914"),
        ("Case # S26-1234 received.", "S26-1234"),
        ("Specimen no. 4471 sent.", "4471"),
        ("Outside reference AC-713914.", "AC-713914"),
    ],
)
def test_case_and_prefixed_account_numbers(text: str, value: str) -> None:
    assert (value, "ID") in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    ["The lungs are clear. PATIENT NAME: Opal Fish   MRN: 12345678", "Patient Name: Opal Fish"],
)
def test_the_label_name_is_not_a_name(text: str) -> None:
    found = _found(text)
    assert ("Opal Fish", "NAME") in found and all("NAME" not in v.upper() for v, _ in found), found


def test_case_and_specimen_alone_are_kept() -> None:
    text = "In this case the specimen was adequate; COVID-19 negative."
    assert [v for v, label in _found(text) if label in ("ID", "AGE")] == [], _found(text)
