"""Study units' turns come to the trainers in a fresh random order each time (the site's own
generator): every turn keeps its answer, nothing is added or lost, the order is reproducible
from the seed, and a batch built with an order generator differs from the stored order."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import torch

from meddata import load_site
from medfed.curricula import BENCHMARK_CURRICULUM, DEMO_CURRICULUM
from model import default_base_dir, load_base
from model.prompting import IGNORE_INDEX
from protocols.curriculum_file import load_curriculum
from simulation.synth import synthesize
from site_agent.examples import Example, shuffled_turns, study_units
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


def test_batches_take_turns_in_the_order_generator_s_draws() -> None:
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


DIALOGUE = Example(
    images=(),
    question="v0",
    answer="a",
    kind="study",
    followups=(("v1", "a"), ("c0", "a"), ("c1", "a"), ("c2", "a"), ("v2", "a")),
    unit="study-2",
    blocks=(1, 1, 3, 1),  # v0, v1, the dialogue c0-c2, v2
)


def test_a_dialogue_moves_as_one_block_in_its_order() -> None:
    rng = np.random.default_rng(3)
    firsts: Counter[str] = Counter()
    for _ in range(400):
        got = shuffled_turns(DIALOGUE, rng)
        questions = [q for q, _ in got.turns]
        at = questions.index("c0")
        assert questions[at : at + 3] == ["c0", "c1", "c2"], questions
        assert sorted(got.blocks) == [1, 1, 1, 3] and sum(got.blocks) == 6
        firsts[got.question] += 1
    assert set(firsts) == {"v0", "v1", "v2", "c0"}  # a dialogue starts from its first turn
    with pytest.raises(ValueError, match="do not cover"):
        shuffled_turns(dataclasses.replace(DIALOGUE, blocks=(1, 1)), rng)


def test_study_units_keep_each_dialogue_as_one_block(tmp_path: Path) -> None:
    synthesize(tmp_path, sites=1, studies_per_site=6)
    site_dir = next(p for p in sorted(tmp_path.iterdir()) if p.is_dir())
    data = load_site(site_dir, "train")
    stage = next(s for s in load_curriculum(BENCHMARK_CURRICULUM).stages if s.name == "instruction")
    units = study_units(data, stage)
    dialogues = {data.study_of(c.images[0]): c.turns for c in data.conversations if c.images}
    assert units and all(u.unit in dialogues for u in units)
    for unit in units:
        turns = list(unit.turns)
        assert sum(unit.blocks) == len(turns) and unit.blocks.count(1) == len(unit.blocks) - 1
        size = max(unit.blocks)
        start = sum(unit.blocks[: unit.blocks.index(size)])
        assert turns[start : start + size] == list(dialogues[unit.unit])


@pytest.mark.parametrize(
    "curriculum", [DEMO_CURRICULUM, BENCHMARK_CURRICULUM], ids=lambda p: p.name
)
def test_every_shipped_instruction_sample_trains_an_answer(
    curriculum: Path, tmp_path: Path
) -> None:
    """The shipped instruction stages cut a study's sample at 64 tokens (the image's 16, then
    its shuffled turns): whichever turn comes first, every sample keeps at least one supervised
    answer token, so no study is drawn, clipped and noised for nothing."""
    synthesize(tmp_path, sites=1, studies_per_site=30)
    site_dir = next(p for p in sorted(tmp_path.iterdir()) if p.is_dir())
    stage = next(s for s in load_curriculum(curriculum).stages if s.name == "instruction")
    units = study_units(load_site(site_dir, "train"), stage)
    _model, tokenizer, preset = load_base(default_base_dir())
    images, cpu = ImageCache(), torch.device("cpu")
    assert len(units) >= 20
    for seed in range(8):
        batch = make_batch(units, tokenizer, preset, images, stage.max_length, cpu,
                           turn_order=np.random.default_rng(seed))  # fmt: skip
        assert batch["input_ids"].shape[1] <= stage.max_length
        supervised = (batch["labels"][:, 1:] != IGNORE_INDEX).sum(dim=1)
        assert int(supervised.min()) >= 1, (seed, supervised.tolist())


def test_a_batch_from_the_image_cache_is_the_processor_s_and_keeps_no_decoded_image(
    tmp_path: Path,
) -> None:
    """make_batch takes each image's pixels from the site's cache (transformed once, not kept
    decoded): the batch equals the one the LLaVA processor makes from the decoded images, in
    the first step and in a later one that reuses the cache."""
    from meddata import load_image
    from model import encode_batch, format_followup, format_prompt, format_target

    synthesize(tmp_path, sites=1, studies_per_site=12)
    site_dir = next(p for p in sorted(tmp_path.iterdir()) if p.is_dir())
    stage = next(s for s in load_curriculum(BENCHMARK_CURRICULUM).stages if s.name == "instruction")
    units = study_units(load_site(site_dir, "train"), stage)[:6]
    _model, tokenizer, preset = load_base(default_base_dir())
    images, cpu = ImageCache(), torch.device("cpu")
    for _ in range(2):
        batch = make_batch(units, tokenizer, preset, images, stage.max_length, cpu)
        ref = encode_batch(
            tokenizer, preset, [[load_image(p) for p in u.images] for u in units],
            [format_prompt(u.question, num_images=len(u.images)) for u in units],
            [format_target(u.answer) for u in units], stage.max_length,
            [[(format_followup(q), format_target(a)) for q, a in u.followups] for u in units],
        )  # fmt: skip
        assert set(batch) == set(ref)
        assert all(torch.equal(batch[k], ref[k]) for k in ref)
    assert not images._images  # only pixels are kept
    assert len(images._pixels) == sum(len(u.images) for u in units) > 0
