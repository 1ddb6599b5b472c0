"""Processes of a consortium run on one host (127.0.0.1), as the deployment tests and
bench/deploy_overhead.py run one: free ports, waiting for a listener, processes started in a
session of their own and stopped by process group, then by a marker in their command line (a
temp path, a port), since a SuperNode's `flower-superexec` and ClientApp processes can outlive
it. Linux only (markers are read from /proc)."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

# Where the operating system picks ports for `bind(0)` and outgoing connections; read from
# /proc where it can be.
_EPHEMERAL = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 10000  # below: ports that services commonly hold


def _ephemeral_low() -> int:
    """The lowest port of the system's ephemeral range (Linux's default where unreadable)."""
    try:
        low, _high = (int(v) for v in _EPHEMERAL.read_text().split())
    except (OSError, ValueError):
        return 32768
    return low


def free_ports(n: int) -> list[int]:
    """`n` distinct TCP ports free on 127.0.0.1 just now, drawn at random from below the
    operating system's ephemeral range (from 10000 up): a port chosen here is bound by its
    process only later, and in between no other process's `bind(0)` or outgoing connection
    (another test, Ray, a browser) is handed it by the system."""
    low = _ephemeral_low()
    if low - _LOWEST < 10 * n:  # an unusual range: fall back to the system's choice
        return _system_ports(n)
    draw = random.SystemRandom()
    ports: list[int] = []
    while len(ports) < n:
        port = draw.randrange(_LOWEST, low)
        if port in ports:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        ports.append(port)
    return ports


def _system_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float, what: str = "") -> None:
    """Return once 127.0.0.1:`port` accepts a connection; RuntimeError if `proc` (which should
    listen there, named `what`) exits first, TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            who = what or f"the process for port {port}"
            raise RuntimeError(f"{who} exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.2)
    if what:
        raise TimeoutError(f"{what} not listening on {port} after {timeout} s")
    raise TimeoutError(f"nothing listening on port {port} after {timeout} s")


def start_in_session(cmd: Sequence[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start `cmd` in a session (and process group) of its own, appending its output to `log`."""
    out = open(log, "ab")  # noqa: SIM115 (the child keeps its own descriptor)
    try:
        return subprocess.Popen(
            list(cmd), stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    finally:
        out.close()


def stop_groups(procs: Iterable[subprocess.Popen[bytes]], grace: float = 5.0) -> None:
    """SIGTERM each process's group, wait up to `grace` seconds for the leaders, then SIGKILL
    the groups (a group outlives its leader while any member lives)."""
    procs = list(procs)
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(max(0.1, deadline - time.monotonic()))
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(5)


def pids_matching(marker: str) -> list[int]:
    """Every process but this one whose command line contains `marker`."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmd:
            out.append(int(entry.name))
    return out


def kill_matching(marker: str, grace: float = 5.0) -> list[int]:
    """SIGTERM, then SIGKILL after `grace` seconds, every process whose command line has marker."""
    pids = pids_matching(marker)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.1)
    return pids


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.split(")")[-1].split()[0] != "Z"
