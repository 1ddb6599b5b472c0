"""The regular expressions of the text scrubber, one (label, pattern) pair per detector.

Names are matched in any script: ``_UP`` is every upper-case letter Unicode knows and ``_LO`` any
letter, so "Dr. Ana María Núñez" and "Pt John O'Neil-Smith" are taken whole.
"""

from __future__ import annotations

import re
import sys


def _class_of(predicate_name: str) -> str:
    chars = [chr(c) for c in range(sys.maxunicode + 1) if getattr(chr(c), predicate_name)()]
    ranges: list[str] = []
    start = prev = ord(chars[0])
    for ch in chars[1:] + [chr(0)]:
        code = ord(ch)
        if code != prev + 1:
            a, b = chr(start), chr(prev)
            ranges.append(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}")
            start = code
        prev = code
    return "[" + "".join(ranges) + "]"


_UP = _class_of("isupper")
_L = r"[^\W\d_]"  # any letter, any script
_APOS = "['\u2019]"
# One word: letters, joined by apostrophes or hyphens ("O'Neil-Smith", "Núñez", "김민준").
WORD = re.compile(rf"{_L}+(?:(?:{_APOS}|-){_L}+)*")

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_STREET_KIND = (
    r"(?i:avenue|ave|street|st|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|row|alley|plaza)\b\.?"
)
_CAP = rf"{_UP}(?:{_L}|{_APOS}|-)*"
_STREET = rf"\b\d{{1,6}}[ ]+(?:{_CAP}\.?[ ]+){{1,4}}{_STREET_KIND}"
_UNIT = r"(?:,?[ ]+(?i:apt|apartment|suite|ste|unit|#)\.?[ ]*[\w-]+)?"
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_ZIP = r"(?:[ ]+\d{5}(?:-\d{4})?)?"
# "MD" and "PA" after a comma are credentials far more often than states ("Rose White, MD"):
# after a city they are a state only with a ZIP code.
_STATE_AFTER_CITY = (
    rf"(?:(?!(?:MD|PA)\b)(?:{_STATES})\b{_ZIP}"  # any other state, a ZIP code or not
    r"|(?:MD|PA)[ ]+\d{5}(?:-\d{4})?\b)"
)
_CITY_STATE_ZIP = (
    rf"(?:,[ ]*(?:{_CAP}[ ]?){{1,3}})?(?:,?[ ]*(?:{_STATES})\b)?(?:[ ]+\d{{5}}(?:-\d{{4}})?\b)?"
)
_NAME_WORD = rf"(?:{_UP}(?:{_L}|{_APOS}|-)+)"
_NAME_PART = rf"(?:{_UP}(?:{_L}|{_APOS}|-)+|{_UP}\.?)"
# Titles and the labels of header forms ("..., DOB 01/02/1933") are never part of a name.
_NOT_NAME = (
    r"(?!(?:Dr|Drs|Mr|Mrs|Ms|Mx|Prof|Doctor)\b"
    r"|(?i:dob|mrn|sex|age|id|date|accession|phone|tel|email|address|born|on|at|in|and|name"
    r"|radiologist|physician)\b)"
)
_NAME = (
    rf"{_NOT_NAME}(?:{_NAME_WORD}|{_UP}\.[ ]?{_NAME_WORD})(?:,?[ ]{_NOT_NAME}{_NAME_PART}){{0,3}}"
)
# What follows "patient" and is no name: "Patient takes Plavix, ...", "pt has no allergies;".
_NOT_VERB = (
    r"(?!(?i:takes|took|taking|has|had|is|was|will|would|should|can|denies|reports|states|agrees"
    r"|declined|refused|presents|underwent|received|tolerated|remains|went|on|in|at|with|and"
    r"|or|to|for|not|no|also|then|being|here|there|who|whom|name)\b)"
)
_NAME_CONTEXT = (
    r"(?i:\b(?:patient(?:'s)?[ ]name|patient|pt|name|guardian|next[ ]of[ ]kin|emergency[ ]contact"
    r"|mother|father|wife|husband|son|daughter|spouse)"
    r"[ ]*[:\-]?[ ]*"
    r"|\b(?:dr|drs|doctor|mr|mrs|ms|mx|miss|prof)\.?[ ]+"
    r"|\b(?:referring[ ]physician|attending|radiologist|reading[ ]physician|physician|reader"
    r"|technologist|nurse|resident|fellow)[ ]*:?[ ]+"
    r"|\b(?:signed|dictated|transcribed|reported|read|referred|requested|ordered|reviewed|seen)"
    r"[ ]by[ ]+"
    r"|\b(?:report|images|results)[ ]for[ ]+"
    r"|\b(?:discussed|spoke|spoken|talked|reviewed)\b[^.\n]{0,40}?\bwith[ ]+)"
)
_MRN_CONTEXT = r"(?i:\bMRN|\bmedical[ ]record[ ](?:number|no\.?|#)|\brecord[ ]#)[ ]*[:#]?[ ]*"
_ID_CONTEXT = (
    r"(?i:\b(?:accession|acc|patient[ ]id|id|ssn|social[ ]security|account|acct|insurance|policy"
    r"|member|subscriber|beneficiary|health[ ]plan|plan|encounter|visit|license|licence|certificate"
    r"|dea|npi|serial|device|implant|vin|vehicle|plate|registration|badge|employee|case|specimen)"
    r"(?:[ ]*(?:number|no\.?|#|id))?)[ ]*[:#]?[ ]*"
)
_TLD = (
    r"(?:com|org|net|edu|gov|mil|int|info|biz|io|health|example|test|invalid|local|uk|de|fr|es|it"
    r"|nl|se|no|dk|fi|ch|at|be|ie|pl|pt|ru|cn|jp|kr|in|br|mx|ca|au|nz|za|ng|ke|eg|tr|il|ae|sa)"
)
_PHONE_INTL = r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?!\w)"
_PHONE_NA = r"(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\w)"
_PHONE_CONTEXT = r"(?i:\b(?:phone|tel|telephone|fax|mobile|cell|pager|call)\b\.?[ ]*[:#]?[ ]*)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern))
    for label, pattern in (
        ("EMAIL", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        ("URL", r"\b(?:https?|ftp)://[^\s<>\"]*[^\s<>\".,;:!?)\]]"),
        ("URL", r"\bwww\.[^\s<>\"]*[^\s<>\".,;:!?)\]]"),
        ("URL", rf"(?i:\b(?:[a-z0-9-]+\.)+{_TLD}\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?)"),
        ("IP", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)"),
        ("IP", r"(?i:(?<![\w:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:]))"),
        ("IP", r"(?i:(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4})*::(?:[0-9a-f]{1,4}:?)*(?![\w:]))"),
        ("ID", r"(?i:(?<!\w)(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?!\w))"),  # MAC address
        ("PHONE", _PHONE_INTL),
        ("PHONE", _PHONE_NA),
        ("PHONE", rf"{_PHONE_CONTEXT}(?P<v>\+?\(?\d[\d ().-]{{5,}}\d)"),
        (
            "DATE",
            r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}"
            r"[/.-]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
            r"(?![\d/]|\.\d)",
        ),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+\d{{4}}\b"),
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+{_MONTH},?[ ]+\d{{4}}\b"),
        ("DATE", rf"\b\d{{1,2}}[ /.-]{_MONTH}[ /.-]?(?:\d{{4}}|\d{{2}})\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{4}}\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?\b"),
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+{_MONTH}(?!\w)"),
        ("DATE", r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])"),
        ("DATE", r"\b(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),
        ("MRN", rf"{_MRN_CONTEXT}(?P<v>[A-Za-z0-9-]*\d[A-Za-z0-9-]*)"),
        ("ID", rf"{_ID_CONTEXT}(?P<v>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{{3,}})"),
        ("ID", r"(?<!\w)\d{3}-\d{2}-\d{4}(?!\w)"),  # SSN
        ("ID", r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"),
        # Any token with five or more digits: record, account or postal numbers without context.
        # "AC-713914": a short letter prefix joined by a hyphen counts too.
        ("ID", r"(?<!\w)(?=(?:[\w-]*?\d){5})[A-Za-z]{0,4}-?\d[\w-]*\d(?!\w)"),
        ("ADDRESS", rf"{_STREET}{_UNIT}{_CITY_STATE_ZIP}"),
        ("ADDRESS", rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP},[ ]*{_STATE_AFTER_CITY}"),
        ("ADDRESS", r"(?i:\bP\.?O\.?[ ]box[ ]+\d+)"),
        (
            "INSTITUTION",
            rf"\b(?:{_CAP}\.?[ ]+){{1,5}}(?i:hospital|medical[ ]cent(?:er|re)|clinic|infirmary"
            r"|health[ ]system|health[ ]cent(?:er|re)|medical[ ]group|university)\b",
        ),
        (
            "INSTITUTION",
            rf"\b(?:St|Saint|Ste|ST\.|SAINT|Mount|Mt)\.?[ ]+{_CAP}(?:[ ]+{_CAP}){{0,3}}",
        ),
        ("AGE", r"\b(?P<v>9\d|1[0-4]\d)(?=[ -]*(?:years?\b|yrs?\b|y/o\b|yo\b|y\.o\.))"),
        # "Age: 96", "aged 96", and as a field: "Age=96", "patient_age": "96".
        ("AGE", r"(?i:(?<![^\W_])aged?\b[\"']?[ ]*[:=]?[ ]*[\"']?)(?P<v>9\d|1[0-4]\d)\b"),
        ("NAME", rf"{_NAME_CONTEXT}(?P<v>{_NAME})"),
        (
            "NAME",
            rf"(?i:\b(?:patient|pt|name)[ ]*[:\-]?[ ]*){_NOT_VERB}"
            rf"(?P<v>{_L}+(?:(?:{_APOS}|-){_L}+)*"
            rf"(?:[ ]{_L}+(?:(?:{_APOS}|-){_L}+)*)?)(?=[ ]*[,;:(]|$)",
        ),
    )
)
