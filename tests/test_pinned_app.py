"""Hospital-pinned ClientApp code on a real SuperLink and three SuperNodes on 127.0.0.1 (TLS,
node authentication): each SuperNode runs with `--isolation process` next to `medfed site
clientapp`, and each site's policy approves one app bundle digest (`medfed app digest`).

A modified copy of the app, whose ClientApp would write a file the moment it is imported, is
refused at every site before any of its code runs; the approved bundle then trains a round.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w
from sqlalchemy import create_engine, text
from test_deployment import (
    BIN,
    CONN,
    PG,
    ROOT,
    Federation,
    _prepare_sites,
    _wait_for_port,
    free_ports,
)

from coordinator.checkpoints import list_checkpoints
from deploy import ConsortiumLayout, init_consortium
from deploy.flwr_cli import Connection, register_supernode, start_run, wait_for_nodes, wait_for_run
from deploy.layout import SiteLayout
from ledger.registry import registry_dir

pytestmark = pytest.mark.slow


def _medfed(*args: str, env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-m", "medfed.cli", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip


def _modified_copy(dest: Path, marker: Path) -> Path:
    """The app's files as `flwr run` bundles them, with a ClientApp that acts on import."""
    from flwr.cli.build import collect_files

    for rel, content in collect_files(ROOT).items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else Path(content).read_bytes()
        target.write_bytes(data)
    client_app = dest / "site_agent" / "client_app.py"
    client_app.write_text(
        client_app.read_text()
        + f"\n# not the approved code: runs as soon as it is imported, skipping the gate\n"
        f"Path({str(marker)!r}).write_text('imported')\n"
    )
    return dest


def _approve(policy: Path, digest: str) -> None:
    doc = tomllib.loads(policy.read_text())
    doc["trust"]["app_digests"] = [digest]
    policy.write_text(tomli_w.dumps(doc))


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    tmp = tmp_path_factory.mktemp("pinned").resolve()
    layout: ConsortiumLayout = init_consortium(tmp / "consortium").layout
    port, *node_ports = free_ports(4)
    home = tmp / "flwr-home"
    Connection(CONN, f"127.0.0.1:{port}", layout.public_ca).write(home)
    env = dict(os.environ, FLWR_HOME=str(home), FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION="1")
    env["PATH"] = f"{BIN}:{env['PATH']}"
    env["PYTHONPATH"] = str(ROOT)  # the site's installed MedFed (the checker), not the bundle's
    database = f"medfed_pinned_{uuid.uuid4().hex[:12]}"
    env["MEDFED_DATABASE_URL"] = f"{PG}/{database}"
    fed = Federation(tmp, env, layout, port, tmp / "hospitals", markers=[f"127.0.0.1:{port}"])
    fed.database = env["MEDFED_DATABASE_URL"]
    admin = create_engine(f"{PG}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        cur_file, sig_file, agents = _prepare_sites(tmp, layout)
        fed.curriculum = (cur_file, sig_file)
        digest = json.loads(_medfed("app", "digest", str(ROOT), "--json", env=env))["app_digest"]
        for agent in agents.values():
            _approve(agent / "policy.toml", digest)
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
            fed.node_ids.append(register_supernode(layout.sites / f"{name}.pub", CONN, name, env))
            config = f"site-dir='{fed.hospitals / name}' agent-dir='{agent}'"
            node = fed.supernode(site.node_key, layout.public_ca, node_port, config)
            fed.start(name, [*node, "--isolation", "process"])
            launcher = [sys.executable, "-m", "medfed.cli", "site", "clientapp"]
            launcher += ["--policy", str(agent / "policy.toml")]
            launcher += ["--runtime-api-address", f"127.0.0.1:{node_port}", "--insecure"]
            fed.start(f"{name}-clientapp", launcher)
        yield fed
    finally:
        fed.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def _run_config(fed: Federation, out: Path) -> dict[str, str]:
    cur_file, sig_file = fed.curriculum
    return {
        "curriculum-file": str(cur_file),
        "signature-file": str(sig_file),
        "out-dir": str(out),
        "data-root": str(fed.hospitals),
        "site-registry": str(registry_dir(fed.layout.root)),
        "coordinator-key": str(fed.layout.signing_key),
    }


def test_unapproved_bundle_is_refused_and_approved_one_runs(pinned: Federation) -> None:
    fed = pinned
    online = wait_for_nodes(CONN, 3, timeout=60, env=fed.env)
    assert sorted(online) == sorted(fed.node_ids)
    marker = fed.tmp / "modified-code-ran"
    modified = _modified_copy(fed.tmp / "medfed_modified", marker)
    bad_digest = _medfed("app", "digest", str(modified), env=fed.env).strip()

    run_id = start_run(modified, CONN, _run_config(fed, fed.tmp / "out-modified"), env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=300, env=fed.env)
    assert status.status.startswith("finished:") and not status.completed, status
    assert not marker.exists(), "the unapproved ClientApp's code ran at a site"
    for name in fed.agents:
        log = fed.log(f"{name}-clientapp")
        assert f"app bundle {bad_digest} is not approved by the site policy" in log, log[-3000:]

    out = fed.tmp / "out"
    run_id = start_run(ROOT, CONN, _run_config(fed, out), env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=300, env=fed.env)
    logs = subprocess.run(
        [str(BIN / "flwr"), "log", run_id, CONN, "--show"],
        env=fed.env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    ).stdout[-4000:]  # fmt: skip
    assert status.completed, f"{status}\n{logs}"
    ckpts = list_checkpoints(out / "deploy-check" / "checkpoints")
    assert [c.global_round for c in ckpts] == [1], logs
    assert ckpts[0].manifest["summary"]["participants"] == 3, ckpts[0].manifest["summary"]
    for name in fed.agents:
        assert "approved by the site policy" in fed.log(f"{name}-clientapp")
    assert not marker.exists()
