"""SecAgg+ through the coordinator's strategy: the masked aggregate equals the plaintext weighted
mean within the stated quantization bound, and a site that dies after key sharing is dropped
without stopping the round."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import cast

import numpy as np
import pytest
from flwr.app import Array, ArrayRecord, Context, Message
from flwr.client import Client, NumPyClient
from flwr.clientapp import ClientApp
from flwr.clientapp.typing import ClientAppCallable, Mod
from flwr.common import bytes_to_ndarray, ndarray_to_bytes
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key
from flwr.server import ServerConfig
from flwr.server.compat import LegacyContext
from flwr.serverapp import Grid, ServerApp
from flwr.simulation import run_simulation

from coordinator import secure_agg
from coordinator.strategy import RoundSummary, StageStrategy
from coordinator.workflow import ResumableWorkflow
from protocols.curriculum import Stage
from protocols.round import FitInstruction, FitReport
from protocols.secagg_masking import MASKED_RECORD, npy_view
from simulation.inprocess_grid import run_in_process
from site_agent.secagg_mod import secaggplus_mask_mod

SHAPES = {"a.weight": (4, 8), "b.bias": (16,)}
EXAMPLES = [120, 300, 75, 250, 180, 90]


def site_delta(pid: int, global_round: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(1000 * pid + global_round)
    # The real scale of a projector/LoRA round update: ~1e-3 per value, a few outliers at 5e-2.
    out = {k: (rng.normal(size=s) * 1e-3).astype(np.float32) for k, s in SHAPES.items()}
    out["b.bias"][pid] = 0.05
    return out


class FixedDeltaClient(NumPyClient):
    def __init__(self, pid: int, crash: bool) -> None:
        self.pid = pid
        self.crash = crash

    def fit(self, parameters, config):  # type: ignore[no-untyped-def]
        ins = FitInstruction.from_config(config)
        if self.crash:
            # A site that dies after key sharing: SecAgg+ must reconstruct around it.
            raise RuntimeError("site process died")
        delta = site_delta(self.pid, ins.global_round)
        report = FitReport(
            num_examples=EXAMPLES[self.pid], steps=1, loss_before=1.0, loss_after=0.5
        )
        return [delta[k] for k in sorted(delta)], EXAMPLES[self.pid], report.to_metrics()


def run(
    num_sites: int,
    crash_pids: tuple[int, ...],
    engine: str,
    mods: Sequence[Mod] = (),
    server_learning_rate: float = 1.0,
) -> tuple[StageStrategy, list[RoundSummary]]:
    initial = {k: np.zeros(s, np.float32) for k, s in SHAPES.items()}
    summaries: list[RoundSummary] = []
    stage = Stage(
        name="s",
        trainable_groups=("projector",),
        data_kinds=("vqa",),
        rounds=1,
        local_steps=1,
        batch_size=1,
        learning_rate=1e-3,
        min_sites=num_sites,
        server_learning_rate=server_learning_rate,
    )
    strategy = StageStrategy(
        run_id="t", stage=stage, round_offset=0, global_state=initial,
        trainable_names=list(initial), lora_rank=1, seed=0, num_sites=num_sites,
        curriculum_json='{"test":true}', signature_config={},
        on_round=lambda summary, _state, _record: summaries.append(summary),
    )  # fmt: skip
    # generous: on a loaded machine the Ray actors take a minute to start
    settings = secure_agg.SecAggSettings(timeout=300.0)
    server = ServerApp()

    @server.main()
    def main(grid: Grid, context: Context) -> None:
        legacy = LegacyContext(context, config=ServerConfig(num_rounds=1), strategy=strategy)
        ResumableWorkflow(fit_workflow=secure_agg.fit_workflow(settings, num_sites))(grid, legacy)

    def client_fn(context: Context) -> Client:
        pid = int(context.node_config["partition-id"])  # type: ignore[call-overload]
        return FixedDeltaClient(pid, crash=pid in crash_pids).to_client()

    client = ClientApp(client_fn=client_fn, mods=[*mods, secaggplus_mask_mod])
    if engine == "inprocess":
        run_in_process(main, client, num_sites)
        return strategy, summaries
    run_simulation(
        server_app=server,
        client_app=client,
        num_supernodes=num_sites,
        backend_config={"client_resources": {"num_cpus": 1, "num_gpus": 0.0}},
    )
    return strategy, summaries


def plaintext_mean(pids: list[int]) -> dict[str, np.ndarray]:
    total = sum(EXAMPLES[p] for p in pids)
    return {
        k: sum(site_delta(p, 1)[k].astype(np.float64) * EXAMPLES[p] for p in pids) / total
        for k in SHAPES
    }


def mean_of(strategy: StageStrategy, pids: Sequence[int]) -> bool:
    """Whether the strategy's global state is the plaintext weighted mean of the sites `pids`
    within SecAgg+'s quantization bound (plus float32 storage)."""
    want = plaintext_mean(list(pids))
    bound = secure_agg.error_bound(secure_agg.SecAggSettings(), [EXAMPLES[p] for p in pids])
    return all(
        float(np.max(np.abs(strategy.global_state[k].astype(np.float64) - want[k]))) <= bound + 1e-7
        for k in SHAPES
    )


# (6, (1, 2)): two neighbours drop (6 sites: 6 shares, threshold 4): the coordinator rebuilds
# both from the four survivors' shares and removes their masks from the survivors' vectors.
# "inprocess": the same ServerApp workflow and ClientApp through simulation.inprocess_grid (no
# Ray, seconds); "ray": Flower's simulation engine.
@pytest.mark.parametrize("engine", [pytest.param("ray", marks=pytest.mark.slow), "inprocess"])
@pytest.mark.parametrize(("num_sites", "crash_pids"), [(3, ()), (4, (2,)), (6, (1, 2))])
def test_secagg_aggregate_matches_plaintext_within_bound(
    num_sites: int, crash_pids: tuple[int, ...], engine: str
) -> None:
    strategy, summaries = run(num_sites, crash_pids, engine)
    survivors = [p for p in range(num_sites) if p not in crash_pids]
    (summary,) = summaries
    assert summary.participants == len(survivors)
    assert len(summary.dropped_nodes) == len(crash_pids)
    expected = plaintext_mean(survivors)
    bound = secure_agg.error_bound(secure_agg.SecAggSettings(), [EXAMPLES[p] for p in survivors])
    assert bound < 1e-5  # three orders of magnitude under a 1e-3 update
    for k in SHAPES:
        err = np.max(np.abs(strategy.global_state[k].astype(np.float64) - expected[k]))
        # + float32 storage of the result (values <= 0.05) and the quantized example ratios
        assert err <= bound + 1e-7, (k, err, bound)
    # the plaintext mean differs from a mean that kept the dropped site: the dropout is real
    if crash_pids:
        everyone = plaintext_mean(list(range(num_sites)))
        assert not np.allclose(everyone["b.bias"], strategy.global_state["b.bias"], atol=1e-4)


def test_the_server_step_scales_the_unmasked_mean() -> None:
    """A stage's server_learning_rate moves the global model by that times the sites' mean."""
    strategy, (summary,) = run(3, (), "inprocess", server_learning_rate=2.5)
    assert summary.participants == 3
    expected = plaintext_mean([0, 1, 2])
    bound = secure_agg.error_bound(secure_agg.SecAggSettings(), EXAMPLES[:3])
    for k in SHAPES:
        got = strategy.global_state[k].astype(np.float64)
        assert np.max(np.abs(got - 2.5 * expected[k])) <= 2.5 * bound + 1e-7, k
        assert not np.allclose(got, expected[k], atol=1e-4)  # not the plain mean


def test_error_bound_and_thresholds() -> None:
    s = secure_agg.SecAggSettings()
    assert secure_agg.shares_and_threshold(3) == (3, 2)
    assert secure_agg.shares_and_threshold(4) == (4, 3)
    # logarithmic: k = ceil(2 log2 n), odd below n; t = ceil(2k/3)
    assert secure_agg.shares_and_threshold(10) == (7, 5)
    assert secure_agg.shares_and_threshold(30) == (11, 8)
    assert secure_agg.shares_and_threshold(100) == (15, 10)
    assert secure_agg.shares_and_threshold(1000) == (21, 14)
    for n in range(3, 300):
        k, t = secure_agg.shares_and_threshold(n)
        assert 3 <= k <= n and 2 <= t < k and (k == n or k % 2 == 1)
        secure_agg.fit_workflow(secure_agg.SecAggSettings(), n)  # Flower accepts (k, t)
    with pytest.raises(ValueError, match="at least 3 sites"):
        secure_agg.shares_and_threshold(2)
    # hand-computed: 3 sites of 256 examples, max_weight 1024, clip 0.5 -> 3 * (1/2**22) / 0.75
    assert secure_agg.error_bound(s, [256] * 3) == pytest.approx(3 * (1 / 2**22) / 0.75)
    with pytest.raises(ValueError, match="clipping_range"):
        secure_agg.SecAggSettings(clipping_range=0)


def tamper(pid: int, stage: str, edit: Callable[[list[bytes]], list[bytes]], key: str) -> Mod:
    """A mod outside the SecAgg+ mod that rewrites one list in site `pid`'s `stage` reply."""

    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        configs = msg.content.config_records.get(RECORD_KEY_CONFIGS)
        this_stage = configs.get(Key.STAGE) if configs else None  # the SecAgg+ mod pops it
        reply = call_next(msg, ctxt)
        if ctxt.node_config["partition-id"] == pid and this_stage == stage:
            if key == MASKED_RECORD:  # the masked vector's arrays, as their .npy bytes
                record = reply.content.array_records[MASKED_RECORD]
                edited = edit([arr.data for arr in record.values()])
                views = [npy_view(b) if b.startswith(b"\x93NUMPY\x01") else None for b in edited]
                reply.content.array_records[MASKED_RECORD] = ArrayRecord(
                    {
                        str(i): Array(
                            dtype=str(v.dtype) if v is not None else "uint32",
                            shape=tuple(v.shape) if v is not None else (0,),
                            stype="numpy.ndarray",
                            data=b,
                        )
                        for i, (b, v) in enumerate(zip(edited, views, strict=True))
                    }
                )
            else:
                out = reply.content.config_records[RECORD_KEY_CONFIGS]
                out[key] = edit(list(out[key]))  # type: ignore[arg-type]
        return reply

    return mod


def _node_ids() -> tuple[dict[int, int], Mod]:
    """partition id -> node id, filled by the returned mod as the sites answer."""
    nids: dict[int, int] = {}

    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        nids[int(cast(int, ctxt.node_config["partition-id"]))] = ctxt.node_id
        return call_next(msg, ctxt)

    return nids, mod


def _flip(shares: list[bytes]) -> list[bytes]:
    return [s[:-1] + bytes([s[-1] ^ 1]) for s in shares]


def test_a_corrupted_share_is_left_out_and_its_sender_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A site sends one flipped bit in each share it returns at unmask: with 3 sites and
    threshold 2 the other shares of every secret still rebuild it, so the coordinator leaves
    the wrong ones out, names their sender, and the round's mean is the right one."""
    nids, learn = _node_ids()
    with caplog.at_level(logging.ERROR, logger="medfed.coordinator"):
        strategy, (summary,) = run(
            3, (), "inprocess", [learn, tamper(0, "unmask", _flip, Key.SHARE_LIST)]
        )
    assert f"node {nids[0]}'s share of node" in caplog.text
    assert f"node {nids[0]} sent it wrong, or node" in caplog.text
    assert summary.participants == 3 and summary.failures == 1
    expected = plaintext_mean([0, 1, 2])
    bound = secure_agg.error_bound(secure_agg.SecAggSettings(), EXAMPLES[:3])
    for k in SHAPES:
        assert np.max(np.abs(strategy.global_state[k] - expected[k])) <= bound + 1e-7


def test_too_few_right_shares_halt_the_round_naming_whose_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two of three sites send wrong shares: one right share is under the threshold, so the
    coordinator refuses to rebuild (instead of unmasking with a wrong seed into a noise
    aggregate), says whose secret, and the strategy never receives an aggregate."""
    mods = [tamper(0, "unmask", _flip, Key.SHARE_LIST), tamper(1, "unmask", _flip, Key.SHARE_LIST)]
    with caplog.at_level(logging.ERROR, logger="medfed.coordinator"):
        strategy, summaries = run(3, (), "inprocess", mods)
    assert summaries == []
    assert all(not np.any(v) for v in strategy.global_state.values())
    assert "cannot be rebuilt from 3 shares" in caplog.text
    assert "does not lie on the polynomial" in caplog.text or "check value" in caplog.text


@pytest.mark.parametrize(
    ("kind", "pid"), [("truncated", 0), ("truncated", 1), ("truncated", 3), ("garbled", 1)]
)
def test_a_malformed_masked_vector_is_left_out_and_its_masks_removed(kind: str, pid: int) -> None:
    """A site uploads a vector one value short, or bytes that are no array: the coordinator
    leaves it out of the sum, treats the site as dropped (rebuilds its mask key, removes its
    pairwise masks from its neighbours') and the aggregate is the survivors' plaintext mean,
    whichever site it is (a short vector that arrives first does not set the round's layout)."""

    def truncate(arrays: list[bytes]) -> list[bytes]:
        return [*arrays[:-1], ndarray_to_bytes(bytes_to_ndarray(arrays[-1])[:-1])]

    def garble(arrays: list[bytes]) -> list[bytes]:
        return [arrays[0], b"\x93NUMPY not an array header", *arrays[2:]]

    mangle = truncate if kind == "truncated" else garble
    strategy, summaries = run(
        4, (), "inprocess", [tamper(pid, "collect_masked_vectors", mangle, MASKED_RECORD)]
    )
    (summary,) = summaries
    assert summary.participants == 3
    survivors = [p for p in range(4) if p != pid]
    expected = plaintext_mean(survivors)
    bound = secure_agg.error_bound(secure_agg.SecAggSettings(), [EXAMPLES[p] for p in survivors])
    for k in SHAPES:
        err = np.max(np.abs(strategy.global_state[k].astype(np.float64) - expected[k]))
        assert err <= bound + 1e-7, (k, err, bound)
