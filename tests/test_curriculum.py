"""Curriculum files: schema validation, the shipped recipes, canonical digests, the CLI group."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import typer
from opacus.accountants import RDPAccountant
from typer.testing import CliRunner

from medfed.cmd_curriculum import register
from protocols.accounting import Mechanism, epsilon_of, poisson_rate
from protocols.curriculum import (
    Augmentation,
    Curriculum,
    CurriculumError,
    DPSettings,
    Stage,
    Tiling,
    demo_curriculum,
    stage_noise_multiplier,
)
from protocols.curriculum_file import (
    canonical_bytes,
    curriculum_digest,
    curriculum_from_canonical,
    load_curriculum,
    loads_curriculum,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = [ROOT / "curricula" / "medgpt-oss.toml", ROOT / "curricula" / "demo.toml"]
DEMO = SHIPPED[1]
BENCHMARK = ROOT / "curricula" / "benchmark.toml"
DELETE = object()


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"


def dump_toml(doc: dict[str, Any], reverse: bool = False) -> str:
    """A small TOML writer for curriculum documents (nested tables become inline tables)."""
    order = (lambda items: list(reversed(list(items)))) if reverse else list
    lines = [
        f"{k} = {_value(v)}" for k, v in order(doc.items()) if k not in ("curriculum", "stage")
    ]
    if "curriculum" in doc:
        lines += ["", "[curriculum]"]
        lines += [f"{k} = {_value(v)}" for k, v in order(doc["curriculum"].items())]
    for stage in doc.get("stage", []):
        lines += ["", "[[stage]]"] + [f"{k} = {_value(v)}" for k, v in order(stage.items())]
    return "\n".join(lines) + "\n"


def _demo_doc() -> dict[str, Any]:
    return tomllib.loads(DEMO.read_text())


def _mutated(stage: int | None, key: str, value: Any) -> dict[str, Any]:
    """The demo document with `key` (dotted for nested) of stage `stage` (1-based) or of
    [curriculum] (stage 0) or the top level (None) set to `value` (DELETE removes it)."""
    doc = copy.deepcopy(_demo_doc())
    table = doc if stage is None else doc["curriculum"] if stage == 0 else doc["stage"][stage - 1]
    *parents, leaf = key.split(".")
    for p in parents:
        table = table[p]
    if value is DELETE:
        del table[leaf]
    else:
        table[leaf] = value
    return doc


S1, S2, S3 = "stage #1 'alignment'", "stage #2 'long-context'", "stage #3 'instruction'"
INVALID: list[tuple[int | None, str, Any, list[str]]] = [
    # (stage (0 = [curriculum], None = top), key, value, fragments the error must contain)
    (2, "trainable_groups", ["projector", "lm.loraa"], [S2, "trainable_groups", "'lm.loraa'"]),
    (1, "learning_rat", 1e-3, [S1, "unknown key 'learning_rat'", "did you mean 'learning_rate'"]),
    (3, "learning_rate", -0.001, [S3, "learning_rate must be in (0, 1)", "-0.001"]),
    (1, "rounds", 0, [S1, "rounds must be >= 1", "got 0"]),
    (1, "rounds", "two", [S1, "rounds must be an integer", "'two'"]),
    (1, "batch_size", True, [S1, "batch_size must be an integer", "True"]),
    (2, "epochs", 1, [S2, "exactly one of local_steps and epochs", "local_steps=5, epochs=1"]),
    (2, "local_steps", DELETE, [S2, "exactly one of local_steps and epochs", "epochs=None"]),
    (1, "data", {"video": 1.0}, [S1, "unknown data kind 'video'", "data"]),
    (3, "data", {"vqa": 0.5, "conversation": 0.3}, [S3, "data_weights", "[0.3, 0.5]"]),
    (1, "optimizer", "adam", [S1, "optimizer must be one of", "'adam'"]),
    (3, "chat_template", "chatml", [S3, "chat_template", "'chatml'"]),
    (1, "evaluate_every", -1, [S1, "evaluate_every must be >= 0", "-1"]),
    (3, "server_learning_rate", 0.0, [S3, "server_learning_rate must be a number in (0, 10]"]),
    (3, "server_learning_rate", 11, [S3, "server_learning_rate must be a number in (0, 10]"]),
    (3, "server_learning_rate", "2", [S3, "server_learning_rate must be a number", "'2'"]),
    (3, "server_learning_rate", True, [S3, "server_learning_rate must be a number", "True"]),
    (3, "server_momentum", 1.0, [S3, "server_momentum must be a number in [0, 0.99]", "1.0"]),
    (3, "server_momentum", -0.1, [S3, "server_momentum must be a number in [0, 0.99]"]),
    (3, "server_momentum", "0.9", [S3, "server_momentum must be a number", "'0.9'"]),
    (
        3,
        "server_momentum",
        0.9,  # the demo's step 1.73 / (1 - 0.9) = 17.3
        [S3, "server_momentum with server_learning_rate 1.73 makes a long-run step", "over 10"],
    ),
    (1, "max_length", 16, [S1, "max_length must be >= 32", "16"]),
    (3, "augmentation", "on", [S3, "augmentation (a [stage.augmentation] table) must be a table"]),
    (3, "augmentation", {"gain": [1, 2]}, [S3, "missing key 'augmentation.probability'"]),
    (3, "augmentation", {"probability": 1.5}, [S3, "augmentation.probability must be in [0, 1]"]),
    (
        3,
        "augmentation",
        {"probability": 0.5, "gain": [1.5, 0.8]},
        [S3, "augmentation.gain must be [low, high] with 0.1 <= low <= high", "(1.5, 0.8)"],
    ),
    (3, "augmentation", {"probability": 0.5, "gamma": [0, 1]}, [S3, "augmentation.gamma must be"]),
    (
        3,
        "augmentation",
        {"probability": 0.5, "gain": [1e-300, 1]},
        [S3, "augmentation.gain must be [low, high] with 0.1 <= low <= high <= 10"],
    ),
    (2, "augmentation", {"probability": 0.5}, [S2, "augmentation cannot be combined with tiling"]),
    (
        3,
        "augmentation",
        {"probability": 0.5, "offset": 0.1},
        [S3, "augmentation.offset must be an array", "0.1"],
    ),
    (
        3,
        "augmentation",
        {"probability": 0.5, "offset": [-0.1, 0.2, 0.3]},
        [S3, "augmentation.offset must be an array of two numbers [low, high]"],
    ),
    (3, "augmentation", {"probability": 0.5, "noise": -0.1}, [S3, "augmentation.noise must be in"]),
    (
        3,
        "augmentation",
        {"probability": 0.5, "nosie": 0.1},
        [S3, "unknown key 'augmentation.nosie'", "did you mean 'augmentation.noise'"],
    ),
    (
        3,
        "augmentation",
        {"probability": 0.5, "gain": [1, 10**400]},
        [S3, "augmentation.gain = 1000", "is too large for a floating-point number"],
    ),
    (3, "learning_rate", 10**400, [S3, "learning_rate = 1000", "too large for a floating-point"]),
    (1, "dp.clipping_norm", 10**400, [S1, "dp.clipping_norm = 1000", "too large"]),
    (2, "tiling.tiles", 0, [S2, "tiling.tiles must be in [1, 64]", "got 0"]),
    (2, "tiling.thumb", True, [S2, "unknown key 'tiling.thumb'", "'tiling.thumbnail'"]),
    (1, "dp.clip_norm", 1.0, [S1, "unknown key 'dp.clip_norm'", "'dp.clipping_norm'"]),
    (1, "dp.clipping_norm", -1.0, [S1, "dp.clipping_norm must be finite and > 0", "-1.0"]),
    (1, "dp.delta", 1.5, [S1, "dp.delta must be in (0, 1)", "1.5"]),
    (1, "dp.target_epsilon", 2.0, [S1, "exactly one of noise_multiplier and target_epsilon"]),
    (1, "dp.noise_multiplier", DELETE, [S1, "exactly one of noise_multiplier and target_epsilon"]),
    (1, "dp", DELETE, [S1, "missing key 'dp'"]),
    (3, "name", "alignment", ["[curriculum]", "duplicate stage names ['alignment']"]),
    (0, "nmae", "x", ["[curriculum]", "unknown key 'nmae'", "did you mean 'name'"]),
    (0, "assumed_dataset_size", 0, ["[curriculum]", "assumed_dataset_size must be >= 1", "0"]),
    (None, "schema", 2, ["top level", "schema 2 is not supported"]),
    (None, "stages", [], ["top level", "unknown key 'stages'", "did you mean 'stage'"]),
]


@pytest.mark.parametrize(("stage", "key", "value", "fragments"), INVALID)
def test_invalid_curriculum_names_file_stage_field_value(
    tmp_path: Path, stage: int | None, key: str, value: Any, fragments: list[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(dump_toml(_mutated(stage, key, value)))
    with pytest.raises(CurriculumError) as info:
        load_curriculum(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


TARGET_EPS: list[tuple[dict[str, Any], dict[str, Any], str]] = [
    # ([curriculum] additions, stage 1 changes, fragment)
    ({}, {"dp.target_epsilon": 2.0}, "needs assumed_dataset_size"),
    ({"assumed_dataset_size": 1000}, {"dp.target_epsilon": 0.05}, "privacy budget is too low"),
    (
        {"assumed_dataset_size": 16},
        {"dp.target_epsilon": 1.0, "rounds": 100, "local_steps": 1000, "batch_size": 16},
        "needs noise_multiplier 1280.0 > 50",
    ),
    ({"assumed_dataset_size": 8}, {"dp.target_epsilon": 1.0}, "exceeds the dataset size 8"),
]


@pytest.mark.parametrize(("head", "changes", "fragment"), TARGET_EPS)
def test_unreachable_target_epsilon_is_refused_at_load(
    head: dict[str, Any], changes: dict[str, Any], fragment: str
) -> None:
    doc = _mutated(1, "dp.noise_multiplier", DELETE)
    doc["curriculum"].update(head)
    for key, value in changes.items():
        *parents, leaf = key.split(".")
        table = doc["stage"][0]
        for p in parents:
            table = table[p]
        table[leaf] = value
    with pytest.raises(CurriculumError, match="stage #1 'alignment'") as info:
        loads_curriculum(dump_toml(doc), "t.toml")
    assert fragment in str(info.value)
    assert info.value.field in ("dp.target_epsilon", "batch_size")


def test_target_epsilon_resolves_to_a_noise_that_spends_it() -> None:
    dp = DPSettings(clipping_norm=1.0, delta=1e-5, target_epsilon=2.0)
    stage = Stage("s", ("projector",), ("vqa",), 3, 25, 16, 1e-3, dp=dp)
    sigma = stage_noise_multiplier(stage, 800)
    accountant = RDPAccountant()
    accountant.history = [(sigma, 16 / 800, 3 * 25)]
    assert 1.95 <= accountant.get_epsilon(delta=1e-5) <= 2.0
    accountant.history = [(sigma * 0.9, 16 / 800, 3 * 25)]
    assert accountant.get_epsilon(delta=1e-5) > 2.0


@pytest.mark.parametrize("path", [*SHIPPED, BENCHMARK], ids=lambda p: p.name)
def test_shipped_curricula_follow_the_recipe(path: Path) -> None:
    cur = load_curriculum(path)
    align, long, instr = cur.stages
    assert [s.name for s in cur.stages] == ["alignment", "long-context", "instruction"]
    assert align.trainable_groups == ("projector",) and align.data_kinds == ("caption",)
    assert long.max_length >= 4 * align.max_length
    # LM LoRA only under DP: the projector sees a row per tile, not per study (see the file)
    assert set(long.trainable_groups) == {"lm.lora"}
    assert "text" in long.data_kinds and "caption" in long.data_kinds
    # One sample is one study: one image, in 4 tiles and a thumbnail.
    assert long.tiling == Tiling(tiles=4, thumbnail=True) and long.images_per_sample == 1
    assert long.image_inputs_per_sample == 5
    assert {"projector", "lm.lora"} <= set(instr.trainable_groups)
    assert "conversation" in instr.data_kinds
    assert all(s.dp is not None for s in cur.stages)
    assert set(cur.noise_multipliers()) == {s.name for s in cur.stages}


def test_shipped_scales() -> None:
    real, demo = (load_curriculum(p) for p in SHIPPED)
    assert real.stages[2].chat_template == "harmony"
    assert [s.max_length for s in demo.stages] == [64, 256, 64]
    assert [s.batch_size for s in demo.stages] == [32, 16, 64]
    # Noise for a cap of eps 10 per study over the whole curriculum (tests/test_privacy_model.py)
    assert all(s.dp is not None and s.dp.noise_multiplier == 1.2 for s in demo.stages)
    # The benchmark is the demo without its evaluation rounds, its instruction stage in large DP
    # batches, many steps and short samples for sites of 3,000 studies (2,250 training): eps <= 8
    # per study there.
    bench = load_curriculum(BENCHMARK)
    assert bench.stages[:2] == tuple(
        dataclasses.replace(s, evaluate_every=0) for s in demo.stages[:2]
    )
    b_instr, d_instr = bench.stages[2], demo.stages[2]
    assert dataclasses.replace(
        b_instr, batch_size=d_instr.batch_size, local_steps=d_instr.local_steps,
        rounds=d_instr.rounds,
        learning_rate=d_instr.learning_rate, dp=d_instr.dp, server_momentum=0.0,
    ) == dataclasses.replace(d_instr, evaluate_every=0, server_learning_rate=1.0)  # fmt: skip
    # The demo's server step (about sqrt(3)) lifted the demo; at the benchmark's sizes it did not,
    # and a server momentum of 0.5 did.
    assert (d_instr.server_learning_rate, b_instr.server_learning_rate) == (1.73, 1.0)
    assert (d_instr.server_momentum, b_instr.server_momentum) == (0.0, 0.5)
    assert (b_instr.batch_size, b_instr.rounds, b_instr.local_steps) == (256, 15, 8)
    assert b_instr.dp is not None
    assert b_instr.dp.noise_multiplier == 1.119
    history = [
        Mechanism(s.dp.noise_multiplier, poisson_rate(2250, s.batch_size),
                  s.rounds * s.local_steps, s.dp.clipping_norm, s.dp.delta)
        for s in bench.stages if s.dp is not None
    ]  # fmt: skip
    assert 7.0 < epsilon_of(history, 1e-5, "rdp") <= 8.0
    # gpt-oss-20b sees 576 tokens per 336 px image: every real stage must hold them.
    assert all(s.max_length > 576 * s.images_per_sample for s in real.stages)


def test_digest_ignores_layout_and_spelling() -> None:
    text = DEMO.read_text()
    doc = _demo_doc()
    for stage in doc["stage"]:
        stage["trainable_groups"].reverse()
        stage["data"] = dict(reversed(list(stage["data"].items())))
    respelled = dump_toml(doc, reverse=True).replace("0.002", "2e-3").replace(" = ", "   =  ")
    base = curriculum_digest(loads_curriculum(text))
    assert curriculum_digest(loads_curriculum("# note\n" + respelled)) == base
    alignment = _mutated(1, "data", ["caption"])  # a list means equal weights
    assert curriculum_digest(loads_curriculum(dump_toml(alignment))) == base


@pytest.mark.parametrize(
    ("stage", "key", "value"),
    [
        (1, "learning_rate", 0.0021),
        (2, "dp.delta", 1e-6),
        (2, "tiling.thumbnail", False),
        (3, "data", {"conversation": 0.6, "vqa": 0.4}),
        (0, "description", "changed"),
        (3, "chat_template", "harmony"),
        (1, "evaluate_every", 1),
        (3, "server_learning_rate", 1.5),
        (3, "server_momentum", 0.5),
        (3, "augmentation", {"probability": 0.5}),
    ],
)
def test_digest_changes_with_any_value(stage: int, key: str, value: Any) -> None:
    base = curriculum_digest(load_curriculum(DEMO))
    changed = loads_curriculum(dump_toml(_mutated(stage, key, value)))
    assert curriculum_digest(changed) != base


def test_canonical_bytes_are_pinned_and_stable_across_processes() -> None:
    cur = Curriculum(
        name="pin",
        stages=(Stage("s", ("lm.lora", "projector"), ("vqa", "caption"), 1, 5, 4, 1e-3),),
    )
    raw = canonical_bytes(cur)
    assert raw.startswith(b'{"curriculum":{"assumed_dataset_size":null,"description":"","name"')
    assert b'"data":{"caption":0.5,"vqa":0.5}' in raw and b" " not in raw
    assert b'"schema":1' in raw and b'"trainable_groups":["lm.lora","projector"]' in raw
    code = (
        "from protocols.curriculum_file import curriculum_digest, load_curriculum;"
        f"print(curriculum_digest(load_curriculum({str(DEMO)!r})))"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert digests == {curriculum_digest(load_curriculum(DEMO))}


@pytest.mark.parametrize(
    ("key", "default", "value", "on_the_wire"),
    [
        ("server_learning_rate", 1, 2, b'"server_learning_rate":2.0'),
        ("server_momentum", 0, 0.5, b'"server_momentum":0.5'),
    ],
)
def test_a_server_step_key_travels_to_the_sites_and_its_default_keeps_old_digests(
    key: str, default: float, value: float, on_the_wire: bytes
) -> None:
    at_default = loads_curriculum(dump_toml(_mutated(3, key, default)))
    doc = _mutated(3, key, default)
    del doc["stage"][2][key]
    without = loads_curriculum(dump_toml(doc))
    assert key.encode() not in canonical_bytes(without)
    assert canonical_bytes(at_default) == canonical_bytes(without)  # the default: same digest
    kept = loads_curriculum(dump_toml(_mutated(3, key, value)))
    assert on_the_wire in canonical_bytes(kept)
    again = curriculum_from_canonical(canonical_bytes(kept))  # what a site parses
    assert getattr(again.stages[2], key) == value
    assert curriculum_digest(again) == curriculum_digest(kept)


def test_the_demo_steps_plainly_but_for_its_instruction_stage() -> None:
    cur = load_curriculum(DEMO)
    assert all(s.server_learning_rate == 1.0 for s in cur.stages if s.name != "instruction")
    assert b"server_momentum" not in canonical_bytes(cur)  # the demo gives no server_momentum


def test_curriculum_show_prints_the_server_momentum(tmp_path: Path) -> None:
    path = tmp_path / "momentum.toml"
    path.write_text(dump_toml(_mutated(3, "server_momentum", 0.5)))
    shown = CliRunner().invoke(_cli(), ["curriculum", "show", str(path)], env={"COLUMNS": "400"})
    assert shown.exit_code == 0 and "momentum 0.5" in shown.stdout, shown.output


def test_augmentation_travels_to_the_sites_and_its_absence_keeps_old_digests(
    tmp_path: Path,
) -> None:
    cur = load_curriculum(DEMO)
    assert all(s.augmentation is None for s in cur.stages)
    assert b"augmentation" not in canonical_bytes(cur)  # the signed digest is unchanged
    table = {"probability": 0.5, "gamma": [0.4, 1.6], "gain": [0.9, 1.2], "offset": [-0.05, 0.1]}
    jittered = loads_curriculum(dump_toml(_mutated(3, "augmentation", table | {"noise": 0.05})))
    aug = jittered.stages[2].augmentation
    assert aug == Augmentation(0.5, (0.4, 1.6), (0.9, 1.2), (-0.05, 0.1), 0.05)
    raw = canonical_bytes(jittered)
    assert b'"augmentation":{"gain":[0.9,1.2],"gamma":[0.4,1.6],"noise":0.05,' in raw
    again = curriculum_from_canonical(raw)  # what a site parses
    assert again.stages[2].augmentation == aug
    assert curriculum_digest(again) == curriculum_digest(jittered)
    path = tmp_path / "jittered.toml"
    path.write_text(dump_toml(_mutated(3, "augmentation", table)))
    shown = CliRunner().invoke(_cli(), ["curriculum", "show", str(path)], env={"COLUMNS": "240"})
    assert shown.exit_code == 0 and "jitter p 0.5" in shown.stdout, shown.output
    bare = loads_curriculum(dump_toml(_mutated(3, "augmentation", {"probability": 1})))
    assert bare.stages[2].augmentation == Augmentation(1.0, (1.0, 1.0), (1.0, 1.0), (0.0, 0.0), 0.0)


def test_code_built_stages_keep_working() -> None:
    cur = demo_curriculum(rounds=3)
    stage = cur.stages[0]
    assert stage.data_mix == {"vqa": 0.5, "caption": 0.5} and stage.optimizer == "adamw"
    assert stage.steps_per_round(1000) == 12 and stage.dp is not None
    by_epoch = dataclasses.replace(stage, local_steps=0, epochs=2)
    assert by_epoch.steps_per_round(100) == 13  # ceil(2 * 100 / 16)
    with pytest.raises(CurriculumError, match="local_steps/epochs"):
        dataclasses.replace(stage, local_steps=0)
    assert len(curriculum_digest(cur)) == 64


def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test root."""

    register(app)
    return app


def test_cli_validate_and_show(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(_cli(), ["curriculum", "validate", str(DEMO), "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["digest"] == curriculum_digest(load_curriculum(DEMO))
    bad = tmp_path / "bad.toml"
    bad.write_text(dump_toml(_mutated(2, "learning_rate", -1.0)))
    res = runner.invoke(_cli(), ["curriculum", "validate", str(bad)])
    assert res.exit_code == 2
    assert "stage #2 'long-context'" in res.output and "learning_rate" in res.output
    shown = runner.invoke(_cli(), ["curriculum", "show", str(SHIPPED[0])], env={"COLUMNS": "240"})
    assert shown.exit_code == 0, shown.output
    assert all(n in shown.stdout for n in ("alignment", "long-context", "harmony", "8192"))


def test_a_curriculum_whose_stages_train_no_lora_group_is_refused_at_validate(
    tmp_path: Path,
) -> None:
    """The coordinator wraps the model with peft, which needs a LoRA group: a curriculum
    training only the projector passed validate, then crashed the run with a traceback."""
    doc = _demo_doc()
    doc["stage"] = [doc["stage"][0]]  # alignment: trainable_groups = ["projector"]
    bad = tmp_path / "projector-only.toml"
    bad.write_text(dump_toml(doc))
    with pytest.raises(CurriculumError, match="no stage trains a LoRA group") as info:
        load_curriculum(bad)
    assert info.value.field == "trainable_groups" and str(bad) in str(info.value)
    res = CliRunner().invoke(_cli(), ["curriculum", "validate", str(bad)])
    assert res.exit_code == 2 and "trainable_groups" in res.output and "'lm.lora'" in res.output
    for shipped in [
        *sorted((ROOT / "curricula").glob("*.toml")),
        *sorted((ROOT / "tests" / "data").glob("*curriculum*.toml")),
        *sorted((ROOT / "bench").glob("*.toml")),
    ]:
        assert any(g.endswith(".lora") for g in load_curriculum(shipped).all_groups), shipped


def test_training_without_dp_must_be_said() -> None:
    off = loads_curriculum(dump_toml(_mutated(2, "dp", "off")))
    assert off.stages[1].dp is None and off.stages[0].dp is not None
    assert "long-context" not in off.noise_multipliers()
    with pytest.raises(CurriculumError, match=r"stage #2 'long-context': dp \(a \[stage.dp\]"):
        loads_curriculum(dump_toml(_mutated(2, "dp", "of")))
    with pytest.raises(CurriculumError, match='dp = "off" trains without'):
        loads_curriculum(dump_toml(_mutated(2, "dp", DELETE)))
