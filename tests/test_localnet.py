"""deploy.localnet: ports, waiting for a listener, processes in their own session stopped by
group and by marker."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from deployment_fixture import wait_until

from deploy.localnet import (
    free_ports,
    kill_matching,
    pids_matching,
    start_in_session,
    stop_groups,
    wait_for_port,
)


def _sleeper(marker: str, children: int = 0) -> list[str]:
    """A Python process that starts `children` sleeping children, then sleeps."""
    code = (
        "import subprocess, sys, time\n"
        f"kids = [subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)', "
        f"'{marker}']) for _ in range({children})]\n"
        "print('up', flush=True)\n"
        "time.sleep(60)\n"
    )
    return [sys.executable, "-c", code, marker]


def test_free_ports_are_distinct_bindable_and_below_the_ephemeral_range() -> None:
    from deploy.localnet import _LOWEST, _ephemeral_low

    low = _ephemeral_low()
    ports = free_ports(3)
    assert len(set(ports)) == 3
    for port in ports:
        assert _LOWEST <= port < low  # never one the system hands another process meanwhile
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))


def test_free_ports_skip_a_taken_port_and_a_repeated_draw(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import deploy.localnet as localnet

    monkeypatch.setattr(localnet, "_EPHEMERAL", tmp_path / "range")
    (tmp_path / "range").write_text("10005\t60999\n")
    assert localnet._ephemeral_low() == 10005  # read from the system's file
    (tmp_path / "range").write_text("garbled")
    assert localnet._ephemeral_low() == 32768  # Linux's default
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    taken = held.getsockname()[1]
    (first, second) = localnet._system_ports(2)  # free just now
    draws = iter([taken, first, first, second])

    class Scripted:
        def randrange(self, a: int, b: int) -> int:
            return next(draws)

    monkeypatch.setattr(localnet.random, "SystemRandom", Scripted)
    monkeypatch.setattr(localnet, "_ephemeral_low", lambda: 65000)
    try:
        assert free_ports(2) == [first, second]  # the bound port and the repeat are passed over
    finally:
        held.close()
    # a range that leaves no room below it: the system chooses
    monkeypatch.setattr(localnet, "_ephemeral_low", lambda: 10005)
    monkeypatch.setattr(localnet, "_system_ports", lambda n: [1234] * n)
    assert free_ports(2) == [1234, 1234]


def test_wait_for_port_returns_once_listening_and_fails_when_the_process_exits(
    tmp_path: Path,
) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    proc = start_in_session(_sleeper(f"wfp-{uuid.uuid4().hex}"), tmp_path / "a.log", {})
    try:
        wait_for_port(port, proc, timeout=10)
    finally:
        server.close()
        stop_groups([proc])
    (closed,) = free_ports(1)
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    with pytest.raises(RuntimeError, match="SuperLink exited with 0"):
        wait_for_port(closed, done, timeout=10, what="SuperLink")
    with pytest.raises(RuntimeError, match=f"the process for port {closed} exited with 0"):
        wait_for_port(closed, done, timeout=10)
    alive = start_in_session(_sleeper(f"wfp-{uuid.uuid4().hex}"), tmp_path / "b.log", {})
    try:
        with pytest.raises(TimeoutError, match=f"nothing listening on port {closed}"):
            wait_for_port(closed, alive, timeout=0.5)
    finally:
        stop_groups([alive])


def test_stop_groups_ends_the_leader_and_its_children(tmp_path: Path) -> None:
    marker = f"grp-{uuid.uuid4().hex}"
    log = tmp_path / "leader.log"
    log.write_text("before\n")
    proc = start_in_session(_sleeper(marker, children=2), log, {})
    try:
        wait_until_up(log)
        # a child between fork and exec may not show the marker yet
        three = lambda: len(pids_matching(marker)) == 3  # noqa: E731
        wait_until("the leader and its 2 children", three, 20, 0.05)
    finally:
        stop_groups([proc], grace=2)
    assert proc.returncode is not None
    # A signal is delivered asynchronously: a child may take a moment to die after killpg returns
    # (a dead child's command line is empty, so it no longer matches).
    wait_until("every process of the group gone", lambda: not pids_matching(marker), 10, 0.05)
    assert log.read_text().startswith("before\nup")  # appended, not truncated


def test_kill_matching_ends_processes_outside_the_group(tmp_path: Path) -> None:
    marker = f"mark-{uuid.uuid4().hex}"
    proc = subprocess.Popen(_sleeper(marker))  # same session as the test: only a marker finds it
    try:
        deadline = time.monotonic() + 20  # until its command line shows the marker
        while pids_matching(marker) != [proc.pid]:
            assert time.monotonic() < deadline, pids_matching(marker)
            time.sleep(0.05)
        assert kill_matching(marker, grace=2) == [proc.pid]
        assert proc.wait(10) != 0
        assert pids_matching(marker) == []
    finally:
        if proc.poll() is None:
            proc.kill()


def wait_until_up(log: Path, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while "up" not in log.read_text():
        assert time.monotonic() < deadline, f"the process never started: {log.read_text()!r}"
        time.sleep(0.05)
