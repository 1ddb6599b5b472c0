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
reports; ``assets/phi_tagger.json`` records what it was trained on and its sha256. It was trained
on reports, so only texts over 200 characters go through it (reports, and any DICOM text or
dataset value as long); shorter ones (most dataset fields and header values) stay with the rules.
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
# The features ``_own`` and ``_window`` compute, as a version the builder records beside the model:
# a model trained on other features is refused rather than fed features it never saw.
FEATURES = 1
# A token is masked at this probability of PHI or above: chosen on the v17 lists (then left out of
# training) between 0.3, 0.5 and 0.7, for recall at a clinical precision cost of about a tenth of
# a point there (bench/README.md, "2026-12-07: a learned tagger beside the rules").
THRESHOLD = 0.5
# The token the tagger sees: a run of word characters, or one other non-space character.
TOKEN = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"\w")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_RUNS = re.compile("1+")
_LONG = 20  # a token this long or longer is one feature value, "LONG"
WINDOW = 2000  # tokens tagged as one sequence (a report is a few hundred)


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
        "dig": str(min(sum(c.isdigit() for c in word), 30)),  # a category, not a weight
        "len": str(min(len(word), 12)),
        "name": lex.is_name(word) if alpha else False,
        "safe": lex.is_safe(word) if alpha else False,
        "rule": rule,
    }


def _clean(text: str) -> str:
    """``text`` with each lone surrogate (JSON can carry one) as "?": CRFsuite takes UTF-8, and
    the offsets stay those of ``text``."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _window(
    text: str, tokens: Sequence[re.Match[str]], at: Sequence[str], lo: int, hi: int
) -> list[dict[str, Any]]:
    """Features of tokens[lo:hi], their neighbours read across the window's edges."""
    first, last = max(0, lo - 3), min(len(tokens), hi + 3)
    own = {j: _own(tokens[j].group(), at[tokens[j].start()]) for j in range(first, last)}
    n = len(tokens)
    out = []
    for i in range(lo, hi):
        m = tokens[i]
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
    return out


def _rule_at(text: str, rule_spans: Sequence[tuple[int, int, str]]) -> list[str]:
    at = ["O"] * len(text)
    for start, end, label in rule_spans:
        at[start:end] = [label] * (end - start)
    return at


def _prepared(
    text: str, rule_spans: Sequence[tuple[int, int, str]]
) -> tuple[str, list[re.Match[str]], list[str]]:
    """``text`` as CRFsuite can take it, its tokens, and the rules' label at each character."""
    text = _clean(text)
    return text, list(TOKEN.finditer(text)), _rule_at(text, rule_spans)


def features(
    text: str, rule_spans: Sequence[tuple[int, int, str]]
) -> tuple[list[re.Match[str]], list[dict[str, Any]]]:
    """The tokens of ``text`` and each one's features, given the rules' spans (start, end,
    label) on it. The builder trains on these; the site computes the same, a window of
    ``WINDOW`` tokens at a time."""
    text, tokens, at = _prepared(text, rule_spans)
    return tokens, _window(text, tokens, at, 0, len(tokens))


REBUILD = "python scripts/build_phi_tagger.py --docs 1500"  # from a MedFed source checkout


@functools.lru_cache(maxsize=1)
def _located() -> tuple[Path, dict[str, Any]]:
    """The model file and what it was trained on. The record (``phi_tagger.json``) is read from
    the first place that has one (the imported package, else the installed distribution); the
    model is the first file of that name whose sha256 is the one recorded there: a Flower app
    bundle carries the record but no binary files, and then the installed copy is used only if
    it is the model the bundle's code was made for. The digest checks integrity (a changed or
    truncated file), not who made it: the package is what the site pinned."""
    candidates = list(dict.fromkeys(asset_candidates("site_agent.curation", "assets")))
    records = [p / META_ASSET for p in candidates if (p / META_ASSET).is_file()]
    models = [p / MODEL_ASSET for p in candidates if (p / MODEL_ASSET).is_file()]
    if not records or not models:
        missing = " and ".join(
            name for name, found in ((MODEL_ASSET, models), (META_ASSET, records)) if not found
        )
        raise TaggerMissing(
            f"the PHI tagger's {missing} is missing from "
            + " and from ".join(str(p) for p in candidates)
            + f"; reinstall MedFed (or, from a source checkout, rebuild it: `{REBUILD}`)"
        )
    try:
        meta: dict[str, Any] = json.loads(records[0].read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise TaggerMissing(
            f"the PHI tagger's record {records[0]} cannot be read ({exc}); reinstall MedFed "
            f"(or, from a source checkout, rebuild it: `{REBUILD}`)"
        ) from exc
    if meta.get("features") != FEATURES:
        raise TaggerMissing(
            f"the PHI tagger in {records[0].parent} was trained on features version "
            f"{meta.get('features')}, this MedFed computes version {FEATURES}; reinstall MedFed "
            f"(or, from a source checkout, rebuild it: `{REBUILD}`)"
        )
    digests = {}
    for model in models:
        digests[model] = hashlib.sha256(model.read_bytes()).hexdigest()
        if digests[model] == meta.get("sha256"):
            return model, meta
    found = "; ".join(f"{p}: {d}" for p, d in digests.items())
    raise TaggerMissing(
        f"no PHI tagger model matches the sha256 {meta.get('sha256')} recorded in {records[0]} "
        f"({found}): a file was changed or comes from another MedFed version; reinstall MedFed"
    )


def model_path() -> Path:
    return _located()[0]


def model_meta() -> dict[str, Any]:
    """What the shipped model was trained on (``assets/phi_tagger.json``), its digest checked
    against the model file."""
    return _located()[1]


_local = threading.local()


def _tagger() -> Any:
    """One CRFsuite tagger a thread (a tagger holds the sequence it was last given)."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()  # model_path checks the digest before the file is used
        tagger.open(str(model_path()))
        _local.tagger = tagger
    return tagger


def phi_probabilities(
    text: str, rule_spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, float]]:
    """(start, end, probability of PHI) for every word token of ``text``, tagged a window of
    ``WINDOW`` tokens at a time (a long text's features are never all held at once)."""
    text, tokens, at = _prepared(text, rule_spans)
    if not tokens:
        return []
    tagger = _tagger()
    out: list[tuple[int, int, float]] = []
    for lo in range(0, len(tokens), WINDOW):
        hi = min(len(tokens), lo + WINDOW)
        tagger.set(_window(text, tokens, at, lo, hi))
        out.extend(
            (tokens[i].start(), tokens[i].end(), tagger.marginal("P", i - lo))
            for i in range(lo, hi)
            if _WORDS.match(tokens[i].group())
        )
    return out


def tagged_spans(
    text: str, rule_spans: Sequence[tuple[int, int, str]], threshold: float = THRESHOLD
) -> list[tuple[int, int, str]]:
    """What the tagger adds to the rules' spans, as (start, end, label): each token it marks as
    PHI (but not a lower-case word of the safe list: "No focal lesion is identified" keeps
    "lesion"), a number token widened to its whole number ("1.9", never "1.[ID]"), less what a rule
    span already covers, so the rules' spans keep their labels and dates their shift. "ID" for a
    part with a digit in it, else "NAME" (the tagger says PHI, not which kind)."""
    flagged = [False] * len(text)
    lex = lexicon()
    for start, end, p in phi_probabilities(text, rule_spans):
        word = text[start:end]
        if p >= threshold and not (word.islower() and lex.is_safe(word)):
            flagged[start:end] = [True] * (end - start)
    if not any(flagged):
        return []
    for m in _NUMBER.finditer(text):
        if any(flagged[m.start() : m.end()]):
            flagged[m.start() : m.end()] = [True] * (m.end() - m.start())
    for start, end, _label in rule_spans:
        flagged[start:end] = [False] * (end - start)
    out = []
    for m in _RUNS.finditer("".join("1" if f else "0" for f in flagged)):
        part = text[m.start() : m.end()]
        out.append((m.start(), m.end(), "ID" if any(c.isdigit() for c in part) else "NAME"))
    return out
