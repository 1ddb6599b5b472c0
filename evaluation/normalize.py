"""Answer normalisation shared by every metric, after the VQA / LLaVA-Med evaluation scripts.

`normalize_answer` applies, in order:

1. Unicode NFKC and lowercase.
2. Punctuation becomes a space ("x-ray" -> "x ray", "left/right" -> "left right",
   "yes." -> "yes"), except a decimal point between two digits ("2.5" stays "2.5"). Both the
   gold and the predicted answer go through the same mapping, so a hyphenated term still
   matches itself.
3. The articles "a", "an" and "the" are dropped as whole words.
4. The number words "zero" .. "ten" become digits, so "two" and "2" compare equal (the VQA
   script's mapping, without its "none" -> "0", which would make "none" mean zero).
5. Whitespace is collapsed to single spaces and trimmed.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = frozenset({"a", "an", "the"})
NUMBER_WORDS: dict[str, str] = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}

# A decimal point between digits survives; any other punctuation or symbol becomes a space.
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_DECIMAL_MARK = "\x00"


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def strip_punctuation(text: str) -> str:
    """Every punctuation / symbol character replaced by a space, decimal points kept."""
    protected = _DECIMAL_POINT.sub(_DECIMAL_MARK, text)
    spaced = "".join(" " if _is_punctuation(ch) else ch for ch in protected)
    return spaced.replace(_DECIMAL_MARK, ".")


def answer_tokens(text: str) -> list[str]:
    """The normalised words of an answer (see the module docstring for the steps)."""
    lowered = unicodedata.normalize("NFKC", text).lower()
    words = strip_punctuation(lowered).split()
    return [NUMBER_WORDS.get(w, w) for w in words if w not in ARTICLES]


def normalize_answer(text: str) -> str:
    """`answer_tokens` joined by single spaces: "The X-ray shows TWO nodules." -> "x ray shows
    2 nodules"."""
    return " ".join(answer_tokens(text))
