"""Which option a free-text answer to a multiple-choice question picks, if exactly one.

`parse_choice(prediction, options)` returns the option index or None. It tries, in order:

0. The whole answer equal, after normalisation, to exactly one option's text ("E. coli" picks
   the option "E. coli", not option E).
1. Option labels. An answer phrase ("Answer:", "The answer is", "option", "choice") is skipped,
   then what is left is read as
   - labels only: "B", "(b)", "B.", "A or B", "A, C" (case-insensitive), or
   - a leading label before text: "B) aspirin", "(B) aspirin", "B. aspirin", "B: aspirin"
     (a bare "a." is only read as a label in upper case, since "a" is also an article), plus
     any further "(C)", "C)" or "or C" labels after it.
   When label syntax is found, the answer picks an option only if exactly one distinct label
   was named and it is one of the options' labels; the label wins over any text after it.
2. Option text, when no label syntax was found: the options whose normalised words appear as
   a contiguous run in the answer's words, dropping any that is part of a longer matched
   option ("aspirin" when "aspirin and clopidogrel" also matched). Exactly one must remain.

Anything else (empty, unparsable, or naming two options) is None, which scoring counts as a miss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evaluation.items import option_labels
from evaluation.normalize import answer_tokens, normalize_answer

_ANSWER_PHRASE = re.compile(
    r"\b(?:answer|option|choice)\b(?:\s+is\b)?(?:\s*[:\-])?\s*", flags=re.IGNORECASE
)
_ONE_LABEL = r"\(?\s*[A-Za-z]\s*\)?[.:)]?"
_LABELS_ONLY = re.compile(
    rf"{_ONE_LABEL}(?:\s*(?:,|/|&|\bor\b|\band\b)\s*{_ONE_LABEL})*\s*[.!]?",
    flags=re.IGNORECASE,
)
_SINGLE_LETTER = re.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")
_LEADING_LABEL = re.compile(r"^(?:\(([A-Za-z])\)|([A-Za-z])\)|([A-Z])[.:])(?=\s|$)")
_FURTHER_LABEL = re.compile(
    r"\(([A-Z])\)|(?<![A-Za-z])([A-Z])\)|\b(?:or|and)\s+\(?([A-Z])(?![A-Za-z])"
)


def _after_answer_phrase(text: str) -> str:
    match = _ANSWER_PHRASE.search(text)
    if match is None:
        return text
    return text[match.end() :].strip()


def label_mentions(prediction: str) -> set[str] | None:
    """Upper-case labels the answer names, or None when it uses no label syntax at all."""
    rest = _after_answer_phrase(prediction.strip())
    if not rest:
        return None
    if _LABELS_ONLY.fullmatch(rest):
        return {m.upper() for m in _SINGLE_LETTER.findall(rest)}
    leading = _LEADING_LABEL.match(rest)
    if leading is None:
        return None
    found = {next(g for g in leading.groups() if g).upper()}
    for match in _FURTHER_LABEL.finditer(rest, leading.end()):
        found.add(next(g for g in match.groups() if g))
    return found


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    n = len(run)
    return any(list(words[i : i + n]) == list(run) for i in range(len(words) - n + 1))


def equal_option_text(prediction: str, options: Sequence[str]) -> list[int]:
    """Indices of the options whose normalised text is the normalised answer."""
    said = normalize_answer(prediction)
    return [i for i, o in enumerate(options) if said and normalize_answer(o) == said]


def contained_option_text(prediction: str, options: Sequence[str]) -> int | None:
    """The one option whose words the answer contains (step 2 of the module docstring)."""
    words = answer_tokens(prediction)
    option_words = [answer_tokens(o) for o in options]
    matched = [i for i, ow in enumerate(option_words) if ow and _contains_run(words, ow)]
    outermost = [
        i
        for i in matched
        if not any(
            j != i
            and len(option_words[j]) > len(option_words[i])
            and _contains_run(option_words[j], option_words[i])
            for j in matched
        )
    ]
    return outermost[0] if len(outermost) == 1 else None


def parse_choice(prediction: str, options: Sequence[str]) -> int | None:
    """The index of the option the answer picks, None when it picks none or several."""
    labels = option_labels(len(options))
    equal = equal_option_text(prediction, options)
    if equal:
        return equal[0] if len(equal) == 1 else None
    named = label_mentions(prediction)
    if named is not None:
        if len(named) != 1:
            return None
        (label,) = named
        return labels.index(label) if label in labels else None
    return contained_option_text(prediction, options)
