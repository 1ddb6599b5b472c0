"""Identifiers in forms, languages and message fields beyond the US report (``phi_patterns``)."""

from __future__ import annotations

import re

import pytest

from site_agent.curation import find_phi
from site_agent.curation.scrub_text import scrub_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_phi(text)]


def _masked(text: str, value: str) -> bool:
    """Every word of ``value`` (its first occurrence in ``text``) lies inside a PHI span."""
    start = text.index(value)
    spans = find_phi(text)
    return all(
        any(s.start <= start + m.start() and start + m.end() <= s.end for s in spans)
        for m in re.finditer(r"\w+", value)
    )


_PID = (
    "PID|1||123^^^H^MR||Ruiz^Ana||19310526|F|||2597 Elm Trail^^Owensboro^KY^10549^USA||"
    "^PRN^PH^^1^543^6716953"
)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # ages: months after years, ordinals before "year", other languages' units, decimals
        ("Sex: F   Age: 105 yrs 3 mos   Tel: none", "105 yrs 3 mos", "AGE"),
        ("Mrs Davis, now in her 101st year, lives alone.", "101st", "AGE"),
        ("姓名：Ana Ruiz  年龄：105岁  性别：女", "105岁", "AGE"),
        ("wir berichten über Ihre 94-jährige Patientin.", "94-jährige", "AGE"),
        ("subject_id,age_years,site\nUH7807690197,104.1,north", "104.1", "AGE"),
        # dates: other languages' months, ranges, East Asian forms, a time after "at"
        ("die sich vom 25.09.2005 bis 16. April 2006 befand.", "16. April 2006", "DATE"),
        ("Né(e) le : 12 décembre 1931", "12 décembre 1931", "DATE"),
        ("admitted 12-14 March 2020 for sepsis", "12-14 March 2020", "DATE"),
        ("生年月日：1924年12月18日", "1924年12月18日", "DATE"),
        ("生年月日：大正13年8月20日", "大正13年8月20日", "DATE"),
        ("Admitted Jan-22-1923, discharged 9-May.", "Jan-22-1923", "DATE"),
        ("Signed by Ana Ruiz, MD on 30 Apr 1998 at 0923.", "30 Apr 1998 at 0923", "DATE"),
        ("PMH: hip replacement 4/98; knee 2003.", "4/98", "DATE"),
        # addresses
        ("She lives alone above the pharmacy on Station Road.", "Station Road", "ADDRESS"),
        ("wohnhaft Kirchweg 104, 37190 Würzburg, die", "Kirchweg 104, 37190 Würzburg", "ADDRESS"),
        ("NOK: (0803 047 2709), No. 180 Market Road, Surulere, Lagos",
         "No. 180 Market Road, Surulere, Lagos", "ADDRESS"),
        ("Addr: H.No. 12-3-456, Banjara Hills, Hyderabad 500034",
         "H.No. 12-3-456, Banjara Hills, Hyderabad 500034", "ADDRESS"),
        ("NHS No: 731 422 0709\nTruro TR1 3BT", "Truro TR1 3BT", "ADDRESS"),
        ("resides P.O. Box 8321-18129, Nakuru.", "P.O. Box 8321-18129, Nakuru", "ADDRESS"),
        # HL7 address and telephone fields
        (_PID, "2597 Elm Trail^^Owensboro^KY^10549^USA", "ADDRESS"),
        (_PID, "PRN^PH^^1^543^6716953", "PHONE"),
        # plates
        ("She drove to the clinic in a car registered 9MMG999 last week.", "9MMG999", "ID"),
        # names: keys in other languages, nicknames in parentheses, combining marks, GP lists
        ("Paciente: Tapio Ọlálékan There is a small effusion.", "Tapio Ọlálékan", "NAME"),
        ("환자명: B. Rash", "B. Rash", "NAME"),
        ("姓名：Brain, Vardan  性别：女", "Brain, Vardan", "NAME"),
        ("Mrs Davis (née Lung) was seen.", "Lung", "NAME"),
        ("Dear Dr Barış (Skip) Mabaso,", "Barış (Skip) Mabaso", "NAME"),
        ("NOK: Ghassan Ọlọ́runfẹ́mi (0803 367 0990)", "Ghassan Ọlọ́runfẹ́mi", "NAME"),
        ("Copy to: GP (Moore I)", "Moore I", "NAME"),
        ('{"name": [{"family": "Cane", "given": ["Ana"]}]}', "Cane", "NAME"),
        ("Signed: Sophea Doctor  Date: today", "Sophea Doctor", "NAME"),
    ],
)  # fmt: skip
def test_identifiers_in_other_forms(text: str, value: str, label: str) -> None:
    assert _masked(text, value), _found(text)
    start = text.index(value)
    assert any(
        s.label == label and s.start < start + len(value) and start < s.end for s in find_phi(text)
    ), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain score 7/10 at rest and 9/10 on movement.",
        "Ki-67 15%; ER 8/8, PR 6/8, HER2 1+.",
        "Fracture of the proximal femur at 95 degrees of flexion.",
        "Disc bulges at C5/6 and C6/7.",
        "Findings on April 8, 2000 Bilateral renal cysts.",
        "Patient: Takahashi. Findings are compatible with edema.",
    ],
)
def test_clinical_text_beside_the_new_forms_is_kept(text: str) -> None:
    kept = {"7/10", "9/10", "8/8", "6/8", "95", "C5/6", "C6/7", "Bilateral", "Findings"}
    masked = {v for v, _ in _found(text)}
    assert not (masked & kept), _found(text)


def test_a_german_date_is_shifted_not_masked() -> None:
    assert scrub_text("vom 16. April 2006 bis", date_offset=1).startswith("vom 2006-04-17 ")
