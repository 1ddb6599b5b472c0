"""What a site signs about its own accounting, checked by the auditor: one delta (at most
MAX_DELTA) and one accountant over its lifetime, and noise from the OS, not the seeded test
mode. And a damaged or half-written ledger database is an input error naming it (exit 2),
never a traceback or a verification verdict."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from ledger.store import LEDGER_FILE, ConsortiumLedger, default_url
from medfed.cmd_audit import register
from protocols.accounting import MAX_DELTA, Mechanism, epsilon_of
from protocols.ledger_entry import CoordinatorRoundEntry, SiteRoundEntry, sign_site_entry
from simulation.synthetic_ledger import write_synthetic_run

RUN = "claims"
SITE = "hospital-a"
app = typer.Typer()
register(app)
runner = CliRunner()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def _write(
    tmp: Path,
    mechanisms: list[Mechanism],
    cap: float,
    curricula: tuple[str, ...] = ("c",),
    **site_fields: Any,
) -> Path:
    """A run of one site, round r spending mechanisms[r - 1], each entry's eps honestly
    recomputed at that entry's own delta and accountant (as a lying site would sign it)."""
    key = Ed25519PrivateKey.generate()
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with ConsortiumLedger(default_url(tmp)) as ledger:
        ledger.register_site(SITE, pem, cap)
        for rnd, m in enumerate(mechanisms, start=1):
            entry = SiteRoundEntry(
                run_id=RUN, stage="vqa", global_round=rnd, site=SITE, dataset_digest=_digest(1),
                **dataclasses.asdict(m),
                epsilon_after=epsilon_of(mechanisms[:rnd], m.delta, m.accountant),
                epsilon_cap=cap, status="trained", update_digest=_digest(rnd), units=50,
                **site_fields,
            )  # fmt: skip
            ledger.append(entry, sign_site_entry(key, entry))
            ledger.append(
                CoordinatorRoundEntry(
                    run_id=RUN, stage="vqa", global_round=rnd, participants=(SITE,), dropouts=(),
                    refusals=(), aggregate_digest=_digest("a", rnd),
                    curriculum_digest=_digest(curricula[min(rnd, len(curricula)) - 1]),
                    checkpoint_digest=_digest("k", rnd),
                )
            )  # fmt: skip
    return tmp / LEDGER_FILE


def _verify(db: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}", "--json", *extra])
    return res.exit_code, json.loads(res.stdout)


def _mech(delta: float = 1e-5, accountant: str = "rdp") -> Mechanism:
    return Mechanism(0.9, 0.02, 80, 1.0, delta, accountant)  # type: ignore[arg-type]


def test_a_delta_above_max_delta_fails_though_its_eps_passes_the_cap(tmp_path: Path) -> None:
    rounds = [_mech(delta=0.1)] * 6
    assert epsilon_of([_mech()] * 6, 1e-5, "rdp") > 2.0 > epsilon_of(rounds, 0.1, "rdp")
    code, out = _verify(_write(tmp_path, rounds, cap=2.0))
    assert code == 1
    assert {(p["check"], p["global_round"]) for p in out["problems"]} == {
        ("epsilon", r) for r in range(1, 7)
    }
    assert all(f"above {MAX_DELTA}" in p["reason"] for p in out["problems"])


@pytest.mark.parametrize(
    "later", [{"delta": 5e-3}, {"accountant": "prv"}], ids=["delta", "accountant"]
)
def test_a_site_changing_its_delta_or_accountant_mid_life_fails(
    tmp_path: Path, later: dict[str, Any]
) -> None:
    """Four rounds at delta 1e-5, then three at a larger delta: the logged lifetime eps falls
    and stays under the cap, though the seven rounds at the first delta pass it."""
    rounds = [_mech()] * 4 + [_mech(**later)] * 3
    code, out = _verify(_write(tmp_path, rounds, cap=3.5))
    assert code == 1
    switched = [p for p in out["problems"] if p["check"] == "epsilon"]
    assert [p["global_round"] for p in switched] == [5, 6, 7]
    assert all("first spent at delta 1e-05 (rdp)" in p["reason"] for p in switched)
    (tmp_path / "honest").mkdir()
    honest, _ = _verify(_write(tmp_path / "honest", [_mech()] * 3, cap=3.5))
    assert honest == 0


def test_seeded_noise_fails_unless_allowed(tmp_path: Path) -> None:
    db = _write(tmp_path, [_mech()] * 2, cap=50.0, randomness="seeded-insecure")
    code, out = _verify(db)
    assert code == 1
    assert [(p["check"], p["global_round"]) for p in out["problems"]] == [
        ("randomness", 1), ("randomness", 2)
    ]  # fmt: skip
    code, out = _verify(db, "--allow-seeded")
    assert code == 0, out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("template")
    with ConsortiumLedger(default_url(directory)) as ledger:
        write_synthetic_run(ledger)
    return directory / LEDGER_FILE


def test_a_damaged_entries_page_is_an_input_error_naming_the_database(
    template: Path, tmp_path: Path
) -> None:
    db = tmp_path / LEDGER_FILE
    shutil.copy(template, db)
    con = sqlite3.connect(db)
    (page,) = con.execute(
        "SELECT max(pageno) FROM dbstat WHERE name = 'consortium_ledger' AND pagetype = 'leaf'"
    ).fetchone()
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:  # one leaf of the entries table lost to a disk error
        f.seek((page - 1) * size)
        f.write(b"\xff" * size)
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}"])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit), res.output
    assert str(db) in res.output and "damaged" in res.output


def test_a_hot_journal_is_named_with_what_to_do(template: Path, tmp_path: Path) -> None:
    db = tmp_path / LEDGER_FILE
    shutil.copy(template, db)
    writer = (  # a writer killed in the middle of a transaction larger than its cache
        "import os, sqlite3\n"
        f"con = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=1'); con.execute('BEGIN IMMEDIATE')\n"
        "con.execute('CREATE TABLE junk(x)')\n"
        "[con.execute('INSERT INTO junk VALUES (?)', ('x' * 500,)) for _ in range(2000)]\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", writer], check=False)
    assert (tmp_path / f"{LEDGER_FILE}-journal").exists()
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}"])
    assert res.exit_code == 2, res.output
    assert "hot journal" in res.output and "write access" in res.output


def test_a_run_that_changes_its_curriculum_mid_way_fails(tmp_path: Path) -> None:
    """Each site checks each round's curriculum against its signature, but a run whose rounds
    name two curricula was trained under both: the audit names the round that changed it."""
    code, out = _verify(_write(tmp_path, [_mech()] * 3, cap=50.0, curricula=("c", "c", "d")))
    assert code == 1
    ((check, rnd),) = {(p["check"], p["global_round"]) for p in out["problems"]}
    assert (check, rnd) == ("curriculum", 3)
