"""Study units' turns come to the trainers in a fresh random order each time (the site's own
generator): every turn keeps its answer, nothing is added or lost, the order is reproducible
from the seed, and a batch built with an order generator differs from the stored order."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import torch

from model import default_base_dir, load_base
from site_agent.examples import Example, shuffled_turns
from site_agent.randomness import round_randomness
from site_agent.trainer import ImageCache, make_batch

UNIT = Example(
    images=(),
    question="q0",
    answer="a0",
    kind="study",
    followups=tuple((f"q{i}", f"a{i}") for i in range(1, 6)),
    unit="study-1",
)


def test_shuffled_turns_keep_every_pair_and_vary_the_first() -> None:
    rng = np.random.default_rng(0)
    firsts: Counter[str] = Counter()
    for _ in range(600):
        got = shuffled_turns(UNIT, rng)
        assert sorted(got.turns) == sorted(UNIT.turns)  # same (question, answer) pairs
        assert got.unit == UNIT.unit and got.images == UNIT.images and got.kind == UNIT.kind
        firsts[got.question] += 1
    assert set(firsts) == {f"q{i}" for i in range(6)}  # every turn is sometimes asked first
    assert min(firsts.values()) > 600 / 6 / 2
    again = [shuffled_turns(UNIT, np.random.default_rng(5)).turns for _ in range(2)]
    assert again[0] == again[1]  # reproducible from the seed


def test_a_single_turn_sample_is_left_alone() -> None:
    one = Example((), "Describe the image.", "a caption", "caption")
    assert shuffled_turns(one, np.random.default_rng(0)) is one


def test_batches_take_turns_in_the_order_generator_s_draws(tmp_path: Path) -> None:
    _model, tokenizer, preset = load_base(default_base_dir())
    units = [UNIT] * 4
    cpu = torch.device("cpu")
    stored = make_batch(units, tokenizer, preset, ImageCache(), 96, cpu)
    first = make_batch(units, tokenizer, preset, ImageCache(), 96, cpu,
                       turn_order=np.random.default_rng(1))  # fmt: skip
    second = make_batch(units, tokenizer, preset, ImageCache(), 96, cpu,
                        turn_order=np.random.default_rng(1))  # fmt: skip
    assert torch.equal(first["input_ids"], second["input_ids"])
    assert not torch.equal(first["input_ids"], stored["input_ids"])


def test_the_round_s_order_stream_leaves_the_other_streams_as_they_were() -> None:
    """The turn-order stream was added as a fifth child of the round's seed: the sampling, noise
    and evaluation streams and the SecAgg+ rounding seed are what they were with four."""
    rand = round_randomness("seeded-insecure", 42)
    sampling, noise, evaluation, rounding = np.random.SeedSequence(42).spawn(4)
    for got, seq in ((rand.sampling, sampling), (rand.noise, noise), (rand.evaluation, evaluation)):
        assert got.integers(2**62) == np.random.Generator(np.random.PCG64DXSM(seq)).integers(2**62)
    assert np.array_equal(rand.rounding_seed, rounding.generate_state(8))
    assert rand.turn_order.integers(2**62) != rand.sampling.integers(2**62)
