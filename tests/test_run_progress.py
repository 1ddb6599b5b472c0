"""What `medfed coordinator run/resume` print while a run goes on, and the exit code they end
with: every line is read from the run directory through `coordinator status`'s own code
(`coordinator.status.gather`), so the tests write a run directory with the real run store and
consortium ledger, round by round, as the ServerApp does, and check what is printed after each
round and at the end.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from coordinator.run_store import RunStore, sqlite_url
from coordinator.settings import CoordinatorSettings
from coordinator.status import ProgressPrinter, gather
from coordinator.strategy import RoundSummary, StageHalted, halt_reason
from ledger.store import ConsortiumLedger, default_url
from medfed import cmd_coordinator
from model import default_base_dir
from protocols.ledger_entry import SiteRoundEntry, sign_site_entry
from protocols.round import REFUSAL_CODES, refusal_code_in, refusal_message
from simulation.prepare import sign_curriculum

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "tiny-curriculum.toml"  # 3 stages, 1 + 1 + 2 rounds
SITES = ("hospital-a", "hospital-b", "hospital-c")
CAP = 8.0


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


class FabricatedRun:
    """A run directory written as the coordinator writes it: run.json, a run-store row per
    round (after its checkpoint), each site's signed ledger entry, a halt event."""

    def __init__(self, tmp: Path) -> None:
        prepared = sign_curriculum(TINY, default_base_dir(), tmp / "consortium", "run")
        self.dir = tmp / "run"
        self.settings = CoordinatorSettings(
            out_dir=self.dir, base_model=default_base_dir(), curriculum=prepared.curriculum,
            signed=prepared.signed, num_sites=3,
        )  # fmt: skip
        self.settings.save()
        self.store = RunStore(sqlite_url(self.dir))
        self.store.start_run("run", "medfed-test", _digest("cur"), {"seed": 0})
        self.keys = {s: Ed25519PrivateKey.generate() for s in SITES}
        self.eps = dict.fromkeys(SITES, 0.0)
        with ConsortiumLedger(default_url(self.dir)) as ledger:
            for site, key in self.keys.items():
                pem = key.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
                ledger.register_site(site, pem, CAP)

    def round(self, rnd: int, stage: str, outcomes: dict[str, str]) -> RoundSummary:
        """One round: each site `trained` (spends 0.5 eps) or refused with a code."""
        codes = sorted(c for c in outcomes.values() if c != "trained")
        trained = [s for s, c in outcomes.items() if c == "trained"]
        with ConsortiumLedger(default_url(self.dir)) as ledger:
            for site, outcome in outcomes.items():
                if outcome == "trained":
                    self.eps[site] += 0.5
                entry = SiteRoundEntry(
                    run_id="run", stage=stage, global_round=rnd, site=site,
                    dataset_digest=_digest(site), noise_multiplier=1.0, sample_rate=0.1,
                    steps=4, clipping_norm=1.0, delta=1e-5, accountant="rdp",
                    epsilon_after=self.eps[site], epsilon_cap=CAP,
                    status="trained" if outcome == "trained" else "refused",
                    update_digest=_digest("u", site, rnd) if outcome == "trained" else None,
                    reason=None if outcome == "trained" else f"refused: {outcome}",
                )  # fmt: skip
                ledger.append(entry, sign_site_entry(self.keys[site], entry))
        summary = RoundSummary(
            stage=stage, stage_round=1, global_round=rnd, sampled=len(outcomes),
            participants=len(trained), refusals=len(codes), failures=0, dropped_nodes=(),
            num_examples=40 * len(trained), loss_before=2.0, loss_after=1.5, seconds=1.0,
        )  # fmt: skip
        min_sites = self.settings.curriculum.stages[0].min_sites
        reason = halt_reason(summary, min_sites)
        if reason is None:
            self.store.record_round("run", summary, _digest("ck", rnd), refusal_codes=codes)
        else:  # as server_app's round hook: no checkpoint, no row, a halt event
            self.store.record_event("run", "halt", rnd, stage=stage, reason=reason,
                                    summary=vars(summary), refusal_codes=codes)  # fmt: skip
            self.store.finish_run("run", "halted")
            raise StageHalted(reason)
        return summary


@pytest.fixture(autouse=True)
def _ledger_in_the_run_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDFED_DATABASE_URL", raising=False)
    monkeypatch.delenv("MEDFED_DATABASE_URL_FILE", raising=False)


def _clock() -> Iterator[float]:
    t = 0.0
    while True:
        yield t
        t += 65.0


def test_progress_after_each_round_reflects_the_run_directory(tmp_path: Path) -> None:
    run = FabricatedRun(tmp_path)
    lines: list[str] = []
    ticks = _clock()
    printer = ProgressPrinter(run.dir, lines.append, lambda: next(ticks))

    run.round(1, "alignment", dict.fromkeys(SITES, "trained"))
    printer.refresh()
    assert lines[0] == "[0:01:05] run run: running, stage alignment, round 1/4"
    assert lines[1] == ("  last round 1 [alignment]: 3 sampled, 3 trained, 0 refused, 0 failed")
    assert lines[2] == (
        "  eps spent per study (each site's lifetime budget, of its cap): "
        "hospital-a 0.500/8, hospital-b 0.500/8, hospital-c 0.500/8"
    )
    printer.refresh()  # nothing moved: nothing printed again
    assert len(lines) == 3

    outcomes = {"hospital-a": "trained", "hospital-b": "budget", "hospital-c": "trained"}
    run.round(2, "long-context", outcomes)
    printer.refresh()
    assert lines[3].endswith("run run: running, stage long-context, round 2/4")
    assert lines[4] == (
        "  last round 2 [long-context]: 3 sampled, 2 trained, 1 refused (budget), 0 failed"
    )
    assert "hospital-a 1.000/8, hospital-b 0.500/8, hospital-c 1.000/8" in lines[5]

    run.store.finish_run("run", "completed")
    view = printer.finish()
    assert view.status == "completed"
    assert re.fullmatch(r"outcome: run run completed, 2/4 rounds, after \d:\d\d:\d\d", lines[-1])


def test_a_halted_round_shows_its_codes_and_the_outcome_names_stage_and_reason(
    tmp_path: Path,
) -> None:
    run = FabricatedRun(tmp_path)
    run.round(1, "alignment", dict.fromkeys(SITES, "trained"))
    outcomes = {"hospital-a": "budget", "hospital-b": "budget", "hospital-c": "policy"}
    with pytest.raises(StageHalted) as halted:
        run.round(2, "long-context", outcomes)
    lines: list[str] = []
    view = ProgressPrinter(run.dir, lines.append, lambda: 0.0).finish()
    assert view.status == "halted" and view.halt == str(halted.value)
    # the halted round left no run-store row (no checkpoint); its halt event carries it
    assert view.last_round is not None and view.last_round.halted
    assert "  last round 2 [long-context]: 3 sampled, 0 trained, 3 refused (budget x2, policy), " \
           "0 failed - halted" in lines  # fmt: skip
    assert lines[-1] == (
        "outcome: run run halted in stage long-context, after 0:00:00: " + str(halted.value)
    )
    assert "0 of 3 sampled sites trained" in lines[-1]
    # `coordinator status` shows the same round from the same reading
    assert gather(run.dir).last_round == view.last_round


@pytest.mark.parametrize(
    ("script", "exit_code", "outcome"),
    [
        ("complete", 0, "completed, 4/4 rounds"),
        ("halt", 1, "halted in stage long-context"),
        ("crash", 1, "did not complete (running) at round 1/4"),
        ("error", 1, "did not complete (running) at round 1/4"),
    ],
)
def test_coordinator_run_prints_progress_and_its_exit_code_tells_the_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, exit_code: int, outcome: str
) -> None:
    """The command's own code around the run: its observer prints after every round, a halt
    is read from the run store, and only a completed run exits 0. The federation itself is the
    fabricated run (a simulated one takes minutes: tests/test_halts.py runs one that halts)."""
    run = FabricatedRun(tmp_path)

    def federation(settings: CoordinatorSettings, observer: object) -> None:
        assert settings.out_dir == run.dir
        stages = ["alignment", "long-context", "instruction", "instruction"]
        for rnd, stage in enumerate(stages, start=1):
            bad = {"halt": "budget", "crash": None}.get(script) if rnd == 2 else None
            if script == "crash" and rnd == 2:
                return  # the process lost its federation without recording an end
            if script == "error" and rnd == 2:  # as Flower's simulation engine ends on an error
                raise RuntimeError("An error was encountered. Ending simulation.")
            outcomes = dict.fromkeys(SITES, bad or "trained")
            observer.on_round_end(run.round(rnd, stage, outcomes))  # type: ignore[attr-defined]
        run.store.finish_run("run", "completed")

    monkeypatch.setattr("simulation.simulate.run_simulated", federation)
    monkeypatch.setattr("simulation.simulate.quiet_frameworks", lambda: None)
    app = typer.Typer()
    cmd_coordinator.register(app)
    app.command("noop")(lambda: None)  # a group, so the subcommand is named as in `medfed`
    result = CliRunner().invoke(app, ["resume", str(run.dir)])
    assert result.exit_code == exit_code, result.output
    out = result.output.splitlines()
    assert "last round 1 [alignment]: 3 sampled, 3 trained, 0 refused, 0 failed" in result.output
    assert out[-1 if exit_code else -2].startswith("outcome: run run " + outcome), out[-3:]
    if script == "complete":
        assert [n for n in range(1, 5) if f"round {n}/4" in result.output] == [1, 2, 3, 4]
        assert out[-1] == f"export in {run.dir / 'export'}"
    if script == "halt":
        assert "3 refused (budget x3), 0 failed - halted" in result.output
    if script == "error":
        assert "the simulation ended with an error: An error was encountered" in result.output


def test_a_site_refusal_code_survives_flowers_error_wrapping() -> None:
    """A gate refusal arrives at the strategy as `Exception(Error(code, reason))`: the code is
    read back from that text, anything else is a failure."""
    from flwr.app import Error

    for code in REFUSAL_CODES:
        text = str(Exception(Error(0, f"SiteFailure: {refusal_message('training round', code)}")))
        assert refusal_code_in(text) == code
    assert refusal_code_in(str(Exception(Error(0, "training round failed at a site")))) is None
    with pytest.raises(ValueError, match="unknown refusal code"):
        refusal_message("training round", "because")


@pytest.mark.parametrize(
    ("script", "exit_code", "last"),
    [
        ("complete", 0, "outcome: run run completed, 4/4 rounds"),
        ("halt", 1, "Flower: run 7 finished:failed: stage"),
        ("timeout", 3, "outcome: Flower run 7 still running"),
    ],
)
def test_following_a_deployed_run_polls_flower_and_reads_the_run_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, exit_code: int, last: str
) -> None:
    """`coordinator follow`: each poll of Flower (here the `flwr ls` answer, as the ServerApp
    moves the run directory on between polls) prints the run directory's progress; the exit
    code follows Flower's final status and the run directory's."""
    from deploy.flwr_cli import RunStatus

    run = FabricatedRun(tmp_path)
    stages = ["alignment", "long-context", "instruction", "instruction"]
    polls = iter(range(1, 100))

    def flwr_ls(connection: str, run_id: str, env: object = None) -> RunStatus:
        assert (connection, run_id) == ("consortium", "7")
        rnd = next(polls)
        if rnd <= 4 and not (script == "halt" and rnd == 2):
            run.round(rnd, stages[rnd - 1], dict.fromkeys(SITES, "trained"))
            return RunStatus("7", "running", "")
        if script == "timeout":
            return RunStatus("7", "running", "")
        if script == "halt":
            with pytest.raises(StageHalted) as halted:
                run.round(rnd, stages[rnd - 1], dict.fromkeys(SITES, "budget"))
            return RunStatus("7", "finished:failed", str(halted.value))
        run.store.finish_run("run", "completed")
        return RunStatus("7", "finished:completed", "")

    monkeypatch.setattr("deploy.flwr_cli.run_status", flwr_ls)
    app = typer.Typer()
    cmd_coordinator.register(app)
    args = ["follow", str(run.dir), "--flwr-run-id", "7", "--superlink", "consortium",
            "--poll", "0", "--timeout", "0" if script == "timeout" else "60"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == exit_code, result.output
    assert result.output.splitlines()[-1].startswith(last), result.output
    assert "last round 1 [alignment]: 3 sampled, 3 trained, 0 refused, 0 failed" in result.output
    if script == "complete":
        assert [n for n in range(1, 5) if f"round {n}/4" in result.output] == [1, 2, 3, 4]
    if script == "halt":
        assert "outcome: run run halted in stage long-context" in result.output
        assert "3 refused (budget x3), 0 failed - halted" in result.output


def test_following_a_run_that_had_already_ended_gives_no_time_it_did_not_watch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`coordinator follow` started after the run ended: the outcome line says so instead of
    "after 0:00:00" (the follower's own clock, not the run's)."""
    from deploy.flwr_cli import RunStatus

    run = FabricatedRun(tmp_path)
    for rnd, stage in enumerate(["alignment", "long-context"], start=1):
        run.round(rnd, stage, dict.fromkeys(SITES, "trained"))
    run.store.finish_run("run", "completed")
    monkeypatch.setattr(
        "deploy.flwr_cli.run_status", lambda *a, **k: RunStatus("7", "finished:completed", "")
    )
    app = typer.Typer()
    cmd_coordinator.register(app)
    args = ["follow", str(run.dir), "--flwr-run-id", "7", "--superlink", "consortium",
            "--poll", "0"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "outcome: run run completed, 2/4 rounds, ended before this command started"
    )
    assert "after 0:00:00" not in result.output


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["status", "RUN", "--watch", "-1"], "--watch must be a finite number of seconds > 0"),
        (["status", "RUN", "--watch", "nan"], "--watch must be a finite number of seconds > 0"),
        (["status", "--db", "foo"], "--db: not a database URL"),
        (["follow", "RUN", "--poll", "-1"], "--poll must be a finite number of seconds >= 0"),
        (["follow", "RUN", "--timeout", "nan"], "--timeout must be"),
        (["follow", "RUN", "--timeout", "inf"], "--timeout must be"),
        (["follow", "FILE"], "a file, not a run directory"),
    ],
)
def test_a_bad_watch_poll_timeout_or_db_exits_2_naming_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], needle: str
) -> None:
    """A negative --watch or --poll gave a traceback from time.sleep, --timeout nan was taken
    (never timing out), --db foo said only that SQLAlchemy could not parse a URL."""

    def no_flower(*a: object, **k: object) -> None:
        raise AssertionError("Flower polled before the options were checked")

    monkeypatch.setattr("deploy.flwr_cli.run_status", no_flower)
    run = FabricatedRun(tmp_path)
    (tmp_path / "file").write_text("x")
    paths = {"RUN": str(run.dir), "FILE": str(tmp_path / "file")}
    argv = [paths.get(a, a) for a in args]
    if argv[0] == "follow":
        argv += ["--flwr-run-id", "7", "--superlink", "consortium"]
    app = typer.Typer()
    cmd_coordinator.register(app)
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2, result.output
    assert needle in " ".join(result.output.split()) and "Traceback" not in result.output


def test_following_with_an_unknown_connection_or_the_wrong_run_dir_fails_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unknown `flwr` connection name exits 2 at the first poll (no backoff); a RUN_DIR that
    never gets run.json while Flower says the run is running exits 2 naming it."""
    from deploy.flwr_cli import FlwrConfigError, RunStatus

    polls: list[str] = []

    def unknown(connection: str, run_id: str, env: object = None) -> RunStatus:
        polls.append(connection)
        raise FlwrConfigError("SuperLink connection 'x' not found in the Flower configuration")

    monkeypatch.setattr("deploy.flwr_cli.run_status", unknown)
    monkeypatch.setattr("deploy.flwr_cli.time.sleep", lambda s: pytest.fail("it slept"))
    app = typer.Typer()
    cmd_coordinator.register(app)
    nowhere = tmp_path / "nosuchdir"
    args = ["follow", str(nowhere), "--flwr-run-id", "1", "--superlink", "x"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "--superlink 'x'" in result.output and "not found" in result.output
    assert polls == ["x"]

    monkeypatch.setattr("deploy.flwr_cli.run_status",
                        lambda *a, **k: RunStatus("1", "running", ""))  # fmt: skip
    monkeypatch.setattr(cmd_coordinator, "RUN_FILE_GRACE_S", 0.0)
    result = CliRunner().invoke(app, [*args[:-1], "consortium", "--poll", "0"])
    assert result.exit_code == 2, result.output
    text = " ".join(result.output.split())
    assert f"RUN_DIR {nowhere}: no run.json though Flower has said run 1 is running" in text


def test_site_ledger_shows_the_lifetime_spend_the_last_round_and_the_last_receipt(
    tmp_path: Path,
) -> None:
    """`medfed site ledger AGENT_DIR`: what the hospital checks after a round, read from its
    own privacy ledger; eps recomputed from every committed round, a refusal spending nothing."""
    from ledger.receipts import record_receipt
    from medfed.cmd_site import register as register_site
    from protocols.accounting import Mechanism, epsilon_of
    from protocols.ledger_receipt import Receipt
    from site_agent.privacy import (
        LIFETIME_BUDGET,
        SpendContext,
        create_site_ledger,
        open_site_ledger,
    )
    from site_agent.privacy import default_url as site_url

    agent = tmp_path / "agent"
    app = typer.Typer()
    register_site(app)
    app.command("noop")(lambda: None)
    create_site_ledger(agent)
    policy = (ROOT / "examples" / "site-policy.toml").read_text()
    (agent / "policy.toml").write_text(policy)
    mech = Mechanism(noise_multiplier=1.0, sample_rate=0.125, steps=4, clipping_norm=1.0,
                     delta=1e-5)  # fmt: skip
    with open_site_ledger(agent) as ledger:
        for rnd in (1, 2):
            entry = ledger.reserve(LIFETIME_BUDGET, mech, SpendContext("run", "vqa", rnd))
            ledger.commit(entry, 4)
        ledger.record_refusal(LIFETIME_BUDGET, mech, SpendContext("run", "vqa", 3),
                              "privacy budget cap reached")  # fmt: skip
    record_receipt(site_url(agent), Receipt("run", 9, 2, "ab" * 32, "cd" * 64), "fp")
    result = CliRunner().invoke(app, ["ledger", str(agent)])
    assert result.exit_code == 0, result.output
    eps = epsilon_of([mech, mech], 1e-5, "rdp")
    lines = result.output.splitlines()
    assert lines[0] == (
        f"site hospital-a: eps per study {eps:.3f} of cap 8 over the site's lifetime "
        "(delta 1e-05, rdp); 2 rounds trained, 1 refused, 0 evaluation releases (noised "
        "counts, each a spend)"
    )
    assert lines[1].startswith(
        "last: run run, stage vqa, round 3: refused (privacy budget cap reached)"
    )
    assert lines[2] == "receipts: 1; last: run run, round 2, chain head " + "ab" * 8
    (agent / "privacy.sqlite").unlink()  # a lost ledger is never reported as an empty one
    lost = CliRunner().invoke(app, ["ledger", str(agent)])
    assert lost.exit_code == 2 and "privacy ledger is missing" in lost.output


def test_status_prints_the_last_round_with_its_stage(tmp_path: Path) -> None:
    """`coordinator status` prints the same round line (its `[stage]` is text, not markup)."""
    run = FabricatedRun(tmp_path)
    run.round(1, "alignment", {"hospital-a": "trained", "hospital-b": "data",
                               "hospital-c": "trained"})  # fmt: skip
    app = typer.Typer()
    cmd_coordinator.register(app)
    result = CliRunner().invoke(app, ["status", str(run.dir)])
    assert result.exit_code == 0, result.output
    assert "last round 1 [alignment]: 3 sampled, 2 trained, 1 refused (data), 0 failed" in (
        result.output
    )


def test_status_prints_the_last_federated_evaluation(tmp_path: Path) -> None:
    """A deployed run's evaluation (the counts the sites sent) is in `coordinator status`, text
    and JSON, not only in the run store's events."""
    run = FabricatedRun(tmp_path)
    run.round(1, "alignment", {"hospital-a": "trained", "hospital-b": "trained",
                               "hospital-c": "trained"})  # fmt: skip
    per_site = {"hospital-a": {"closed_n": 100, "closed_correct": 70, "open_n": 10,
                               "open_exact": 2},
                "hospital-b": {"closed_n": 10, "closed_correct": 9, "open_n": 0,
                               "open_exact": 0}}  # fmt: skip
    overall = {"closed_n": 110, "closed_correct": 79, "open_n": 10, "open_exact": 2}
    run.store.record_event("run", "evaluation", 1, stage="alignment", per_site=per_site,
                           overall=overall, failures=0)  # fmt: skip
    app = typer.Typer()
    cmd_coordinator.register(app)
    result = CliRunner().invoke(app, ["status", str(run.dir)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert ("last evaluation (round 1, alignment): held-out closed questions 71.8% (79/110), "
            "open exact 20.0% (2/10); closed by site: hospital-a 70.0% (70/100), "
            "hospital-b 90.0% (9/10)") in text  # fmt: skip
    view = json.loads(CliRunner().invoke(app, ["status", str(run.dir), "--json"]).stdout)
    assert view["evaluation"]["overall"] == overall and view["evaluation"]["global_round"] == 1


@pytest.mark.parametrize("damage", ["another program's", "not a database", "a directory"])
def test_status_names_a_run_store_it_cannot_read(tmp_path: Path, damage: str) -> None:
    """A run store that is not one (another program's tables, garbage, a directory) is one
    line naming the file, exit 2: never SQLAlchemy's SQL, never "not started"."""
    import sqlite3

    run = FabricatedRun(tmp_path)
    run.round(1, "alignment", {"hospital-a": "trained", "hospital-b": "trained"})
    store = run.dir / "run.sqlite"
    store.unlink()
    if damage == "another program's":
        with sqlite3.connect(store) as conn:
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    elif damage == "not a database":
        store.write_bytes(b"not a database at all" * 100)
    else:
        store.mkdir()
    app = typer.Typer()
    cmd_coordinator.register(app)
    result = CliRunner().invoke(app, ["status", str(run.dir)])
    assert result.exit_code == 2, result.output
    assert f"{store}: not a readable MedFed run store" in result.output.replace("\n", "")
    assert "SELECT" not in result.output
