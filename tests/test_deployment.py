"""Flower's Deployment Engine on 127.0.0.1 with the consortium PKI: a TLS SuperLink with SuperNode
authentication on the operator's port, `medfed consortium gateway` on the hospitals' port, three
registered hospital SuperNodes that dial only the gateway and run hospital-pinned ClientApp code,
`flwr run` of a signed one-round curriculum, and the refusals (run submission, node registration
and run listing from a hospital host, an unapproved app bundle, an unregistered SuperNode, a
SuperNode that trusts another CA).

Each SuperNode runs with `--isolation process` next to `medfed site clientapp`, and each site's
policy approves one app bundle digest (`medfed app digest`), as DEPLOY.md sets a hospital up. A
modified copy of the app, whose ClientApp would write a file the moment it is imported, is refused
at every site before any of its code runs; the approved bundle trains the signed round.

The federation (processes, PKI, PostgreSQL ledger) comes from `deployment_fixture`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w
from deployment_fixture import (
    BIN,
    CONN,
    CURRICULUM,
    ROOT,
    Federation,
    federation_up,
    sign_curriculum,
)

from auditor.verify import verify_ledger
from coordinator.checkpoints import list_checkpoints
from deploy import init_consortium, init_site
from deploy.fleet_gateway import FLEET_PATHS
from deploy.flwr_cli import (
    Connection,
    FlwrError,
    flwr_json,
    register_supernode,
    start_run,
    wait_for_nodes,
    wait_for_run,
)
from deploy.localnet import free_ports
from ledger.receipts import read_receipts
from ledger.store import ConsortiumLedger
from protocols.keys import load_public_key
from protocols.ledger_entry import CoordinatorRoundEntry, SiteRoundEntry
from site_agent.privacy import default_url

pytestmark = pytest.mark.slow
SITE = "site"  # a hospital host's `flwr` connection: the gateway


def _medfed(*args: str, env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-m", "medfed.cli", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip


def _modified_copy(dest: Path, marker: Path) -> Path:
    """The app's files as `flwr run` bundles them, with a ClientApp that acts on import. Flower's
    `collect_files` walks everything under the directory (the virtual environment too, about
    55,000 files); `filter_paths_for_publish` keeps what `flwr run` would bundle, as its build
    does first (.gitignore and Flower's publish rules)."""
    from flwr.cli.utils import collect_files, filter_paths_for_publish

    for rel, content in filter_paths_for_publish(collect_files(ROOT)).items():
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
def federation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    tmp = tmp_path_factory.mktemp("deploy").resolve()
    # the site's installed MedFed (the checker), not the bundle's
    env = {"PYTHONPATH": str(ROOT)}
    with federation_up(
        tmp, "medfed_deploy", env=env, before_start=_approve_bundle, start_site=_pinned_site,
        gateway=True,
    ) as fed:  # fmt: skip
        yield fed


def _hospital_host(fed: Federation) -> dict[str, str]:
    """The environment of a `flwr` CLI on a SuperNode host: its connection is the gateway."""
    home = fed.tmp / "site-home"
    Connection(SITE, f"127.0.0.1:{fed.gateway_port}", fed.layout.public_ca).write(home)
    return dict(fed.env, FLWR_HOME=str(home))


def test_a_hospital_host_can_neither_submit_nor_register_nor_list(federation: Federation) -> None:
    fed = federation
    site_env = _hospital_host(fed)
    before = flwr_json(["ls", CONN], env=fed.env)["runs"]
    with pytest.raises(FlwrError) as submitted:
        start_run(ROOT, SITE, fed.run_config(fed.tmp / "out-site"), env=site_env)
    assert "MedFed fleet gateway refused POST /v1/control/start-run" in str(submitted.value)
    assert "operator address" in str(submitted.value)
    intruder = init_site("intruder", fed.tmp / "intruder")
    with pytest.raises(FlwrError) as registered:
        register_supernode(intruder.layout.node_pub, SITE, "intruder", site_env)
    assert "refused POST /v1/control/register-node" in str(registered.value)
    with pytest.raises(FlwrError, match="refused POST /v1/control/list-runs"):
        flwr_json(["ls", SITE], env=site_env)
    assert flwr_json(["ls", CONN], env=fed.env)["runs"] == before  # nothing was submitted
    nodes = flwr_json(["supernode", "list", CONN], env=fed.env)["nodes"]
    assert sorted(int(n["node-id"]) for n in nodes) == sorted(fed.node_ids)  # no intruder
    refused = set(re.findall(r"refused (\S+ \S+) from", fed.log("gateway")))
    assert {f"POST /v1/control/{p}" for p in ("start-run", "register-node", "list-runs")} <= refused
    assert all(r.startswith("POST /v1/control/") for r in refused), refused


def test_an_unapproved_bundle_is_refused_before_any_of_its_code_runs(
    federation: Federation,
) -> None:
    fed = federation
    wait_for_nodes(CONN, 3, timeout=60, env=fed.env)
    marker = fed.tmp / "modified-code-ran"
    modified = _modified_copy(fed.tmp / "medfed_modified", marker)
    bad_digest = _medfed("app", "digest", str(modified), env=fed.env).strip()
    renamed = CURRICULUM.replace('name = "deploy-check"', 'name = "deploy-unapproved"')
    curriculum = sign_curriculum(fed.tmp, fed.layout, renamed)
    run_config = fed.run_config(fed.tmp / "out-modified", curriculum)
    run_id = start_run(modified, CONN, run_config, env=fed.env)
    status = wait_for_run(CONN, run_id, timeout=600, env=fed.env)
    assert status.status.startswith("finished:") and not status.completed, status
    assert not marker.exists(), "the unapproved ClientApp's code ran at a site"
    for name in fed.agents:
        log = fed.log(f"{name}-clientapp")
        assert f"app bundle {bad_digest} is not approved by the site policy" in log, log[-3000:]


def test_signed_curriculum_runs_over_three_authenticated_sites(federation: Federation) -> None:
    fed = federation
    online = wait_for_nodes(CONN, 3, timeout=60, env=fed.env)  # the ServerApp counts them
    assert sorted(online) == sorted(fed.node_ids)
    out = fed.tmp / "out"
    run_id = start_run(ROOT, CONN, fed.run_config(out), env=fed.env)
    run_dir = out / "deploy-check"  # named by the signed run id, not Flower's run id
    # `flwr run` returns at once and exits 0 even when the ServerApp fails: the operator follows
    # the run with `medfed coordinator follow`, which polls this SuperLink until the run ends.
    follow = subprocess.run(
        [str(BIN / "medfed"), "coordinator", "follow", str(run_dir), "--flwr-run-id", run_id,
         "--superlink", CONN, "--poll", "2", "--timeout", "600"],
        env=fed.env, capture_output=True, text=True, timeout=700, cwd=ROOT,
    )  # fmt: skip
    status = wait_for_run(CONN, run_id, timeout=60, env=fed.env)
    logs = fed.flwr_log(run_id)
    assert status.completed, f"{status}\n{logs}"
    shown = follow.stdout + follow.stderr
    assert follow.returncode == 0, shown
    assert f"Flower: run {run_id} finished:completed" in shown, shown
    assert "round 1/1" in shown and "3 sampled, 3 trained, 0 refused, 0 failed" in shown, shown
    assert shown.strip().splitlines()[-1].startswith("outcome: run deploy-check completed"), shown
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
    # the evaluation after the round: each site's counts left noised, with its signed release,
    # which crossed the SuperLink and is in the consortium ledger beside the round's entries
    sites = [e.entry for e in entries if isinstance(e.entry, SiteRoundEntry)]
    released = [e for e in sites if e.status == "released"]
    assert sorted(e.site for e in released) == sorted(fed.agents), logs
    final = max(e.seq for e in entries if isinstance(e.entry, CoordinatorRoundEntry))
    assert all(any(h.receipt.seq == final for h in held if h.holder == n) for n in fed.agents)
    for name in fed.agents:  # the pinned launcher checked the bundle of every task
        assert "approved by the site policy" in fed.log(f"{name}-clientapp")
        # its SecAgg+ neighbours were the other hospitals' keys (peer_keys), not unauthenticated
        assert "neighbours are not authenticated" not in fed.log(f"{name}-clientapp")
        assert "Exit Code" not in fed.log(name), fed.log(name)[-2000:]
    # The sites' traffic crossed the gateway, which forwarded only Fleet API calls.
    used = set(re.findall(r"forwarded POST (\S+) from", fed.log("gateway")))
    assert used <= FLEET_PATHS, used
    assert {f"/v1/fleet/{p}" for p in ("pull-messages", "push-messages", "get-run")} <= used


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
