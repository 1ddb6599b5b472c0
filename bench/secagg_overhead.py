"""SecAgg+ against plain FedAvg: round wall time and bytes each site sends, per site count and size.

Every (mode, sites, size) is one Flower simulation (run_simulation, Ray backend) in its own
subprocess, with numpy-only clients: each site returns a fixed random float32 delta (scale 1e-3,
the real size of a projector/LoRA round update) split into a few arrays, so the bench measures the
aggregation protocol, not training. Both modes use the same legacy `DefaultWorkflow` and the same
FedAvg strategy (Flower's plain one, or with `--strategy coordinator` the coordinator's own
`StageStrategy`, as a MedFed run aggregates); "secagg" swaps in the project's own fit workflow,
`coordinator.secure_agg.fit_workflow(SecAggSettings(), n)` (num_shares logarithmic in n, masks from
`protocols.secagg_masking`), and wraps the client in the project's SecAgg+ mod,
`site_agent.secagg_mod.secaggplus_mask_mod`, as `site_agent.client_app` does. Each simulation runs
2 rounds; the second (steady state) is timed from inside the strategy, from the start of
`configure_fit` to the return of `aggregate_fit`. The in-memory grid polls for replies every 0.1 s,
so each exchange costs at least 0.1 s: one for FedAvg, four for SecAgg+ (setup, share keys, collect
masked vectors, unmask), which is most of a round for the tiny update. Every round's aggregate is
checked against the plaintext weighted mean (within `error_bound` for SecAgg+), so a number in the
table comes from a round that aggregated right.

Bytes are counted by a client mod placed outermost (before the SecAgg+ mod), so it sees the
real replies: every Array's `data` length (np.save bytes) plus, for config/metric records, the
exact payload of each value (bytes/str by length, numbers 8 bytes, bools 1) and of each key.
Protobuf framing and message metadata are not counted. The mod also records what each site
receives and how long its ClientApp (mods included) ran, summed over the round and per SecAgg+
stage; the workflow records each stage's wall time on the server (`stage_seconds`), so the table
below the main one shows where a SecAgg+ round's time goes.

On a machine with few cores the simulated sites share them (Ray runs one ClientApp per core), so
a round's wall time grows with the number of sites even where a deployment would run them in
parallel; the client-seconds column is closer to the per-site work a deployment would see. Modes run
interleaved (the order flips each repeat) so that load from other processes hits both alike;
the table shows medians over repeats.

    .venv/bin/python bench/secagg_overhead.py        # tiny and 20b at 10, 30, 100 sites
    .venv/bin/python bench/secagg_overhead.py --sizes tiny --sites 3,10 --repeats 5
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from flwr.app import Context, Message, RecordDict
from flwr.clientapp.typing import ClientAppCallable, Mod

ROOT = Path(__file__).resolve().parents[1]
MODES = ("fedavg", "secagg", "flwr-secagg")  # flwr-secagg: Flower's own workflow and mod
ENGINES = ("ray", "inprocess")
# flower: Flower's plain FedAvg strategy in every mode; coordinator: the coordinator's own
# coordinator.strategy.StageStrategy (each update decoded, checked, digested, then the mean and
# the server step), as `medfed coordinator run` aggregates a round
STRATEGIES = ("flower", "coordinator")
# lm.lora at r=16 on medgpt-oss-20b (tests/test_model_meta20b.py asserts the same count).
SIZE_20B = 7_962_624
TINY_GROUPS = ("projector", "lm.lora")
TINY_RANK = 8
ARRAYS_PER_UPDATE = 4
DELTA_SCALE = 1e-3
ROUNDS = 2
TIMED_ROUND = 2
# 30 sites x the 20b update: one SecAgg+ simulation takes 70-150 s on 2 cores: 1 repeat by default.
BIG_CASE_PARAMS = 5_000_000
BIG_CASE_SITES = 30
WORKER_TIMEOUT_S = 1800.0


@dataclass(frozen=True)
class Case:
    mode: str
    sites: int
    size: str
    params: int
    engine: str = "ray"
    strategy: str = "flower"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {self.mode!r}")
        if self.strategy not in STRATEGIES:
            raise ValueError(f"strategy must be one of {STRATEGIES}, got {self.strategy!r}")
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, got {self.engine!r}")
        if self.sites < 3:
            raise ValueError(f"sites must be >= 3 (SecAgg+ needs 3), got {self.sites}")
        if self.params < ARRAYS_PER_UPDATE:
            raise ValueError(f"params must be >= {ARRAYS_PER_UPDATE}, got {self.params}")


@dataclass(frozen=True)
class Measurement:
    round_s: float
    up_bytes_per_site: float
    down_bytes_per_site: float
    client_s_per_site: float
    max_abs_err: float
    # SecAgg+ only: server wall seconds per stage, and client seconds per site per stage
    stage_s: dict[str, float]
    client_stage_s: dict[str, float]


# ---- pure helpers ------------------------------------------------------------------------------


def split_sizes(total: int, parts: int) -> list[int]:
    """`parts` array lengths, as equal as possible, summing to `total`."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def site_examples(pid: int) -> int:
    return 100 + 7 * pid


def site_delta(pid: int, server_round: int, lengths: Sequence[int]) -> list[np.ndarray]:
    rng = np.random.default_rng([pid, server_round])
    return [(rng.standard_normal(n, dtype=np.float32) * np.float32(DELTA_SCALE)) for n in lengths]


def expected_mean(sites: int, server_round: int, lengths: Sequence[int]) -> list[np.ndarray]:
    """The plaintext weighted mean of every site's delta (`aggregation_weight`), in float64."""
    from protocols.secagg_masking import DEFAULT_MAX_WEIGHT, aggregation_weight

    weights = [aggregation_weight(site_examples(p), DEFAULT_MAX_WEIGHT) for p in range(sites)]
    acc = [np.zeros(n, np.float64) for n in lengths]
    for pid in range(sites):
        w = weights[pid] / sum(weights)
        for a, d in zip(acc, site_delta(pid, server_round, lengths), strict=True):
            a += w * d
    return acc


def _value_bytes(value: object) -> int:
    if isinstance(value, bytes):
        return len(value)
    if isinstance(value, str):
        return len(value.encode())
    if isinstance(value, bool):
        return 1
    if isinstance(value, int | float):
        return 8
    if isinstance(value, list):
        return sum(_value_bytes(v) for v in value)
    raise TypeError(f"unexpected record value type {type(value).__name__}")


def content_bytes(content: RecordDict) -> int:
    """Payload of a RecordDict: Array data plus config/metric keys and values (see docstring)."""
    total = 0
    for arrays in content.array_records.values():
        total += sum(len(arr.data) for arr in arrays.values())
    for records in (content.config_records, content.metric_records):
        for record in records.values():
            total += sum(len(k.encode()) + _value_bytes(v) for k, v in record.items())
    return total


# ---- the simulation (runs in a worker subprocess) -----------------------------------------------


def byte_counter_mod(log_dir: Path) -> Mod:
    """A client mod that appends `round up down seconds stage` for every reply to a per-node
    file (stage: the SecAgg+ stage, or "fit" for a plain FedAvg message)."""

    def mod(msg: Message, ctxt: Context, call_next: ClientAppCallable) -> Message:
        down = content_bytes(msg.content) if msg.has_content() else 0
        records = msg.content.config_records if msg.has_content() else {}
        configs = records.get("secaggplus_configs")
        stage = str(configs.get("stage", "fit")) if configs is not None else "fit"
        t0 = time.perf_counter()
        reply = call_next(msg, ctxt)
        seconds = time.perf_counter() - t0
        up = content_bytes(reply.content) if reply.has_content() else 0
        with (log_dir / f"{ctxt.node_id}.log").open("a") as f:
            f.write(f"{msg.metadata.group_id} {up} {down} {seconds:.6f} {stage}\n")
        return reply

    return mod


def read_site_logs(log_dir: Path, group_id: str) -> tuple[int, int, float, int, dict[str, float]]:
    """(up bytes, down bytes, client seconds, nodes seen, client seconds per stage) summed over
    all nodes for one round."""
    up = down = nodes = 0
    seconds = 0.0
    per_stage: dict[str, float] = {}
    for path in log_dir.glob("*.log"):
        nodes += 1
        for line in path.read_text().splitlines():
            gid, u, d, s, stage = line.split()
            if gid == group_id:
                up, down, seconds = up + int(u), down + int(d), seconds + float(s)
                per_stage[stage] = per_stage.get(stage, 0.0) + float(s)
    return up, down, seconds, nodes, per_stage


def run_case(case: Case) -> Measurement:
    from flwr.client import Client, NumPyClient
    from flwr.client.mod import secaggplus_mod
    from flwr.clientapp import ClientApp
    from flwr.common import FitRes, Parameters, ndarrays_to_parameters, parameters_to_ndarrays
    from flwr.server import ServerConfig
    from flwr.server.client_manager import ClientManager
    from flwr.server.client_proxy import ClientProxy
    from flwr.server.compat import LegacyContext
    from flwr.server.strategy import FedAvg
    from flwr.server.workflow import DefaultWorkflow, SecAggPlusWorkflow
    from flwr.serverapp import Grid, ServerApp
    from flwr.simulation import run_simulation

    from coordinator.secure_agg import SecAggSettings, error_bound, fit_workflow
    from site_agent.secagg_mod import secaggplus_mask_mod

    logging.getLogger("flwr").setLevel(logging.WARNING)
    lengths = split_sizes(case.params, ARRAYS_PER_UPDATE)

    class TimedFedAvg(FedAvg):
        """FedAvg that records when each round's fit starts and ends, and its aggregate."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.started: dict[int, float] = {}
            self.finished: dict[int, float] = {}
            self.aggregate: dict[int, list[np.ndarray]] = {}

        def configure_fit(
            self, server_round: int, parameters: Parameters, client_manager: ClientManager
        ) -> list[tuple[ClientProxy, Any]]:
            self.started[server_round] = time.perf_counter()
            return super().configure_fit(server_round, parameters, client_manager)

        def aggregate_fit(
            self,
            server_round: int,
            results: list[tuple[ClientProxy, FitRes]],
            failures: list[tuple[ClientProxy, FitRes] | BaseException],
        ) -> tuple[Parameters | None, dict[str, Any]]:
            params, metrics = super().aggregate_fit(server_round, results, failures)
            self.finished[server_round] = time.perf_counter()
            if failures or len(results) != case.sites:
                raise RuntimeError(
                    f"round {server_round}: {len(results)} results, {len(failures)} failures"
                )
            if params is not None:
                self.aggregate[server_round] = parameters_to_ndarrays(params)
            return params, metrics

    class DeltaClient(NumPyClient):
        def __init__(self, pid: int) -> None:
            self.pid = pid

        def fit(
            self, parameters: list[np.ndarray], config: dict[str, Any]
        ) -> tuple[list[np.ndarray], int, dict[str, Any]]:
            if case.strategy == "flower":
                delta = site_delta(self.pid, int(config["round"]), lengths)
                return delta, site_examples(self.pid), {}
            from protocols.round import FitInstruction, FitReport

            rnd = FitInstruction.from_config(config).global_round
            n = site_examples(self.pid)
            report = FitReport(num_examples=n, steps=1, loss_before=0.0, loss_after=0.0)
            return site_delta(self.pid, rnd, lengths), n, report.to_metrics()

    strategy: Any
    if case.strategy == "flower":
        strategy = TimedFedAvg(
            fraction_fit=1.0,
            fraction_evaluate=0.0,
            min_fit_clients=case.sites,
            min_evaluate_clients=0,
            min_available_clients=case.sites,
            on_fit_config_fn=lambda server_round: {"round": server_round},
            initial_parameters=ndarrays_to_parameters([np.zeros(n, np.float32) for n in lengths]),
        )
    else:
        strategy = coordinator_strategy(case, lengths)
    settings = SecAggSettings()
    secagg_workflow = fit_workflow(settings, case.sites)
    server = ServerApp()

    @server.main()
    def main(grid: Grid, context: Context) -> None:
        legacy = LegacyContext(context, config=ServerConfig(num_rounds=ROUNDS), strategy=strategy)
        if case.mode == "secagg":
            workflow = DefaultWorkflow(fit_workflow=secagg_workflow)
        elif case.mode == "flwr-secagg":
            flwr_workflow = SecAggPlusWorkflow(
                num_shares=secagg_workflow.num_shares,
                reconstruction_threshold=secagg_workflow.reconstruction_threshold,
                max_weight=settings.max_weight,
                clipping_range=settings.clipping_range,
                quantization_range=settings.quantization_range,
                timeout=settings.timeout,
            )
            workflow = DefaultWorkflow(fit_workflow=flwr_workflow)
        else:
            workflow = DefaultWorkflow()
        workflow(grid, legacy)

    def client_fn(context: Context) -> Client:
        pid = int(str(context.node_config["partition-id"]))
        return DeltaClient(pid).to_client()

    with tempfile.TemporaryDirectory(prefix="secagg-bench-") as tmp:
        log_dir = Path(tmp)
        counter = byte_counter_mod(log_dir)
        secagg_mods = {"secagg": [secaggplus_mask_mod], "flwr-secagg": [secaggplus_mod]}
        mods: list[Mod] = [counter, *secagg_mods.get(case.mode, [])]
        client_app = ClientApp(client_fn=client_fn, mods=mods)
        if case.engine == "inprocess":
            from simulation.inprocess_grid import run_in_process

            run_in_process(main, client_app, case.sites)
        else:
            run_simulation(
                server_app=server,
                client_app=client_app,
                num_supernodes=case.sites,
                backend_config={
                    "client_resources": {"num_cpus": 1, "num_gpus": 0.0},
                    "init_args": {"logging_level": logging.ERROR, "log_to_driver": False},
                },
            )
        up, down, client_s, nodes, client_stage = read_site_logs(log_dir, str(TIMED_ROUND))
    if TIMED_ROUND not in strategy.finished or TIMED_ROUND not in strategy.aggregate:
        raise RuntimeError(f"round {TIMED_ROUND} did not aggregate ({case})")
    if nodes != case.sites:
        raise RuntimeError(f"{nodes} of {case.sites} sites logged replies ({case})")
    expected = expected_mean(case.sites, TIMED_ROUND, lengths)
    got = strategy.aggregate[TIMED_ROUND]
    err = max(float(np.max(np.abs(g - e))) for g, e in zip(got, expected, strict=True))
    # float32 rounding of FedAvg's mean; SecAgg+'s quantization bound on top of it.
    bound = 1e-8 + (
        error_bound(settings, [site_examples(p) for p in range(case.sites)])
        if case.mode != "fedavg"
        else 0.0
    )
    if err > bound:
        raise RuntimeError(f"aggregate off by {err:.3g} > {bound:.3g} ({case})")
    return Measurement(
        round_s=strategy.finished[TIMED_ROUND] - strategy.started[TIMED_ROUND],
        up_bytes_per_site=up / case.sites,
        down_bytes_per_site=down / case.sites,
        client_s_per_site=client_s / case.sites,
        max_abs_err=err,
        # the workflow's record is the last round's: the timed one (TIMED_ROUND == ROUNDS)
        stage_s=dict(secagg_workflow.stage_seconds) if case.mode == "secagg" else {},
        client_stage_s={k: v / case.sites for k, v in client_stage.items()},
    )


# ---- driver ------------------------------------------------------------------------------------


def coordinator_strategy(case: Case, lengths: Sequence[int]) -> Any:
    """The coordinator's StageStrategy, timed as TimedFedAvg is: round start to the return of
    aggregate_fit, the round's aggregate being the move of the global state (server learning
    rate 1, no momentum: the mean itself)."""
    from flwr.common import FitRes, Parameters
    from flwr.server.client_manager import ClientManager
    from flwr.server.client_proxy import ClientProxy

    from coordinator.strategy import StageStrategy
    from protocols.curriculum import Stage

    names = [f"p{i}" for i in range(len(lengths))]  # sorted as the arrays are ordered
    initial = {k: np.zeros(n, np.float32) for k, n in zip(names, lengths, strict=True)}
    stage = Stage(
        "bench", ("projector",), ("vqa",), ROUNDS, 1, 1, 1e-3,
        min_sites=case.sites, evaluate_every=0,
    )  # fmt: skip

    class TimedStage(StageStrategy):
        def __init__(self) -> None:
            super().__init__(
                run_id="bench", stage=stage, round_offset=0, global_state=initial,
                trainable_names=names, lora_rank=1, seed=0, num_sites=case.sites,
                curriculum_json="{}", signature_config={},
            )  # fmt: skip
            self.started: dict[int, float] = {}
            self.finished: dict[int, float] = {}
            self.aggregate: dict[int, list[np.ndarray]] = {}

        def configure_fit(
            self, server_round: int, parameters: Parameters, client_manager: ClientManager
        ) -> list[tuple[ClientProxy, Any]]:
            self.started[server_round] = time.perf_counter()
            return super().configure_fit(server_round, parameters, client_manager)

        def aggregate_fit(
            self,
            server_round: int,
            results: list[tuple[ClientProxy, FitRes]],
            failures: list[tuple[ClientProxy, FitRes] | BaseException],
        ) -> tuple[Parameters | None, dict[str, Any]]:
            before = {k: v.copy() for k, v in self.global_state.items()}
            params, metrics = super().aggregate_fit(server_round, results, failures)
            self.finished[server_round] = time.perf_counter()
            if failures or metrics.get("participants") != case.sites:
                raise RuntimeError(
                    f"round {server_round}: {metrics.get('participants')} participants, "
                    f"{len(failures)} failures"
                )
            self.aggregate[server_round] = [
                (self.global_state[k].astype(np.float64) - before[k]).astype(np.float32)
                for k in names
            ]
            return params, metrics

    return TimedStage()


def tiny_update_size() -> int:
    """Parameters in the tiny preset's projector + lm.lora state at LoRA rank 8."""
    from model import attach_lora, default_base_dir, load_base, trainable_state

    base, _tokenizer, _preset = load_base(default_base_dir())
    model = attach_lora(base, TINY_GROUPS, r=TINY_RANK, seed=0)
    return sum(int(v.size) for v in trainable_state(model, TINY_GROUPS).values())


def run_worker(case: Case) -> Measurement:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(asdict(case))]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_DEDUP_LOGS": "0"}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=WORKER_TIMEOUT_S
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"worker {case} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return Measurement(**json.loads(lines[-1]))


def plan(
    sizes: dict[str, int],
    sites: Sequence[int],
    repeats: int,
    big_repeats: int,
    modes: Sequence[str] = ("fedavg", "secagg"),
    engine: str = "ray",
    strategy: str = "flower",
) -> list[tuple[int, Case]]:
    """(repeat, case) in run order: every (sites, size) runs its modes back to back, in an
    order that flips each repeat, so slow drifts in background load hit every mode alike."""
    out: list[tuple[int, Case]] = []
    for r in range(max(repeats, big_repeats)):
        for n in sites:
            for name, params in sizes.items():
                big = params >= BIG_CASE_PARAMS and n >= BIG_CASE_SITES
                if r >= (big_repeats if big else repeats):
                    continue
                order = list(modes) if r % 2 == 0 else list(modes)[::-1]
                out += [(r, Case(mode, n, name, params, engine, strategy)) for mode in order]
    return out


def fmt_mb(n: float) -> str:
    return f"{n / 1e6:.3f}" if n < 1e7 else f"{n / 1e6:.1f}"


def median(ms: Sequence[Measurement], field: str) -> float:
    return float(statistics.median(float(getattr(m, field)) for m in ms))


def spread(ms: Sequence[Measurement]) -> str:
    """The range of the round times, when there was more than one run."""
    if len(ms) < 2:
        return ""
    return f" ({min(m.round_s for m in ms):.2f}-{max(m.round_s for m in ms):.2f})"


def table(
    sizes: dict[str, int],
    sites: Sequence[int],
    results: dict[Case, list[Measurement]],
    skipped: dict[tuple[int, str], str],
    engine: str = "ray",
    strategy: str = "flower",
) -> str:
    head = (
        "| sites | size | params | runs | round s FedAvg | round s SecAgg+ | time x "
        "| up MB/site FedAvg | up MB/site SecAgg+ | bytes x | up x fp32 "
        "| down MB/site FedAvg/SecAgg+ | client s/site FedAvg/SecAgg+ |"
    )
    rows = [head, "|" + "---|" * 13]
    for n in sites:
        for name, params in sizes.items():
            fa = results.get(Case("fedavg", n, name, params, engine, strategy), [])
            sa = results.get(Case("secagg", n, name, params, engine, strategy), [])
            if not fa or not sa:
                reason = skipped.get((n, name), "no result")
                rows.append(f"| {n} | {name} | {params:,} | 0 | skipped: {reason} |")
                continue

            t_f, t_s = median(fa, "round_s"), median(sa, "round_s")
            u_f, u_s = median(fa, "up_bytes_per_site"), median(sa, "up_bytes_per_site")
            d_f, d_s = median(fa, "down_bytes_per_site"), median(sa, "down_bytes_per_site")
            c_f, c_s = median(fa, "client_s_per_site"), median(sa, "client_s_per_site")
            rows.append(
                f"| {n} | {name} | {params:,} | {min(len(fa), len(sa))} "
                f"| {t_f:.2f}{spread(fa)} | {t_s:.2f}{spread(sa)} | {t_s / t_f:.1f} "
                f"| {fmt_mb(u_f)} | {fmt_mb(u_s)} | {u_s / u_f:.2f} | {u_s / (4 * params):.3f} "
                f"| {fmt_mb(d_f)} / {fmt_mb(d_s)} | {c_f:.2f} / {c_s:.2f} |"
            )
    return "\n".join(rows)


STAGES = ("setup", "share_keys", "collect_masked_vectors", "unmask")


def stage_table(
    sizes: dict[str, int],
    sites: Sequence[int],
    results: dict[Case, list[Measurement]],
    engine: str = "ray",
    strategy: str = "flower",
) -> str:
    """Where a SecAgg+ round's time goes, per SecAgg+ mode: round time and its ratio to FedAvg
    of the same run, the server's wall time per stage (MedFed's workflow records it; it
    includes waiting for every site), and the client seconds per site per stage (medians)."""
    head = (
        "| sites | size | mode | round s (x FedAvg) | wall s: setup / share keys / collect / "
        "unmask | client s/site: FedAvg fit | client s/site: setup / share keys / collect / "
        "unmask |"
    )
    rows = [head, "|" + "---|" * 7]
    for n in sites:
        for name, params in sizes.items():
            fa = results.get(Case("fedavg", n, name, params, engine, strategy), [])
            if not fa:
                continue
            for mode in MODES[1:]:
                sa = results.get(Case(mode, n, name, params, engine, strategy), [])
                if sa:
                    rows.append(_stage_row(n, name, mode, fa, sa))
    return "\n".join(rows)


def _stage_row(
    n: int, name: str, mode: str, fa: Sequence[Measurement], sa: Sequence[Measurement]
) -> str:
    wall = " / ".join(
        f"{statistics.median(m.stage_s.get(st, 0.0) for m in sa):.2f}" for st in STAGES
    )
    client = " / ".join(
        f"{statistics.median(m.client_stage_s.get(st, 0.0) for m in sa):.3f}" for st in STAGES
    )
    fit = statistics.median(m.client_stage_s.get("fit", 0.0) for m in fa)
    t_f, t_s = median(fa, "round_s"), median(sa, "round_s")
    return (
        f"| {n} | {name} | {mode} | {t_s:.2f} ({t_s / t_f:.2f}x; FedAvg {t_f:.2f}) "
        f"| {wall if any(m.stage_s for m in sa) else '-'} | {fit:.3f} | {client} |"
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument(
        "--sizes", default="tiny,20b", help="comma list of: tiny, 20b (default: tiny,20b)"
    )
    p.add_argument(
        "--sites", default="10,30,100", help="comma list of site counts >= 3 (default: 10,30,100)"
    )
    p.add_argument(
        "--repeats", type=int, default=3, help="simulations per (mode, sites, size) (default: 3)"
    )
    p.add_argument(
        "--big-repeats",
        type=int,
        default=1,
        help=f"repeats at {BIG_CASE_SITES}+ sites x {BIG_CASE_PARAMS:,}+ params (default: 1)",
    )
    p.add_argument(
        "--modes",
        default="fedavg,secagg",
        help=f"comma list of {', '.join(MODES)}; fedavg first (default: fedavg,secagg)",
    )
    p.add_argument(
        "--engine",
        choices=ENGINES,
        default="ray",
        help="ray: Flower's simulation engine (run_simulation); inprocess: the same ServerApp "
        "workflow and ClientApp, messages through a protobuf round trip, sites one after "
        "the other in this process (default: ray)",
    )
    p.add_argument(
        "--strategy",
        choices=STRATEGIES,
        default="flower",
        help="flower: Flower's plain FedAvg strategy in every mode (the protocol alone); "
        "coordinator: the coordinator's own stage strategy in every mode (each update "
        "decoded, checked for shape and finiteness and digested, then the mean and the server "
        "step), as a MedFed run aggregates (default: flower)",
    )
    p.add_argument("--worker", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.repeats < 1 or args.big_repeats < 1:
        p.error(f"--repeats/--big-repeats must be >= 1, got {args.repeats}/{args.big_repeats}")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    # Run as a script, bench/ is on sys.path and not the checkout: import this checkout's packages
    # (the workers get it through PYTHONPATH), not an installed copy.
    sys.path.insert(0, str(ROOT))
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(asdict(run_case(Case(**json.loads(args.worker))))), flush=True)
        return

    t_start = time.perf_counter()
    names = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in names if s not in ("tiny", "20b")]
    if unknown:
        raise SystemExit(f"--sizes: unknown size(s) {unknown}; choose from tiny, 20b")
    sizes = {name: (tiny_update_size() if name == "tiny" else SIZE_20B) for name in names}
    sites = [int(s) for s in args.sites.split(",") if s.strip()]
    if any(n < 3 for n in sites):
        raise SystemExit(f"--sites: SecAgg+ needs at least 3 sites, got {sites}")

    results: dict[Case, list[Measurement]] = {}
    skipped: dict[tuple[int, str], str] = {}
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not modes or modes[0] != "fedavg" or any(m not in MODES for m in modes):
        raise SystemExit(f"--modes: fedavg first, then any of {MODES[1:]}; got {modes}")
    cases = plan(sizes, sites, args.repeats, args.big_repeats, modes, args.engine, args.strategy)
    if args.strategy == "coordinator" and "flwr-secagg" in modes:
        raise SystemExit("--strategy coordinator: Flower's own SecAgg+ mod sends no fit reports")
    for r, case in cases:
        if (case.sites, case.size) in skipped:
            continue
        t0 = time.perf_counter()
        try:
            m = run_worker(case)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            reason = str(exc).strip().splitlines()[-1][:120]
            skipped[case.sites, case.size] = reason
            print(f"[repeat {r}] {case.mode} {case.sites} sites {case.size}: FAILED {reason}")
            continue
        results.setdefault(case, []).append(m)
        print(
            f"[repeat {r}] {case.mode:6s} {case.sites:2d} sites {case.size:4s} "
            f"round {m.round_s:7.3f} s  up/site {m.up_bytes_per_site / 1e6:9.3f} MB  "
            f"client/site {m.client_s_per_site:6.3f} s  err {m.max_abs_err:.2g}  "
            f"(simulation {time.perf_counter() - t0:.0f} s)",
            flush=True,
        )

    print()
    print(f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"load average at end {os.getloadavg()[0]:.2f}, Python {platform.python_version()}"
    )
    print(f"command: {shlex.join(['.venv/bin/python', 'bench/secagg_overhead.py', *sys.argv[1:]])}")
    print(f"sizes: {', '.join(f'{k}={v:,} params' for k, v in sizes.items())}")
    print(f"strategy: {args.strategy}")
    print(f"total wall time: {time.perf_counter() - t_start:.0f} s")
    print()
    print(table(sizes, sites, results, skipped, args.engine, args.strategy))
    print()
    print(stage_table(sizes, sites, results, args.engine, args.strategy))
    from coordinator.secure_agg import shares_and_threshold

    print()
    print(
        "SecAgg+ (num_shares, reconstruction_threshold): "
        + ", ".join(f"{n} sites {shares_and_threshold(n)}" for n in sites)
    )
    for (n, name), reason in skipped.items():
        print(f"failed: {n} sites x {name}: {reason}")


if __name__ == "__main__":
    main()
