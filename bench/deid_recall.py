"""De-identification benchmark: recall and precision of the text scrubber per PHI kind, and the
time to curate 1,000 studies with reports.

    .venv/bin/python bench/deid_recall.py [--docs 3000] [--studies 1000] [--seed 0]

Recall = PHI characters' tokens covered by a detected span / PHI tokens inserted (the corpus
generator, tests/phi_corpus.py, knows every span it inserted); precision = clinical words left
untouched / clinical words present (and apart, on the sentences with eponyms, devices and drug
names: Parkinson, Baker cyst, Foley catheter, Coumadin); clinical numbers kept = number tokens of
the clinical sentences (sizes, doses, levels such as T12 or L4-L5, scores, lab values) that no
detected span overlaps / such tokens present. Reported for four cells: development or held-out
templates x development or held-out names (names never looked at while the rules changed).
``--misses`` breaks the missed name tokens down by script, casing, word list and line.

Two groups of rows: development (``--seed``, default 0: the four cells above and the fresh and
final lists; the blind lists with their own seed ``BLIND_SEED`` and the v3 to v21 lists with
theirs, ``V3_SEED`` ... ``V21_SEED``, all former held-out rows; all of them tuned on by now) and
held-out (the v22 lists of templates, names, clinical and eponym sentences, generated with their
own seed ``V22_SEED``, written by a hand that had not read the scrubber, and not run while the
scrubber is made). The scrubber is the rules and the learned tagger beside them
(``site_agent.curation.tagger``, trained by ``scripts/build_phi_tagger.py`` on the development
lists with other seeds, never on v22); the held-out row is also scored with the rules
alone, side by side. ``--dev-only`` leaves the held-out row out, for tuning;
``--held-out-only`` scores the held-out row alone. Per detector
label, precision = tokens in spans of that label that are PHI of a matching kind / tokens in spans
of that label (a name labelled ADDRESS counts against ADDRESS).
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

from phi_corpus import (  # noqa: E402
    BLIND_SEED,
    KINDS,
    V3_SEED,
    V4_SEED,
    V5_SEED,
    V6_SEED,
    V7_SEED,
    V8_SEED,
    V9_SEED,
    V10_SEED,
    V11_SEED,
    V12_SEED,
    V13_SEED,
    V14_SEED,
    V15_SEED,
    V16_SEED,
    V17_SEED,
    V18_SEED,
    V19_SEED,
    V20_SEED,
    V21_SEED,
    V22_SEED,
    Document,
    corpus,
)

from site_agent.curation import curate_site, find_phi  # noqa: E402
from site_agent.curation.lexicon import lexicon  # noqa: E402
from site_agent.curation.scrub_text import LABELS  # noqa: E402
from site_agent.curation.tagger import model_meta  # noqa: E402

_TOKEN = re.compile(r"\w+")
# Which corpus kinds a detector label may stand for (a ZIP code alone is caught as a number, ID).
_MATCHES = {
    "NAME": {"NAME"}, "ADDRESS": {"GEO"}, "INSTITUTION": {"GEO"}, "DATE": {"DATE"},
    "PHONE": {"PHONE", "FAX"}, "EMAIL": {"EMAIL"}, "URL": {"URL"}, "IP": {"IP"}, "AGE": {"AGE"},
    "MRN": {"MRN"},
    "ID": {"SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "GEO"},
}  # fmt: skip


@dataclass
class Score:
    present: Counter[str] = field(default_factory=Counter)  # PHI tokens per kind
    removed: Counter[str] = field(default_factory=Counter)
    clinical: int = 0
    kept: int = 0
    eponym: int = 0  # clinical words of the eponym / device / drug sentences
    eponym_kept: int = 0
    numbers: int = 0  # number tokens of the clinical sentences (3.2 cm, 40 mg, T12, GCS 15)
    numbers_kept: int = 0
    missed_names: list[tuple[str, str, Document]] = field(default_factory=list)  # token, value
    masked_clinical: Counter[str] = field(default_factory=Counter)
    masked_numbers: Counter[str] = field(default_factory=Counter)  # the number and its context
    # Name tokens by whether the detector's word lists (philter-lite) know them as a name.
    listed: Counter[str] = field(default_factory=Counter)  # "listed" / "unlisted" -> present
    listed_removed: Counter[str] = field(default_factory=Counter)
    # Per detector label: tokens inside its spans, and those that are PHI of a matching kind.
    label_tokens: Counter[str] = field(default_factory=Counter)
    label_right: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("present", "removed", "label_tokens", "label_right"):
            getattr(self, name).update(getattr(other, name))
        self.clinical += other.clinical
        self.kept += other.kept
        self.eponym += other.eponym
        self.eponym_kept += other.eponym_kept
        self.numbers += other.numbers
        self.numbers_kept += other.numbers_kept


def score(docs: list[Document], tag: bool = True) -> Score:
    out = Score()
    lex = lexicon()
    for doc in docs:
        spans = find_phi(doc.text, tag=tag)
        covered = [False] * len(doc.text)
        kind_at: list[str | None] = [None] * len(doc.text)
        for start, end, kind in doc.phi:
            kind_at[start:end] = [kind] * (end - start)
        for s in spans:
            covered[s.start : s.end] = [True] * (s.end - s.start)
            for m in _TOKEN.finditer(doc.text, s.start, s.end):
                out.label_tokens[s.label] += 1
                out.label_right[s.label] += kind_at[m.start()] in _MATCHES[s.label]
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
        for start, end in doc.numbers:
            kept = not any(covered[start:end])
            out.numbers += 1
            out.numbers_kept += kept
            if not kept:
                context = doc.text[max(0, start - 12) : end + 6].replace("\n", " ")
                out.masked_numbers[context] += 1
    return out


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "-"


def _print(title: str, docs: list[Document], tag: bool = True) -> Score:
    sc = score(docs, tag)
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
    print(f"clinical numbers kept: {sc.numbers_kept}/{sc.numbers} = "
          f"{_pct(sc.numbers_kept, sc.numbers)}")  # fmt: skip
    print("name tokens in the detector's name lists: "
          f"{_pct(sc.listed_removed['listed'], sc.listed['listed'])} of {sc.listed['listed']}; "
          f"not in them: {_pct(sc.listed_removed['unlisted'], sc.listed['unlisted'])} of "
          f"{sc.listed['unlisted']}")  # fmt: skip
    _print_labels(sc)
    return sc


def _print_labels(sc: Score) -> None:
    parts = [
        f"{label} {_pct(sc.label_right[label], sc.label_tokens[label])} of {sc.label_tokens[label]}"
        for label in LABELS
        if sc.label_tokens[label]
    ]
    print("precision per detector label (tokens of a matching kind / masked): " + "; ".join(parts))


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
    if sc.masked_numbers:
        print("  clinical numbers masked (in context): " + "; ".join(
            f"{w!r} {n}" for w, n in sc.masked_numbers.most_common(20)))  # fmt: skip


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


def _summary(rows: list[tuple[str, Score]]) -> None:
    print("\n| set | all kinds | names | clinical precision | eponym/device/drug sentences "
          "| clinical numbers |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for title, sc in rows:
        total, hit = sum(sc.present.values()), sum(sc.removed.values())
        print(f"| {title} | {_pct(hit, total)} | {_pct(sc.removed['NAME'], sc.present['NAME'])} "
              f"| {_pct(sc.kept, sc.clinical)} | {_pct(sc.eponym_kept, sc.eponym)} "
              f"| {_pct(sc.numbers_kept, sc.numbers)} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--studies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0, help="the development rows' seed")
    parser.add_argument("--misses", action="store_true", help="break down the missed name tokens")
    parser.add_argument("--dev-only", action="store_true", help="leave out the held-out rows")
    parser.add_argument(
        "--held-out-only", action="store_true",
        help="the held-out row alone (its rules-alone row beside it), without the development rows",
    )  # fmt: skip
    args = parser.parse_args()
    if args.dev_only and args.held_out_only:
        parser.error("--dev-only and --held-out-only leave nothing to score")
    former_seeds = (
        BLIND_SEED, V3_SEED, V4_SEED, V5_SEED, V6_SEED, V7_SEED, V8_SEED, V9_SEED, V10_SEED,
        V11_SEED, V12_SEED, V13_SEED, V14_SEED, V15_SEED, V16_SEED, V17_SEED, V18_SEED, V19_SEED,
        V20_SEED, V21_SEED,
    )  # fmt: skip
    if args.seed in (*former_seeds, V22_SEED):
        parser.error(
            f"--seed {args.seed} is a held-out or former held-out set's seed; pick another"
        )
    shift = model_meta()["seed_shift"]  # the tagger trained on every list at its seed + shift
    if args.seed in {s + shift for s in (0, *former_seeds)}:
        parser.error(f"--seed {args.seed} drew the tagger's training documents; pick another")
    t0 = time.perf_counter()
    rows: list[tuple[str, Score]] = []
    if not args.held_out_only:
        docs = corpus(args.docs, seed=args.seed)
        cells = (
            ("development templates, development names", False, False),
            ("development templates, held-out names", False, True),
            ("held-out templates, development names", True, False),
            ("held-out templates, held-out names", True, True),
        )
        dev = Score()
        print(f"=== development rows (seed {args.seed}; every list here has been tuned on) ===")
        for title, held_out, held_out_names in cells:
            part = [
                d for d in docs if d.held_out == held_out and d.held_out_names == held_out_names
            ]
            sc = _print(title, part)
            rows.append((f"dev: {title} ({len(part)} docs)", sc))
            dev.add(sc)
            if args.misses:
                _misses(sc)
        for title, flag in (("fresh lists", "fresh"), ("final lists", "final")):
            sc = _print(
                f"{title} (templates, names, eponyms)", corpus(args.docs, args.seed, **{flag: True})
            )
            rows.append((f"dev: {title}", sc))
            dev.add(sc)
            if args.misses:
                _misses(sc)
        # The former held-out rows, oldest first: (flag, seed, its row's label).
        former = (
            ("blind", BLIND_SEED, "blind lists (held-out before 2026-11-30's second round)"),
            ("v3", V3_SEED, "v3 lists (held-out before 2026-11-30's third round)"),
            ("v4", V4_SEED, "v4 lists (held-out before 2026-11-30's fourth round)"),
            ("v5", V5_SEED, "v5 lists (held-out before 2026-11-30's fifth round)"),
            ("v6", V6_SEED, "v6 lists (held-out before 2026-11-30's sixth round)"),
            ("v7", V7_SEED, "v7 lists (held-out before 2026-11-30's seventh round)"),
            ("v8", V8_SEED, "v8 lists (held-out before 2026-11-30's eighth round)"),
            ("v9", V9_SEED, "v9 lists (held-out before 2026-11-30's ninth round)"),
            ("v10", V10_SEED, "v10 lists (held-out before 2026-11-30's tenth round)"),
            ("v11", V11_SEED, "v11 lists (held-out before 2026-11-30's eleventh round)"),
            ("v12", V12_SEED, "v12 lists (held-out before 2026-11-30's twelfth round)"),
            ("v13", V13_SEED, "v13 lists (held-out before 2026-11-30's thirteenth round)"),
            ("v14", V14_SEED, "v14 lists (held-out before 2026-11-30's fourteenth round)"),
            ("v15", V15_SEED, "v15 lists (held-out before 2026-11-30's fifteenth round)"),
            ("v16", V16_SEED, "v16 lists (held-out before 2026-12-01's sixteenth round)"),
            ("v17", V17_SEED, "v17 lists (held-out before 2026-12-01's seventeenth round)"),
            ("v18", V18_SEED, "v18 lists (held-out before 2026-12-07's second tagger)"),
            ("v19", V19_SEED, "v19 lists (held-out before 2026-12-07's third tagger)"),
            ("v20", V20_SEED, "v20 lists (held-out before 2026-12-07's v21 row)"),
            ("v21", V21_SEED, "v21 lists (held-out before 2026-12-08's fourth tagger)"),
        )
        for flag, seed, label in former:
            sc = _print(f"{flag} lists (the previous held-out row; templates, names, clinical "
                        "sentences)", corpus(args.docs, seed, **{flag: True}))  # fmt: skip
            rows.append((f"dev: {label}", sc))
            dev.add(sc)
            if args.misses:
                _misses(sc)
        print("\nall development rows together:")
        _print_labels(dev)
        rows.append(("**dev: all together**", dev))
    if not args.dev_only:
        print(f"\n=== held-out row (v22 lists, seed {V22_SEED}; not run while tuning) ===")
        held_out = corpus(args.docs, V22_SEED, v22=True)
        rules = _print("v22 lists, the rules alone (no tagger)", held_out, tag=False)
        rows.append(("held-out: v22 lists, the rules alone", rules))
        v22 = _print("v22 lists (templates, names, clinical and eponym sentences)", held_out)
        rows.append(("**held-out: v22 lists (the figure to report)**", v22))
        if args.misses:
            _misses(v22)
    _summary(rows)
    print(f"(scored in {time.perf_counter() - t0:.1f} s)")
    if args.studies:
        _timing(args.studies, args.seed)


if __name__ == "__main__":
    main()
