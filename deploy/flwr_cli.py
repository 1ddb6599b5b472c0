"""The operator's side of a deployed federation, through Flower's own `flwr` CLI.

`flwr` reads its connections from `$FLWR_HOME/config.toml`. Its JSON output is the contract used
here, because its exit code is not: `flwr run`, `flwr ls` and `flwr supernode ...` exit 0 even when
the call or the run failed, so every answer's `success` is checked, and a run's outcome is read
from its status (`finished:completed|failed|stopped`) by polling `flwr ls`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RunConfigValue = str | int | float | bool


class FlwrError(RuntimeError):
    """A `flwr` call that failed, timed out or answered something that is not its JSON."""


class FlwrConfigError(FlwrError):
    """`flwr` could not use its configuration: an unknown connection name, no default one, or
    a config.toml it cannot read. Asking again cannot help, so it is never retried."""


# What `flwr` says, in each of its configuration errors, about the file it read them from.
_CONFIG_ERROR_MARK = "Flower configuration file ("


@dataclass(frozen=True)
class Connection:
    """A `[superlink.NAME]` entry: a TLS SuperLink trusted through the consortium's CA."""

    name: str
    address: str  # host:port of the SuperLink (Control API)
    root_certificates: Path

    def write(self, flwr_home: Path) -> Path:
        """Write `flwr_home/config.toml` with this connection as the default."""
        flwr_home.mkdir(parents=True, exist_ok=True)
        path = flwr_home / "config.toml"
        path.write_text(
            f'[superlink]\ndefault = "{self.name}"\n\n[superlink.{self.name}]\n'
            f'address = "{self.address}"\n'
            f'root-certificates = "{self.root_certificates.resolve()}"\n'
        )
        return path


@dataclass(frozen=True)
class RunStatus:
    run_id: str
    status: str  # pending, starting, running, finished:completed|failed|stopped
    details: str

    @property
    def finished(self) -> bool:
        return self.status.startswith("finished:")

    @property
    def completed(self) -> bool:
        return self.status == "finished:completed"


def flwr_bin() -> str:
    """The `flwr` beside this interpreter (a virtual environment's), else the one on PATH."""
    local = Path(sys.executable).parent / "flwr"
    return str(local) if local.exists() else "flwr"


def flwr_json(
    args: Sequence[str],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> dict[str, Any]:
    """Run `flwr ARGS --format json`; its answer, or FlwrError when it says it failed."""
    cmd = [flwr_bin(), *args, "--format", "json"]
    try:
        out = subprocess.run(
            cmd, env=None if env is None else dict(env), cwd=cwd, capture_output=True,
            text=True, timeout=timeout,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise FlwrError(f"`flwr {' '.join(args)}` gave no answer in {timeout} s") from exc
    try:
        answer = json.loads(out.stdout)
    except json.JSONDecodeError as exc:
        tail = (out.stdout + out.stderr)[-2000:]
        raise FlwrError(f"`flwr {' '.join(args)}` exited {out.returncode}: {tail}") from exc
    if not isinstance(answer, dict) or not answer.get("success"):
        message = answer.get("error-message") if isinstance(answer, dict) else answer
        if isinstance(message, str) and _CONFIG_ERROR_MARK in message:
            # the last paragraph: "Flower configuration not found. Created default ..." first
            detail = message.strip().split("\n\n")[-1].strip()
            raise FlwrConfigError(f"`flwr {' '.join(args)}` failed: {detail}")
        raise FlwrError(f"`flwr {' '.join(args)}` failed: {message}")
    return answer


def run_config_arg(config: Mapping[str, RunConfigValue]) -> str:
    """`--run-config` text: `key='string' n=1 flag=true` (TOML values, space separated)."""
    parts = []
    for key, value in config.items():
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, int | float):
            text = repr(value)
        else:
            if "'" in value or "\n" in value:
                raise ValueError(f"run config {key!r}: value {value!r} holds a quote or newline")
            text = f"'{value}'"
        parts.append(f"{key}={text}")
    return " ".join(parts)


def register_supernode(
    public_key: Path, connection: str, name: str, env: Mapping[str, str] | None = None
) -> int:
    """Register a SuperNode's OpenSSH public key; returns the node id it will have."""
    answer = flwr_json(
        ["supernode", "register", str(public_key), connection, "--name", name], env=env
    )
    return int(answer["node-id"])


def online_nodes(connection: str, env: Mapping[str, str] | None = None) -> list[int]:
    nodes = flwr_json(["supernode", "list", connection], env=env).get("nodes", [])
    return [int(n["node-id"]) for n in nodes if n.get("status") == "online"]


def wait_for_nodes(
    connection: str, count: int, timeout: float, env: Mapping[str, str] | None = None
) -> list[int]:
    """Wait until `count` SuperNodes are online (the ServerApp counts the sites when it starts)."""
    deadline = time.monotonic() + timeout
    while True:
        online = online_nodes(connection, env)
        if len(online) >= count:
            return online
        if time.monotonic() > deadline:
            raise FlwrError(f"{len(online)} of {count} SuperNodes online after {timeout} s")
        time.sleep(1.0)


def start_run(
    app_dir: Path,
    connection: str,
    run_config: Mapping[str, RunConfigValue],
    env: Mapping[str, str] | None = None,
) -> str:
    """Submit the Flower app in `app_dir`; returns the run id at once (the run goes on)."""
    args = ["run", str(app_dir), connection, "--run-config", run_config_arg(run_config)]
    return str(flwr_json(args, env=env, cwd=app_dir)["run-id"])


def run_status(connection: str, run_id: str, env: Mapping[str, str] | None = None) -> RunStatus:
    runs = flwr_json(["ls", connection, "--run-id", run_id], env=env).get("runs") or []
    if not runs:
        raise FlwrError(f"run {run_id} is unknown to the SuperLink")
    return RunStatus(run_id, str(runs[0].get("status", "")), str(runs[0].get("status-details")))


def wait_for_run(
    connection: str,
    run_id: str,
    timeout: float,
    env: Mapping[str, str] | None = None,
    poll: float = 3.0,
    *,
    retries: int = 6,
    on_status: Callable[[RunStatus], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RunStatus:
    """Poll until the run finishes; its last status (unfinished if `timeout` ran out).

    A failed poll (SuperLink restarting, a network blip) is retried with exponential backoff
    (poll x 2, x 4, ... at most 60 s); only `retries` failures in a row end the wait, with the
    last error. A configuration error (FlwrConfigError: an unknown connection name) ends it at
    once. `on_status` sees every status read (progress display)."""
    deadline = time.monotonic() + timeout
    failures = 0
    while True:
        try:
            status = run_status(connection, run_id, env)
        except FlwrConfigError:
            raise
        except FlwrError as exc:
            failures += 1
            if failures > retries:
                raise FlwrError(
                    f"run {run_id}: {failures} status polls in a row failed; last: {exc}"
                ) from exc
            sleep(min(poll * 2**failures, 60.0))
            continue
        failures = 0
        if on_status is not None:
            on_status(status)
        if status.finished or time.monotonic() >= deadline:
            return status
        sleep(poll)
