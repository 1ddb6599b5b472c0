"""De-identification benchmark: recall and precision of the text scrubber per PHI kind, and the
time to curate 1,000 studies with reports.

    .venv/bin/python bench/deid_recall.py [--docs 3000] [--studies 1000] [--seed 0]

Recall = PHI characters' tokens covered by a detected span / PHI tokens inserted (the corpus
generator, tests/phi_corpus.py, knows every span it inserted); precision = clinical words left
untouched / clinical words present (and apart, on the sentences with eponyms, devices and drug
names: Parkinson, Baker cyst, Foley catheter, Coumadin). Reported for four cells: development or
held-out templates x development or held-out names (names never looked at while the rules
changed). ``--misses`` breaks the missed name tokens down by script, casing, word list and line.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from phi_corpus import KINDS, Document, corpus  # noqa: E402

from site_agent.curation import curate_site, find_phi  # noqa: E402
from site_agent.curation.lexicon import lexicon  # noqa: E402

_TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    present: Counter[str] = field(default_factory=Counter)  # PHI tokens per kind
    removed: Counter[str] = field(default_factory=Counter)
    clinical: int = 0
    kept: int = 0
    eponym: int = 0  # clinical words of the eponym / device / drug sentences
    eponym_kept: int = 0
    missed_names: list[tuple[str, str, Document]] = field(default_factory=list)  # token, value
    masked_clinical: Counter[str] = field(default_factory=Counter)
    # Name tokens by whether the detector's word lists (philter-lite) know them as a name.
    listed: Counter[str] = field(default_factory=Counter)  # "listed" / "unlisted" -> present
    listed_removed: Counter[str] = field(default_factory=Counter)


def score(docs: list[Document]) -> Score:
    out = Score()
    lex = lexicon()
    for doc in docs:
        spans = find_phi(doc.text)
        covered = [False] * len(doc.text)
        for s in spans:
            covered[s.start : s.end] = [True] * (s.end - s.start)
        for start, end, kind in doc.phi:
            for m in _TOKEN.finditer(doc.text, start, end):
                out.present[kind] += 1
                hit = all(covered[m.start() : m.end()])
                out.removed[kind] += hit
                if kind == "NAME":
                    group = "listed" if lex.is_name(m.group()) else "unlisted"
                    out.listed[group] += 1
                    out.listed_removed[group] += hit
                if kind == "NAME" and not hit:
                    out.missed_names.append((m.group(), doc.text[start:end], doc))
        eponym = set(doc.eponym)
        for start, end in doc.clinical:
            kept = not any(covered[start:end])
            out.clinical += 1
            out.kept += kept
            if (start, end) in eponym:
                out.eponym += 1
                out.eponym_kept += kept
            if not kept:
                out.masked_clinical[doc.text[start:end]] += 1
    return out


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "-"


def _print(title: str, docs: list[Document]) -> Score:
    sc = score(docs)
    print(f"\n{title}: {len(docs)} documents")
    print(f"{'kind':<12} {'tokens':>7} {'removed':>8} {'recall':>8}")
    for kind in KINDS:
        if sc.present[kind]:
            print(f"{kind:<12} {sc.present[kind]:>7} {sc.removed[kind]:>8} "
                  f"{_pct(sc.removed[kind], sc.present[kind]):>8}")  # fmt: skip
    total, hit = sum(sc.present.values()), sum(sc.removed.values())
    print(f"{'ALL':<12} {total:>7} {hit:>8} {_pct(hit, total):>8}")
    print(f"clinical words kept: {sc.kept}/{sc.clinical} = {_pct(sc.kept, sc.clinical)} precision"
          f"; of them eponym/device/drug sentences: {sc.eponym_kept}/{sc.eponym} = "
          f"{_pct(sc.eponym_kept, sc.eponym)}")  # fmt: skip
    print("name tokens in the detector's name lists: "
          f"{_pct(sc.listed_removed['listed'], sc.listed['listed'])} of {sc.listed['listed']}; "
          f"not in them: {_pct(sc.listed_removed['unlisted'], sc.listed['unlisted'])} of "
          f"{sc.listed['unlisted']}")  # fmt: skip
    return sc


def _script(token: str) -> str:
    if token.isascii():
        return "ASCII Latin"
    if all("LATIN" in unicodedata.name(c, "") or c.isascii() for c in token):
        return "accented Latin"
    return "non-Latin script"


def _casing(token: str) -> str:
    if token.islower():
        return "lower"
    if token.isupper():
        return "upper" if len(token) > 1 else "initial"
    return "title" if token[:1].isupper() else "other"


def _misses(sc: Score) -> None:
    """Where the missed name tokens come from, to fix the rules generally, not word by word."""
    lex = lexicon()
    by: dict[str, Counter[str]] = {k: Counter() for k in ("script", "casing", "lexicon", "line")}
    for token, _value, _doc in sc.missed_names:
        by["script"][_script(token)] += 1
        by["casing"][_casing(token)] += 1
        where = ("safe word" if lex.is_safe(token) else "not safe") + (
            " + name list" if lex.is_name(token) else ""
        )
        by["lexicon"][where] += 1
    for _token, value, doc in sc.missed_names:
        i = doc.text.find(value)
        line_start = max(doc.text.rfind(". ", 0, i), doc.text.rfind("\n", 0, i)) + 1
        line_end = doc.text.find(".", i + len(value))
        by["line"][doc.text[line_start : line_end + 1].strip().replace(value, "{NAME}")] += 1
    print(f"\nmissed name tokens: {len(sc.missed_names)}")
    for key, counts in by.items():
        top = counts.most_common(12 if key == "line" else None)
        print(f"  by {key}: " + "; ".join(f"{k} {v}" for k, v in top))
    tokens = Counter(t for t, _, _ in sc.missed_names)
    print("  tokens: " + ", ".join(f"{t} {n}" for t, n in tokens.most_common(40)))
    if sc.masked_clinical:
        print("  clinical words masked: " + ", ".join(
            f"{w} {n}" for w, n in sc.masked_clinical.most_common(30)))  # fmt: skip


def _timing(studies: int, seed: int) -> None:
    from simulation.synth import synthesize

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        summary = synthesize(root / "h", sites=1, studies_per_site=studies, seed=seed)
        t1 = time.perf_counter()
        report = curate_site(
            root / "h" / summary.sites[0], root / "out", b"bench-secret-0123456789"
        )
        t2 = time.perf_counter()
    print(f"\nsynthesized {studies} studies in {t1 - t0:.1f} s; curated in {t2 - t1:.1f} s "
          f"({report.dicom_deidentified} DICOM, {report.reports_scrubbed} reports, "
          f"{report.images_copied} images, {report.dataset_files} dataset files)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--studies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", action="store_true", help="break down the missed name tokens")
    args = parser.parse_args()
    t0 = time.perf_counter()
    docs = corpus(args.docs, seed=args.seed)
    cells = (
        ("development templates, development names", False, False),
        ("development templates, held-out names", False, True),
        ("held-out templates, development names", True, False),
        ("held-out templates, held-out names", True, True),
    )
    names = []
    whole = Score()
    for title, held_out, held_out_names in cells:
        part = [d for d in docs if d.held_out == held_out and d.held_out_names == held_out_names]
        sc = _print(title, part)
        names.append((title, sc.removed["NAME"], sc.present["NAME"]))
        whole.present += sc.present
        whole.removed += sc.removed
        whole.clinical += sc.clinical
        whole.kept += sc.kept
        whole.eponym += sc.eponym
        whole.eponym_kept += sc.eponym_kept
        if args.misses:
            _misses(sc)
    print("\nnames recall:")
    for title, hit, total in names:
        print(f"  {title:<45} {hit:>5}/{total:<5} {_pct(hit, total):>8}")
    total, hit = sum(whole.present.values()), sum(whole.removed.values())
    print(f"all {len(docs)} documents: all kinds {_pct(hit, total)}, names "
          f"{_pct(whole.removed['NAME'], whole.present['NAME'])}, clinical precision "
          f"{_pct(whole.kept, whole.clinical)} (eponym/device/drug sentences "
          f"{_pct(whole.eponym_kept, whole.eponym)})")  # fmt: skip
    fresh = _print(
        "fresh lists (templates, names, eponyms)", corpus(args.docs, args.seed, fresh=True)
    )
    if args.misses:
        _misses(fresh)
    final = _print(
        "final lists (templates, names, eponyms)", corpus(args.docs, args.seed, final=True)
    )
    if args.misses:
        _misses(final)
    print(f"(scored in {time.perf_counter() - t0:.1f} s)")
    if args.studies:
        _timing(args.studies, args.seed)


if __name__ == "__main__":
    main()
