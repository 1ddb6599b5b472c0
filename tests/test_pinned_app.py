"""Hospital-pinned ClientApp code on a real SuperLink and three SuperNodes on 127.0.0.1 (TLS,
node authentication): each SuperNode runs with `--isolation process` next to `medfed site
clientapp`, and each site's policy approves one app bundle digest (`medfed app digest`).

A modified copy of the app, whose ClientApp would write a file the moment it is imported, is
refused at every site before any of its code runs; the approved bundle then trains a round.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w
from deployment_fixture import CONN, ROOT, Federation, federation_up

from coordinator.checkpoints import list_checkpoints
from deploy.flwr_cli import start_run, wait_for_nodes, wait_for_run

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


def _approve_bundle(fed: Federation) -> None:
    digest = json.loads(_medfed("app", "digest", str(ROOT), "--json", env=fed.env))["app_digest"]
    for agent in fed.agents.values():
        _approve(agent / "policy.toml", digest)


def _pinned_site(fed: Federation, name: str) -> None:
    """The SuperNode runs no app code itself; `medfed site clientapp` runs approved bundles."""
    fed.start(name, [*fed.site_cmd(name), "--isolation", "process"])
    launcher = [sys.executable, "-m", "medfed.cli", "site", "clientapp"]
    launcher += ["--policy", str(fed.agents[name] / "policy.toml")]
    launcher += ["--runtime-api-address", f"127.0.0.1:{fed.node_ports[name]}", "--insecure"]
    fed.start(f"{name}-clientapp", launcher)


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    tmp = tmp_path_factory.mktemp("pinned").resolve()
    # the site's installed MedFed (the checker), not the bundle's
    env = {"PYTHONPATH": str(ROOT)}
    with federation_up(
        tmp, "medfed_pinned", env=env, before_start=_approve_bundle, start_site=_pinned_site
    ) as fed:
        yield fed


def test_unapproved_bundle_is_refused_and_approved_one_runs(pinned: Federation) -> None:
    fed = pinned
    online = wait_for_nodes(CONN, 3, timeout=60, env=fed.env)
    assert sorted(online) == sorted(fed.node_ids)
    marker = fed.tmp / "modified-code-ran"
    modified = _modified_copy(fed.tmp / "medfed_modified", marker)
    bad_digest = _medfed("app", "digest", str(modified), env=fed.env).strip()

    run_id = start_run(modified, CONN, fed.run_config(fed.tmp / "out-modified"), env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=600, env=fed.env)
    assert status.status.startswith("finished:") and not status.completed, status
    assert not marker.exists(), "the unapproved ClientApp's code ran at a site"
    for name in fed.agents:
        log = fed.log(f"{name}-clientapp")
        assert f"app bundle {bad_digest} is not approved by the site policy" in log, log[-3000:]

    out = fed.tmp / "out"
    run_id = start_run(ROOT, CONN, fed.run_config(out), env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=600, env=fed.env)
    logs = fed.flwr_log(run_id)
    assert status.completed, f"{status}\n{logs}"
    ckpts = list_checkpoints(out / "deploy-check" / "checkpoints")
    assert [c.global_round for c in ckpts] == [1], logs
    assert ckpts[0].manifest["summary"]["participants"] == 3, ckpts[0].manifest["summary"]
    for name in fed.agents:
        assert "approved by the site policy" in fed.log(f"{name}-clientapp")
    assert not marker.exists()
