"""A learned token tagger beside the rules: a linear-chain CRF (CRFsuite, through python-crfsuite)
that marks the tokens of a report the rules left alone but that read as PHI.

The rules (``scrub_text``) know the phrasings they were written for; a new site's reports use
others. The tagger sees each token's own shape (case, script, digits, prefixes and suffixes,
whether philter-lite's lists know it as a name or a safe word), the words around it, and what the
rules made of it and of its neighbours, and gives each token a probability of being PHI. A token
at or above ``THRESHOLD`` is masked; the rules' spans are never taken back, so the tagger can
only add to what is removed.

The shipped model (``assets/phi_tagger.crfsuite``) was trained by ``scripts/build_phi_tagger.py``
on the PHI corpus generator's development lists (every list the rules were developed on, other
seeds than the benchmark's rows) and never on the held-out lists that ``bench/deid_recall.py``
reports; ``assets/phi_tagger.json`` records what it was trained on and its digest. Reports only:
dataset fields and header values (200 characters or fewer) stay with the rules, as the tagger was
trained on reports.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from model.shipped import asset_candidates
from site_agent.curation.lexicon import lexicon

MODEL_ASSET = "phi_tagger.crfsuite"
META_ASSET = "phi_tagger.json"
# A token is masked at this probability of PHI or above: chosen on the v17 lists (the former
# held-out row) with a tagger trained without them, for recall at a clinical precision cost of
# under half a point there (bench/README.md, "A learned tagger beside the rules").
THRESHOLD = 0.5
# The token the tagger sees: a run of word characters, or one other non-space character.
TOKEN = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"\w")
_LONG = 20  # a token this long or longer is one feature value, "LONG"


class TaggerMissing(FileNotFoundError):
    """The tagger's model file is not where it should be."""


def _shape(word: str) -> str:
    """ "Xx" for "Smith", "d" for "1999", "X-d" for "M-12": runs of one character class."""
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:8]


def _script(word: str) -> str:
    c = next((ch for ch in word if ch.isalpha()), "")
    if not c:
        return "none"
    if c.isascii():
        return "ascii"
    return unicodedata.name(c, "?").split()[0]


def _own(word: str, rule: str) -> dict[str, Any]:
    low = word.lower()
    lex = lexicon()
    alpha = word.isalpha()
    return {
        "low": low if len(low) < _LONG else "LONG",
        "sh": _shape(word),
        "p1": low[:1],
        "p2": low[:2],
        "p3": low[:3],
        "s1": low[-1:],
        "s2": low[-2:],
        "s3": low[-3:],
        "s4": low[-4:],
        "scr": _script(word),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "mix": any(c.isdigit() for c in word) and any(c.isalpha() for c in word),
        "dig": min(sum(c.isdigit() for c in word), 30),
        "len": min(len(word), 12),
        "name": lex.is_name(word) if alpha else False,
        "safe": lex.is_safe(word) if alpha else False,
        "rule": rule,
    }


def features(
    text: str, rule_spans: Sequence[tuple[int, int, str]]
) -> tuple[list[re.Match[str]], list[dict[str, Any]]]:
    """The tokens of ``text`` and each one's features, given the rules' spans (start, end,
    label) on it. The builder and the site call this same function."""
    at = ["O"] * len(text)
    for start, end, label in rule_spans:
        at[start:end] = [label] * (end - start)
    tokens = list(TOKEN.finditer(text))
    own = [_own(m.group(), at[m.start()]) for m in tokens]
    out = []
    n = len(tokens)
    for i, m in enumerate(tokens):
        f = dict(own[i])
        if i:
            f["bi-"] = own[i - 1]["low"] + "|" + own[i]["low"]
        if i + 1 < n:
            f["bi+"] = own[i]["low"] + "|" + own[i + 1]["low"]
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if not 0 <= j < n:
                f[f"{d}:low"] = "<B>"
                continue
            b = own[j]
            f[f"{d}:low"] = b["low"]
            if abs(d) <= 2:
                f[f"{d}:sh"] = b["sh"]
                f[f"{d}:rule"] = b["rule"]
            if abs(d) == 1:
                f[f"{d}:title"] = b["title"]
                f[f"{d}:name"] = b["name"]
                f[f"{d}:scr"] = b["scr"]
        f["nl"] = "\n" in text[tokens[i - 1].end() if i else 0 : m.start()]
        out.append(f)
    return tokens, out


def _asset_dir() -> Path:
    """The first place holding both of the tagger's files (the imported package, else the
    installed distribution: a Flower app bundle carries no binary files)."""
    candidates = asset_candidates("site_agent.curation", "assets")
    for path in candidates:
        if (path / MODEL_ASSET).is_file() and (path / META_ASSET).is_file():
            return path
    raise TaggerMissing(
        f"the PHI tagger's model is missing: no {MODEL_ASSET} and {META_ASSET} in "
        + " or ".join(str(p) for p in dict.fromkeys(candidates))
        + "; reinstall MedFed, or rebuild it with `python scripts/build_phi_tagger.py`"
    )


def model_path() -> Path:
    return _asset_dir() / MODEL_ASSET


@functools.lru_cache(maxsize=1)
def model_meta() -> dict[str, Any]:
    """What the shipped model was trained on (``assets/phi_tagger.json``), its digest checked
    against the model file."""
    path = model_path()
    meta_path = path.with_name(META_ASSET)
    meta: dict[str, Any] = json.loads(meta_path.read_text())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if meta.get("sha256") != digest:
        raise TaggerMissing(
            f"the PHI tagger's model {path} has sha256 {digest}, but {meta_path} records "
            f"{meta.get('sha256')}: the file was changed; reinstall MedFed"
        )
    return meta


_local = threading.local()


def _tagger() -> Any:
    """One CRFsuite tagger a thread (a tagger holds the sequence it was last given)."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import pycrfsuite

        model_meta()  # the digest is checked before the file is used
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path()))
        _local.tagger = tagger
    return tagger


def phi_probabilities(
    text: str, rule_spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, float]]:
    """(start, end, probability of PHI) for every word token of ``text``."""
    tokens, feats = features(text, rule_spans)
    if not tokens:
        return []
    tagger = _tagger()
    tagger.set(feats)
    return [
        (m.start(), m.end(), tagger.marginal("P", i))
        for i, m in enumerate(tokens)
        if _WORDS.match(m.group())
    ]


def tagged_spans(
    text: str, rule_spans: Sequence[tuple[int, int, str]], threshold: float = THRESHOLD
) -> list[tuple[int, int, str]]:
    """Tokens the tagger marks as PHI that no rule span covers, as (start, end, label): "ID"
    for a token with a digit in it, else "NAME" (the tagger says PHI, not which kind)."""
    covered = [False] * len(text)
    for start, end, _label in rule_spans:
        covered[start:end] = [True] * (end - start)
    out = []
    for start, end, p in phi_probabilities(text, rule_spans):
        if p >= threshold and not all(covered[start:end]):
            label = "ID" if any(c.isdigit() for c in text[start:end]) else "NAME"
            out.append((start, end, label))
    return out
