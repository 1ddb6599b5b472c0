"""PHI scrubbing for free text: patterns, context words, a safe list, and known identifiers.

Five kinds of detector propose spans on the original text; overlapping spans are merged, and each
merged span is replaced by one typed placeholder like ``[NAME]`` (dates by a shifted date when the
caller gives the patient's offset, see ``dates``):

- patterns (``phi_patterns``): e-mails, URLs and host names, IP addresses, phone and fax numbers
  (North American and international), dates in numeric, ISO and written forms (with or without a
  year), record, account, plan, licence, device and other numbers, street addresses, city and
  state, institutions, ages over 89 (after a unit or an age word or key, and in the age column
  of a table), and names in a table's name column or in a field whose key names a person;
  month names, name keys and address forms of several languages, and the address and telephone
  fields of HL7 segments;
- numbers (``numbers``): as the safe list does for words, a run of digits long enough to identify
  someone ("H18/95277", "0161 496 0000", "TX K1234567") or a number that may be an age over 89
  is PHI unless it reads as a clinical value (a unit after it, a clinical key before it);
- context words for names ("Patient:", "Pt", "Dr.", "signed by", ...), in any script;
- a safe list (philter-lite's, see ``lexicon``), as in UCSF Philter: a word that is neither an
  English nor a clinical word is taken for a name or a place, whatever its case or context,
  unless it is an eponym ("Hodgkin lymphoma"); particles, cues before and after a name, and
  name-list words beside one (see ``names``);
- identifiers the caller already knows (the DICOM header of the same study), matched anywhere,
  case- and accent-insensitively.

No maintained library does this offline without downloads at run time: presidio needs a spaCy
model (not on PyPI), and philter-lite's engine needs NLTK's tagger data (not on PyPI either).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from site_agent.curation.addresses import address_spans, extend_addresses
from site_agent.curation.dates import shifted_text
from site_agent.curation.lexicon import lexicon
from site_agent.curation.names import key_note, name_flags
from site_agent.curation.numbers import (
    AGE_UNIT,
    clinical_value,
    number_spans,
    spaced_digits,
    spoken_numbers,
)
from site_agent.curation.phi_patterns import (
    AGE_AFTER_NAME,
    DATE_CUES,
    NAME_BEFORE_AGE,
    NAME_CONTINUATION,
    NAME_PREFIX,
    NAME_SUFFIX,
    PATTERNS,
    TIME_AFTER_DATE,
    TIME_BEFORE_DATE,
    WEEKDAY_BEFORE_DATE,
    WORD,
    caret_names,
    field_names,
    hl7_codes,
    hl7_contacts,
    hl7_ids,
    keyed_names,
    table_fields,
)
from site_agent.curation.tagger import tagged_spans

LABELS = (
    "EMAIL", "URL", "IP", "PHONE", "DATE", "MRN", "ID", "ADDRESS", "INSTITUTION", "AGE", "NAME"
)  # fmt: skip
_PRIORITY = {label: i for i, label in enumerate(LABELS)}  # breaks ties between equal spans


@dataclass(frozen=True)
class KnownIdentifiers:
    """Values known to identify someone, matched wherever they occur (case-insensitive)."""

    names: frozenset[str] = frozenset()  # single name components: "Rasmussen", "Jamal"
    patient_ids: frozenset[str] = frozenset()
    other_ids: frozenset[str] = frozenset()  # accession numbers, other IDs
    institutions: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()

    def __or__(self, other: KnownIdentifiers) -> KnownIdentifiers:
        return KnownIdentifiers(
            self.names | other.names,
            self.patient_ids | other.patient_ids,
            self.other_ids | other.other_ids,
            self.institutions | other.institutions,
            self.addresses | other.addresses,
        )

    def __bool__(self) -> bool:
        return bool(
            self.names or self.patient_ids or self.other_ids or self.institutions or self.addresses
        )


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


def fold(text: str) -> str:
    """Accents removed character by character, so offsets in the result match ``text``."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


# Characters that optical character recognition confuses: letters read for digits and digits
# read for letters.
_OCR_DIGITS = str.maketrans("OoIl|", "00111")
_OCR_LETTERS = str.maketrans("0158", "oisb")
_OCR_CAPITALS = str.maketrans("0158", "OISB")
_ORDINAL_NUMBER = re.compile(r"\d+(?i:st|nd|rd|th)")
# A run of letters and digits (whether it mixes both is checked on the run: linear time, where a
# pattern asking for the mixture backtracks over a long run of one kind).
_ALNUM_RUN = re.compile(r"[^\W_]+")


def ocr_folded(text: str) -> str:
    """``text`` with every word that mixes letters and digits read as OCR meant it, offsets
    unchanged. More digits than letters that are not look-alikes: its O, o, I, l and | are digits
    ("(6Ol) 7l9-O9O2" is "(601) 719-0902"). Letters only besides 0, 1, 5 and 8, and more letters
    than digits: those digits are letters ("Pat1ent", "D0B", "Gh1s1a1n"; not "C1151018", "101Y",
    "5th"). Anything else stays as it is ("T12", "L4", "SpO2", "B12"). Only what a pattern finds
    in this reading is added to what it finds in ``text``; nothing found there is dropped."""

    def fold_word(m: re.Match[str]) -> str:
        word = m.group()
        if word.isalpha() or word.isdigit():
            return word
        letters = sum(c.isalpha() and c not in "OoIl" for c in word)
        digits = sum(c.isdigit() and c not in "0158" for c in word)
        if digits > letters:
            return word.translate(_OCR_DIGITS)
        if (
            letters > digits == 0
            and sum(c.isalpha() for c in word) > sum(c.isdigit() for c in word)
            and not _ORDINAL_NUMBER.fullmatch(word)
        ):
            upper = all(c.isupper() for c in word if c.isalpha())
            return word.translate(_OCR_CAPITALS if upper else _OCR_LETTERS)
        return word

    return _ALNUM_RUN.sub(fold_word, text)


def _pattern_spans(text: str) -> Iterator[Span]:
    for label, pattern in PATTERNS:
        for m in pattern.finditer(text):
            group = "v" if "v" in pattern.groupindex else 0
            if m.start(group) < m.end(group):
                if label == "NAME" and key_note(text, m.start(group), m.end(group)):
                    continue  # "Name (Last, First):"
                yield Span(m.start(group), m.end(group), label)
    for start, end, label in table_fields(text):
        yield Span(start, end, label)
    for start, end in field_names(text):
        yield Span(start, end, "NAME")
    for start, end in caret_names(text):
        yield Span(start, end, "NAME")
    for start, end in keyed_names(text):
        yield Span(start, end, "NAME")
    for start, end, label in hl7_contacts(text):
        yield Span(start, end, label)
    for start, end in address_spans(text):
        yield Span(start, end, "ADDRESS")
    for start, end in spoken_numbers(text):
        yield Span(start, end, "PHONE")
    for start, end in spaced_digits(text):
        yield Span(start, end, "ID")
    for start, end in hl7_ids(text):
        yield Span(start, end, "ID")
    for m in NAME_BEFORE_AGE.finditer(text):
        yield Span(m.start("v"), m.end("v"), "NAME")


def _safe_list_spans(text: str, taken: list[Span]) -> Iterator[Span]:
    """Names found from the words themselves and the words around them (see ``names``)."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    in_name = _Containment((s.start, s.end) for s in taken if s.label == "NAME")
    flagged = name_flags(text, words, lexicon(), [in_name(a, b) for a, b, _ in words])
    in_span = _Containment((s.start, s.end) for s in taken)
    for i, (start, end, _) in enumerate(words):
        glued = text[end : end + 1].isdigit() or text[start - 1 : start].isdigit()
        if flagged[i] and not glued and not in_span(start, end):
            yield Span(start, end, "NAME")  # not "SpO" of "SpO2" or "cmH" of "cmH2O"


class _Containment:
    """Whether ``start``-``end`` lies inside one of ``ranges``, in logarithmic time: a word or a
    span asked of every span found, one by one, was quadratic on a long text of many."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))  # furthest end so far

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)  # the ranges that start at or before ``start``
        return i > 0 and self.reach[i - 1] >= end


def _literal(value: str, *, flexible_separators: bool) -> str:
    if flexible_separators:  # "69747770" also as "6974-7770" or "6974 7770"
        chars = [re.escape(c) for c in value if c.isalnum()]
        return r"[ -]?".join(chars)
    return r"\s+".join(re.escape(word) for word in value.split())


@lru_cache(maxsize=256)
def _known_patterns(known: KnownIdentifiers) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled pattern per kind of known identifier. Cached: curation scrubs every text of
    a study, and every field of a dataset row, against the same identifiers (a site's 24,204
    dataset texts against 600 studies' identifiers), and built and compiled them each time."""
    return tuple(_build_known_patterns(known))


def _build_known_patterns(known: KnownIdentifiers) -> Iterator[tuple[str, re.Pattern[str]]]:
    groups: tuple[tuple[str, Iterable[str], int, bool], ...] = (
        ("NAME", known.names, 3, False),
        ("MRN", known.patient_ids, 4, True),
        ("ID", known.other_ids, 4, True),
        ("INSTITUTION", known.institutions, 4, False),
        ("ADDRESS", known.addresses, 4, False),
    )
    for label, values, min_len, flexible in groups:
        usable = sorted(
            {fold(v.strip()) for v in values if len(v.strip()) >= min_len}, key=len, reverse=True
        )
        if usable:
            body = "|".join(_literal(v, flexible_separators=flexible) for v in usable)
            yield label, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# Before a known two-letter name: a title; around one: another part of a known name.
_SHORT_TITLE = re.compile(r"(?i:\b(?:dr|drs|mr|mrs|ms|mx|miss|prof)\.?[ ]+)\Z")


@lru_cache(maxsize=256)
def _short_names_pattern(known: KnownIdentifiers) -> re.Pattern[str] | None:
    """The known two-letter name parts as one pattern (None without any); cached as above."""
    short = {fold(v.strip()) for v in known.names if len(v.strip()) == 2}
    if not short:
        return None
    body = "|".join(re.escape(v) for v in sorted(short))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _short_name_spans(
    text: str, folded: str, known: KnownIdentifiers, spans: list[Span]
) -> Iterator[Span]:
    """Known two-letter name parts ("Do", "Li", "An") only where they read as a name: after a
    title, or beside (a space, a comma, a caret) a longer known name part already found -- so a
    header's "Do" does not take every "do" of the site's reports."""
    pattern = _short_names_pattern(known)
    if pattern is None:
        return
    found = list(pattern.finditer(folded))
    # Longer known name parts found, and the other two-letter ones ("ma do": both from a header).
    names = [(s.start, s.end) for s in spans if s.label == "NAME"]
    names += [(m.start(), m.end()) for m in found]
    starts, ends = sorted(a for a, _ in names), sorted(b for _, b in names)

    def any_in(values: list[int], lo: int, hi: int) -> bool:  # a value in [lo, hi]
        return lo <= hi and bisect_left(values, lo) < bisect_right(values, hi)

    for m in found:
        before = text[max(0, m.start() - 12) : m.start()]
        # Beside a name: the text between them is ",?[ ^]+" (a comma, then spaces or carets),
        # so a name ends in [the comma or the run's start, the run's end) before this part, or
        # starts in (the run's start, the run's end] after it.
        left = m.start()
        while left > 0 and text[left - 1] in " ^":
            left -= 1
        comma = left - (left > 0 and text[left - 1] == ",")
        after = m.end() + (text[m.end() : m.end() + 1] == ",")
        right = after
        while right < len(text) and text[right] in " ^":
            right += 1
        beside = (left < m.start() and any_in(ends, comma, m.start() - 1)) or (
            right > after and any_in(starts, after + 1, right)
        )
        if _SHORT_TITLE.search(before) or beside:
            yield Span(m.start(), m.end(), "NAME")


def _ages_after_names(text: str, spans: list[Span]) -> Iterator[Span]:
    """ "Ana Ruiz is 93 and ...": an age over 89 right after a name found."""
    for end in sorted({s.end for s in spans if s.label == "NAME"}):
        m = AGE_AFTER_NAME.match(text, end)
        if m:
            group = next(g for g in ("v", "c", "p") if m.group(g) is not None)
            yield Span(m.start(group), m.end(group), "AGE")


def _times_after_dates(text: str, spans: list[Span]) -> list[Span]:
    """A date's span grown over the time that follows it ("1989-10-28 12:36:06") and the weekday
    before it ("Mon 18 Apr 1949"); a name's over its caret-joined rest or a quoted nickname and
    the family name after it."""
    out = []
    for s in spans:
        if s.label == "DATE":
            m = TIME_AFTER_DATE.match(text, s.end)
            w = WEEKDAY_BEFORE_DATE.search(text[max(0, s.start - 12) : s.start])
            t = TIME_BEFORE_DATE.search(text[max(0, s.start - 16) : s.start])
            start = s.start - (len(w.group()) if w else len(t.group()) if t else 0)
            end = m.end() if m else s.end
            e = _ERA_AFTER_DATE.match(text, end)  # "14/09/2017 (E.C.)": the calendar's name
            s = Span(start, e.end() if e else end, "DATE")
        elif s.label == "AGE":  # "105 yrs 3 mos", "92 years old": the months, "old" belong to it
            for grows in _AGE_GROWS:  # each in turn, from where the one before left the span
                m = grows.match(text, s.end)
                if m:
                    s = Span(s.start, m.end(), "AGE")
        elif s.label == "NAME":
            m = NAME_CONTINUATION.match(text, s.end)
            if m:
                s = Span(s.start, m.end(), "NAME")
            before = NAME_PREFIX.search(text[max(0, s.start - 24) : s.start])
            after = NAME_SUFFIX.match(text, s.end)
            s = Span(s.start - (len(before.group()) if before else 0),
                     after.end() if after else s.end, "NAME")  # fmt: skip
        out.append(s)
    return out


def _around_dates(
    text: str, numbers: Iterable[tuple[int, int, str]], spans: list[Span]
) -> Iterator[Span]:
    """Number spans (see ``numbers``) less the dates found, so a date keeps its label and is
    shifted, not masked ("DOB 01/02/1933" is no identifier "DOB 01/02/1933"); what is left keeps
    the label if it still holds a digit ("@ 0550" after a date)."""
    # The dates' union, as sorted disjoint ranges: a number is cut by the ranges it overlaps
    # alone, found by bisection (each number asked of every date was quadratic, and so was
    # cutting one long token, "2024W01-2024W01-...", once per date inside it).
    union: list[list[int]] = []
    for a, b in sorted((s.start, s.end) for s in spans if s.label == "DATE"):
        if union and a <= union[-1][1]:
            union[-1][1] = max(union[-1][1], b)
        else:
            union.append([a, b])
    ends = [b for _, b in union]
    for start, end, label in numbers:
        pieces = []
        pos = start
        i = bisect_right(ends, start)  # the first range that ends after the number's start
        while i < len(union) and union[i][0] < end:
            a, b = union[i]
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
            i += 1
        if pos < end:
            pieces.append((pos, end))
        for a, b in pieces:
            piece = text[a:b]
            if any(c.isdigit() for c in piece):
                lead = len(piece) - len(piece.lstrip(" -/.,"))
                yield Span(a + lead, b - (len(piece) - len(piece.rstrip(" -/.,"))), label)


_PLAIN_NUMBER = re.compile(r"\d+(?:[.,\-]\d+)?")


def _clinical_number(text: str, span: Span) -> bool:
    return (
        span.label == "ID"
        and _PLAIN_NUMBER.fullmatch(text, span.start, span.end) is not None
        and clinical_value(text, span.start, span.end)
    )


# "105 yrs 3 mos", "92 yrs 2 mths", "107 ans et 11 mois", "101 years and 3 months" -- a joining
# word only after an age's unit ("91 and 6 months out from surgery" is an interval), and never
# before a word of time since ("3 months post stroke").
_MONTHS_AFTER_AGE = re.compile(
    r"(?:(?<=[^\W\d_])\.)?,?[ ]?(?:(?<=[^\W\d_])[ ](?i:and|et|y|e|und|en)[ ])?\d{1,2}[ ]?"
    r"(?i:m|mo|mos|mths?|months?|mois|mes|meses|mesi|monate?n?|maanden)(?![^\W\d_])"
    r"(?:,?[ ](?:(?i:and|et|y|e|und|en)[ ])?\d{1,2}[ ]?"
    r"(?i:d|days?|jours?|d[íi]as|giorni|tage?n?|dagen|dni)(?![^\W\d_]))?"
    r"(?![ ](?i:post|out|after|since|from|ago|follow)\b)"
)
# The calendar a date is written in, after it: "(E.C.)" (Ethiopian), "(A.H.)" (Hijri), "(B.E.)"
# (Buddhist era); bare only where no clinical abbreviation reads the same ("E.C.", "A.H.": not
# "ALI", acute lung injury, or "B.E.", base excess), and short ones ("1444 H", "2078 BS", "1918
# EC", "1402 SH") only where no value follows them ("BS 7.2" is a blood sugar). The short ones
# are clinical abbreviations too ("H&P", "H pylori", "SH: smoker", "BS present", "EC aspirin"):
# after a Hijri or Solar Hijri year (1300-1499, no Gregorian year in a record) "H", "AH" and
# "SH" are the era whatever follows; otherwise a short era ends its clause ("1918 EC;").
_ERA_AFTER_DATE = re.compile(
    r"[ ]?\((?:E\.?C\.?|A\.?H\.?|B\.?E\.?)\)|[ ](?:E\.C\.|A\.H\.)"
    r"|(?<=1[34]\d\d)[ ](?:AH|H|SH|S\.H\.)(?![\w.&])(?![ ]?[:=]?[ ]?[-+]?\d)"
    r"|[ ](?:B\.S\.|S\.H\.)(?![\w.])(?![ ]?[:=]?[ ]?[-+]?\d)"
    r"|[ ](?:AH|H|EC|SH|BS)(?![\w.&])(?![ ]?[:=,;]?[ ]?[-+]?\d)(?=[ ]{2}|[ ]?(?:[|;,)\]\n]|\Z))"
)
# A unit written onto the age, so the word "92y" is masked whole: "92y/o", "93yo", "95Y 3M 2D".
_UNIT_JOINED_TO_AGE = re.compile(
    r"(?<=\d)(?i:y/o|y\.o\.|yo|yrs?|y)(?![^\W\d_])"
    r"(?:[ ]\d{1,2}(?i:m)(?:[ ]\d{1,2}(?i:d))?(?![^\W\d_]))?"
)
# A sex after the age and its unit: "101Y/F", "95/M".
_SEX_AFTER_AGE = re.compile(r"(?<=[\dYy])/[FM](?![^\W\d_])")
# A unit of age in another language after the number ("109 aa.", "106 v.", "93 th", "92 aña",
# "103 سال"), the units ``numbers`` knows; only where the span ends in the number (an age that
# ``numbers`` found took its unit there already, trimmed of a closing period).
_UNIT_AFTER_AGE = re.compile(rf"(?<=\d)(?:{AGE_UNIT.pattern})")
# ... and before it: "l. 105" (Polish "lat"), "miaka 95" (Swahili), "F/94" (sex, then age).
_UNIT_BEFORE_AGE = re.compile(
    r"(?:(?<![^\W\d_])(?:l\.|miaka|shekaru|tausaga[ ]e)[ ]?|(?<![\w/])[FM][ ]?/[ ]?)\Z"
)
# "91 and a half", "96 anyos i medio", "92 años y medio", "93 anni e mezzo", "94 ans et demi".
_HALF_AFTER_AGE = re.compile(
    r"[ -](?:(?i:and)[ -](?i:a)[ -](?i:half)|(?i:y|i|e)[ ](?i:medio|mezzo|meio)|(?i:et)[ ](?i:demi)"
    r"|(?i:und)[ ](?i:halb))\b"
)
# "92 years old", "93 years of age".
_OLD_AFTER_AGE = re.compile(
    r"(?:[ -]+(?i:years?|yrs?|y))?(?:[ -]+(?i:old)\b|[ ](?i:of)[ ](?i:age)\b)"
)
# What grows an age's span, in this order: a unit after the number, its months, its fraction
# ("91 and a half"), "old" or "of age", a unit written onto the number (never both: a joined
# unit follows a digit), then a sex after it ("101Y/F").
_AGE_GROWS = (
    _UNIT_AFTER_AGE,
    _MONTHS_AFTER_AGE,
    _HALF_AFTER_AGE,
    _OLD_AFTER_AGE,
    _UNIT_JOINED_TO_AGE,
    _SEX_AFTER_AGE,
)
# A day and a month alone ("7/10", "6/8") after a score's key is a ratio, not a date.
_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:score|scale|grade|power|strength|pain|apgar|gcs|er|pr|her2|motor|vision|acuity"
    r"|murmur|reflexes|mrc|ratio|nihss|rest|movement|adls?|iadls?|katz|lawton|barthel|mmse|moca"
    r"|mini-cog|slums|braden|morse|frailty|tinetti|ishihara|amts|ctsi|berg|waterlow|tof|ishak"
    r"|fibrosis|rating|repeats|stop-bang|apfel|aldrete|beighton)\b)"
    r"[^.;\n]{0,30}\Z"
)


# A gene variant in HGVS or legacy notation: "c.5946delT", "c.1521_1523delCTT", "c.35G>A",
# "(p.Ser1982Argfs*22)", "F508del/G542X". Only the notation's own shapes: an identifier that merely
# starts like one ("c.1234567", "A123X45678") is no variant and stays masked.
_VARIANT = re.compile(
    r"\b[cgmnr]\.-?\d+(?:[+\-_]\d+)*(?:[ACGT]>[ACGT]|delins[ACGT]+|del[ACGT]*|dup[ACGT]*"
    r"|ins[ACGT]+)(?![\w>])"
    r"|\(?\bp\.\(?[A-Z][a-z]{2}\d+(?:[A-Z][a-z]{2})?(?:fs\*?\d*|\*\d*|=)?\)?\)?(?![\w*])"
    r"|\b(?:[A-Z][A-Z\d]{1,5}[ ])?[A-Z]\d{2,4}(?:del|dup|X|[A-Z])"
    r"(?:/[A-Z]\d{2,4}(?:del|dup|X|[A-Z]))?(?![\w*/])"
)
# What a count of things follows: "2/14 nodes", "6/10 sites", "10/5 mg" (not a day and month).
_COUNT_AFTER = re.compile(
    r"[ )]*(?i:nodes?|sites?|cores?|fractions?|samples?|specimens?|lesions?|biopsies|mg|mcg|g"
    r"|ml|units?|tablets?|cycles?|doses?|positive|negative)\b"
)
# A span of weeks or months in the UK way: "in 6/12", "for 3/12", "review in 2/52".
_DURATION = re.compile(r"(?i:\b(?:in|for|over|within|after)[ ])\d{1,2}/(?:12|52)\Z")
# The same before what is booked for then: "2/52 wound check", "3/12 clinic review".
_DURATION_BEFORE = re.compile(
    r"[ ](?i:wound|clinic|review|follow-?up|check|appointment|appt|telephone|opd|outpatient)\b"
)
_APGAR = re.compile(r"(?i:\bapgars?)[ :]*\Z")
_DATE_LEAD = re.compile(rf"(?i:\b(?:{DATE_CUES}|of))[ ]\Z")
# Visual acuity: "VA 6/9 right, 6/36 left", "pinhole 6/18" -- a Snellen fraction right after the
# key, with only eyes and other fractions between ("VA clinic on 6/18" is a date).
_EYE = r"(?i:right|left|r|l|od|os|ou|re|le|with|was)\b"
_ACUITY_BEFORE = re.compile(
    r"(?:\bVA|(?i:\bvisual[ ]acuity|\bacuity|\bpinhole|\bsnellen))"
    rf"(?:[ :,]+(?:{_EYE}|(?:6|20)/\d{{1,3}}))*[ :,]*\Z"
)


def _ratio_not_date(text: str, span: Span) -> bool:
    if span.label != "DATE":
        return False
    start, end = span.start, span.end
    value = text[start:end]
    if re.fullmatch(r"\d{1,2}/\d{1,2}", value) and (
        _SCORE_BEFORE.search(text[max(0, start - 40) : start])
        or _COUNT_AFTER.match(text, end)
        or _DURATION.search(text, max(0, start - 8), end)
    ):
        return True
    if re.fullmatch(r"(?:(?:10|\d)/){2}(?:10|\d)", value):  # "Apgar 7/9/10": three scores
        return _APGAR.search(text, max(0, start - 12), start) is not None
    if re.fullmatch(r"(?:6|20)/\d{1,3}", value) and _ACUITY_BEFORE.search(
        text, max(0, start - 48), start
    ):
        return True
    # "3/12 clinic review" (a "/52" is never a date): not after a date's cue ("on 13/12 clinic")
    return bool(
        re.fullmatch(r"\d{1,2}/12", value)
        and _DURATION_BEFORE.match(text, end)
        and not _DATE_LEAD.search(text, max(0, start - 8), start)
    )


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Union of overlapping spans; the merged span takes the longest member's label."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), _PRIORITY[s.label]))
    merged: list[Span] = []
    best: list[Span] = []  # the longest original span inside each merged one
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.label)
            if span.end - span.start > best[-1].end - best[-1].start:
                best[-1] = span
        else:
            merged.append(span)
            best.append(span)
    return [Span(m.start, m.end, b.label) for m, b in zip(merged, best, strict=True)]


def _possessive_trimmed(text: str, spans: list[Span]) -> list[Span]:
    """A name's possessive ending is no part of it: "Mr Cadwaladr's wife" keeps "'s"; but a name
    followed by another is one name ("Mose's Katie", a wife known by her husband's name)."""
    out: list[Span] = []
    for s in spans:
        if (
            s.label == "NAME"
            and s.end - s.start > 3
            and text[s.end - 2 : s.end] in ("'s", "\u2019s")
        ):
            s = Span(s.start, s.end - 2, s.label)
        if (
            out
            and s.label == out[-1].label == "NAME"
            and text[out[-1].end : s.start] in ("'s ", "\u2019s ")
        ):
            s = Span(out[-1].start, s.end, "NAME")
            out.pop()
        out.append(s)
    return out


# Dataset fields are short and repeat ("Is there a lesion?", "no"): a site's eight dataset files
# held 24,204 texts, 863 of them different. What the patterns find in a text depends on the text
# alone, so it is kept for short texts (not reports, which are long and each different).
_SHORT_TEXT = 200


@lru_cache(maxsize=8192)
def _short_text_spans(text: str) -> tuple[Span, ...]:
    return tuple(_text_spans(text))


def clear_caches() -> None:
    """Forget the cached texts and identifiers (a site's own text, PHI included): curation calls
    this when it ends, so a long-lived site process does not keep them in memory."""
    _short_text_spans.cache_clear()
    _known_patterns.cache_clear()
    _short_names_pattern.cache_clear()


def _text_spans(text: str) -> list[Span]:
    """The spans the patterns find in ``text``, before known identifiers and the safe list."""
    spans = list(_pattern_spans(text))
    read = ocr_folded(text)
    if read != text:  # what a pattern finds in the text as OCR meant it ("Pat1ent: ...")
        spans.extend(_pattern_spans(read))
    addresses = [(s.start, s.end) for s in spans if s.label == "ADDRESS"]
    spans = [s for s in spans if s.label != "ADDRESS"]
    spans.extend(Span(a, b, "ADDRESS") for a, b in extend_addresses(text, addresses))
    spans.extend(_around_dates(text, number_spans(text), spans))
    # A plain number before a unit or after a clinical key is a value ("50000 IU", "WBC 12500").
    spans = [s for s in spans if not _clinical_number(text, s) and not _ratio_not_date(text, s)]
    variants = [(m.start(), m.end()) for m in _VARIANT.finditer(text)]
    if variants:  # "c.5946delT", "F508del/G542X": a gene variant, not an identifier
        in_variant = _Containment(variants)
        spans = [s for s in spans if s.label != "ID" or not in_variant(s.start, s.end)]
    codes = hl7_codes(text)
    if codes:  # "71046" in OBR-4 is a procedure code
        in_code = _Containment(codes)
        spans = [s for s in spans if s.label != "ID" or not in_code(s.start, s.end)]
    return spans


# A short lower-case word between two name or place spans, a space on each side, goes with them:
# "Szpital w Kościerzynie", "Inchang ak Lenggang", "Rue 22 x Blaise Diagne", "Hospital n.a. N.A.
# Semashko" (a preposition, a particle or an abbreviation inside the name or address). Not a
# negation, which the name guesser's run of foreign words around it would take with it ("Dolor
# torácico no irradiado"), nor a word that joins two people or places ("Smith or Jones", "Smith
# vs Jones", "from Mary Smith to John Jones").
_BRIDGE = re.compile(
    r"[ ](?!(?:no|ne|nu|ni|or|vs|v\.|to|by|if|is|as)[ ])(?:[a-z]{1,2}\.?|[a-z]\.[a-z]\.)[ ]"
)
_BRIDGED = frozenset({"NAME", "ADDRESS", "INSTITUTION"})


def _bridged(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        left = out[-1] if out else None
        if (
            left is not None
            and left.label in _BRIDGED
            and s.label in _BRIDGED
            and _BRIDGE.fullmatch(text, left.end, s.start)
        ):
            out.append(Span(left.end + 1, s.start - 1, left.label))
        out.append(s)
    return out


def _units_before_ages(text: str, spans: list[Span]) -> list[Span]:
    """An age's span grown back over the unit or sex written before it ("l. 105", "F/94"), once
    the spans are merged: a span inside that prefix joins the age ("Softić, F/105": the "F" read
    as an initial), one that starts before it is left as it is ("Nowak F / 95": the "F" stays in
    the name, which keeps its label, and the age its own)."""
    out: list[Span] = []
    for s in spans:
        if s.label == "AGE":
            b = _UNIT_BEFORE_AGE.search(text, max(0, s.start - 10), s.start)
            if b:
                while out and out[-1].start >= b.start():
                    out.pop()
                if not out or out[-1].end <= b.start():
                    s = Span(b.start(), s.end, "AGE")
        out.append(s)
    return out


def find_phi(
    text: str,
    known: KnownIdentifiers | None = None,
    *,
    guess_names: bool = True,
    tag: bool = True,
) -> list[Span]:
    """Non-overlapping spans of ``text`` that hold PHI, in order.

    ``guess_names=False`` leaves out the safe-list detector and the tagger (for short coded
    header values, where a vendor or protocol name is not a person). A report (a text over 200
    characters) also goes through the learned tagger (``tagger``), which adds the tokens it reads
    as PHI to the rules' spans; ``tag=False`` gives the rules' spans alone (the tagger's own
    input, and the benchmark's side-by-side row).
    """
    spans = list(_short_text_spans(text) if len(text) <= _SHORT_TEXT else _text_spans(text))
    if known:
        folded = fold(text)
        for label, pattern in _known_patterns(known):
            spans.extend(Span(m.start(), m.end(), label) for m in pattern.finditer(folded))
        spans.extend(_short_name_spans(text, folded, known, spans))
    if guess_names:
        spans.extend(_safe_list_spans(text, spans))
    spans.extend(_ages_after_names(text, spans))
    spans = _possessive_trimmed(text, _merge(_times_after_dates(text, spans)))
    spans = _bridged(text, _units_before_ages(text, spans))
    if tag and guess_names and len(text) > _SHORT_TEXT:
        rule_spans = [(s.start, s.end, s.label) for s in spans]
        added = [Span(a, b, label) for a, b, label in tagged_spans(text, rule_spans)]
        if added:
            spans = _merge(spans + added)
    return spans


def scrub_text(
    text: str,
    known: KnownIdentifiers | None = None,
    *,
    date_offset: int | None = None,
    guess_names: bool = True,
    tag: bool = True,
) -> str:
    """``text`` with every PHI span replaced by its typed placeholder, e.g. ``[NAME]``.

    With ``date_offset`` (days, see ``dates.shift_days``), a full date becomes the shifted date
    in ISO form instead of ``[DATE]``; partial dates ("admitted 3/4") are always masked.
    """
    out: list[str] = []
    pos = 0
    for span in find_phi(text, known, guess_names=guess_names, tag=tag):
        out.append(text[pos : span.start])
        shifted = None
        if span.label == "DATE" and date_offset is not None:
            shifted = shifted_text(text[span.start : span.end], date_offset)
        out.append(shifted if shifted is not None else f"[{span.label}]")
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
