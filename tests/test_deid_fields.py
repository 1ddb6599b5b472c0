"""Ages over 89, case and prefixed account numbers, and header labels in report fields."""

from __future__ import annotations

import re

import pytest
from deid_helpers import covered
from deid_helpers import found as _found


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
    # "96Y": a unit glued to the number is masked with it; "M/94": so is a sex before the slash
    years = re.match(r"(?:[MF]/)?(\d+)", ages[0])
    assert len(ages) == 1 and years and 90 <= int(years.group(1)) <= 105, _found(text)
    assert ages[0] in text, _found(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "age_years: 97",
        "<PatientAge>101</PatientAge>",
        '"patient_age": "96Y", "accession_number": "A1234"',
        "Age/Sex: 94/M",
        "Sex/Age: M/94",
        "Age (yrs): 99",
        "AgeYears=92",
        "AGE AT ADMISSION: 91",
        "The patient's age is 98.",
        "Seen today, 93Y, for follow-up.",
        "A 95 y.o. man.",
        "HISTORY: 104 YEARS OLD WITH COUGH.",
    ],
)
def test_age_over_89_in_any_field_form_next_to_an_age_key_or_unit(text: str) -> None:
    ages = [value for value, label in _found(text) if label == "AGE"]
    # "96Y": a unit glued to the number is masked with it; "M/94": so is a sex before the slash
    years = re.match(r"(?:[MF]/)?(\d+)", ages[0])
    assert len(ages) == 1 and years and 90 <= int(years.group(1)) <= 105, _found(text)
    assert ages[0] in text, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Age/Sex: 45/F, BP 95/60",
        "Average 95",
        "Image 95 of 120",
        "Coverage: 95%",
        "Age: 93.5 kg",
        "Agent 95",
        "Age: 95 mm",
    ],
)
def test_numbers_near_age_like_words_that_are_no_ages_over_89(text: str) -> None:
    assert [v for v, label in _found(text) if label == "AGE"] == [], _found(text)


def test_age_and_name_columns_of_a_table_in_text() -> None:
    text = (
        "Export follows.\n"
        "record;patient_name;age_years;visit\n"
        "0099123;Quill, Harriet;97;V12345\n"
        "0099124;Oswin Tarrant;45;V12346\n"
        "0099125;Iris Bell;102;V12347"
    )
    found = _found(text)
    ages = [v for v, label in found if label == "AGE"]
    names = [v for v, label in found if label == "NAME"]
    assert ages == ["97", "102"], found
    assert names == ["Quill, Harriet", "Oswin Tarrant", "Iris Bell"], found


def test_an_age_right_after_a_name() -> None:
    found = _found("Dr. Quill saw her. Harriet Quill is 96 and lives with her son.")
    assert ("96", "AGE") in found, found
    assert _found("The saturation is 96 on room air.") == []


@pytest.mark.parametrize(
    "text",
    [
        "<ReferringPhysicianName>Harriet Quill</ReferringPhysicianName>",
        "OperatorsName=Harriet Quill|StationName=CT2",
        '"ReferringPhysician": "Harriet Quill"',
    ],
)
def test_field_keys_and_tags_are_not_names(text: str) -> None:
    found = _found(text)
    names = " ".join(v for v, label in found if label == "NAME")
    assert "Harriet" in names and "Quill" in names, found
    assert not re.search(r"Physician|Operators|Station", names), found


def test_a_sex_letter_after_an_age_is_not_an_initial() -> None:
    found = _found("Patient Harriet Quill, 97yo F, MRN 1234567.")
    assert ("Harriet Quill", "NAME") in found, found
    assert [v for v, label in found if label == "NAME" and v in ("F", "yo")] == [], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("referring_physician=Hollow Tarrant; study_date=2020-01-01", "Hollow Tarrant"),
        ('"performing_physician": "P. Tarrant", "institution": "x"', "P. Tarrant"),
        ("<ReferringPhysicianName>Money</ReferringPhysicianName>", "Money"),
        ("PID|1||9612390^^^HOSP^MR||Constance Bone||19300101|F", "Constance Bone"),
        ("NK1|1|BONE^CONSTANCE|SPO", "BONE^CONSTANCE"),
        ("PV1|1|I|W^1^2||||1234^Hill^Ivy|||||||||||V123", "Hill^Ivy"),
    ],
)
def test_names_in_fields_whose_key_names_a_person_and_hl7_name_fields(text: str, name: str) -> None:
    found = re.findall(r"[^\W\d_]+", " ".join(v for v, label in _found(text) if label == "NAME"))
    assert all(part in found for part in re.findall(r"[^\W\d_]+", name)), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "<StudyDescription>CT HEAD</StudyDescription>",
        "ProtocolName=Chest Routine|x",
        '"drug_name": "aspirin"',
        "PV1|1|I|W^1^2",
    ],
)
def test_fields_of_exams_protocols_and_drugs_are_no_names(text: str) -> None:
    assert [v for v, label in _found(text) if label == "NAME"] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Hosp No: 255 538 619   Sex: F", "255 538 619", "ID"),
        ("patient:\n  hospital_number: 624 058 810\n", "624 058 810", "ID"),
        ('<patient mrn="311 087 553"/>', "311 087 553", "ID"),
        ("Unit No. 2706-8662-5  Ward 4", "2706-8662-5", "ID"),
        ("FIN: HAR 3765 1775 | CSN: 9268619478", "HAR 3765 1775", "ID"),
        ("enc=E19.59558&sex=F", "E19.59558", "ID"),
        ("Patient ID: 12.345.678", "12.345.678", "ID"),
        ("D.O.B. 1957-12-12 20:43:06   Hosp", "1957-12-12 20:43:06", "DATE"),
        ("Seen 12 Jan 2020 at 14:05 in clinic.", "12 Jan 2020 at 14:05", "DATE"),
        ("call (502) 730-6510 x932 today", "(502) 730-6510 x932", "PHONE"),
        ("fax +44 20 7946 0000 ext. 22.", "+44 20 7946 0000 ext. 22", "PHONE"),
        ("lives at Rural Route 4, Ypsilanti; mobile", "Rural Route 4, Ypsilanti", "ADDRESS"),
    ],
)
def test_grouped_ids_times_extensions_and_rural_routes(text: str, value: str, label: str) -> None:
    """Record numbers in spaced, dashed or dotted groups after a key or a letter code, a date's
    time, a phone's extension and a rural route are taken whole."""
    assert (value, label) in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("94M with chest pain.", "94"),
        ("92 F presenting with confusion.", "92"),
        ("Mazur, 90, was seen in the falls clinic.", "90"),
        ("Follow-up for Ana Ruiz (101) today.", "101"),
        ("DOB/Age: 2002-05-28 (ninety-three y)", "ninety-three"),
        ('"subject_age": ninety-six, "sex": "F"', "ninety-six"),
        ("A lady of ninety four lives alone.", "ninety four"),
        ("She is one hundred and two years old.", "one hundred and two years old"),
    ],
)
def test_ages_before_a_sex_after_a_name_and_in_words(text: str, age: str) -> None:
    assert (age, "AGE") in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oxygen saturation ninety percent.",
        "Ninety minutes later the pain settled.",
        "Pulse 92 regular; sodium 140.",
        "Version 2.3.1 of the software; lesion 4.1 cm.",
    ],
)
def test_numbers_in_words_and_measurements_are_no_phi(text: str) -> None:
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Address on file: Flat 12, 40 Harrow Mews", "Flat 12, 40 Harrow Mews"),
        ("Address on file: Lot 7, Saddleback Trailer Park", "Lot 7, Saddleback Trailer Park"),
        ("Lives at 12B Foxglove Road.", "12B Foxglove Road"),
        ("Lives at 4410 County Road 112.", "4410 County Road 112"),
        ("Mail to HC 3 Box 91, Bemidji.", "HC 3 Box 91, Bemidji"),
        ("Transferred from Walla Walla WA 99362 today.", "Walla Walla WA 99362"),
        ("Moved to Chillicothe, Ohio last year.", "Chillicothe, Ohio"),
        ("DL# K100 936 654 (state issued)", "K100 936 654"),
        ("Car registration WY03 CGA noted.", "WY03 CGA"),
        ("Implant: loop recorder s/n SN 735-327-101.", "SN 735-327-101"),
        ("Tel 0049 89 4306605 today.", "0049 89 4306605"),
        ("Callback number (02) 3859 5054; thanks.", "(02) 3859 5054"),
        ("Lives at home, tel 097/686-0945.", "097/686-0945"),
        ("Contact 716 630 9476 after 5.", "716 630 9476"),
        ("Phoned on 882-3571 ext. 92 at noon.", "882-3571 ext. 92"),
        ("via bleep 974-3191 ext. 45.", "974-3191 ext. 45"),
        ("Verified: Lea, DO (Wednesday, May 4)", "Wednesday, May 4"),
        ("Adm: Tue 03 Dec 1957", "Tue 03 Dec 1957"),
        ("<MRN>1777 7134</MRN>", "1777 7134"),
        ("Record No ........ RX573972/08", "RX573972/08"),
        ("PID|1||8051 7858^^^HOSP^MR||DOE^JANE", "8051 7858"),
        ("visit.id=46 6280 6386; visit.date=2020", "46 6280 6386"),
        ("Policy 1; group 2026/203228.", "2026/203228"),
        ("The patient, now 102, declines imaging.", "102"),
        ("Centenarian (104) with hip pain.", "104"),
        ("PATIENT_NAME\tPATIENT_AGE\tENCOUNTER\nTam Obi\t97\tCSN2095535 The lungs.", "97"),
        ("Hip pain. name,age,mrn,exam_date\nBent, F.,103,#6770812,Nov. 20th, 1945", "103"),
        ("Hip pain. name,age,mrn,exam_date\nBent, F.,103,#6770812,Nov. 20th, 1945", "#6770812"),
    ],
)
def test_v6_shapes_flats_lots_plates_trunk_phones_weekdays_and_keyed_columns(
    text: str, value: str
) -> None:
    assert covered(text, value), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "OBR|1|A123||71046^XR CHEST 2V|||20200101",
        "OBX|1|NM|24323^Lipid panel||5.2|mmol/L",
    ],
)
def test_procedure_codes_in_hl7_coded_fields_are_no_ids(text: str) -> None:
    code = text.split("|")[4 if text.startswith("OBR") else 3].split("^")[0]
    assert not covered(text, code), _found(text)


def test_access_is_no_accession_key() -> None:
    text = "Portal opened (last access 107.2.14.24)."
    assert ("ess", "ID") not in _found(text) and not covered(text, "access"), _found(text)
