"""Word lists from philter-lite (UCSF Philter's maintained fork): a safe list and name lists.

Philter de-identifies by a safe list: every word that is not a known English or clinical word is
treated as PHI. philter-lite's own engine cannot run offline (it calls NLTK's part-of-speech
tagger, whose model is not a PyPI package and must be downloaded at run time), so only its data is
used here, read straight from the installed package without importing it (its import pulls in
NLTK and parses every filter file): ``nonames`` (about 195,000 English and medical words that are
never names), and the ``firstnames`` / ``lastnames`` lists, which tell which safe words (Rose,
Brown, Mark) can also be names.
"""

from __future__ import annotations

import importlib.util
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE = "philter_lite"


class LexiconError(RuntimeError):
    """philter-lite is not installed, or its word lists do not have the expected shape."""


@dataclass(frozen=True)
class Lexicon:
    safe: frozenset[str]  # lower case words that are not PHI on their own
    first_names: frozenset[str]
    last_names: frozenset[str]

    def is_safe(self, word: str) -> bool:
        low = word.lower()
        return low in self.safe or self._derived(low)

    def _derived(self, low: str) -> bool:
        """A clinical prefix on a safe word, inflected or not ("microbleeds", "hypoenhancing",
        "periportal"), and no name of the name lists."""
        if low in self.first_names or low in self.last_names:
            return False
        for prefix in _PREFIXES:
            rest = low[len(prefix) :]
            if low.startswith(prefix) and len(rest) >= 4 and self._inflected(rest):
                return True
        return False

    def _inflected(self, word: str) -> bool:
        return word in self.safe or any(
            word.endswith(e) and len(word) - len(e) >= 4 and word[: -len(e)] in self.safe
            for e in _ENDINGS
        )

    def is_name(self, word: str) -> bool:
        low = word.lower()
        return low in self.first_names or low in self.last_names


# Clinical prefixes and inflections that make new words of safe ones ("micro" + "bleeds").
_PREFIXES = (
    "micro", "macro", "hyper", "hypo", "peri", "para", "intra", "inter", "sub", "supra", "trans",
    "pseudo", "poly", "hemi", "post", "pre", "non", "anti", "multi", "semi", "endo", "epi", "extra",
    "infra", "retro", "dys", "mega", "neuro", "cardio", "osteo", "hepato", "nephro", "gastro",
    "pneumo", "angio", "myo", "leuko", "erythro", "thrombo", "lympho",
)  # fmt: skip
_ENDINGS = ("s", "es", "ed", "ing", "ly")

# Words the safe list lacks but that clinical reports and dataset fields use as plain words.
_EXTRA_SAFE = frozenset(
    {
        "pt", "dob", "mrn", "hx", "sx", "dx", "rx", "tx", "fx", "yo", "y/o", "pa", "ap", "lat",
        "ct", "mri", "mr", "xr", "cxr", "us", "pet", "spect", "dicom", "pacs", "vqa", "rad",
        "slake", "llava", "med", "png", "jpg", "jpeg", "gpt", "closed", "open", "freeform",
    }
)  # fmt: skip


def _set_file() -> Path:
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise LexiconError(f"{PACKAGE} is not installed (pip install philter-lite==0.6.0)")
    path = Path(next(iter(spec.submodule_search_locations))) / "filters" / "set.toml"
    if not path.is_file():
        raise LexiconError(f"{PACKAGE}: word lists not found at {path}")
    return path


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, parsed once per process (about 0.8 s)."""
    path = _set_file()
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    lists: dict[str, frozenset[str]] = {}
    for key in ("nonames", "firstnames", "lastnames"):
        words = data.get(key)
        if not isinstance(words, list) or len(words) < 1000:
            raise LexiconError(f"{path}: list {key!r} is missing or too short")
        lists[key] = frozenset(str(w).lower() for w in words if w)
    return Lexicon(
        safe=lists["nonames"] | _EXTRA_SAFE,
        first_names=lists["firstnames"],
        last_names=lists["lastnames"],
    )
