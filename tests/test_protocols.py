"""Wire formats: the update codec, round messages and the curriculum schema."""

from __future__ import annotations

import numpy as np
import pytest

from protocols import update_codec as uc
from protocols.curriculum import Curriculum, CurriculumError, Stage, demo_curriculum
from protocols.round import FitInstruction, FitReport, RoundMessageError


def _state(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "b.weight": rng.normal(size=(3, 4)).astype(np.float32),
        "a.bias": rng.normal(size=(5,)).astype(np.float32),
    }


def test_arrays_round_trip_in_sorted_order() -> None:
    state = _state()
    arrays = uc.to_arrays(state)
    assert [a.shape for a in arrays] == [(5,), (3, 4)]  # a.bias before b.weight
    back = uc.from_arrays(arrays, state)
    assert all(np.array_equal(back[k], state[k]) for k in state)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda a: a[:1], "expected 2 arrays, got 1"),
        (lambda a: [a[0], a[1].T], "'b.weight' has shape (4, 3)"),
        (lambda a: [a[0], np.full((3, 4), np.nan, np.float32)], "'b.weight' holds NaN"),
    ],
)
def test_from_arrays_rejects_malformed_updates(mutate, message) -> None:
    state = _state()
    with pytest.raises(uc.UpdateFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        uc.from_arrays(mutate(uc.to_arrays(state)), state)


def test_layout_digest_depends_on_names_and_shapes_not_values() -> None:
    a, b = _state(0), _state(1)
    assert uc.layout_digest(a) == uc.layout_digest(b)
    assert uc.state_digest(a) != uc.state_digest(b)
    b["a.bias"] = np.zeros((6,), np.float32)
    assert uc.layout_digest(a) != uc.layout_digest(b)


def test_add_and_subtract_are_inverse() -> None:
    a, b = _state(0), _state(1)
    delta = uc.subtract(b, a)
    back = uc.add(a, delta)
    assert all(np.allclose(back[k], b[k], atol=1e-6) for k in a)
    with pytest.raises(uc.UpdateFormatError):
        uc.add(a, {"a.bias": delta["a.bias"]})


def _instruction(**kw: object) -> FitInstruction:
    base: dict[str, object] = dict(
        run_id="r",
        stage="instruction",
        global_round=1,
        lora_rank=8,
        layout_digest="a" * 64,
        seed=0,
        curriculum='{"schema":1}',
    )
    base.update(kw)
    return FitInstruction(**base)  # type: ignore[arg-type]


def test_fit_instruction_round_trips_through_config() -> None:
    ins = _instruction()
    assert FitInstruction.from_config(ins.to_config()) == ins


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("global_round", 0),
        ("lora_rank", 0),
        ("stage", ""),
        ("layout_digest", "short"),
        ("curriculum", "not json"),
    ],
)
def test_fit_instruction_names_the_bad_field(field: str, value: object) -> None:
    with pytest.raises(RoundMessageError, match=field):
        _instruction(**{field: value})


def test_fit_instruction_from_config_names_missing_and_mistyped_fields() -> None:
    cfg = _instruction().to_config()
    del cfg["seed"]
    with pytest.raises(RoundMessageError, match="missing field 'seed'"):
        FitInstruction.from_config(cfg)
    cfg = _instruction().to_config()
    cfg["global_round"] = "many"
    with pytest.raises(RoundMessageError, match="'global_round' must be int"):
        FitInstruction.from_config(cfg)


def test_a_report_number_too_large_for_a_float_names_its_field() -> None:
    metrics = {"num_examples": 1, "steps": 1, "loss_before": 10**400, "loss_after": 1.0}
    with pytest.raises(RoundMessageError, match="'loss_before' is too large"):
        FitReport.from_metrics(metrics)


def test_fit_report_round_trip() -> None:
    r = FitReport(num_examples=10, steps=3, loss_before=2.0, loss_after=1.5, epsilon=0.5)
    assert FitReport.from_metrics(r.to_metrics()) == r
    refused = FitReport(num_examples=0, steps=0, loss_before=0, loss_after=0, refused="budget")
    assert FitReport.from_metrics(refused.to_metrics()).refused == "budget"
    with pytest.raises(RoundMessageError, match="loss_after"):
        FitReport.from_metrics({"num_examples": 1, "steps": 1, "loss_before": 1.0})
    with pytest.raises(RoundMessageError, match="refusal code"):
        FitReport(num_examples=0, steps=0, loss_before=0, loss_after=0, refused="tired")


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"trainable_groups": ("projector", "bogus")}, "trainable_groups"),
        ({"trainable_groups": ()}, "trainable_groups"),
        ({"data_kinds": ("video",)}, "data_kinds"),
        ({"rounds": 0}, "rounds must be >= 1, got 0"),
        ({"learning_rate": -0.1}, "learning_rate must be in"),
        ({"max_length": 8}, "max_length"),
        ({"name": ""}, "stage name"),
    ],
)
def test_stage_validation_names_field_and_value(kw: dict[str, object], message: str) -> None:
    args: dict[str, object] = dict(
        name="s",
        trainable_groups=("projector",),
        data_kinds=("vqa",),
        rounds=1,
        local_steps=1,
        batch_size=1,
        learning_rate=1e-3,
    )
    args.update(kw)
    with pytest.raises(CurriculumError, match=message):
        Stage(**args)  # type: ignore[arg-type]


def test_curriculum_rejects_duplicates_and_reports_groups() -> None:
    cur = demo_curriculum(rounds=3)
    assert cur.total_rounds == 3
    assert cur.all_groups == ("lm.lora", "projector")
    with pytest.raises(CurriculumError, match="duplicate stage names"):
        Curriculum(name="x", stages=(cur.stages[0], cur.stages[0]))
    with pytest.raises(CurriculumError, match="at least one stage"):
        Curriculum(name="x", stages=())
