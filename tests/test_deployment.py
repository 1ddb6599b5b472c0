"""Flower's Deployment Engine on 127.0.0.1 with the consortium PKI: a TLS SuperLink with SuperNode
authentication, three registered hospital SuperNodes, `flwr run` of a signed one-round curriculum,
and the two refusals (an unregistered SuperNode, a SuperNode that trusts another CA).

Every process is started in its own session and killed by process group at teardown, then by
marker (the temp path, the ports), since a SuperNode's `flower-superexec` can outlive it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from procs import kill_matching
from sqlalchemy import create_engine, text

from auditor.verify import verify_ledger
from coordinator.checkpoints import list_checkpoints
from deploy import ConsortiumLayout, add_site, init_consortium, init_site
from deploy.flwr_cli import (
    Connection,
    register_supernode,
    start_run,
    wait_for_nodes,
    wait_for_run,
)
from deploy.layout import SiteLayout
from ledger.receipts import read_receipts
from ledger.registry import registry_dir
from ledger.store import ConsortiumLedger
from model import default_base_dir
from model.digest import base_dir_digest
from protocols.curriculum_file import load_curriculum
from protocols.keys import load_private_key, load_public_key
from protocols.ledger_entry import CoordinatorRoundEntry
from protocols.signing import RunTerms, sign_manifest
from simulation.prepare import site_policy_text
from simulation.synth import synthesize
from site_agent.privacy import create_site_ledger, default_url

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONN = "deploy"
CAP = 50.0
PG = "postgresql+psycopg://root@127.0.0.1:5432"
pytestmark = pytest.mark.slow

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
batch_size = 8
min_sites = 3
evaluate_every = 1
chat_template = "plain"

[stage.dp]
noise_multiplier = 0.8
clipping_norm = 1.0
delta = 1e-5
"""


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


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

    def start(self, name: str, cmd: list[str]) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, env=self.env, start_new_session=True
        )
        log.close()
        self.procs.append(proc)
        return proc

    def log(self, name: str) -> str:
        path = self.tmp / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def supernode(self, key: Path, ca: Path, port: int, config: str = "") -> list[str]:
        self.markers.append(f"127.0.0.1:{port}")
        cmd = [str(BIN / "flower-supernode"), "--superlink", f"127.0.0.1:{self.port}"]
        cmd += ["--root-certificates", str(ca), "--auth-supernode-private-key", str(key)]
        cmd += ["--port", str(port)]
        return cmd + (["--node-config", config] if config else [])

    def stop(self) -> None:
        for proc in self.procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        for proc in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(max(0.1, deadline - time.monotonic()))
        for proc in self.procs:  # the group outlives its leader while any member lives
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)
        for marker in (str(self.tmp), *self.markers):
            kill_matching(marker, grace=3)


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"SuperLink exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.2)
    raise TimeoutError(f"SuperLink not listening on {port} after {timeout} s")


def _prepare_sites(tmp: Path, layout: ConsortiumLayout) -> tuple[Path, Path, dict[str, Path]]:
    """Synthetic hospitals, each with an agent directory made by `medfed site init` (its keys
    and privacy ledger) and a policy trusting the consortium's curriculum key; the site joins
    with its bundle and declared cap; a one-round curriculum signed with that key."""
    summary = synthesize(tmp / "hospitals", sites=3, studies_per_site=16, seed=0)
    digest = base_dir_digest(default_base_dir())
    cur_file = tmp / "curriculum.toml"
    cur_file.write_text(CURRICULUM)
    terms = RunTerms.starting_now("deploy-check", 8, 1.0)
    key = load_private_key(layout.signing_key)
    signed = sign_manifest(key, load_curriculum(cur_file), digest, terms)
    sig_file = signed.save(tmp / "curriculum.sig.json")
    agents = {}
    for name in summary.sites:
        agent = tmp / "agents" / name
        site = init_site(name, agent)  # the keys the deployed agent signs with
        create_site_ledger(agent)  # as `medfed site init` does: the lifetime budget starts here
        policy = site_policy_text(
            name, layout.public_signing, digest, CAP, 8, accounted_studies=16
        )  # the studies synthesize() made per site
        (agent / "policy.toml").write_text(policy)
        add_site(layout.root, site.layout.bundle, epsilon_cap=CAP)
        agents[name] = agent
    return cur_file, sig_file, agents


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    tmp = tmp_path_factory.mktemp("deploy").resolve()
    layout = init_consortium(tmp / "consortium").layout
    port, *node_ports = free_ports(4)
    home = tmp / "flwr-home"
    Connection(CONN, f"127.0.0.1:{port}", layout.public_ca).write(home)
    env = dict(os.environ, FLWR_HOME=str(home), FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION="1")
    env["PATH"] = f"{BIN}:{env['PATH']}"
    database = f"medfed_deploy_{uuid.uuid4().hex[:12]}"
    # The ServerApp finds the ledger's URL in its host's environment, never in the run config.
    env["MEDFED_DATABASE_URL"] = f"{PG}/{database}"
    fed = Federation(tmp, env, layout, port, tmp / "hospitals", markers=[f"127.0.0.1:{port}"])
    fed.database = env["MEDFED_DATABASE_URL"]
    admin = create_engine(f"{PG}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        cur_file, sig_file, agents = _prepare_sites(tmp, layout)
        fed.curriculum = (cur_file, sig_file)
        superlink = [str(BIN / "flower-superlink"), "--host", "127.0.0.1", "--port", str(port)]
        superlink += ["--ssl-ca-certfile", str(layout.superlink_ca)]
        superlink += ["--ssl-certfile", str(layout.server_cert)]
        superlink += ["--ssl-keyfile", str(layout.server_key)]
        superlink += ["--enable-supernode-auth", "--database", str(tmp / "superlink.db")]
        superlink += ["--disable-runtime-dependency-installation"]
        _wait_for_port(port, fed.start("superlink", superlink), timeout=60)
        fed.agents = agents
        for (name, agent), node_port in zip(agents.items(), node_ports, strict=True):
            site = SiteLayout(agent)
            node_pub = layout.sites / f"{name}.pub"
            fed.node_ids.append(register_supernode(node_pub, CONN, name, env))  # first
            config = f"site-dir='{fed.hospitals / name}' agent-dir='{agent}'"
            fed.start(name, fed.supernode(site.node_key, layout.public_ca, node_port, config))
        yield fed
    finally:
        fed.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def test_signed_curriculum_runs_over_three_authenticated_sites(federation: Federation) -> None:
    fed = federation
    online = wait_for_nodes(CONN, 3, timeout=60, env=fed.env)  # the ServerApp counts them
    assert sorted(online) == sorted(fed.node_ids)
    cur_file, sig_file = fed.curriculum
    out = fed.tmp / "out"
    run_config = {
        "curriculum-file": str(cur_file),
        "signature-file": str(sig_file),
        "out-dir": str(out),
        "data-root": str(fed.hospitals),
        "site-registry": str(registry_dir(fed.layout.root)),
        "coordinator-key": str(fed.layout.signing_key),
    }
    run_id = start_run(ROOT, CONN, run_config, env=fed.env)
    # `flwr run` returns at once and exits 0 even when the ServerApp fails: poll the status.
    status = wait_for_run(CONN, run_id, timeout=300, env=fed.env)
    logs = subprocess.run(
        [str(BIN / "flwr"), "log", run_id, CONN, "--show"],
        env=fed.env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    ).stdout[-4000:]  # fmt: skip
    assert status.completed, f"{status}\n{logs}"
    run_dir = out / "deploy-check"  # named by the signed run id, not Flower's run id
    ckpts = list_checkpoints(run_dir / "checkpoints")
    assert [c.global_round for c in ckpts] == [1], logs
    summary = ckpts[0].manifest["summary"]
    assert summary["participants"] == 3 and summary["sampled"] == 3, summary
    assert summary["failures"] == 0 and summary.get("refusals", 0) == 0, summary
    assert (run_dir / "export" / "adapter" / "adapter_config.json").is_file()
    assert not (run_dir / "consortium-ledger.sqlite").exists()  # the ledger is in PostgreSQL
    # Each site signed its entry with the key `medfed site init` made (registered by add-site),
    # the coordinator signed its own, and every site holds a receipt of the final chain head.
    held = [h for name, a in fed.agents.items() for h in read_receipts(default_url(a), name)]
    assert {h.holder for h in held} == set(fed.agents), held
    with ConsortiumLedger(fed.database, migrate=False) as ledger:
        entries = ledger.entries("deploy-check")
        result = verify_ledger(
            ledger, "deploy-check", coordinator_key=load_public_key(fed.layout.public_signing),
            receipts=held,
        )  # fmt: skip
    assert result.ok, [str(p) for p in result.problems]
    rounds = [e.entry for e in entries if isinstance(e.entry, CoordinatorRoundEntry)]
    assert [r.participants for r in rounds] == [tuple(sorted(fed.agents))]
    final = max(e.seq for e in entries if isinstance(e.entry, CoordinatorRoundEntry))
    assert all(any(h.receipt.seq == final for h in held if h.holder == n) for n in fed.agents)


def _refused(fed: Federation, name: str, ca: Path) -> tuple[int, str]:
    """Start a SuperNode with an unregistered key and `ca`; it must exit on its own."""
    site = init_site(name, fed.tmp / "keys" / name)
    (port,) = free_ports(1)
    proc = fed.start(name, fed.supernode(site.layout.node_key, ca, port))
    try:
        code = proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"SuperNode {name} still running after 60 s:\n{fed.log(name)[-3000:]}")
    return code, fed.log(name)


def test_an_unregistered_supernode_is_refused_at_once(federation: Federation) -> None:
    code, log = _refused(federation, "unregistered", federation.layout.public_ca)
    assert code != 0, log
    assert "Exit Code: 305" in log and "[code: 2004]" in log, log[-3000:]


def test_a_supernode_trusting_another_ca_cannot_connect(federation: Federation) -> None:
    other = init_consortium(federation.tmp / "other-consortium").layout
    code, log = _refused(federation, "wrong-ca", other.public_ca)
    assert code != 0, log
    assert "Exit Code: 305" in log and "CERTIFICATE_VERIFY_FAILED" in log, log[-3000:]
    assert "[code: 2004]" not in log  # refused by TLS, before authentication
