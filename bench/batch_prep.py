"""What building one training batch costs on the CPU, with and without the caches that let a
site's trainer reuse what recurs every step, side by side in one run.

Every DP or plain step of a site starts by building its batch (`site_agent.trainer.make_batch`):
the sampled study units' turns shuffled, formatted and tokenized, their images transformed for
the vision tower. The same few thousand strings and the same images come back every step, so the
trainer now keeps (a) each image's transformed pixels (`ImageCache.pixels`), (b) each text's
token ids per tokenizer (`model.prompting`) and (c) each turn's formatted text. "uncached" builds
the same batches as `make_batch` did before: the decoded images (kept decoded, as the trainer did)
through the LLaVA processor with the prompts, every answer and follow-up tokenized, every turn
formatted (the text caches emptied before each batch; a text repeated within one batch is
still tokenized once, so "uncached" is a little under what the trainer spent before). Both
produce the same batch (`tests/test_turn_order.py` checks the cached path against the
processor's).

    .venv/bin/medfed synth --out DIR --studies 3000 --ood
    .venv/bin/python bench/batch_prep.py --data-root DIR [--site hospital-c] [--batches 10]

Prints each way's median seconds a batch and their ratio; threads as torch is told
(OMP_NUM_THREADS=1 for a site that trains beside others).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from readout import chosen_site, curated_site  # noqa: E402

import model.prompting as prompting  # noqa: E402
from medfed.curricula import BENCHMARK_CURRICULUM  # noqa: E402
from model import (  # noqa: E402  # noqa: E402
    default_base_dir,
    encode_batch,
    format_followup,
    format_prompt,
    format_target,
    load_base,
)
from protocols.curriculum_file import load_curriculum  # noqa: E402
from site_agent.agent import round_units  # noqa: E402
from site_agent.examples import Example, shuffled_turns  # noqa: E402
from site_agent.trainer import ImageCache, make_batch  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--site", default=None, help="the training site (default: the last one)")
    ap.add_argument("--curriculum", type=Path, default=BENCHMARK_CURRICULUM)
    ap.add_argument("--batches", type=int, default=10, help="timed batches of each kind")
    args = ap.parse_args()
    _, site = chosen_site(ap, args.data_root, args.site)
    curated = curated_site(args.data_root, site)
    stage = next(s for s in load_curriculum(args.curriculum).stages if s.name == "instruction")
    _, tokenizer, preset = load_base(default_base_dir())
    units = round_units(curated, stage, tokenizer, preset)
    size = min(stage.batch_size, len(units))
    images = ImageCache()
    for unit in units:  # decoded once, as the trainer kept them before
        for path in unit.images:
            images.get(path)

    def empty_caches() -> None:
        prompting._TEXT_IDS.clear()
        for fn in (prompting.format_prompt, prompting.format_followup, prompting.format_target):
            fn.cache_clear()

    def uncached_batch(picked: list[Example], rng: np.random.Generator) -> None:
        """make_batch as it was: the processor on the decoded images and on every text."""
        empty_caches()
        picked = [shuffled_turns(ex, rng) for ex in picked]
        encode_batch(
            tokenizer, preset, [[images.get(p) for p in ex.images] for ex in picked],
            [format_prompt(ex.question, num_images=len(ex.images)) for ex in picked],
            [format_target(ex.answer) for ex in picked], stage.max_length,
            [[(format_followup(q), format_target(a)) for q, a in ex.followups] for ex in picked],
        )  # fmt: skip

    def batch(rng: np.random.Generator, cached: bool) -> float:
        picked = [units[int(i)] for i in rng.choice(len(units), size=size, replace=False)]
        t = time.perf_counter()
        if cached:
            make_batch(picked, tokenizer, preset, images, stage.max_length,
                       torch.device("cpu"), stage.tiling, turn_order=rng)  # fmt: skip
        else:
            uncached_batch(picked, rng)
        return time.perf_counter() - t

    if stage.tiling is not None:
        ap.error("the instruction stage tiles its images: no pixels are cached to compare")
    for unit in units:  # warm, as after a site's first round: every image's pixels
        for path in unit.images:
            images.pixels(path, preset)
    rng = np.random.default_rng(0)
    for _ in range(3):
        batch(rng, cached=True)
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(args.batches):  # alternating, so the machine's drift falls on both
        for cached in (False, True):
            times[cached].append(batch(rng, cached))
    before, after = statistics.median(times[False]), statistics.median(times[True])
    threads = torch.get_num_threads()
    print(f"{site}: {size} of {len(units)} instruction units a batch, {stage.max_length} tokens, "
          f"{threads} torch thread(s); median of {args.batches} batches each")  # fmt: skip
    print(f"uncached (as before: processor, every text): {before:.3f} s a batch")
    print(f"cached (trainer's pixels, token ids, turns):  {after:.3f} s a batch")
    print(f"speed-up: {before / after:.2f}x")


if __name__ == "__main__":
    main()
