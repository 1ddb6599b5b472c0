"""PHI scrubbing for free-text reports: regular expressions, context words and known identifiers.

No maintained library does this offline without model downloads (presidio and scrubadub's name
detection need spaCy/NLTK/Stanford models, philter is unmaintained), so this is a rule-based
scrubber in the style of the de-identification literature: pattern detectors for e-mails, URLs,
phone numbers, dates, record numbers and other IDs, street addresses and ages over 89 (HIPAA Safe
Harbor aggregates those), context detectors for names ("Patient:", "Dr.", "signed by", ...), and
exact matching of identifiers the caller already knows, e.g. from the DICOM header of the same
study. Every detector proposes spans on the original text; overlapping spans are merged, so each
character flagged by any detector is replaced, by one typed placeholder like ``[NAME]``.

Rules miss what they were not written for (a name with no context word and no header entry, a
nickname): run it with the header identifiers wherever there are some.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

LABELS = ("EMAIL", "URL", "PHONE", "DATE", "MRN", "ID", "ADDRESS", "INSTITUTION", "AGE", "NAME")
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


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_STREET_KIND = (
    r"(?i:avenue|ave|street|st|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|row|alley|plaza)\b\.?"
)
_CAP = r"[A-Z][A-Za-z'\u2019-]*"
_STREET = rf"\b\d{{1,6}}[ ]+(?:{_CAP}\.?[ ]+){{1,4}}{_STREET_KIND}"
_UNIT = r"(?:,?[ ]+(?i:apt|apartment|suite|ste|unit|#)\.?[ ]*[\w-]+)?"
_CITY_STATE_ZIP = (
    rf"(?:,[ ]*(?:{_CAP}[ ]?){{1,3}})?(?:,?[ ]*[A-Z]{{2}}\b)?(?:[ ]+\d{{5}}(?:-\d{{4}})?\b)?"
)
# A name: a capitalised word, then up to three more words or initials joined by one space.
_NAME_WORD = r"(?:[A-Z][a-zA-Z'\u2019-]+)"
_NAME_PART = r"(?:[A-Z][a-zA-Z'\u2019-]+|[A-Z]\.?)"
# Titles and the labels of header forms ("..., DOB 01/02/1933") are never part of a name.
_NOT_NAME = (
    r"(?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|Doctor)\b"
    r"|(?i:dob|mrn|sex|age|id|date|accession|phone|tel|email|address|born)\b)"
)
_NAME = rf"{_NOT_NAME}{_NAME_WORD}(?:,?[ ]{_NOT_NAME}{_NAME_PART}){{0,3}}"
_NAME_CONTEXT = (
    r"(?i:\b(?:patient(?:'s)?[ ]name|patient|pt|name|guardian|next[ ]of[ ]kin|emergency[ ]contact)"
    r"[ ]*[:\-][ ]*"
    r"|\b(?:dr|doctor|mr|mrs|ms|mx|miss|prof)\.?[ ]+"
    r"|\b(?:referring[ ]physician|attending|radiologist|reading[ ]physician|physician|reader)"
    r"[ ]*:?[ ]+"
    r"|\b(?:signed|dictated|transcribed|reported|read|referred|requested|ordered|reviewed|seen)"
    r"[ ]by[ ]+"
    r"|\b(?:report|images|results)[ ]for[ ]+"
    r"|\b(?:discussed|spoke|spoken|talked|reviewed)\b[^.\n]{0,40}?\bwith[ ]+)"
)
_MRN_CONTEXT = r"(?i:\bMRN|\bmedical[ ]record[ ](?:number|no\.?|#))[ ]*[:#]?[ ]*"
_ID_CONTEXT = (
    r"(?i:\b(?:accession|acc|patient[ ]id|id|ssn|social[ ]security|account|acct|insurance|policy"
    r"|member|encounter|license|device[ ]serial)(?:[ ]*(?:number|no\.?|#))?)[ ]*[:#]?[ ]*"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern))
    for label, pattern in (
        ("EMAIL", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
        ("URL", r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]"),
        ("PHONE", r"(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\w)"),
        ("DATE", r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+\d{{4}}\b"),
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MONTH},?[ ]+\d{{4}}\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{4}}\b"),
        ("DATE", r"\b(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),
        ("MRN", rf"{_MRN_CONTEXT}(?P<v>[A-Z0-9-]*\d[A-Z0-9-]*)"),
        ("ID", rf"{_ID_CONTEXT}(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{{3,}})"),
        ("ADDRESS", rf"{_STREET}{_UNIT}{_CITY_STATE_ZIP}"),
        ("ADDRESS", r"\b(?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+,[ ]*[A-Z]{2}[ ]+\d{5}(?:-\d{4})?\b"),
        ("ADDRESS", r"(?i:\bP\.?O\.?[ ]box[ ]+\d+)"),
        (
            "INSTITUTION",
            rf"\b(?:{_CAP}\.?[ ]+){{1,5}}(?i:hospital|medical[ ]cent(?:er|re)|clinic|infirmary"
            r"|health[ ]system|health[ ]cent(?:er|re)|medical[ ]group)\b",
        ),
        ("AGE", r"\b(?P<v>9\d|1[0-4]\d)(?=[ -]*(?:years?\b|yrs?\b|y/o\b|yo\b|y\.o\.))"),
        ("AGE", r"(?i:\baged?[ ]*:?[ ]*)(?P<v>9\d|1[0-4]\d)\b"),
        ("NAME", rf"{_NAME_CONTEXT}(?P<v>{_NAME})"),
    )
)
# Any token with six or more digits: record or accession numbers that have no context word.
_DIGIT_TOKEN = re.compile(r"\b[A-Za-z]{0,4}\d[\d-]*\d\b")


def _pattern_spans(text: str) -> Iterator[Span]:
    for label, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            group = "v" if "v" in pattern.groupindex else 0
            if m.start(group) < m.end(group):
                yield Span(m.start(group), m.end(group), label)
    for m in _DIGIT_TOKEN.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 6:
            yield Span(m.start(), m.end(), "ID")


def _literal(value: str, *, flexible_separators: bool) -> str:
    if flexible_separators:  # "69747770" also as "6974-7770" or "6974 7770"
        chars = [re.escape(c) for c in value if c.isalnum()]
        return r"[ -]?".join(chars)
    return r"\s+".join(re.escape(word) for word in value.split())


def _known_patterns(known: KnownIdentifiers) -> Iterator[tuple[str, re.Pattern[str]]]:
    groups: tuple[tuple[str, Iterable[str], int, bool], ...] = (
        ("NAME", known.names, 2, False),
        ("MRN", known.patient_ids, 5, True),
        ("ID", known.other_ids, 5, True),
        ("INSTITUTION", known.institutions, 4, False),
        ("ADDRESS", known.addresses, 4, False),
    )
    for label, values, min_len, flexible in groups:
        usable = sorted(
            {v.strip() for v in values if len(v.strip()) >= min_len}, key=len, reverse=True
        )
        if usable:
            body = "|".join(_literal(v, flexible_separators=flexible) for v in usable)
            yield label, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


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


def find_phi(text: str, known: KnownIdentifiers | None = None) -> list[Span]:
    """Non-overlapping spans of ``text`` that hold PHI, in order."""
    spans = list(_pattern_spans(text))
    for label, pattern in _known_patterns(known or KnownIdentifiers()):
        spans.extend(Span(m.start(), m.end(), label) for m in pattern.finditer(text))
    return _merge(spans)


def scrub_text(text: str, known: KnownIdentifiers | None = None) -> str:
    """``text`` with every PHI span replaced by its typed placeholder, e.g. ``[DATE]``."""
    out: list[str] = []
    pos = 0
    for span in find_phi(text, known):
        out.append(text[pos : span.start])
        out.append(f"[{span.label}]")
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
