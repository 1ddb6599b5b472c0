"""Flower's Deployment Engine on 127.0.0.1 with the consortium PKI: a TLS SuperLink with SuperNode
authentication, three registered hospital SuperNodes, `flwr run` of a signed one-round curriculum,
and the two refusals (an unregistered SuperNode, a SuperNode that trusts another CA).

The federation (processes, PKI, PostgreSQL ledger) comes from `deployment_fixture`.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from deployment_fixture import BIN, CONN, ROOT, Federation, federation_up, free_ports

from auditor.verify import verify_ledger
from coordinator.checkpoints import list_checkpoints
from deploy import init_consortium, init_site
from deploy.flwr_cli import start_run, wait_for_nodes, wait_for_run
from ledger.receipts import read_receipts
from ledger.store import ConsortiumLedger
from protocols.keys import load_public_key
from protocols.ledger_entry import CoordinatorRoundEntry
from site_agent.privacy import default_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def federation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Federation]:
    with federation_up(tmp_path_factory.mktemp("deploy").resolve(), "medfed_deploy") as fed:
        yield fed


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
