"""The two listeners on 127.0.0.1: a TLS SuperLink with SuperNode authentication on port A (the
operator's), `medfed consortium gateway` on port B (the hospitals'). Three registered SuperNodes
dial only the gateway and a signed one-round curriculum completes through it; from a "SuperNode
host" (a `flwr` connection pointed at the gateway) `flwr run` and `flwr supernode register` are
refused with the gateway's message, and the operator's `flwr ls` shows no run they created.

Every process is started in its own session and stopped by process group and by marker
(Federation.stop from tests/test_deployment.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from deployment_fixture import (
    BIN,
    CURRICULUM,
    ROOT,
    Federation,
    free_ports,
    prepare_sites,
    sign_curriculum,
    wait_for_port,
)

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
from deploy.layout import SiteLayout
from ledger.registry import registry_dir

pytestmark = pytest.mark.slow
OPERATOR = "operator"
SITE = "site"


class Link(Federation):
    gateway_port: int = 0
    site_env: dict[str, str] = {}  # noqa: RUF012 (set once by the fixture)


@pytest.fixture(scope="module")
def link(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Link]:
    tmp = tmp_path_factory.mktemp("gateway").resolve()
    layout = init_consortium(tmp / "consortium").layout
    port, gateway_port, *node_ports = free_ports(5)
    base = {k: v for k, v in os.environ.items() if not k.startswith("MEDFED_")}
    base["FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION"] = "1"
    base["PATH"] = f"{BIN}:{base['PATH']}"
    env = dict(base, FLWR_HOME=str(tmp / "operator-home"))
    Connection(OPERATOR, f"127.0.0.1:{port}", layout.public_ca).write(tmp / "operator-home")
    fed = Link(tmp, env, layout, port, tmp / "hospitals", markers=[f"127.0.0.1:{port}"])
    fed.gateway_port = gateway_port
    fed.site_env = dict(base, FLWR_HOME=str(tmp / "site-home"))
    Connection(SITE, f"127.0.0.1:{gateway_port}", layout.public_ca).write(tmp / "site-home")
    fed.markers.append(f"127.0.0.1:{gateway_port}")
    try:
        fed.agents = prepare_sites(tmp, layout)
        fed.curriculum = sign_curriculum(tmp, layout, without_evaluation(CURRICULUM))
        superlink = [str(BIN / "flower-superlink"), "--host", "127.0.0.1", "--port", str(port)]
        superlink += ["--ssl-ca-certfile", str(layout.superlink_ca)]
        superlink += ["--ssl-certfile", str(layout.server_cert)]
        superlink += ["--ssl-keyfile", str(layout.server_key)]
        superlink += ["--enable-supernode-auth", "--database", str(tmp / "superlink.db")]
        superlink += ["--disable-runtime-dependency-installation"]
        wait_for_port(port, fed.start("superlink", superlink), timeout=60)
        gateway = [sys.executable, "-m", "deploy.fleet_gateway", str(layout.root)]
        gateway += ["--listen", f"127.0.0.1:{gateway_port}", "--superlink", f"127.0.0.1:{port}"]
        wait_for_port(gateway_port, fed.start("gateway", gateway), timeout=60)
        for (name, agent), node_port in zip(fed.agents.items(), node_ports, strict=True):
            fed.node_ids.append(
                register_supernode(layout.sites / f"{name}.pub", OPERATOR, name, env)
            )
            fed.markers.append(f"127.0.0.1:{node_port}")
            node = [str(BIN / "flower-supernode"), "--superlink", f"127.0.0.1:{gateway_port}"]
            node += ["--root-certificates", str(layout.public_ca)]
            node += ["--auth-supernode-private-key", str(SiteLayout(agent).node_key)]
            node += ["--port", str(node_port)]
            node += ["--node-config", f"site-dir='{fed.hospitals / name}' agent-dir='{agent}'"]
            fed.start(name, node)
        yield fed
    finally:
        fed.stop()


def without_evaluation(curriculum: str) -> str:
    """The deployment curriculum without its evaluation round (one fewer exchange of ClientApp
    processes on a loaded host)."""
    changed = curriculum.replace("evaluate_every = 1\n", "evaluate_every = 0\n")
    assert changed != curriculum, "the deployment curriculum no longer evaluates every round"
    return changed


def forwarded_paths(log: str) -> set[str]:
    return set(re.findall(r"forwarded POST (\S+) from", log))


def test_a_curriculum_runs_through_the_gateway_and_sites_cannot_submit(link: Link) -> None:
    online = wait_for_nodes(OPERATOR, 3, timeout=90, env=link.env)
    assert sorted(online) == sorted(link.node_ids)
    cur_file, sig_file = link.curriculum
    run_config: dict[str, str | int | float | bool] = {
        "curriculum-file": str(cur_file),
        "signature-file": str(sig_file),
        "out-dir": str(link.tmp / "out"),
        "data-root": str(link.hospitals),
        "site-registry": str(registry_dir(link.layout.root)),
        "coordinator-key": str(link.layout.signing_key),
    }

    # A SuperNode host has only the gateway: run submission and node registration are refused.
    with pytest.raises(FlwrError) as submitted:
        start_run(ROOT, SITE, run_config, env=link.site_env)
    assert "MedFed fleet gateway refused POST /v1/control/start-run" in str(submitted.value)
    assert "operator address" in str(submitted.value)
    intruder = init_site("intruder", link.tmp / "intruder")
    with pytest.raises(FlwrError) as registered:
        register_supernode(intruder.layout.node_pub, SITE, "intruder", link.site_env)
    assert "refused POST /v1/control/register-node" in str(registered.value)
    with pytest.raises(FlwrError, match="refused POST /v1/control/list-runs"):
        flwr_json(["ls", SITE], env=link.site_env)

    # The operator submits on the SuperLink's own port; the sites' traffic crosses the gateway.
    run_id = start_run(ROOT, OPERATOR, run_config, env=link.env)
    status = wait_for_run(OPERATOR, run_id, timeout=1800, env=link.env)  # a shared 2-core host
    logs = subprocess.run(
        [str(BIN / "flwr"), "log", run_id, OPERATOR, "--show"],
        env=link.env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    ).stdout[-4000:]  # fmt: skip
    assert status.completed, f"{status}\n{logs}\ngateway:\n{link.log('gateway')[-3000:]}"
    ckpts = list_checkpoints(link.tmp / "out" / "deploy-check" / "checkpoints")
    assert [c.global_round for c in ckpts] == [1], logs
    summary = ckpts[0].manifest["summary"]
    assert summary["participants"] == 3 and summary["failures"] == 0, summary

    runs = flwr_json(["ls", OPERATOR], env=link.env)["runs"]
    assert [str(r["run-id"]) for r in runs] == [run_id]  # nothing from the refused submission
    nodes = flwr_json(["supernode", "list", OPERATOR], env=link.env)["nodes"]
    assert sorted(int(n["node-id"]) for n in nodes) == sorted(link.node_ids)  # no intruder

    gateway_log = link.log("gateway")
    used = forwarded_paths(gateway_log)
    print("Fleet paths the SuperNodes used:", sorted(used))
    assert used <= FLEET_PATHS
    assert {f"/v1/fleet/{p}" for p in ("pull-messages", "push-messages", "get-run")} <= used
    refused = set(re.findall(r"refused (\S+ \S+) from", gateway_log))
    assert {f"POST /v1/control/{p}" for p in ("start-run", "register-node", "list-runs")} <= refused
    assert all(r.startswith("POST /v1/control/") for r in refused), refused
    for name in link.agents:
        assert "Exit Code" not in link.log(name), link.log(name)[-2000:]
