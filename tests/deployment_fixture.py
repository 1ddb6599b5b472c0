"""Test helper (imported as `deployment_fixture`): a consortium on 127.0.0.1 with
Flower's Deployment Engine: a TLS SuperLink with SuperNode authentication and an SQLite
`--database` (so it can be restarted), three registered hospital SuperNodes, a signed curriculum,
and a PostgreSQL database of its own for the consortium ledger.

Every process is started in its own session and killed by process group at teardown, then by
marker (the temp path, the ports), since a SuperNode's `flower-superexec` can outlive it
(deploy.localnet).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import create_engine, text

from deploy import ConsortiumLayout, add_site, init_consortium, init_site
from deploy.flwr_cli import Connection, FlwrError, RunStatus, register_supernode, run_status
from deploy.layout import SiteLayout
from deploy.localnet import free_ports, kill_matching, start_in_session, stop_groups, wait_for_port
from ledger.registry import registry_dir
from model import default_base_dir
from model.digest import base_dir_digest
from protocols.curriculum_file import load_curriculum
from protocols.keys import load_private_key
from protocols.signing import RunTerms, sign_manifest
from simulation.prepare import site_policy_text
from simulation.synth import synthesize
from site_agent.agent import site_signing_key
from site_agent.privacy import create_site_ledger

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONN = "deploy"
CAP = 50.0
PG = "postgresql+psycopg://root@127.0.0.1:5432"
STUDIES = 16  # per synthetic hospital

CURRICULUM = """schema = 1

[curriculum]
name = "deploy-check"
description = "one round of two local steps over three hospitals"

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
server_learning_rate = 1.5  # crosses the SuperLink in the signed curriculum the sites check
batch_size = 8
min_sites = 3
evaluate_every = 1
chat_template = "plain"

[stage.dp]
noise_multiplier = 0.8
clipping_norm = 1.0
delta = 1e-5
"""


def wait_until(what: str, check: Callable[[], bool], timeout: float, poll: float = 0.2) -> None:
    """Poll `check` until it holds; TimeoutError naming `what` otherwise."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not after {timeout} s")
        time.sleep(poll)


@dataclass
class Federation:
    tmp: Path
    env: dict[str, str]
    layout: ConsortiumLayout
    port: int
    hospitals: Path
    curriculum: tuple[Path, Path] = (Path(), Path())  # curriculum file, its signature
    node_ids: list[int] = field(default_factory=list)  # as `flwr supernode register` gave them
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    database: str = ""  # the consortium ledger's URL (PostgreSQL)
    agents: dict[str, Path] = field(default_factory=dict)  # each site's agent directory
    node_ports: dict[str, int] = field(default_factory=dict)  # each site's SuperNode port
    running: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)  # by log name
    gateway_port: int = 0  # the sites' fleet gateway, when the SuperNodes dial one

    def start(self, name: str, cmd: list[str]) -> subprocess.Popen[bytes]:
        """Start `cmd` in its own session, appending its output to `name`.log."""
        proc = start_in_session(cmd, self.tmp / f"{name}.log", self.env)
        self.procs.append(proc)
        self.running[name] = proc
        return proc

    def log(self, name: str) -> str:
        path = self.tmp / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def superlink_cmd(self) -> list[str]:
        layout = self.layout
        cmd = [str(BIN / "flower-superlink"), "--host", "127.0.0.1", "--port", str(self.port)]
        cmd += ["--ssl-ca-certfile", str(layout.superlink_ca)]
        cmd += ["--ssl-certfile", str(layout.server_cert)]
        cmd += ["--ssl-keyfile", str(layout.server_key)]
        # On disk, not in memory: a restarted SuperLink still knows the registered nodes.
        cmd += ["--enable-supernode-auth", "--database", str(self.tmp / "superlink.db")]
        return cmd + ["--disable-runtime-dependency-installation"]

    def start_superlink(self) -> subprocess.Popen[bytes]:
        proc = self.start("superlink", self.superlink_cmd())
        wait_for_port(self.port, proc, timeout=60)
        return proc

    def supernode(self, key: Path, ca: Path, port: int, config: str = "") -> list[str]:
        self.markers.append(f"127.0.0.1:{port}")
        fleet = self.gateway_port or self.port  # hospitals reach the gateway, where there is one
        cmd = [str(BIN / "flower-supernode"), "--superlink", f"127.0.0.1:{fleet}"]
        cmd += ["--root-certificates", str(ca), "--auth-supernode-private-key", str(key)]
        cmd += ["--port", str(port)]
        return cmd + (["--node-config", config] if config else [])

    def site_cmd(self, name: str) -> list[str]:
        """The SuperNode command of hospital `name`, with its data and agent directories."""
        agent = self.agents[name]
        config = f"site-dir='{self.hospitals / name}' agent-dir='{agent}'"
        key = SiteLayout(agent).node_key
        return self.supernode(key, self.layout.public_ca, self.node_ports[name], config)

    def start_gateway(self) -> subprocess.Popen[bytes]:
        """`medfed consortium gateway`: the one port the hospitals reach, forwarding only the
        Fleet API to the SuperLink."""
        cmd = [sys.executable, "-m", "deploy.fleet_gateway", str(self.layout.root)]
        cmd += ["--listen", f"127.0.0.1:{self.gateway_port}"]
        proc = self.start("gateway", [*cmd, "--superlink", f"127.0.0.1:{self.port}"])
        wait_for_port(self.gateway_port, proc, timeout=60)
        return proc

    def start_site(self, name: str) -> subprocess.Popen[bytes]:
        return self.start(name, self.site_cmd(name))

    def node_id(self, name: str) -> int:
        return self.node_ids[list(self.agents).index(name)]

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Signal the whole process group of `name` (a SuperNode with its ClientApp processes,
        or the SuperLink with its ServerApp) and wait for its leader."""
        proc = self.running.pop(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        proc.wait(30)
        with contextlib.suppress(ProcessLookupError):  # members that outlive the leader
            os.killpg(proc.pid, signal.SIGKILL)

    def flwr_log(self, run_id: str) -> str:
        """The tail of what the run's ServerApp printed (`flwr log`)."""
        return subprocess.run(
            [str(BIN / "flwr"), "log", run_id, CONN, "--show"],
            env=self.env, capture_output=True, text=True, timeout=60, cwd=ROOT,
        ).stdout[-4000:]  # fmt: skip

    def wait_in_run(
        self, run_id: str, what: str, check: Callable[[], bool], timeout: float
    ) -> None:
        """Poll `check` (cheap: a file, a log) every 0.2 s until it holds while Flower run
        `run_id` goes on; fail, with the ServerApp's log, if the run ends first. The run's
        status (`flwr ls`, seconds on a busy machine) is read beside the polling, in a thread,
        so that a kill that waits on `check` is never late because of it."""
        ended: list[RunStatus] = []
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(5):
                with contextlib.suppress(FlwrError, subprocess.TimeoutExpired):
                    status = run_status(CONN, run_id, self.env)
                    if status.finished:
                        ended.append(status)
                        return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        deadline = time.monotonic() + timeout
        try:
            while not check():
                if ended and not check():
                    raise AssertionError(f"{what}: the run ended first: {ended[0]}\n"
                                         f"{self.flwr_log(run_id)}")  # fmt: skip
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{what}: not after {timeout} s\n{self.flwr_log(run_id)}")
                time.sleep(0.2)
        finally:
            stop.set()

    def run_config(self, out: Path, curriculum: tuple[Path, Path] | None = None) -> dict[str, str]:
        cur_file, sig_file = curriculum or self.curriculum
        return {
            "curriculum-file": str(cur_file),
            "signature-file": str(sig_file),
            "out-dir": str(out),
            "data-root": str(self.hospitals),
            "site-registry": str(registry_dir(self.layout.root)),
            "coordinator-key": str(self.layout.signing_key),
        }

    def stop(self) -> None:
        stop_groups(self.procs)
        for marker in (str(self.tmp), *self.markers):
            kill_matching(marker, grace=3)


def sign_curriculum(tmp: Path, layout: ConsortiumLayout, curriculum: str) -> tuple[Path, Path]:
    """Write `curriculum` and sign it with the consortium's key for the tiny base model; the
    signed run id is the curriculum's name."""
    name = re.search(r'^name = "([^"]+)"', curriculum, re.MULTILINE)
    if name is None:
        raise ValueError("the curriculum has no [curriculum] name")
    cur_file = tmp / f"{name.group(1)}.toml"
    cur_file.write_text(curriculum)
    terms = RunTerms.starting_now(name.group(1), 8, 1.0)
    digest = base_dir_digest(default_base_dir())
    signed = sign_manifest(load_private_key(layout.signing_key), load_curriculum(cur_file),
                           digest, terms)  # fmt: skip
    return cur_file, signed.save(tmp / f"{name.group(1)}.sig.json")


def prepare_sites(tmp: Path, layout: ConsortiumLayout, min_survivors: int = 3) -> dict[str, Path]:
    """Synthetic hospitals, each with an agent directory made by `medfed site init` (its keys
    and privacy ledger) and a policy trusting the consortium's curriculum key (unmasking a mean
    of at least `min_survivors` sites' updates); the site joins with its bundle and declared
    cap."""
    summary = synthesize(tmp / "hospitals", sites=3, studies_per_site=STUDIES, seed=0)
    digest = base_dir_digest(default_base_dir())
    agents, bundles, peers = {}, {}, {}
    for name in summary.sites:
        agent = tmp / "agents" / name
        site = init_site(name, agent)  # the keys the deployed agent signs with
        create_site_ledger(agent)  # as `medfed site init` does: the lifetime budget starts here
        agents[name], bundles[name] = agent, site.layout.bundle
        peers[name] = (
            site_signing_key(agent).public_key()
            .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")
        )  # fmt: skip
    for name, agent in agents.items():
        # each hospital lists the others' ledger-signing keys: its SecAgg+ neighbours must be them
        policy = site_policy_text(
            name, layout.public_signing, digest, CAP, 8, accounted_studies=STUDIES,
            peer_keys=tuple(pem for other, pem in peers.items() if other != name),
            min_survivors=min_survivors,
        )  # fmt: skip
        (agent / "policy.toml").write_text(policy)
        add_site(layout.root, bundles[name], epsilon_cap=CAP)
    return agents


@contextlib.contextmanager
def federation_up(
    tmp: Path,
    db_prefix: str,
    curriculum: str = CURRICULUM,
    *,
    env: dict[str, str] | None = None,
    before_start: Callable[[Federation], None] | None = None,
    start_site: Callable[[Federation, str], None] | None = None,
    gateway: bool = False,
    min_survivors: int = 3,
) -> Iterator[Federation]:
    """The consortium in `tmp`, its SuperLink up and its three sites registered and started
    (`start_site`, default: a plain SuperNode); with `gateway`, the SuperNodes dial the sites'
    fleet gateway, as DEPLOY.md sets a consortium up, not the SuperLink; every process stopped
    and the ledger's database dropped afterwards. `before_start` sees the federation before
    any process runs."""
    layout = init_consortium(tmp / "consortium").layout
    port, gateway_port, *node_ports = free_ports(5)
    home = tmp / "flwr-home"
    Connection(CONN, f"127.0.0.1:{port}", layout.public_ca).write(home)
    full_env = dict(os.environ, FLWR_HOME=str(home))
    full_env["FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION"] = "1"
    full_env["PATH"] = f"{BIN}:{full_env['PATH']}"
    full_env.update(env or {})
    database = f"{db_prefix}_{uuid.uuid4().hex[:12]}"
    # The ServerApp finds the ledger's URL in its host's environment, never in the run config.
    full_env["MEDFED_DATABASE_URL"] = f"{PG}/{database}"
    fed = Federation(tmp, full_env, layout, port, tmp / "hospitals", markers=[f"127.0.0.1:{port}"])
    fed.database = full_env["MEDFED_DATABASE_URL"]
    if gateway:
        fed.gateway_port = gateway_port
        fed.markers.append(f"127.0.0.1:{gateway_port}")
    admin = create_engine(f"{PG}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        fed.agents = prepare_sites(tmp, layout, min_survivors)
        fed.node_ports = dict(zip(fed.agents, node_ports, strict=True))
        fed.curriculum = sign_curriculum(tmp, layout, curriculum)
        if before_start is not None:
            before_start(fed)
        fed.start_superlink()
        if gateway:
            fed.start_gateway()
        for name in fed.agents:
            node_pub = layout.sites / f"{name}.pub"
            fed.node_ids.append(register_supernode(node_pub, CONN, name, full_env))  # first
            if start_site is None:
                fed.start_site(name)
            else:
                start_site(fed, name)
        yield fed
    finally:
        fed.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()
