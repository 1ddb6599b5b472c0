"""De-identification benchmark: recall and precision of the text scrubber per PHI kind, and the
time to curate 1,000 studies with reports.

    .venv/bin/python bench/deid_recall.py [--docs 3000] [--studies 1000] [--seed 0]

Recall = PHI characters' tokens covered by a detected span / PHI tokens inserted (the corpus
generator, tests/phi_corpus.py, knows every span it inserted); precision = clinical words left
untouched / clinical words present. Reported for the templates used while developing and, apart,
for the held-out templates.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from phi_corpus import KINDS, Document, corpus  # noqa: E402

from site_agent.curation import curate_site, find_phi  # noqa: E402

_TOKEN = re.compile(r"\w+")


def score(docs: list[Document]) -> tuple[Counter[str], Counter[str], int, int]:
    """(PHI tokens per kind, of which covered), clinical words present, kept."""
    present: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    clinical = kept = 0
    for doc in docs:
        spans = find_phi(doc.text)
        covered = [False] * len(doc.text)
        for s in spans:
            covered[s.start : s.end] = [True] * (s.end - s.start)
        for start, end, kind in doc.phi:
            for m in _TOKEN.finditer(doc.text, start, end):
                present[kind] += 1
                removed[kind] += all(covered[m.start() : m.end()])
        for start, end in doc.clinical:
            clinical += 1
            kept += not any(covered[start:end])
    return present, removed, clinical, kept


def _print(title: str, docs: list[Document]) -> None:
    present, removed, clinical, kept = score(docs)
    print(f"\n{title}: {len(docs)} documents")
    print(f"{'kind':<12} {'tokens':>7} {'removed':>8} {'recall':>8}")
    for kind in KINDS:
        if present[kind]:
            print(f"{kind:<12} {present[kind]:>7} {removed[kind]:>8} "
                  f"{100 * removed[kind] / present[kind]:>7.2f}%")  # fmt: skip
    total, hit = sum(present.values()), sum(removed.values())
    print(f"{'ALL':<12} {total:>7} {hit:>8} {100 * hit / total:>7.2f}%")
    print(f"clinical words kept: {kept}/{clinical} = {100 * kept / clinical:.2f}% precision")


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
    args = parser.parse_args()
    t0 = time.perf_counter()
    docs = corpus(args.docs, seed=args.seed)
    _print("development templates", [d for d in docs if not d.held_out])
    _print("held-out templates", [d for d in docs if d.held_out])
    print(f"(scored in {time.perf_counter() - t0:.1f} s)")
    if args.studies:
        _timing(args.studies, args.seed)


if __name__ == "__main__":
    main()
