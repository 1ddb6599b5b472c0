"""Build the PHI tagger that curation runs beside the rules (site_agent/curation/tagger.py).

    .venv/bin/python scripts/build_phi_tagger.py [--docs 1500] [--out DIR] [--exclude v17]

Trains a CRF (CRFsuite, L-BFGS) on documents of the PHI corpus generator (tests/phi_corpus.py):
the development cells, the fresh and final lists, and the blind and v3 ... v21 lists, each drawn
with its seed plus 1000, so that no training document is one the benchmark scores. The held-out
lists (v22) are never trained on. ``--exclude`` leaves out more lists (to measure the tagger on a
list it has not seen while choosing its threshold). The build is deterministic: the same
arguments give the same model bytes (on one platform and CRFsuite build; the
tests check it). Writes ``phi_tagger.crfsuite`` and ``phi_tagger.json`` (the
lists, document counts, CRF parameters and the model's sha256) into ``--out`` (default: the
package's assets), each atomically.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import phi_corpus as pc  # noqa: E402

from site_agent.curation import find_phi  # noqa: E402
from site_agent.curation.tagger import FEATURES, META_ASSET, MODEL_ASSET, features  # noqa: E402

HELD_OUT = ("v22",)  # the lists bench/deid_recall.py reports as held-out: never trained on
LISTS = ("dev", "fresh", "final", "blind", *(f"v{i}" for i in range(3, 22)))
SEED_SHIFT = 1000
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def list_docs(name: str, n: int) -> list[pc.Document]:
    if name == "dev":
        return pc.corpus(n, seed=SEED_SHIFT)
    if name in ("fresh", "final"):
        return pc.corpus(n, SEED_SHIFT, **{name: True})
    seed = pc.BLIND_SEED if name == "blind" else getattr(pc, f"V{name[1:]}_SEED")
    return pc.corpus(n, seed + SEED_SHIFT, **{name: True})


def token_labels(doc: pc.Document, tokens: list) -> list[str]:  # type: ignore[type-arg]
    phi = [False] * len(doc.text)
    for start, end, _kind in doc.phi:
        phi[start:end] = [True] * (end - start)
    return ["P" if phi[m.start()] else "O" for m in tokens]


def build(out: Path, docs: int, exclude: tuple[str, ...]) -> dict[str, object]:
    import pycrfsuite

    lists = [name for name in LISTS if name not in exclude]
    assert not set(lists) & set(HELD_OUT)
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.perf_counter()
    n_tokens = 0
    for k, name in enumerate(lists, 1):
        for doc in list_docs(name, docs):
            spans = [(s.start, s.end, s.label) for s in find_phi(doc.text, tag=False)]
            tokens, feats = features(doc.text, spans)
            trainer.append(feats, token_labels(doc, tokens))
            n_tokens += len(tokens)
        print(f"  features: {k}/{len(lists)} lists ({name}), {n_tokens} tokens, "
              f"{time.perf_counter() - t0:.0f} s", flush=True)  # fmt: skip
    trainer.set_params(PARAMS)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        model = Path(tmp) / MODEL_ASSET
        print(f"  training the CRF on {n_tokens} tokens ...", flush=True)
        trainer.train(str(model))
        digest = hashlib.sha256(model.read_bytes()).hexdigest()
        meta = {
            "lists": lists,
            "features": FEATURES,
            "held_out_never_trained": list(HELD_OUT),
            "excluded": list(exclude),
            "docs_per_list": docs,
            "seed_shift": SEED_SHIFT,
            "tokens": n_tokens,
            "params": PARAMS,
            "sha256": digest,
        }
        meta_tmp = Path(tmp) / META_ASSET
        meta_tmp.write_text(json.dumps(meta, indent=2) + "\n")
        os.replace(model, out / MODEL_ASSET)
        os.replace(meta_tmp, out / META_ASSET)
    print(f"wrote {out / MODEL_ASSET} ({digest[:16]}) in {time.perf_counter() - t0:.0f} s")
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1500, help="documents drawn from each list")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "site_agent" / "curation" / "assets",
        help="where to write the model and its JSON (default: the package's assets)",
    )  # fmt: skip
    parser.add_argument(
        "--exclude", nargs="*", default=[], choices=LISTS,
        help="lists to leave out of training as well as the held-out ones",
    )  # fmt: skip
    args = parser.parse_args()
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    build(args.out, args.docs, tuple(args.exclude))


if __name__ == "__main__":
    main()
