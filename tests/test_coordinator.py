"""Coordinator pieces: FedAvg over deltas, the server step (step size and momentum) and atomic
checkpoints."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from coordinator.checkpoints import (
    SERVER_STATE_FILE,
    CheckpointError,
    list_checkpoints,
    read_server_state,
    read_state,
    write_checkpoint,
)
from coordinator.server_step import ServerStep, ServerStepError
from coordinator.strategy import weighted_mean
from protocols.curriculum import Stage


def _stage(lr: float = 1.0, momentum: float = 0.0) -> Stage:
    return Stage("s", ("projector",), ("vqa",), 4, 2, 8, 1e-3, server_learning_rate=lr,
                 server_momentum=momentum)  # fmt: skip


def test_weighted_mean_matches_hand_computed_fedavg() -> None:
    a = {"w": np.array([1.0, 2.0], np.float32)}
    b = {"w": np.array([4.0, -1.0], np.float32)}
    out = weighted_mean([(a, 1), (b, 3)])
    assert np.allclose(out["w"], [(1 + 12) / 4, (2 - 3) / 4])
    with pytest.raises(ValueError, match="zero examples"):
        weighted_mean([(a, 0)])


def test_checkpoint_round_trip_and_no_overwrite(tmp_path: Path) -> None:
    state = {"x": np.arange(6, dtype=np.float32).reshape(2, 3)}
    ck = write_checkpoint(tmp_path, 1, state, {"stage": "s"})
    assert ck.path.name == "round-00001"
    (listed,) = list_checkpoints(tmp_path)
    assert listed.manifest["stage"] == "s" and listed.global_round == 1
    assert np.array_equal(read_state(listed)["x"], state["x"])
    with pytest.raises(CheckpointError, match="already exists"):
        write_checkpoint(tmp_path, 1, state, {})


def test_checkpoint_leftovers_are_ignored_and_tampering_is_detected(tmp_path: Path) -> None:
    state = {"x": np.ones(3, np.float32)}
    write_checkpoint(tmp_path, 1, state, {})
    (tmp_path / ".tmp-round-00002-123").mkdir()  # a crash mid-write leaves only a temp dir
    assert [c.global_round for c in list_checkpoints(tmp_path)] == [1]
    manifest = tmp_path / "round-00001" / "manifest.json"
    data = json.loads(manifest.read_text())
    data["state_digest"] = "0" * 64
    manifest.write_text(json.dumps(data))
    with pytest.raises(CheckpointError, match="does not match"):
        read_state(list_checkpoints(tmp_path)[0])


def test_run_config_sets_the_secagg_timeout_and_refuses_a_bad_one(tmp_path: Path) -> None:
    """`secagg-timeout` (declared in the app config, 300 s by default) reaches the SecAgg+
    workflow; zero, negative or non-numeric values are refused naming the key."""
    from coordinator.settings import SettingsError, settings_from_run_config
    from model import default_base_dir
    from simulation.prepare import sign_curriculum

    root = Path(__file__).resolve().parents[1]
    prepared = sign_curriculum(
        root / "curricula" / "demo.toml", default_base_dir(), tmp_path / "consortium", run_id="t"
    )
    cfg = {"curriculum-file": str(prepared.curriculum_file),
           "signature-file": str(prepared.signature_file),
           "out-dir": str(tmp_path / "out"), "seed": 0}  # fmt: skip
    assert settings_from_run_config(cfg, 3).secagg.timeout == 300.0
    assert settings_from_run_config({**cfg, "secagg-timeout": 900}, 3).secagg.timeout == 900.0
    for bad in (0.0, -5.0, "long"):
        with pytest.raises(SettingsError, match="secagg-timeout"):
            settings_from_run_config({**cfg, "secagg-timeout": bad}, 3)
    # a curriculum edited after signing: refused before any site is asked, naming both files
    tampered = tmp_path / "tampered.toml"
    text = Path(prepared.curriculum_file).read_text()
    tampered.write_text(text.replace("noise_multiplier = 1.2", "noise_multiplier = 0.6", 1))
    assert tampered.read_text() != text
    with pytest.raises(SettingsError, match=f"{tampered.name}: curriculum changed since signing"):
        settings_from_run_config({**cfg, "curriculum-file": str(tampered)}, 3)


def test_every_run_config_key_the_apps_read_is_declared_in_the_app_config() -> None:
    """Flower refuses a `--run-config` key that `[tool.flwr.app.config]` does not declare
    ("Key ... is not present"): every key the ServerApp and ClientApp read from the run
    config must be declared there (read from the source of both readers)."""
    import inspect
    import re
    import tomllib

    from coordinator import settings as coordinator_settings
    from site_agent import settings as site_settings

    root = Path(__file__).resolve().parents[1]
    declared = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["flwr"]["app"][
        "config"
    ])  # fmt: skip
    server = inspect.getsource(coordinator_settings.settings_from_run_config)
    read = set(re.findall(r'\br\.(?:get|optional)\("([a-z][a-z-]*)"', server))
    read |= set(re.findall(r'\brun\.(?:get|optional)\("([a-z][a-z-]*)"',
                           inspect.getsource(site_settings)))  # fmt: skip
    assert {"curriculum-file", "secagg-timeout", "ledger-url", "data-root"} <= read
    assert read <= declared, sorted(read - declared)


def _updates(rounds: int, seed: int = 0) -> list[dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    return [
        {
            "a": rng.normal(size=(2, 3)).astype(np.float32),
            "b": rng.normal(size=4).astype(np.float32),
        }
        for _ in range(rounds)
    ]


def test_plain_server_step_is_fedavg_bit_for_bit() -> None:
    state = {"a": np.ones((2, 3), np.float32), "b": np.zeros(4, np.float32), "frozen": np.ones(2)}
    step = ServerStep.for_stage(_stage())
    assert step.plain
    for update in _updates(3):
        expected = {k: (state[k] + np.float32(1.0) * update[k]).astype(np.float32) for k in update}
        state = step.apply(state, update)
        for k in update:
            assert np.array_equal(state[k], expected[k])
    assert step.velocity == {} and np.array_equal(state["frozen"], np.ones(2))


def test_server_momentum_matches_fedavgm_computed_by_hand() -> None:
    """v_t = beta v_(t-1) + d_t, w_t = w_(t-1) + lr v_t, in float64 as the oracle."""
    beta, lr = 0.6, 1.5
    updates = _updates(5, seed=1)
    state = {"a": np.zeros((2, 3), np.float32), "b": np.full(4, 0.5, np.float32)}
    w = {k: v.astype(np.float64) for k, v in state.items()}
    v = {k: np.zeros_like(x) for k, x in w.items()}
    step = ServerStep.for_stage(_stage(lr, beta))
    for update in updates:
        state = step.apply(state, update)
        for k in w:
            v[k] = beta * v[k] + update[k].astype(np.float64)
            w[k] = w[k] + lr * v[k]
            assert np.allclose(state[k], w[k], atol=1e-5)
            assert np.allclose(step.velocity[k], v[k], atol=1e-5)
    # the same step size without momentum lands elsewhere
    no_momentum, plain = ServerStep(lr, 0.0), {"a": np.zeros((2, 3), np.float32)}
    for update in updates:
        plain = no_momentum.apply(plain, {"a": update["a"]})
    assert not np.allclose(state["a"], plain["a"], atol=1e-3)


def test_a_resumed_velocity_takes_the_uninterrupted_steps(tmp_path: Path) -> None:
    updates = _updates(4, seed=2)
    start = {"a": np.ones((2, 3), np.float32), "b": np.ones(4, np.float32)}
    whole = ServerStep.for_stage(_stage(1.0, 0.5))
    state = dict(start)
    for update in updates:
        state = whole.apply(state, update)
    first = ServerStep.for_stage(_stage(1.0, 0.5))
    half = dict(start)
    for update in updates[:2]:
        half = first.apply(half, update)
    write_checkpoint(tmp_path, 2, half, {"stage": "s"}, server_state=first.velocity)
    (ckpt,) = list_checkpoints(tmp_path)
    resumed = ServerStep.for_stage(_stage(1.0, 0.5), read_server_state(ckpt))
    again = read_state(ckpt)
    for update in updates[2:]:
        again = resumed.apply(again, update)
    for k in state:
        assert np.array_equal(again[k], state[k]), k
    # resuming with a zero velocity instead would not
    cold = ServerStep.for_stage(_stage(1.0, 0.5))
    other = read_state(ckpt)
    for update in updates[2:]:
        other = cold.apply(other, update)
    assert not np.array_equal(other["a"], state["a"])


def test_server_state_in_a_checkpoint_is_verified(tmp_path: Path) -> None:
    state = {"x": np.ones(3, np.float32)}
    write_checkpoint(tmp_path / "plain", 1, state, {})
    (plain,) = list_checkpoints(tmp_path / "plain")
    assert read_server_state(plain) == {} and not (plain.path / SERVER_STATE_FILE).exists()
    write_checkpoint(tmp_path / "m", 1, state, {}, server_state={"x": np.full(3, 2, np.float32)})
    (ckpt,) = list_checkpoints(tmp_path / "m")
    assert np.array_equal(read_server_state(ckpt)["x"], np.full(3, 2, np.float32))
    from safetensors.numpy import save_file

    save_file({"x": np.zeros(3, np.float32)}, str(ckpt.path / SERVER_STATE_FILE))
    with pytest.raises(CheckpointError, match="server.safetensors does not match"):
        read_server_state(ckpt)
    (ckpt.path / SERVER_STATE_FILE).unlink()
    with pytest.raises(CheckpointError, match="server.safetensors is missing"):
        read_server_state(ckpt)
    save_file({"x": np.zeros(3, np.float32)}, str(plain.path / SERVER_STATE_FILE))
    with pytest.raises(CheckpointError, match="not in its manifest"):
        read_server_state(plain)


def test_server_step_refuses_what_does_not_fit() -> None:
    state = {"a": np.ones(3, np.float32)}
    with pytest.raises(ServerStepError, match="'b' does not fit"):
        ServerStep().apply(state, {"b": np.ones(3, np.float32)})
    with pytest.raises(ServerStepError, match="'a' does not fit"):
        ServerStep().apply(state, {"a": np.ones(4, np.float32)})
    with pytest.raises(ServerStepError, match="no server momentum"):
        ServerStep.for_stage(_stage(), {"a": np.ones(3, np.float32)})
    with pytest.raises(ServerStepError, match="not finite"):
        ServerStep.for_stage(_stage(1.0, 0.5), {"a": np.full(3, np.nan, np.float32)})
    with pytest.raises(ServerStepError, match=r"differs from the stage's update in \['a', 'b'\]"):
        ServerStep.for_stage(_stage(1.0, 0.5), {"a": np.ones(3, np.float32)},
                             template={"b": np.ones(3, np.float32)})  # fmt: skip
    with pytest.raises(ServerStepError, match=r"'a' has shape \(3,\), stage 's' updates \(2,\)"):
        ServerStep.for_stage(_stage(1.0, 0.5), {"a": np.ones(3, np.float32)},
                             template={"a": np.ones(2, np.float32)})  # fmt: skip
    step = ServerStep.for_stage(_stage(1.0, 0.5), {"a": np.ones(4, np.float32)})
    with pytest.raises(ServerStepError, match=r"differ in \['a', 'c'\]"):
        step.apply({"a": np.ones(4, np.float32), "c": np.ones(2, np.float32)},
                   {"c": np.ones(2, np.float32)})  # fmt: skip
    with pytest.raises(ServerStepError, match=r"'a' has shape \(4,\), the update \(3,\)"):
        step.apply(state, {"a": np.ones(3, np.float32)})


def test_a_resume_takes_the_velocity_only_inside_a_momentum_stage_and_checks_it() -> None:
    from coordinator.server_app import resumed_velocity
    from protocols.curriculum import Curriculum

    momentum = dataclasses.replace(_stage(1.0, 0.5), name="m", trainable_groups=("lm.lora",))
    cur = Curriculum(name="c", stages=(_stage(), momentum))  # rounds 1-4, then 5-8
    state = {"a": np.ones(3, np.float32), "frozen": np.ones(2, np.float32)}
    names = lambda groups: ["a"]  # noqa: E731  (the stage's trainable arrays)
    v = {"a": np.full(3, 0.25, np.float32)}
    assert resumed_velocity(cur, 6, v, state, names, "ck") is v  # inside stage "m"
    assert resumed_velocity(cur, 8, v, state, names, "ck") == {}  # its last round: no carry-over
    assert resumed_velocity(cur, 4, {}, state, names, "ck") == {}  # the first stage's end
    assert resumed_velocity(cur, 2, {}, state, names, "ck") == {}  # no momentum in stage 1
    with pytest.raises(CheckpointError, match=r"ck \(round 6\) holds no server momentum"):
        resumed_velocity(cur, 6, {}, state, names, "ck")
    with pytest.raises(CheckpointError, match=r"ck \(round 6\): server velocity 'a' has"):
        resumed_velocity(cur, 6, {"a": np.ones(2, np.float32)}, state, names, "ck")
    with pytest.raises(CheckpointError, match=r"ck \(round 2\): stage 's' has no server momentum"):
        resumed_velocity(cur, 2, v, state, names, "ck")


def test_secaggs_one_mean_is_decoded_once_and_gives_the_same_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under SecAgg+ every result carries the same Parameters (the unmasked mean): the stage
    strategy decodes and checks it once, not once a site, and reaches the bitwise same model
    as from equal copies; equal copies that are distinct objects are still decoded each."""
    from types import SimpleNamespace

    from flwr.common import Code, FitRes, Status, ndarrays_to_parameters

    from coordinator import strategy as strategy_module
    from coordinator.strategy import StageStrategy
    from protocols import update_codec
    from protocols.round import FitReport

    rng = np.random.default_rng(5)
    initial = {"a": np.zeros((3, 4), np.float32), "b": np.zeros(5, np.float32)}
    mean = [rng.standard_normal(s).astype(np.float32) for s in ((3, 4), (5,))]
    calls: list[int] = []
    real = update_codec.from_arrays

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(strategy_module.update_codec, "from_arrays", counting)

    def aggregate(shared: bool) -> dict[str, np.ndarray]:
        strategy = StageStrategy(
            run_id="t", stage=_stage(), round_offset=0, global_state=dict(initial),
            trainable_names=list(initial), lora_rank=1, seed=0, num_sites=3,
            curriculum_json="{}", signature_config={},
        )  # fmt: skip
        one = ndarrays_to_parameters(mean)
        metrics = FitReport(num_examples=7, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
        results = [
            (
                SimpleNamespace(node_id=n),
                FitRes(Status(Code.OK, ""), one if shared else ndarrays_to_parameters(mean),
                       7 + n, dict(metrics)),
            )
            for n in range(3)
        ]  # fmt: skip
        strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
        return strategy.global_state

    calls.clear()
    shared = aggregate(shared=True)
    assert len(calls) == 1
    calls.clear()
    copies = aggregate(shared=False)
    assert len(calls) == 3
    for name, value in zip(("a", "b"), mean, strict=True):
        assert np.array_equal(shared[name], copies[name]) and np.array_equal(shared[name], value)


def test_a_site_claiming_a_negative_count_is_rejected_not_weighted() -> None:
    """A hostile site's FitRes with num_examples -9 would weigh its delta -9 against the others'
    (and weights summing to 0 would crash the round): it is rejected as malformed, and the mean
    is the honest sites' alone."""
    from types import SimpleNamespace

    from flwr.common import Code, FitRes, Status, ndarrays_to_parameters

    from coordinator.strategy import StageStrategy
    from protocols.round import FitReport

    initial = {"a": np.zeros(4, np.float32)}
    strategy = StageStrategy(
        run_id="t", stage=_stage(), round_offset=0, global_state=dict(initial),
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=3,
        curriculum_json="{}", signature_config={},
    )  # fmt: skip
    metrics = FitReport(num_examples=7, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    honest = np.full(4, 0.5, np.float32)
    results = [
        (SimpleNamespace(node_id=n), FitRes(Status(Code.OK, ""), ndarrays_to_parameters([v]),
                                             count, dict(metrics)))
        for n, (v, count) in enumerate(
            ((honest, 7), (honest, 9), (np.full(4, 100.0, np.float32), -9))
        )
    ]  # fmt: skip
    _params, summary = strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    assert summary["participants"] == 2
    assert np.array_equal(strategy.global_state["a"], honest)


def test_a_site_claiming_a_huge_count_weighs_no_more_than_max_weight() -> None:
    """Without SecAgg+ the mean follows SecAgg+'s rule: a site weighs min(count, max_weight).
    A hostile site claiming 10**9 examples moves the mean by its capped share, not to its own
    update; sites under the cap keep their counts as weights."""
    from types import SimpleNamespace

    from flwr.common import Code, FitRes, Status, ndarrays_to_parameters

    from coordinator.strategy import StageStrategy
    from protocols.round import FitReport

    initial = {"a": np.zeros(4, np.float32)}
    strategy = StageStrategy(
        run_id="t", stage=_stage(), round_offset=0, global_state=dict(initial),
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=3,
        curriculum_json="{}", signature_config={}, max_weight=1000.0,
    )  # fmt: skip
    metrics = FitReport(num_examples=7, steps=1, loss_before=1.0, loss_after=0.5).to_metrics()
    results = [
        (SimpleNamespace(node_id=n), FitRes(Status(Code.OK, ""),
                                             ndarrays_to_parameters([np.full(4, v, np.float32)]),
                                             count, dict(metrics)))
        for n, (v, count) in enumerate(((1.0, 600), (1.0, 400), (-50.0, 10**9)))
    ]  # fmt: skip
    strategy.aggregate_fit(1, results, [])  # type: ignore[arg-type]
    np.testing.assert_allclose(strategy.global_state["a"], (1000 * 1.0 - 1000 * 50.0) / 2000)
