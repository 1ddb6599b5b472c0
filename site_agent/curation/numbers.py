"""Numbers as identifiers unless they read as clinical values: the safe-list idea for digits.

The pattern detectors (``phi_patterns``) find identifiers by their shape and key ("MRN: 1234567",
"(555) 123-4567"). A new site writes identifiers in shapes no pattern knows ("H18/95277",
"(01)04012345678901(21)A123456", "TX K1234567", "0161 496 0000", "XXX-XX-1234"), so, as the safe
list does for words, this module turns the question around: a run of digits long enough to
identify someone is an identifier **unless** it reads as a clinical value. It is:

- a chunk (letters, digits and the joiners ``( ) / . - # + *`` without a space) holding a run of
  4 or more digits or 6 or more digits in all ("7891538-1", "BZ123456J", "12.345.678", "2019");
- a run of such chunks and of digit groups separated by single spaces or hyphens, 6 or more
  digits in all ("123 45 6789", "0161 496 0000", "K100 936 654"), with a short capitalised
  prefix in the run ("ZGP 123 456 789", "TX K1234567") and a masked head ("XXX-XX-1234");
- an age over 89 standing alone (90 to 120, no unit after it, no clinical key before it: "Spry
  at 95", "| 95 |"), or an age over 89 before an age unit ("095Y", "95 yrs", "95y 3m").

A clinical value is a number before a unit ("5000 units", "1200 mL", "12.5 mGy", "3.2 x 2.1 cm")
or after a clinical key ("WBC 12500", "series 4 image 112", "BP 140/90", "b=1000"); those are
kept. Vertebral levels, TNM stages, scores and short counts never reach the thresholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A unit after a number: the number is a measurement, a dose or a duration, not an identifier.
_UNIT = (
    r"(?:%|‰|x(?=[ ]?\d)|×|°|(?i:degrees?|deg)(?![^\W\d_])|"
    r"(?i:mm|cm|dm|km|m|µm|um|nm|mg|g|kg|mcg|µg|ug|ng|pg|ml|l|dl|cl|cc|mmol|µmol|umol|nmol"
    r"|pmol|mol|meq|iu|u|units?|mmhg|cmh2o|kpa|bpm|rpm|gy|cgy|mgy|msv|sv|bq|mbq|gbq|mci|ci|hu"
    r"|kv|kvp|ma|mas|hz|khz|mhz|kcal|cal|fl|hpf|lpf|cells|copies|ms|msec|sec|s|min|mins|minutes?"
    r"|h|hr|hrs|hours?|days?|d|weeks?|wks?|months?|mo|mos|times|fold|beats|breaths|slices"
    r"|images|mosm|osm|ppm|lb|lbs|oz|ft|px|pixels?|mm2|cm2|mm3|cm3|ml/min|l/min|mm/s|cm/s"
    r"|m/s|tabs?|tablets?|caps?|puffs?|drops?|sprays?|vials?|doses?|packs?|pack-years?)"
    r"(?![^\W\d_]))"
)
_UNIT_AFTER = re.compile(rf"[ ]?(?:-[ ]?)?{_UNIT}")
# A clinical key right before a number: the number is a value of that key.
_CLINICAL_KEY = re.compile(
    r"(?i:\b(?:series|ser|image|img|slice|frame|b-value|b(?=[ ]?=)|wbc|rbc|plt|platelets?|hb"
    r"|hgb|hct"
    r"|mcv|anc|alc|cd4|cd8|bnp|nt-probnp|ferritin|d-dimer|troponin|tnt|tni|ldh|ck|cpk|alp|ast"
    r"|alt|ggt|psa|afp|cea|ca-?125|ca19-9|tsh|glucose|bm|bsl|hba1c|egfr|creatinine|cr|urea|bun"
    r"|na|k|cl|hco3|lactate|crp|esr|inr|aptt|dlp|ctdi\w*|suv\w*|kv|kvp|mas|tr|te|ti|fov"
    r"|matrix|bp|hr|pulse|rr|sats?|spo2|sao2|o2|fio2|temp|gcs|weight|wt|height|ht|bmi"
    r"|level|grade|stage|score|bed|cot|room|rm|ward|bay|step|cycle|day|pod|dose|fraction|fx"
    r"|lot|batch|count|volume|vol|rate|sodium|potassium|chloride|bicarbonate|calcium|magnesium"
    r"|phosphate|albumin|protein|bilirubin|amylase|lipase|cholesterol|ldl|hdl|triglycerides"
    r"|kinase|index|units|saturation|sat|oximetry|systolic|diastolic|mean|loinc|snomed|icd|cpt"
    r"|pressure|ahi|odi|news2?|mews|ipap|epap|peep|map|cvp|etco2|pco2|po2|pao2)\b"
    r"[ ]?(?:(?:of|is|was|at|to|=|:)[ ]?)?)\Z"
)
_CHUNK = re.compile(r"[\w(#*][\w()/.\-#+*]*")
# An age over 89 before an age unit: "095Y", "95 yrs", "95y 3m", "95-year-old".
AGE_UNIT = re.compile(
    # Longer spellings first: "y/o" is not "y" with "/o" left over.
    r"[ ]?(?:-[ ]?)?(?i:y\.o\.?|y/o|yr\(s\)|yoa|yo|yrs|yr|years-old|year-old|years?|y|jährig\w*"
    r"|jaar|jarige|jr|años|anos|ans|anni|år|лет|года|год|години|thn|tahun|an|lane|ani|éves|yosh"
    # Albanian, Kyrgyz, Kurdish, Turkmen, Tok Pisin and Arabic
    r"|vjeçare|vjeç|vjec|жашта|жашар|жаш|ساڵ|ýaşly|ýaşynda|ýaşyn|ýaşy|ýaş|krismas|عاما|عام"
    r"|سنة"
    r"|वर्ष|нас|настай|гадоў|гады|сола|годишна|godina|godine|lat|roku|ປີ|ปี"
    r"|waggaa"  # Oromo: "109 waggaa"
    # German, Papiamentu, Quechua, Persian and Urdu, Hindi, Bengali, Tamil, Filipino,
    # Vietnamese, Finnish, Lithuanian, Latvian, Estonian, Catalan, Basque, Albanian, Turkish,
    # Greek, Hebrew, Georgian, Armenian, Mongolian, Kazakh, Uzbek; "th" (Indonesian "tahun")
    r"|jahre|jahren|aña|añas|watayuq|سال|ساله|साल|বছর|வயது|taon|tuổi|vuotta|metų|metai|gadi"
    r"|aastat|anys|urte|vjet|yaşında|yaşinda|ετών|χρονών|שנים|წლის|տարեկան|жил|жас|yil|yoshda"
    r"|anyos|annos|e[ ]tau"  # Judeo-Spanish, Sardinian, Niuean
    r"|th)(?![^\W\d_])"
    r"|[ ]?(?:周岁|週歲|[岁歲歳세살才]|a\.|aa\.|v\.|j\.|J\.|г\.|l\.)"
)
# Units that are clinical units or words too: amino acids ("a protein of 98 aa."), versus ("95 v.
# 85"), joules ("shock 120 J."), a spaced ordinal ("the 99 th percentile"). After one of them the
# number is an age only as a bare number is (not a clinical value, not another field's value).
_WEAK_UNIT = re.compile(r"[ ]?(?:-[ ]?)?(?:aa\.|v\.|[jJ]\.|(?i:th))")
# A field's key right before a value: "page=95", "dosage: 95", "stage 95", "Score 95".
_FIELD_KEY = re.compile(r"(?P<k>[^\W\d]+)(?:[ ]?[:=：][ ]?|[ ])\Z")
_AGE_FIELD = re.compile(
    r"(?:\A|_|(?<=[a-z])(?=A))(?i:age|alter|edad|yrs|years)\Z|\A(?i:age)(?:_|(?=[A-Z])|\Z)"
    r"|\A(?i:âge|età|idade|leeftijd|wiek|věk|vek|возраст|yaş|yas|umur|usia|tuổi|tuoi|ålder|alder"
    r"|ikä|kor|ηλικία|גיל|العمر|السن|سن|年龄|年齢|나이|umri|anni|años|anos|ans|jahre"
    r"|jaar|år|lat|let|лет|yoshi|yosh|laj|възраст|उमेर|उम्र|edat|vârsta|vârstă|starost|életkor"
    r"|sinn|imri|umuri|нас|узрост|сол|stara|star|stary|stará|starý|ອາຍຸ|mosha|жашы|تەمەن|ýaşy"
    r"|temen|umurii)\Z"
)
# Inside a run of digit groups: letters in capitals before more digits ("IE29 AIBK 9311 5212")
# or as its last group ("UZ 12 34 56 D", "6488 161 463 YR").
_CAPS_GROUP = re.compile(r"[A-Z]{1,4}")


def _digits_follow(chunks: list[tuple[int, int]], k: int, text: str) -> bool:
    """Chunk ``k`` (capitals) is followed by a digit group joined to it, or ends the run."""
    if k + 1 >= len(chunks) or not re.fullmatch(
        r"[ ]|[ ]?-[ ]?", text[chunks[k][1] : chunks[k + 1][0]]
    ):
        return len(text[chunks[k][0] : chunks[k][1]]) <= 2  # a short suffix: "463 YR", "56 D"
    return _has_digit(text[chunks[k + 1][0] : chunks[k + 1][1]])


_GROUP = re.compile(r"\d+(?:[.\-]\d+)*|[A-Z]{1,3}\d{3,}[A-Z]?")
_SERIAL = re.compile(r"(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8,}")
_MASK = re.compile(r"(?i:[x*#]{2,}(?:-[x*#]{2,})*)")  # "XXX-XX", "***"


def _digits(chunk: str) -> tuple[int, int]:
    runs = [len(r) for r in re.findall(r"\d+", chunk)]
    return sum(runs), max(runs, default=0)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A chunk without the punctuation around it ("(555)" keeps its parentheses)."""
    while end > start and (
        text[end - 1] in ".-/+#*("
        or (text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end))
    ):
        end -= 1
    while (
        start < end
        and text[start] in "(#*"
        and (text[start] != "(" or text.count(")", start, end) < text.count("(", start, end))
    ):
        if text[start] == "*" and _MASK.match(text, start):
            break
        start += 1
    return start, end


# Capitalised clinical abbreviations that are no prefix of an identifier ("CT 2019").
_CLINICAL_CAPS = frozenset(
    [
        "CT",
        "MR",
        "MRI",
        "US",
        "XR",
        "PET",
        "CXR",
        "NM",
        "DX",
        "CR",
        "DR",
        "ECG",
        "EKG",
        "EEG",
        "EMG",
        "EF",
        "LV",
        "RV",
        "LA",
        "RA",
        "IV",
        "IM",
        "PO",
        "SC",
        "SL",
        "PR",
        "PRN",
        "BD",
        "TDS",
        "QDS",
        "OD",
        "BID",
        "TID",
        "QID",
        "DNR",
        "ICU",
        "ED",
        "ER",
        "OR",
        "AP",
        "PA",
        "LAT",
        "TNM",
        "WHO",
        "ICD",
        "CPT",
        "NYHA",
        "ASA",
        "BI",
        "RADS",
        "TI",
        "RADS",
        "LI",
        "PI",
        "GFR",
    ]
)


def _is_short_prefix(word: str) -> bool:
    """A short capitalised code before digits: "TX", "ZGP", "SN", "K" -- not a clinical key."""
    return (
        1 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and word.isascii()
        and word not in _CLINICAL_CAPS
        and not _CLINICAL_KEY.search(word + " ")
    )


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def clinical_value(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a number that reads as a clinical value: a unit after it, or a
    clinical key before it."""
    if _UNIT_AFTER.match(text, end):
        return True
    return bool(_CLINICAL_KEY.search(text[max(0, start - 24) : start]))


def number_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of digit-bearing identifiers in ``text``: label ``ID`` or ``AGE``."""
    chunks = []
    for m in _CHUNK.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            chunks.append((start, end))
    i = 0
    while i < len(chunks):
        # A run of chunks joined by one space or a spaced hyphen: "123 45 6789", "TX K1234567".
        j = i
        digits_yet = False  # whether a chunk of the run so far has digits (kept as it grows:
        # asked of the whole run at each step, a long run such as "A A A ..." was quadratic)
        while j + 1 < len(chunks) and re.fullmatch(
            r"[ ]|[ ]?-[ ]?", text[chunks[j][1] : chunks[j + 1][0]]
        ):
            cur = text[chunks[j][0] : chunks[j][1]]
            nxt = text[chunks[j + 1][0] : chunks[j + 1][1]]
            digits_yet = digits_yet or _has_digit(cur)
            # A prefix or a mask only opens a run: "TX K1234567", not "6789 A 9 mm"; after
            # digits, only more digit groups join ("2 34 07", not "23 C5/6" or "0923 Ki-67").
            if digits_yet and not (
                _GROUP.fullmatch(nxt)
                or (_CAPS_GROUP.fullmatch(nxt) and _digits_follow(chunks, j + 1, text))
            ):
                break
            if not (_has_digit(nxt) or _is_short_prefix(nxt) or _CAPS_GROUP.fullmatch(nxt)):
                break
            if not (_has_digit(cur) or _is_short_prefix(cur) or _MASK.fullmatch(cur)):
                break
            j += 1
        yield from _run_spans(text, chunks[i : j + 1])
        i = j + 1


_TIME_BEFORE = re.compile(r"(?i:\b(?:at|@|by|from|until|since|till|to|between|and)[ ])\Z")
_TIME_AFTER = re.compile(r"[ ]?(?i:h|hrs|hours)\b")


def _time_of_day(text: str, start: int, end: int) -> bool:
    """A 24-hour time: "at 0915", "1430 hrs" (a time alone identifies no one; after a date it
    belongs to the date, see ``TIME_AFTER_DATE``)."""
    word = text[start:end]
    if not re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", word):
        return False
    if re.fullmatch(r"19\d\d|20[0-5]\d", word) and not _TIME_AFTER.match(text, end):
        return False  # "since 2007" is a year
    return bool(
        _TIME_BEFORE.search(text[max(0, start - 10) : start]) or _TIME_AFTER.match(text, end)
    )


def _run_spans(text: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    # Prefixes after the last digits ("1234 CT") are not part of the run, but a short suffix
    # of capitals after digit groups is ("6488 161 463 YR").
    suffix = None
    if len(run) > 2 and re.fullmatch(r"[A-Z]{1,2}", text[run[-1][0] : run[-1][1]]):
        suffix = run[-1]
    while run and not _has_digit(text[run[-1][0] : run[-1][1]]):
        run = run[:-1]
    if suffix and run and _GROUP.fullmatch(text[run[-1][0] : run[-1][1]]):
        run = [*run, suffix]
    if not run:
        return
    counts = [_digits(text[a:b]) for a, b in run]
    total = sum(c[0] for c in counts)
    longest = max(c[1] for c in counts)
    start, end = run[0][0], run[-1][1]
    if len(run) == 1 and _SERIAL.fullmatch(text[start:end]):
        yield start, end, "ID"  # "S9WYF99BDEBX": a serial with few digits
        return
    if len(run) == 1 and _time_of_day(text, start, end):
        return  # "at 0915", "1430 hrs"
    if total >= 6 or longest >= 4:
        if len(run) > 1 and _UNIT_AFTER.match(text, end):  # "6789 9 mm": the 9 is measured
            yield from _run_spans(text, run[:-1])
        elif len(run) > 1 and _CLINICAL_KEY.search(text[max(0, start - 24) : start]):
            yield from _run_spans(text, run[1:])
        elif not clinical_value(text, start, end):
            yield start, end, "ID"
        return
    for a, b in run:  # shorter runs: each chunk alone may still be an age over 89
        yield from _age(text, a, b)


# Words after which a number standing alone reads as an age: "Spry at 95", "now 95", "aged 95".
_AGE_LEADS = frozenset(
    [
        "at",
        "is",
        "was",
        "now",
        "aged",
        "turned",
        "turns",
        "turning",
        "nearly",
        "almost",
        "about",
        "approximately",
        "reached",
        "reaching",
        "be",
        "being",
        "and",
        "or",
        "a",
        "an",
    ]
)


def _age(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    if text[start : start + 1] == "(" and text[end - 1 : end] == ")":  # "Bang (95)"
        start, end = start + 1, end - 1
    word = text[start:end]
    m = re.fullmatch(
        r"0?(\d{2,3})½?(?i:(y|yo|yrs?|周岁|週歲|[岁歲歳세살才]|st|nd|rd|th|/?[mf]))?"
        r"(-[^\W\d_]+(?:-[^\W\d_]+)*)?",
        word,
    )
    if not m or not 90 <= int(m.group(1)) <= 120:  # int() reads "١٠٣" as 103
        return
    if m.group(3) and not (m.group(2) or AGE_UNIT.match(text, start + len(m.group(1)))):
        return  # "95-bed"
    if m.group(2) and m.group(2).lower() in ("st", "nd", "rd", "th"):
        # An ordinal is an age before "year" or "birthday": "in her 101st year".
        if re.match(r"[ ](?i:year|birthday)\b", text[end:]):
            yield start, end, "AGE"
        return
    if m.group(2) and m.group(2).lstrip("/").lower() in ("m", "f"):
        if _CLINICAL_KEY.search(text[max(0, start - 24) : start]):
            return  # "temp 95F"
        yield start, start + len(m.group(0)) - len(m.group(2)), "AGE"  # "94M": the age alone
        return
    if m.group(2) or m.group(3):  # "095Y", "95-year-old": the unit is glued on (the months
        yield start, end, "AGE"  # after it, "95y 3m", join in ``scrub_text``)
        return
    unit = AGE_UNIT.match(text, end)
    if unit and not _WEAK_UNIT.fullmatch(unit.group()):  # "95 yrs": the unit goes with it
        yield start, unit.end(), "AGE"
        return
    if text[start - 1 : start] in ".," and text[start - 2 : start - 1].isdigit():
        return  # "1.95", "1,95"
    if text[end : end + 1] in ".," and text[end + 1 : end + 2].isdigit():
        return  # "95.5"
    if clinical_value(text, start, end):
        return
    if re.search(r"(?i:\bno\.?|\bnr\.?|#)[ ]?:?[ ]?\Z", text[max(0, start - 6) : start]):
        return  # "No. 99": a house or record number, not an age
    key = _FIELD_KEY.search(text[max(0, start - 32) : start])
    if key and key.group("k").lower() not in _AGE_LEADS and not _AGE_FIELD.search(key.group("k")):
        return  # the value of another field: "page=95", "Image 95 of 120", "Average 95"
    yield start, unit.end() if unit else end, "AGE"  # "Umur: 93 th", "(109 aa.)"


# Digits spoken one by one, as a voicemail transcript or dictation writes a telephone number:
# "six oh six, four one two, eight nine nine one", with digit groups among them ("area code 606,
# four one two ...").
_DIGIT_WORD = r"(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_SPOKEN = re.compile(
    rf"\b(?:{_DIGIT_WORD}|\d{{1,4}})(?:[ ,\-]+(?:{_DIGIT_WORD}|\d{{1,4}})){{4,}}\b"
)
_WORD_DIGITS = {"double": 1, "triple": 2}  # "double five": the next digit once more


def spoken_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of numbers read out digit by digit: 7 or more digits in all, 3 or more of
    them as words (fewer words are a count or a list: "one or two", "8, 9 and 10")."""
    for m in _SPOKEN.finditer(text):
        items = re.findall(rf"{_DIGIT_WORD}|\d+", m.group())
        words = [i for i in items if not i.isdigit()]
        digits = sum(len(i) for i in items if i.isdigit()) + sum(
            _WORD_DIGITS.get(w.lower(), 1) for w in words
        )
        if digits >= 7 and len(words) >= 3:
            yield m.start(), m.end()


_VALUE_AFTER = re.compile(r"[ ]?[:=]?[ ]?\d+(?:[.,]\d+)?")


def measured_after(text: str, pos: int) -> bool:
    """A number with a unit right after ``pos``: " 14 mm", ": 58 mmHg" (what follows a
    measurement's key)."""
    m = _VALUE_AFTER.match(text, pos)
    return m is not None and _UNIT_AFTER.match(text, m.end()) is not None


# Single digits one space apart, as a form's boxes or a typed-out code give them: "ZIP: 1 5 2 1 0".
_SPACED_DIGITS = re.compile(r"(?<![\w.,/:-])\d(?:[ ]\d){4,}(?![\w.,/:-]|[ ]\d)")


def spaced_digits(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of 5 or more single digits one space apart, not before a unit."""
    for m in _SPACED_DIGITS.finditer(text):
        if not _UNIT_AFTER.match(text, m.end()):
            yield m.start(), m.end()


_KEY_VALUE_AFTER = re.compile(r"[ ]?[:=]?[ ]?\d")


def clinical_key(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a clinical key ("RR", "IPAP", "ODI") and a number follows it."""
    return bool(_KEY_VALUE_AFTER.match(text, end) and _CLINICAL_KEY.search(text[start:end] + " "))
