"""Free-text reports: the findings in clinical prose, wrapped in PHI the way real reports are.

Layouts, date and phone spellings vary from report to report because a de-identifier that only
recognises one layout is useless on real archives.
"""

from __future__ import annotations

import numpy as np

from simulation.synth.findings import COUNT_WORDS, Findings, Modality
from simulation.synth.phi import Person, Visit, age_years, format_date, format_mrn, format_phone

_EXAMS: dict[Modality, str] = {
    "xray": "Chest radiograph, PA view.",
    "ct": "CT abdomen, axial images with intravenous contrast.",
    "mri": "MRI brain, axial T1-weighted images after gadolinium.",
    "pathology": "Breast, core needle biopsy; H&E-stained section.",
}
_NOUNS: dict[Modality, tuple[str, str]] = {
    "xray": ("rounded opacity", "rounded opacities"),
    "ct": ("hyperdense lesion", "hyperdense lesions"),
    "mri": ("enhancing lesion", "enhancing lesions"),
    "pathology": ("dense cellular focus", "dense cellular foci"),
}
_NORMAL: dict[Modality, str] = {
    "xray": "The lungs are clear. No focal lesion, consolidation or pleural effusion.",
    "ct": "Solid organs are unremarkable. No focal lesion is identified.",
    "mri": "No abnormal enhancement or focal lesion. Ventricles are normal in size.",
    "pathology": "Benign fibroglandular tissue. No atypical cellular focus is identified.",
}
_NORMAL_IMPRESSION: dict[Modality, str] = {
    "xray": "No acute cardiopulmonary abnormality.",
    "ct": "No focal abdominal lesion.",
    "mri": "Normal MRI of the brain.",
    "pathology": "Benign breast tissue; negative for malignancy.",
}
# Millimetres per pixel, used only to quote a plausible measurement.
_MM_PER_PX: dict[Modality, float] = {"xray": 2.0, "ct": 1.5, "mri": 1.0, "pathology": 0.05}


def _name(person: Person, style: int) -> str:
    styles = (
        f"{person.given} {person.middle_initial}. {person.family}",
        f"{person.family.upper()}, {person.given.upper()}",
        f"{person.given} {person.family}",
        f"{person.family}, {person.given} {person.middle_initial}",
    )
    return styles[style % len(styles)]


def _doctor(person: Person) -> str:
    return f"Dr. {person.given} {person.family}"


def describe(findings: Findings) -> tuple[str, str]:
    """(findings paragraph, impression) without any PHI."""
    modality = findings.modality
    if not findings.present:
        return _NORMAL[modality], _NORMAL_IMPRESSION[modality]
    singular, plural = _NOUNS[modality]
    noun = singular if findings.count == 1 else plural
    size = "large" if findings.large else "small"
    verb = "is" if findings.count == 1 else "are"
    largest = max(lesion.radius for lesion in findings.lesions)
    diameter_mm = 2 * largest * _MM_PER_PX[modality]
    measure = f"{diameter_mm / 10:.1f} cm" if modality != "pathology" else f"{diameter_mm:.1f} mm"
    text = (
        f"There {verb} {COUNT_WORDS[findings.count]} {size} {noun} in the {findings.location}, "
        f"{'the largest ' if findings.count > 1 else ''}measuring {measure}. "
        f"The {_other_side(findings)} side is unremarkable."
    )
    impression = (
        f"{COUNT_WORDS[findings.count].capitalize()} {size} {noun} in the {findings.location}. "
        + ("Recommend tissue sampling." if modality != "pathology" else "Suspicious for carcinoma.")
    )
    return text, impression


def _other_side(findings: Findings) -> str:
    return "right" if findings.side == "left" else "left"


def _header(visit: Visit, rng: np.random.Generator) -> str:
    p, person, inst = visit.patient, visit.patient.person, visit.institution
    ds, ns, ps = (int(x) for x in rng.integers(0, 12, size=3))
    dob, when = format_date(p.birth_date, ds), format_date(visit.study_date, ds)
    mrn = format_mrn(p.mrn, ns)
    age = age_years(p.birth_date, visit.study_date)
    layout = int(rng.integers(3))
    if layout == 0:
        return (
            f"{inst.name.upper()}\n{inst.address.one_line()} | Department of Imaging\n"
            f"PATIENT: {_name(person, 1)}    MRN: {mrn}    DOB: {dob}    SEX: {p.sex}\n"
            f"EXAM DATE: {when}    ACCESSION: {visit.accession}\n"
            f"REFERRING PHYSICIAN: {_doctor(visit.referring)}"
        )
    if layout == 1:
        woman_or_man = "woman" if p.sex == "F" else "man"
        return (
            f"Name: {_name(person, ns)} (MRN {mrn}), born {dob}, a {age}-year-old {woman_or_man}.\n"
            f"Home address: {p.address.one_line()}. Phone: {format_phone(person.phone, ps)}. "
            f"Email: {person.email}.\n"
            f"Study performed on {when} at {inst.name}, requested by {_doctor(visit.referring)} "
            f"({visit.referring.email})."
        )
    return (
        f"Report for {_name(person, ns)}, medical record number {mrn}, DOB {dob}.\n"
        f"Referred by {_doctor(visit.referring)} on {when}; accession {visit.accession}."
    )


def _contact(visit: Visit, rng: np.random.Generator) -> str:
    p, person = visit.patient, visit.patient.person
    phone = format_phone(person.phone, int(rng.integers(4)))
    when = format_date(visit.study_date, int(rng.integers(5)))
    options = (
        f"The patient may be reached at {phone} or {person.email}; mailing address "
        f"{p.address.one_line()}.",
        f"Results were discussed by telephone with {person.given} {person.family} at {phone} "
        f"on {when}. Copy mailed to {p.address.street}, {p.address.city}, {p.address.state}.",
        f"Patient contact on file: {phone}, {person.email}, {p.address.one_line()}.",
    )
    return options[int(rng.integers(len(options)))]


def write_report(findings: Findings, visit: Visit, rng: np.random.Generator) -> str:
    text, impression = describe(findings)
    reader = visit.reader
    signed = format_date(visit.study_date, int(rng.integers(5)))
    time = f"{visit.study_time[:2]}:{visit.study_time[2:4]}"
    contact = _contact(visit, rng)
    contact_in_body = bool(rng.random() < 0.5)
    lines = [
        _header(visit, rng),
        "",
        f"EXAMINATION: {_EXAMS[findings.modality]}",
        "",
        f"FINDINGS: {text}" + (f" {contact}" if contact_in_body else ""),
        "",
        f"IMPRESSION: {impression}",
        "",
        f"Electronically signed by {_doctor(reader)} on {signed} at {time}. "
        f"Questions: {format_phone(reader.phone, int(rng.integers(4)))} or {reader.email}.",
    ]
    if not contact_in_body:
        lines += ["", f"ADDENDUM: {contact}"]
    return "\n".join(lines) + "\n"
