"""Polling a deployed run's status survives transient `flwr` failures (backoff), and gives up
with the last error after too many failures in a row."""

from __future__ import annotations

import pytest

from deploy import flwr_cli
from deploy.flwr_cli import FlwrError, RunStatus, wait_for_run


def _script(monkeypatch: pytest.MonkeyPatch, answers: list[RunStatus | Exception]) -> None:
    def fake(connection: str, run_id: str, env: object = None) -> RunStatus:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(flwr_cli, "run_status", fake)


def test_transient_errors_are_retried_with_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    blip = FlwrError("`flwr ls` failed: SuperLink unavailable")
    running, done = RunStatus("7", "running", ""), RunStatus("7", "finished:completed", "")
    _script(monkeypatch, [blip, blip, running, blip, done])
    slept: list[float] = []
    seen: list[str] = []
    status = wait_for_run("c", "7", timeout=600, poll=2.0, sleep=slept.append,
                          on_status=lambda s: seen.append(s.status))  # fmt: skip
    assert status.completed
    assert slept == [4.0, 8.0, 2.0, 4.0]  # backoff, reset after a good answer
    assert seen == ["running", "finished:completed"]


def test_too_many_failures_in_a_row_end_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    _script(monkeypatch, [FlwrError(f"down {i}") for i in range(4)])
    with pytest.raises(FlwrError, match="3 status polls in a row failed; last: down 2"):
        wait_for_run("c", "7", timeout=600, retries=2, sleep=lambda s: None)


def test_an_unknown_connection_name_is_a_configuration_error_never_retried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`flwr` answers an unknown connection name with success false: that is no SuperLink blip,
    so the wait ends at the first poll (it was retried with backoff for minutes)."""
    import json
    import subprocess

    said = (
        "\nFlower configuration not found. Created default configuration at /h/config.toml\n\n\n"
        "An unexpected error occurred while reading the Flower configuration file "
        "(/h/config.toml). SuperLink connection 'x' not found in the Flower configuration file "
        "(/h/config.toml)."
    )
    answer = json.dumps({"success": False, "error-message": said})
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, answer, "")

    monkeypatch.setattr(flwr_cli.subprocess, "run", fake_run)
    slept: list[float] = []
    with pytest.raises(flwr_cli.FlwrConfigError) as info:
        wait_for_run("x", "7", timeout=600, sleep=slept.append)
    assert len(calls) == 1 and slept == []
    assert str(info.value).endswith("SuperLink connection 'x' not found in the Flower "
                                    "configuration file (/h/config.toml).")  # fmt: skip
    assert "Created default" not in str(info.value)
