"""Round overhead of Flower's Deployment Engine: round wall time minus compute time.

For each number of sites (and each SuperExec poll interval asked for), on 127.0.0.1: a TLS
SuperLink with SuperNode authentication, N registered SuperNodes (run under `nice`), optionally
the sites' fleet gateway in front of it, and one `flwr run` of the MedFed app with a one-round
curriculum on the tiny model (2 local DP steps, SecAgg+). It prints, side by side:

- round s: the coordinator's own round time (start of `configure_fit` to the end of
  `aggregate_fit`, from the checkpoint manifest's summary),
- run s: the run's wall time from `running` to `finished` (ServerApp start-up and teardown too),
- clientapp s/site: Flower's own ClientApp accounting (`flwr ls` compute-time, from the moment a
  ClientApp process pulls its message to the moment it pushes the reply, every message of the
  run) divided by N: what a site computes, process start-up excluded,
- overhead s: round s minus clientapp s/site (sites run in parallel; on 2 cores they also
  contend, which this does not remove).

Flower 1.42's polling: the SuperNode waits `time.sleep(3)` between empty pulls
(`flwr/supernode/start_client_internal.py`) and the ServerApp's `Grid.send_and_receive` sleeps 3 s
between pulls of replies (`flwr/superlink/grid/http_grid.py`): both fixed, no option. The one
knob is the SuperExec's task poll (how soon a pulled message gets its ClientApp / a run its
ServerApp process): `FLWR_SUPEREXEC_TASK_POLL_INTERVAL` (seconds, default 1.0, 0.01..60), read by
every `flower-superexec` the SuperLink and the SuperNodes start. `--poll` sets it for all.

    nice -n 5 .venv/bin/python bench/deploy_overhead.py --sites 3 10 --poll default 0.1
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deploy import init_consortium, init_site  # noqa: E402
from deploy.flwr_cli import (  # noqa: E402
    Connection,
    flwr_json,
    register_supernode,
    start_run,
    wait_for_nodes,
    wait_for_run,
)
from deploy.localnet import (  # noqa: E402
    free_ports,
    kill_matching,
    start_in_session,
    stop_groups,
    wait_for_port,
)
from deploy.pki import add_site  # noqa: E402

BIN = Path(sys.executable).parent
CONN = "bench"
CURRICULUM = """schema = 1

[curriculum]
name = "deploy-bench"
description = "one round of two local steps"

[[stage]]
name = "instruction"
trainable_groups = ["projector", "lm.lora"]
data = { vqa = 1.0 }
max_length = 64
images_per_sample = 1
rounds = 1
local_steps = 2
optimizer = "adamw"
learning_rate = 2e-3
batch_size = 8
min_sites = 3
evaluate_every = 0
chat_template = "plain"

[stage.dp]
noise_multiplier = 0.8
clipping_norm = 1.0
delta = 1e-5
"""


@dataclass
class Processes:
    """Every process started here, each in its own session; stopped by group, then by marker
    (a SuperNode's ClientApp processes can outlive it)."""

    logs: Path
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)

    def start(self, name: str, cmd: list[str], nice: int = 0) -> subprocess.Popen[bytes]:
        prefix = ["nice", "-n", str(nice)] if nice else []
        proc = start_in_session(prefix + cmd, self.logs / f"{name}.log", self.env)
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        stop_groups(self.procs)
        for marker in self.markers:
            kill_matching(marker, grace=3)


def prepare(tmp: Path, sites: int) -> tuple[Path, Path, Path, dict[str, Path]]:
    """Consortium, N synthetic hospitals with agent directories and policies, signed curriculum."""
    from model import default_base_dir
    from model.digest import base_dir_digest
    from protocols.curriculum_file import load_curriculum
    from protocols.keys import load_private_key
    from protocols.signing import RunTerms, sign_manifest
    from simulation.prepare import site_policy_text
    from simulation.synth import synthesize
    from site_agent.privacy import create_site_ledger

    layout = init_consortium(tmp / "consortium").layout
    summary = synthesize(tmp / "hospitals", sites=sites, studies_per_site=16, seed=0)
    digest = base_dir_digest(default_base_dir())
    cur_file = tmp / "curriculum.toml"
    cur_file.write_text(CURRICULUM)
    terms = RunTerms.starting_now("deploy-bench", 8, 1.0)
    signed = sign_manifest(
        load_private_key(layout.signing_key), load_curriculum(cur_file), digest, terms
    )
    sig_file = signed.save(tmp / "curriculum.sig.json")
    agents = {}
    for name in summary.sites:
        agent = tmp / "agents" / name
        site = init_site(name, agent)
        create_site_ledger(agent)
        policy = site_policy_text(
            name, layout.public_signing, digest, 50.0, 8, accounted_studies=16
        )
        (agent / "policy.toml").write_text(policy)
        add_site(layout.root, site.layout.bundle, epsilon_cap=50.0)
        agents[name] = agent
    return layout.root, cur_file, sig_file, agents


def measure(sites: int, poll: str, via_gateway: bool) -> dict[str, float | int | str]:
    from coordinator.checkpoints import list_checkpoints
    from deploy.layout import ConsortiumLayout, SiteLayout
    from ledger.registry import registry_dir

    tmp = Path(tempfile.mkdtemp(prefix=f"deploy-bench-{sites}-")).resolve()
    root, cur_file, sig_file, agents = prepare(tmp, sites)
    layout = ConsortiumLayout(root)
    port, gateway_port, *node_ports = free_ports(2 + sites)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDFED_")}
    env.update(FLWR_HOME=str(tmp / "flwr-home"), FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION="1")
    env["PATH"] = f"{BIN}:{env['PATH']}"
    if poll != "default":
        env["FLWR_SUPEREXEC_TASK_POLL_INTERVAL"] = poll
    Connection(CONN, f"127.0.0.1:{port}", layout.public_ca).write(tmp / "flwr-home")
    procs = Processes(tmp, env, markers=[str(tmp), f"127.0.0.1:{port}"])
    try:
        link = [str(BIN / "flower-superlink"), "--host", "127.0.0.1", "--port", str(port)]
        link += ["--ssl-ca-certfile", str(layout.superlink_ca), "--ssl-certfile"]
        link += [str(layout.server_cert), "--ssl-keyfile", str(layout.server_key)]
        link += ["--enable-supernode-auth", "--database", str(tmp / "superlink.db")]
        link += ["--disable-runtime-dependency-installation"]
        wait_for_port(port, procs.start("superlink", link), 120, "SuperLink")
        dial = port
        if via_gateway:
            gw = [sys.executable, "-m", "deploy.fleet_gateway", str(root), "--listen"]
            gw += [f"127.0.0.1:{gateway_port}", "--superlink", f"127.0.0.1:{port}"]
            gw += ["--log-level", "warning"]
            wait_for_port(gateway_port, procs.start("gateway", gw), 120, "gateway")
            procs.markers.append(f"127.0.0.1:{gateway_port}")
            dial = gateway_port
        for (name, agent), node_port in zip(agents.items(), node_ports, strict=True):
            register_supernode(layout.sites / f"{name}.pub", CONN, name, env)
            procs.markers.append(f"127.0.0.1:{node_port}")
            node = [str(BIN / "flower-supernode"), "--superlink", f"127.0.0.1:{dial}"]
            node += ["--root-certificates", str(layout.public_ca)]
            node += ["--auth-supernode-private-key", str(SiteLayout(agent).node_key)]
            node += ["--port", str(node_port), "--node-config"]
            node += [f"site-dir='{tmp / 'hospitals' / name}' agent-dir='{agent}'"]
            procs.start(name, node, nice=5)
        wait_for_nodes(CONN, sites, timeout=300, env=env)
        config: dict[str, str | int | float | bool] = {
            "curriculum-file": str(cur_file),
            "signature-file": str(sig_file),
            "out-dir": str(tmp / "out"),
            "data-root": str(tmp / "hospitals"),
            "site-registry": str(registry_dir(root)),
            "coordinator-key": str(layout.signing_key),
        }
        run_id = start_run(ROOT, CONN, config, env=env)
        status = wait_for_run(
            CONN, run_id, timeout=1800, env=env, poll=5.0
        )  # each poll is a process
        if not status.completed:
            raise RuntimeError(f"{sites} sites: run {status.status} {status.details}; see {tmp}")
        (run,) = flwr_json(["ls", CONN, "--run-id", run_id], env=env)["runs"]
        (ckpt,) = list_checkpoints(tmp / "out" / "deploy-bench" / "checkpoints")
        summary = ckpt.manifest["summary"]
        if summary["participants"] != sites:
            raise RuntimeError(f"{sites} sites: only {summary['participants']} took part")
        started, finished = (_seconds(run[k]) for k in ("running-at", "finished-at"))
        per_site = float(run["compute-time"]["clientapp-seconds"]) / sites
        return {
            "sites": sites,
            "poll": poll,
            "gateway": "yes" if via_gateway else "no",
            "round_s": round(float(summary["seconds"]), 1),
            "run_s": round(finished - started, 1),
            "clientapp_s_site": round(per_site, 1),
            "overhead_s": round(float(summary["seconds"]) - per_site, 1),
        }
    finally:
        procs.stop()


def _seconds(stamp: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(stamp).timestamp()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[3, 10])
    parser.add_argument(
        "--poll", nargs="+", default=["default"],
        help="FLWR_SUPEREXEC_TASK_POLL_INTERVAL values (seconds) or 'default' (1.0)",
    )  # fmt: skip
    parser.add_argument("--via-gateway", action="store_true", help="SuperNodes dial the gateway")
    args = parser.parse_args()
    rows = []
    for poll in args.poll:
        for sites in args.sites:
            began = time.monotonic()
            row = measure(sites, poll, args.via_gateway)
            row["bench_s"] = round(time.monotonic() - began, 1)
            print(json.dumps(row), flush=True)
            rows.append(row)
    print(
        "\n| sites | superexec poll s | gateway | round s | run s | clientapp s/site | overhead s |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['sites']} | {r['poll']} | {r['gateway']} | {r['round_s']} | {r['run_s']} "
            f"| {r['clientapp_s_site']} | {r['overhead_s']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
