"""The `medfed` command as a user meets it: help, JSON output, exit codes on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pydicom
import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from medfed.cli import app

ROOT = Path(__file__).resolve().parents[1]

runner = CliRunner()


def _all_command_paths(group: typer.Typer) -> list[list[str]]:
    cli = get_command(group)
    paths: list[list[str]] = []

    def walk(cmd, prefix: list[str]) -> None:
        sub = getattr(cmd, "commands", None)
        if not sub:
            paths.append(prefix)
            return
        for name, child in sub.items():
            walk(child, [*prefix, name])

    walk(cli, [])
    return paths


def test_every_command_has_help_that_explains_it() -> None:
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    for word in ("demo", "synth", "coordinator", "site", "model"):
        assert word in top.output
    paths = _all_command_paths(app)
    assert ["demo"] in paths and ["synth"] in paths and ["model", "info"] in paths
    for path in paths:
        res = runner.invoke(app, [*path, "--help"])
        assert res.exit_code == 0, path
        # a docstring sentence beyond the usage line
        assert len(res.output.split("\n")) > 4, path


def test_synth_json_output_opens_in_pydicom_and_json(tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["synth", "--out", str(tmp_path), "--sites", "3", "--studies", "8", "--json"]
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["sites"] == ["hospital-a", "hospital-b", "hospital-c"]
    site = tmp_path / "hospital-a"
    ds = pydicom.dcmread(next((site / "dicom").glob("*.dcm")))
    assert ds.PatientName and ds.pixel_array.shape[:2] == (128, 128)
    vqa = json.loads((site / "vqa" / "vqa_rad_train.json").read_text())
    assert {"qid", "image_name", "question", "answer", "answer_type"} <= set(vqa[0])
    inspect = runner.invoke(app, ["site", "inspect", str(site), "--json"])
    assert inspect.exit_code == 0
    splits = json.loads(inspect.stdout)["splits"]
    assert splits["train"]["vqa"] == len(vqa) + len(
        json.loads((site / "slake" / "train.json").read_text())
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["synth", "--out", "X", "--sites", "0"], "sites"),
        (["demo", "--sites", "2"], "--sites"),
        (["model", "info", "gpt-9000"], "gpt-9000"),
        (["model", "info", "tiny", "--tokenizer", "X"], "--tokenizer"),
        (
            [
                "model",
                "plan",
                "tiny",
                "--curriculum",
                str(ROOT / "curricula" / "demo.toml"),
                "--gpu-memory",
                "80",
            ],
            "plan one of ['medgpt-oss-20b']",
        ),
        (
            [
                "site",
                "check",
                str(ROOT / "examples" / "site-policy.toml"),
                str(ROOT / "curricula" / "demo.toml"),
                "--dataset-size",
                "0",
            ],
            "--dataset-size",
        ),
    ],
)
def test_bad_input_exits_2_and_names_it(args: list[str], needle: str, tmp_path: Path) -> None:
    args = [a if a != "X" else str(tmp_path / "x") for a in args]
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert needle in res.output


@pytest.mark.parametrize(
    "args",
    [
        ["curriculum", "keygen", "--out", "FILE"],  # a file where a directory goes
        ["synth", "--out", "FILE", "--sites", "1", "--studies", "4"],
        [
            "curriculum",
            "sign",
            str(ROOT / "curricula" / "demo.toml"),
            "--key",
            "KEY",
            "--preset",
            "tiny",
            "--out",
            "DIR",
        ],  # a directory where the signature file goes
    ],
)
def test_a_file_system_error_is_one_line_naming_the_path_not_a_traceback(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from medfed.cli import main

    (tmp_path / "file").write_text("x")
    (tmp_path / "dir").mkdir()
    assert (
        runner.invoke(app, ["curriculum", "keygen", "--out", str(tmp_path / "keys")]).exit_code == 0
    )
    paths = {
        "FILE": tmp_path / "file",
        "DIR": tmp_path / "dir",
        "KEY": tmp_path / "keys" / "curriculum-signing.key",
    }
    argv = [str(paths[a]) if a in paths else a for a in args]
    monkeypatch.setattr("sys.argv", ["medfed", *argv])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and str(tmp_path) in err and "Traceback" not in err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temp left behind


def test_a_value_error_in_a_demo_run_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import medfed.demo

    def broken(opts: object) -> None:
        raise ValueError("groups ['projector'] contain no LoRA group")

    monkeypatch.setattr(medfed.demo, "run_demo", broken)
    res = runner.invoke(app, ["demo", "--out", str(tmp_path), "--studies", "600"])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert "error: groups ['projector'] contain no LoRA group" in res.output


@pytest.mark.parametrize(
    ("studies", "needle"),
    [
        ("8", "--studies must be >= 10, got 8: each hospital would hold 6 training studies"),
        ("4", "--studies must be >= 10, got 4"),
        ("0", "--studies must be >= 10, got 0"),
        ("10", "--studies 10 is too few for demo.toml: each hospital would declare 8"),
    ],
)
def test_demo_refuses_studies_too_few_for_its_own_policies_before_writing_anything(
    studies: str, needle: str, tmp_path: Path
) -> None:
    """The demo's policies state training.min_dataset_size 8; a quarter of each hospital's
    studies is held out, so --studies 8 left 6 to train on and every site refused every round
    (a halt with Flower tracebacks, minutes later). With 8 to train on, the demo curriculum
    costs more than the sites' cap, and every site refused on budget. Both are refused up front,
    naming the option, what is short and the fewest studies that fit (the bisection's answer,
    checked on both sides of it)."""
    from medfed.demo import DEMO_MIN_STUDIES, DemoOptions

    res = runner.invoke(app, ["demo", "--out", str(tmp_path / "run"), "--studies", studies])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert needle in text and "Traceback" not in text
    assert ("training.min_dataset_size" in text) == (studies != "10")
    if studies == "10":
        assert "costs eps 86.2 per study (its training alone), over the sites' cap of 10" in text
        assert "give --studies 428 or more" in text
    assert not (tmp_path / "run").exists()
    assert DEMO_MIN_STUDIES == 10 and ">= 10" in runner.invoke(app, ["demo", "--help"]).output
    DemoOptions(out=tmp_path, studies=428)  # eps 9.96 over the whole curriculum: under the cap
    with pytest.raises(ValueError, match="costs eps 12.0 per study"):
        DemoOptions(out=tmp_path, studies=427)


def test_baselines_refuse_studies_whose_federation_would_halt_before_writing_anything(
    tmp_path: Path,
) -> None:
    """`eval baselines --studies 600` used to synthesize and curate four hospitals, then halt in
    the federation's first round (every site refused on budget) with a traceback. The benchmark
    curriculum needs 2,391 studies a hospital under the sites' cap; fewer are refused up front."""
    out = tmp_path / "bl"
    res = runner.invoke(app, ["eval", "baselines", "--out", str(out), "--studies", "600"])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert "--studies 600 is too few for benchmark.toml" in text and "Traceback" not in text
    assert "costs eps 40.4 per study" in text and "give --studies 2391 or more" in text
    assert not out.exists()


def test_a_garbled_site_key_and_a_file_as_curate_destination_are_named(tmp_path: Path) -> None:
    garbled = tmp_path / "garb.pem"
    garbled.write_text("garbage")
    db = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    res = runner.invoke(app, ["audit", "register-site", "--db", db, "--name", "h",
                              "--public-key", str(garbled), "--cap", "5"])  # fmt: skip
    assert res.exit_code == 2, res.output
    assert f"--public-key {garbled}: not a PEM public key" in " ".join(res.output.split())
    (tmp_path / "src").mkdir()
    (tmp_path / "afile").write_text("x")
    res = runner.invoke(app, ["site", "curate", str(tmp_path / "src"), str(tmp_path / "afile")])
    assert res.exit_code == 2, res.output
    assert f"destination {tmp_path / 'afile'} is a file, not a directory" in " ".join(
        res.output.split()
    )


def test_site_inspect_on_a_missing_directory_names_it(tmp_path: Path) -> None:
    res = runner.invoke(app, ["site", "inspect", str(tmp_path / "nowhere")])
    assert res.exit_code == 2
    assert "nowhere" in res.output


def test_model_info_reports_the_20b_counts_from_the_meta_device() -> None:
    res = runner.invoke(app, ["model", "info", "medgpt-oss-20b", "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.stdout)
    assert info["trainable_params"] == 7_962_624
    assert info["text_layers"] == 24 and info["experts"] == 32 and info["image_tokens"] == 576


def test_build_base_defaults_rebuild_the_shipped_recipe(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`model build-base` without options builds BaseRecipe() (what recipe.json of the shipped
    base records), and --steps overrides only the steps."""
    import model.base

    calls: list[dict[str, object]] = []

    def fake_build(out: Path, **kwargs: object) -> dict[str, object]:
        calls.append(kwargs)
        return {"held_out_loss": {"own_images": 0.1, "shuffled_images": 0.9},
                "first_loss": 6.0, "final_loss": 0.2, "seconds": 1.0}  # fmt: skip

    monkeypatch.setattr(model.base, "build_base", fake_build)
    out = ["model", "build-base", "--out", str(tmp_path)]
    assert runner.invoke(app, out).exit_code == 0
    assert runner.invoke(app, [*out, "--steps", "7"]).exit_code == 0
    options = [{k: v for k, v in c.items() if k != "console"} for c in calls]
    assert options == [{"seed": 0}, {"seed": 0, "steps": 7}]


def test_site_ledger_on_a_damaged_privacy_ledger_names_it(tmp_path: Path) -> None:
    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "policy.toml").write_text((ROOT / "examples" / "site-policy.toml").read_text())
    (agent / "privacy.sqlite").write_bytes(b"not a database" * 100)
    res = runner.invoke(app, ["site", "ledger", str(agent)])
    assert res.exit_code == 2, res.output
    assert "privacy.sqlite: cannot read the site's privacy ledger" in res.output
    assert "a backup restored forgets every spend recorded after" in res.output


@pytest.mark.parametrize("json_out", [False, True])
def test_site_check_on_a_damaged_privacy_ledger_names_it_without_sql(
    tmp_path: Path, json_out: bool
) -> None:
    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "privacy.sqlite").write_bytes(b"not a database" * 100)
    args = ["site", "check", str(ROOT / "examples" / "site-policy.toml"),
            str(ROOT / "curricula" / "demo.toml"), "--agent-dir", str(agent)]  # fmt: skip
    res = runner.invoke(app, [*args, "--json"] if json_out else args)
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert f"{agent / 'privacy.sqlite'}: cannot read the site's privacy ledger: damaged" in text
    assert "[SQL:" not in text


def test_site_ledger_reads_while_the_agent_holds_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`site ledger` only reads: it answers while a round holds the ledger's write lock (a
    writer's open would wait for it, here 0.2 s, then fail) and leaves the file as it was."""
    import sqlite3

    import site_agent.privacy.ledger as site_ledger

    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "policy.toml").write_text((ROOT / "examples" / "site-policy.toml").read_text())
    site_ledger.SiteLedger(site_ledger.default_url(agent)).close()
    monkeypatch.setattr(site_ledger, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    path = agent / "privacy.sqlite"
    before = path.read_bytes()
    round_lock = sqlite3.connect(path, isolation_level=None)
    round_lock.execute("BEGIN IMMEDIATE")  # as a round's reservation holds it
    try:
        res = runner.invoke(app, ["site", "ledger", str(agent), "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["rounds_trained"] == 0
        with pytest.raises(Exception, match="locked"):
            site_ledger.open_site_ledger(agent)  # a writer: waits for the lock
    finally:
        round_lock.execute("ROLLBACK")
        round_lock.close()
    assert path.read_bytes() == before


_KILLED_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")  # the pages spill to the file: a hot journal is left
conn.execute("BEGIN IMMEDIATE")
for i in range(200):
    conn.execute("INSERT INTO privacy_budget VALUES (?, '2026-01-01')", (str(i) * 40,))
os._exit(9)  # the agent killed mid-write
"""


def test_site_ledger_reads_a_ledger_an_agent_was_killed_writing(tmp_path: Path) -> None:
    """An agent killed mid-write leaves a hot journal, which a read-only open cannot roll back:
    `site ledger` then opens as a writer, which rolls the unfinished write back, and answers
    (before, it failed and suggested the ledger might be damaged)."""
    import subprocess
    import sys

    import site_agent.privacy.ledger as site_ledger

    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "policy.toml").write_text((ROOT / "examples" / "site-policy.toml").read_text())
    site_ledger.SiteLedger(site_ledger.default_url(agent)).close()
    path = agent / "privacy.sqlite"
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE, str(path)], timeout=60)
    assert killed.returncode == 9 and path.with_name("privacy.sqlite-journal").exists()
    res = runner.invoke(app, ["site", "ledger", str(agent), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rounds_trained"] == 0
    assert not path.with_name("privacy.sqlite-journal").exists()


def test_site_ledger_says_a_rollback_needs_write_access(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the unfinished write cannot be rolled back (the reader may not write there), the
    message says what to do, not that the ledger may be damaged."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    import site_agent.privacy as privacy

    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "policy.toml").write_text((ROOT / "examples" / "site-policy.toml").read_text())
    (agent / "privacy.sqlite-journal").write_bytes(b"\0" * 512)
    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorcode, error.sqlite_errorname = 776, "SQLITE_READONLY_ROLLBACK"  # as SQLite's

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("SELECT 1", {}, error)

    monkeypatch.setattr(privacy, "open_site_ledger", refused)
    res = runner.invoke(app, ["site", "ledger", str(agent)])
    assert res.exit_code == 2
    out = " ".join(res.output.split())
    assert "needs write access" in out and "agent's user" in out and "backup" not in out


def test_curating_a_directory_with_nothing_to_curate_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    res = runner.invoke(app, ["site", "curate", str(tmp_path / "empty"), str(tmp_path / "out")])
    assert res.exit_code == 1, res.output
    assert "nothing curated" in res.output and "empty" in res.output
    assert not (tmp_path / "out").exists()  # a rerun after mending the source finds no DST


def test_site_inspect_names_images_that_do_not_decode(tmp_path: Path) -> None:
    res = runner.invoke(app, ["synth", "--out", str(tmp_path / "h"), "--sites", "1",
                              "--studies", "4"])  # fmt: skip
    assert res.exit_code == 0, res.output
    site = tmp_path / "h" / "hospital-a"
    broken = sorted((site / "images").glob("*.png"))[0]
    broken.write_bytes(b"not a png")
    out = runner.invoke(app, ["site", "inspect", str(site), "--json"])
    assert out.exit_code == 0, out.output
    payload = json.loads(out.stdout)
    (line,) = payload["unreadable_images"]
    assert str(broken) in line and "cannot decode image" in line
    assert payload["images"] == len(list((site / "images").glob("*.png")))
    # --no-decode checks the layout alone: nothing decoded, said so
    out = runner.invoke(app, ["site", "inspect", str(site), "--json", "--no-decode"])
    assert out.exit_code == 0 and json.loads(out.stdout)["unreadable_images"] is None
    out = runner.invoke(app, ["site", "inspect", str(site), "--no-decode"])
    assert out.exit_code == 0 and "not decoded (--no-decode)" in out.output


def test_site_ledger_counts_evaluation_releases_apart_from_rounds(tmp_path: Path) -> None:
    """An evaluation release is a spend, not a round trained: `site ledger` says how many of
    each the site's ledger holds."""
    import site_agent.privacy.ledger as site_ledger
    from protocols.accounting import Mechanism, evaluation_mechanism

    agent = tmp_path / "agent"
    agent.mkdir()
    (agent / "policy.toml").write_text((ROOT / "examples" / "site-policy.toml").read_text())
    budget = site_ledger.LIFETIME_BUDGET
    with site_ledger.SiteLedger(site_ledger.default_url(agent)) as ledger:
        trained = Mechanism(1.2, 0.1, 10, 1.0, 1e-5, "rdp")
        spent = ledger.reserve(budget, trained, site_ledger.SpendContext("r", "instruction", 1))
        ledger.commit(spent, 10)
        release = evaluation_mechanism(4.0, 1, 1e-5, "rdp")
        where = site_ledger.SpendContext("r", "instruction", 1, kind="evaluation")
        ledger.commit(ledger.reserve(budget, release, where), 1)
    res = runner.invoke(app, ["site", "ledger", str(agent), "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert (doc["rounds_trained"], doc["evaluations_released"]) == (1, 1)
    assert doc["last_round"]["kind"] == "evaluation"
    res = runner.invoke(app, ["site", "ledger", str(agent)])
    assert "1 rounds trained, 0 refused, 1 evaluation releases" in " ".join(res.output.split())


def test_a_halted_federation_in_baselines_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A federation that halts under `eval baselines` (sites under --data-root refusing a stage)
    ends with the halt's reason and exit code 1, not a traceback."""
    import medfed.baselines
    from coordinator.strategy import StageHalted

    def halted(*_: object, **__: object) -> None:
        raise StageHalted("stage 'alignment' halted at round 1 (stage round 1): 0 of 3 trained")

    monkeypatch.setattr(medfed.baselines, "run_baselines", halted)
    res = runner.invoke(app, ["eval", "baselines", "--out", str(tmp_path / "bl")])
    assert res.exit_code == 1, res.output
    text = " ".join(res.output.split())
    assert "stage 'alignment' halted at round 1" in text and "Traceback" not in text
