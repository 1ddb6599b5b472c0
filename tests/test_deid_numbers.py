"""Numbers as identifiers unless they read as clinical values (``site_agent.curation.numbers``)."""

from __future__ import annotations

import pytest
from deid_helpers import covered as _masked
from deid_helpers import found as _found

from site_agent.curation.scrub_text import scrub_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Old notes under hospital ref H18/95277 (legacy system).", "H18/95277"),
        ("Merged record: 7891538-1 -> BZ123456J.", "7891538-1"),
        ("Merged record: 7891538-1 -> BZ123456J.", "BZ123456J"),
        ("Pacemaker card: serial (01)04012345678901(21)A123456, implanted.",
         "(01)04012345678901(21)A123456"),
        ("Driver's licence TX K1234567 was used to confirm identity.", "TX K1234567"),
        ("Insurance: subscriber no. ZGP 123 456 789, group A-1", "ZGP 123 456 789"),
        ("SS# 754 11 3697 A 9 mm nodule is seen.", "754 11 3697"),
        ("SS# XXX-XX-4289 Mild degenerative changes.", "XXX-XX-4289"),
        ("F: 0925 119 9360  T: 0418 893 5429", "0418 893 5429"),
        ("Last seen 11/6/1948 @ 1918 at home.", "1918"),
        ("Spry at 95; walks daily with a stick.", "95"),
        ("| Kabila | 101 | 123 |", "101"),
        ("Kabila, a 095Y-year-old widower.", "095Y"),
        ("Age at exam: 95y 3m", "95y 3m"),
        ("Patient is a 97 yrs retired farmer.", "97 yrs"),
    ],
)  # fmt: skip
def test_identifiers_in_shapes_no_pattern_knows(text: str, value: str) -> None:
    assert _masked(text, value), _found(text)


CLINICAL = [
    "A 9 mm nodule is seen in the left upper lobe.",
    "Mass measures 3.2 x 2.1 x 1.8 cm (series 4, image 112).",
    "CT dose: DLP 1234 mGy*cm, CTDIvol 12.3 mGy.",
    "Heparin 5000 units subcutaneously every 12 hours.",
    "Vitamin D 50000 IU weekly for 8 weeks.",
    "WBC 12500 per microliter, platelets 250000.",
    "BP 140/90, HR 96, RR 18, sats 94% on room air, temp 37.8.",
    "Disc bulge at L4-L5 and C5/6 with mild stenosis at T12.",
    "Gleason score 3+4=7, grade group 2; pT2N0M0.",
    "DWI with b=1000 shows restricted diffusion.",
    "Weight 102 kg, height 178 cm, BMI 32.2.",
    "Heart rate 110 at rest.",
    "Score of 95 on the Barthel index.",
    "Sodium 135, chloride 101, bicarbonate 24.",
    "Hounsfield units of 1200 in the calcified focus.",
    "Creatine kinase 15000 U/L consistent with rhabdomyolysis.",
    "Urine output 2400 mL over 24 hours.",
    "TR 2000 ms, TE 90 ms.",
    "Image 95 of 120.",
]


@pytest.mark.parametrize("text", CLINICAL)
def test_clinical_values_are_kept(text: str) -> None:
    assert _found(text) == []


def test_a_date_inside_a_number_run_keeps_its_label_and_is_shifted() -> None:
    """A key before a date ("DOB") does not turn the date into an identifier: the date is still
    shifted, so intervals survive."""
    assert _found("DOB 01/02/1933.") == [("01/02/1933", "DATE")]
    assert scrub_text("DOB 01/02/1933.", date_offset=10) == "DOB 1933-01-12."
