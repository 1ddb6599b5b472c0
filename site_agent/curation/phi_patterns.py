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
    r"|radiologist|physician|consultant|registrar|attending|resident|fellow|surgeon|pathologist"
    r"|nurse|technologist|sonographer|radiographer|intern|clinician|specialist|trainee)\b)"
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
# A role after a name's comma or after a grade is a job title, not a cue: "Dr Ana Ruiz,
# Consultant Radiologist", "Senior Registrar".
_GRADES = ("consultant", "senior", "junior", "staff", "chief", "lead", "duty", "reporting")
_POST_NOMINAL = "(?<!,[ ])" + "".join(
    f"(?<!{g[0]}{g[1:]}[ ])(?<!{g[0].upper()}{g[1:]}[ ])(?<!{g.upper()}[ ])" for g in _GRADES
)
_NAME_CONTEXT = (
    r"(?i:\bname[ ]*\([^()\n]{1,30}\)[ ]*:[ ]*"  # "Name (Last, First): "
    r"|\b(?:patient(?:'s)?[ ]name|patient|pt|name|guardian|next[ ]of[ ]kin|emergency[ ]contact"
    r"|mother|father|wife|husband|son|daughter|spouse)"
    r"[ ]*[:\-(]?[ ]*"
    r"|\b(?:dr|drs|doctor|mr|mrs|ms|mx|miss|prof)\.?[ ]+"
    rf"|{_POST_NOMINAL}\b(?:referring[ ]physician|attending|radiologist|reading[ ]physician"
    r"|physician|reader|technologist|nurse|resident|fellow)[ ]*:?[ ]+"
    r"|\b(?:signed|dictated|transcribed|reported|read|referred|requested|ordered|reviewed|seen)"
    r"[ ]by[ ]+"
    r"|\b(?:report|images|results)[ ]for[ ]+"
    r"|\b(?:discussed|spoke|spoken|talked|reviewed)\b[^.\n]{0,40}?\bwith[ ]+)"
)
# Ages over 89 (Safe Harbor), as a number standing alone: not "930", "93.5" or "95%".
_AGE_OVER_89 = r"(?<![\d.])(?:9\d|1[0-4]\d)"
_AGE_END = r"(?![\d]|[.,]\d|[ ]?(?i:%|mm|cm|kg|g|mg|mcg|ml|bpm|lbs?|mmhg|hu)(?![a-z]))"
# An age word or key: "age", "aged", "Age:", "age_years", "patient_age", "PatientAge",
# "Age (years)", "AGE AT STUDY", "age_at_scan", "Age/Sex", "Sex/Age" -- not "page", "stage",
# "dosage", "Image" or "Average" (a letter before "age" that is not a lower-to-upper key join).
_AGE_KEY = (
    r"(?:(?<=[a-z])Age|(?<![^\W\d_])(?i:age))(?:d\b|(?![a-z]))"
    r"(?:[ _]?\(?(?i:in[ _])?(?i:years?|yrs?|y)\)?(?![a-z]))?"
    r"(?:[ _](?i:at|on)[ _][A-Za-z]+)?"
    r"(?:[ ]?/[ ]?(?i:sex|gender))?"
)
# Between the key and the value: field punctuation, quotes, tags, dotted leaders, "is"/"of", and a
# sex before a slash ("Sex/Age: F/93").
_AGE_GAP = (
    r"(?:[ \t\"':=>|,\-.]|&gt;|(?i:is|of|was)\b){0,24}?"
    r"(?:(?i:m|f|male|female)[ ]?/[ ]?)?"
)
# Ages over 89 in words: "ninety", "ninety-three", "ninety four" (not "ninety percent").
_AGE_WORDS = (
    r"(?i:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?"
    r"|(?:one[ ])?hundred(?:[ ](?:and[ ])?(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_AGE_WORDS_END = (
    r"(?![a-z]|[ -]*(?i:percent|per[ ]cent|%|degrees?|minutes?|mins?|seconds?|hours?|hrs|days?"
    r"|weeks?|months?|mg|ml|mm|cm|times|beats|bpm|units|meters?|metres?|feet|ft|pounds|lbs?"
    r"|kg|plus)\b)"
)
_MRN_CONTEXT = r"(?i:\bMRN|\bmedical[ ]record[ ](?:number|no\.?|#)|\brecord[ ]#)[ ]*[:#]?[ ]*"
# A record or encounter number's key, in prose or as a field key ("Hosp No:", "Unit No.",
# "hospital_number: ", 'mrn="', "FIN\t", "CSN: ", "REQ NO: ", "Patient ID: "), then its value
# written in groups: "624 058 810", "HAR 3765 1775", "E15.68146", "2706-8662-5".
_GROUPED_ID_KEY = (
    r"(?i:\b(?:mrn|hosp(?:ital)?|unit|record|chart|patient|pt|subject|fin|csn|har|enc(?:ounter)?"
    r"|visit|account|acct|acc(?:ession)?|req(?:uest)?|order|specimen|case|member|policy|nhs"
    r"|medicare|medicaid|plan)"
    r"(?:[ _]?(?:number|num|no\.?|nr|#|id))?)(?:[\"']?[ ]*[:=#]?[ ]*[\"']?|\t)"
)
_GROUPED_ID = (
    r"(?=[A-Za-z]{0,4}[ ]?(?:\d[ .\-/]?){5})(?:[A-Za-z]{1,4}[ ]?)?\d+(?:[ .\-/]\d+){0,4}"
    r"(?![\w.]\w|[ ](?i:mm|cm|ml|mg|kg|years?|yrs?)\b)"
)
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
# An extension after a number: "x932", "ext. 22", "extension 4410".
_PHONE_EXT = r"(?:[ ,]*(?i:x|ext\.?|extn\.?|extension)[ ]?\d{1,6}(?!\w))?"

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
        ("PHONE", _PHONE_INTL + _PHONE_EXT),
        ("PHONE", _PHONE_NA + _PHONE_EXT),
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
        ("ID", rf"{_GROUPED_ID_KEY}(?P<v>{_GROUPED_ID})"),
        # Dotted numbers with a letter prefix or six digits or more: "E15.68146", "12.345.678" --
        # not a decimal ("4.1") or a version, nor an IP address (four groups, its own pattern).
        (
            "ID",
            r"(?<![\w.])(?=(?:[A-Za-z]{0,3}\.?)(?:\d\.?){6})[A-Za-z]{0,3}\d+(?:\.\d+){1,2}(?![\w]|\.\d)",
        ),
        ("ID", r"(?<![\w.])[A-Za-z]{1,3}\d{2}\.\d{4,}(?![\w]|\.\d)"),
        # Two groups of four digits after a capitalised code: "HAR 3765 1775".
        ("ID", r"(?<![\w.])[A-Z]{2,4}[ ]\d{4}[ ]\d{4}(?!\w)"),
        ("ID", r"(?<!\w)\d{3}-\d{2}-\d{4}(?!\w)"),  # SSN
        ("ID", r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"),
        # Any token with five or more digits: record, account or postal numbers without context.
        # "AC-713914": a short letter prefix joined by a hyphen counts too.
        ("ID", r"(?<!\w)(?=(?:[\w-]*?\d){5})[A-Za-z]{0,4}-?\d[\w-]*\d(?!\w)"),
        ("ADDRESS", rf"{_STREET}{_UNIT}{_CITY_STATE_ZIP}"),
        ("ADDRESS", rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP},[ ]*{_STATE_AFTER_CITY}"),
        ("ADDRESS", r"(?i:\bP\.?O\.?[ ]box[ ]+\d+)"),
        # "Rural Route 4, Ypsilanti", "RR 2 Box 17": a rural route and the town after it.
        (
            "ADDRESS",
            r"\b(?i:rural[ ]route|R\.?R\.?)[ ]*\d+(?:,?[ ](?i:box)[ ]\d+)?"
            rf"(?:,[ ]*{_CAP}(?:[ ]{_CAP})?)?",
        ),
        (
            "INSTITUTION",
            rf"\b(?:{_CAP}\.?[ ]+){{1,5}}(?i:hospital|medical[ ]cent(?:er|re)|clinic|infirmary"
            r"|health[ ]system|health[ ]cent(?:er|re)|medical[ ]group|university)\b",
        ),
        (
            "INSTITUTION",
            rf"\b(?:St|Saint|Ste|ST\.|SAINT|Mount|Mt)\.?[ ]+{_CAP}(?:[ ]+{_CAP}){{0,3}}",
        ),
        # An age over 89 before a unit of age: "93 years", "93-year-old", "93 yo", "93 y.o.", "93Y".
        ("AGE", rf"\b(?P<v>{_AGE_OVER_89})(?=[ -]*(?i:years?\b|yrs?\b|y/o\b|yo\b|y\.o\.|y\b))"),
        # After an age word or key, in any field form (see ``_AGE_KEY``), in digits or words.
        ("AGE", rf"{_AGE_KEY}{_AGE_GAP}(?P<v>{_AGE_OVER_89}){_AGE_END}"),
        ("AGE", rf"{_AGE_KEY}{_AGE_GAP}(?P<v>{_AGE_WORDS}){_AGE_WORDS_END}"),
        # Before a sex: "94M with chest pain", "92 F presenting", "93 yo F" (the unit above).
        (
            "AGE",
            rf"\b(?P<v>{_AGE_OVER_89})(?=[ -]?(?:M|F|(?i:male|female|man|woman|gentleman|lady"
            r"|widow|widower))\b(?![/-]\d))",
        ),
        # Ages in words, "ninety-three" alone (not before a unit of something else), and before a
        # unit of age: "one hundred and two years".
        (
            "AGE",
            r"(?<![\w-])(?P<v>(?i:ninety)(?:[- ](?i:one|two|three|four|five|six|seven|eight"
            rf"|nine))?)(?![\w-]){_AGE_WORDS_END}",
        ),
        ("AGE", rf"(?<![\w-])(?P<v>{_AGE_WORDS})(?=[ -]*(?i:years?|yrs?|y/?o)\b)"),
        ("NAME", rf"{_NAME_CONTEXT}(?P<v>{_NAME})"),
        (
            "NAME",
            rf"(?i:\b(?:patient|pt|name)[ ]*[:\-]?[ ]*){_NOT_VERB}"
            rf"(?P<v>{_L}+(?:(?:{_APOS}|-){_L}+)*"
            rf"(?:[ ]{_L}+(?:(?:{_APOS}|-){_L}+)*)?)(?=[ ]*[,;(|]|[ ]{{2,}}|\t|$)",
        ),
    )
)

# A name that opens a sentence before an age in commas: "Valley, Kanoa, 91, was seen", "Mint,
# 90yo, unchanged" -- any words, whatever their word list, up to four and one comma.
_NAME_TOKEN = rf"(?:{_L}\.|{_L}+(?:(?:{_APOS}|-){_L}+)*)"
NAME_BEFORE_AGE = re.compile(
    rf"(?:\A|(?<=[.!?:;\n][ ])|(?<=[.!?:;][ ]{{2}})|(?<=\n))"
    rf"(?P<v>{_NAME_TOKEN}(?:,?[ ]{_NAME_TOKEN}){{0,3}})"
    r",[ ]\d{1,3}(?:[ ]?(?i:yo|y/o|yrs?|y))?,[ ]"
)
# "Ana Ruiz is 93 and lives alone", "Ana Ruiz, 93, was seen", "Ana Ruiz (93)": an age right after
# a name (see ``scrub_text``).
AGE_AFTER_NAME = re.compile(
    rf"[ ]is[ ](?P<v>{_AGE_OVER_89}){_AGE_END}(?!/)"
    rf"|,[ ](?P<c>{_AGE_OVER_89}|{_AGE_WORDS})(?=[,;]|[ ]?(?i:yrs?|years?|y/?o|y)\b|\Z|\n)"
    rf"|[ ]\((?P<p>{_AGE_OVER_89}|{_AGE_WORDS})\)"
)
# A time after a date belongs to it: "1989-10-28 12:36:06", "12 Jan 2020 at 14:05", "1053h".
TIME_AFTER_DATE = re.compile(
    r"(?:[ ,]+(?i:at[ ])?|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ ]?(?i:am|pm)\b)?"
    r"|[ ]\d{4}[ ]?(?i:h|hrs|hours)\b"
)

# A table in text: a header line naming an age or a name column, then rows ("mrn,name,age,acct"
# over "8859389,Ben Salah,95,V1247"), comma-, semicolon-, tab- or bar-separated.
_AGE_HEADER_CELL = re.compile(rf"[ \"']*{_AGE_KEY}[ \"']*")
_AGE_CELL = re.compile(rf"[ \"']*(?P<v>{_AGE_OVER_89})(?:[ ]?(?i:y|yo|yrs?|years?))?[ \"']*")
_NAME_HEADER_CELL = re.compile(
    r"[ \"']*(?i:(?:patient|pt|full|first|last|given|family|middle|maiden|referring|ordering"
    r"|attending|performing|reading|physician|doctor|provider|contact|kin)?[ _]?names?"
    r"|surname|forename|patient|physician|referring[ _]physician|doctor|provider)[ \"']*"
)
_NAME_CELL = re.compile(r"[ \"']*(?P<v>[^\W\d_](?:[^\d\"]*[^\W\d_])?)[ \"']*")
_HEADER_CELL = re.compile(r"[ \"']*[A-Za-z][\w./#()-]*(?:[ ][\w./#()-]+){0,2}[ \"']*")
_ROW_SEPARATORS = (",", ";", "\t", "|")


def table_fields(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "AGE" or "NAME"): ages over 89 and names in the age and name columns of
    separated rows under a header line."""
    out: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for n, (_, header) in enumerate(lines):
        low = header.lower()
        if "age" not in low and "name" not in low and "patient" not in low:
            continue
        for sep in _ROW_SEPARATORS:
            cells = header.split(sep)
            # Three keys or more; the first may end a line of prose ("... 2.1 cm. mrn,name,age").
            first = len(cells) - 1
            while first >= 0 and _HEADER_CELL.fullmatch(cells[first]):
                first -= 1
            if len(cells) - first < 3:  # first: the last cell that is no key (-1: none)
                continue
            ages = [i for i, c in enumerate(cells) if i > first and _AGE_HEADER_CELL.fullmatch(c)]
            names = [i for i, c in enumerate(cells) if i > first and _NAME_HEADER_CELL.fullmatch(c)]
            for start, row in lines[n + 1 :]:
                values = row.split(sep)
                # More cells: a value with the separator in it ("Fine, Ana"); fewer: prose with
                # the separator before the header on its line. Columns count from either end.
                extra = len(values) - len(cells)
                if not -4 <= extra <= 2:
                    break
                offsets = [start]
                for v in values:
                    offsets.append(offsets[-1] + len(v) + len(sep))
                for i in ages:
                    for k in {i, i + extra} if extra >= 0 else {i + extra}:
                        m = _AGE_CELL.fullmatch(values[k]) if k >= 0 else None
                        if m:
                            out.append((offsets[k] + m.start("v"), offsets[k] + m.end("v"), "AGE"))
                for i in names:  # the name and, in a row with more cells, what may continue it
                    k = i if extra >= 0 else i + extra
                    m = _NAME_CELL.fullmatch(sep.join(values[k : k + max(extra, 0) + 1]))
                    if k >= 0 and m and len(m.group("v").split()) <= 6:
                        out.append((offsets[k] + m.start("v"), offsets[k] + m.end("v"), "NAME"))
    return out


# A field whose key names a person: "referring_physician=Ou;", '"performing_physician": "Bo"',
# "OperatorsName=Vern Pike|", "patient_name: Opal Fish" (a key without spaces, snake_case or
# CamelCase, ending in one of these words), and not an exam's, a drug's or a device's name.
_FIELD = re.compile(
    r"(?<![A-Za-z_])(?P<key>[A-Za-z]+(?:_[A-Za-z]+)*)[\"']?(?:[ ]*[:=][ ]*|\t)"
    r"(?:(?P<q>[\"'])(?P<quoted>[^\W\d_][^\"'\n<>]{0,60}?)(?P=q)"
    r"|(?P<bare>[^\W\d_][\w'.\-^\u2019]*(?:,?[ ][^\W\d_][\w'.\-^\u2019]*){0,3})"
    r"(?=[ ]*(?:[;|&\n\"'<>]|$)|[ ]{2,}|\t|[ ][A-Za-z]+(?:_[A-Za-z]+)*=))"
)
_PERSON_KEYS = frozenset(
    re.findall(
        r"\w+",
        """name names physician physicians doctor provider radiologist surgeon technologist
        sonographer operator operators performer author signer reader by attending referrer""",
    )
)
_NOT_PERSON_KEYS = frozenset(
    re.findall(
        r"\w+",
        """exam procedure study protocol series file institution station device drug test product
        model manufacturer hospital facility department site body code sequence organization
        organisation company software host scanner coil contrast medication brand generic trade""",
    )
)


# An XML element whose tag names a person: "<PatientName>Opal Fish</PatientName>".
_XML_FIELD = re.compile(
    r"<(?P<key>[A-Za-z]+(?:_[A-Za-z]+)*)(?:[ ][^<>]*)?>[ ]*"
    r"(?P<v>[^\W\d_][^<>\n]{0,60}?)[ ]*</(?P=key)>"
)
# HL7 v2 fields that hold person names (XPN / XCN: "FAMILY^GIVEN^MIDDLE", "ID^FAMILY^GIVEN"):
# PID-5, -6, -9; NK1-2; PV1-7, -8, -9, -17; OBR-10, -16, -32, -34; ORC-12; IN1-16; GT1-3.
_HL7_NAME_FIELDS = {
    "PID": (5, 6, 9), "NK1": (2,), "PV1": (7, 8, 9, 17), "OBR": (10, 16, 32, 34), "ORC": (12,),
    "IN1": (16,), "GT1": (3,),
}  # fmt: skip
_HL7_SEGMENT = re.compile(r"(?<![^\s])(?P<seg>[A-Z][A-Z0-9]{2})\|[^\n\r]*")
_HL7_COMPONENT = re.compile(r"[^\W\d_][^\^~&|]*")


def _key_names_a_person(key: str) -> bool:
    parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", key)]
    return (
        bool(parts)
        and parts[-1] in _PERSON_KEYS
        and parts != ["by"]  # "by: ..." alone is no key
        and not _NOT_PERSON_KEYS.intersection(parts)
    )


def _name_before_prose(value: str) -> str:
    """The name at the start of a segment's last field that runs on into prose ("Ana Ruiz There
    is ..."): two words, then any initial or word that is not an English or clinical word."""
    from site_agent.curation.lexicon import lexicon

    lex = lexicon()
    words = list(re.finditer(r"[^ ]+", value))
    end = len(value)
    for n, w in enumerate(words):
        word = w.group().strip(",")
        if (
            n >= 2
            and not re.fullmatch(r"[^\W\d_]\.", word)
            and (lex.is_safe(word) or not word[:1].isalpha())
        ):
            end = w.start()
            break
    return value[:end].rstrip(" ,")


def field_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the values of fields whose key names a person: key=value, JSON, XML
    elements, and the name fields of HL7 segments."""
    out = []
    for m in _FIELD.finditer(text):
        if _key_names_a_person(m.group("key")):
            group = "quoted" if m.group("quoted") else "bare"
            out.append((m.start(group), m.end(group)))
    for m in _XML_FIELD.finditer(text):
        if _key_names_a_person(m.group("key")):
            out.append((m.start("v"), m.end("v")))
    for m in _HL7_SEGMENT.finditer(text):
        wanted = _HL7_NAME_FIELDS.get(m.group("seg"))
        if not wanted:
            continue
        pos = m.start()
        fields = m.group().split("|")
        for i, field in enumerate(fields):
            if i in wanted:
                for c in _HL7_COMPONENT.finditer(field):
                    value = c.group().rstrip()
                    if i == len(fields) - 1:  # the segment's last field: prose may follow it
                        value = _name_before_prose(value)
                    out.append((pos + c.start(), pos + c.start() + len(value)))
            pos += len(field) + 1
    return out
