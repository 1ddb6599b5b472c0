"""`medfed audit verify` on a generated ledger: clean, then each tampering detected and named.

Tampering goes through raw SQL on the SQLite file after dropping its append-only triggers, as an
attacker with database administrator rights would; lying sites go through the normal API.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from ledger.store import LEDGER_FILE, ConsortiumLedger, default_url
from medfed.cmd_audit import register
from protocols.accounting import Mechanism, epsilon_of
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    SiteRoundEntry,
    parse_entry,
    sign_site_entry,
)
from simulation.synthetic_ledger import SyntheticRun, write_synthetic_run

RUN = "synthetic-run"
TRIGGERS = [
    f"{t}_no_{a}" for t in ("consortium_ledger", "consortium_sites") for a in ("update", "delete")
]
Found = set[tuple[int, str, str | None, int | None, str]]

app = typer.Typer()
register(app)
runner = CliRunner()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SyntheticRun]:
    directory = tmp_path_factory.mktemp("ledger")
    with ConsortiumLedger(default_url(directory)) as ledger:
        run = write_synthetic_run(ledger)
    return directory / LEDGER_FILE, run


@pytest.fixture
def db(template: tuple[Path, SyntheticRun], tmp_path: Path) -> Path:
    path = tmp_path / LEDGER_FILE
    shutil.copy(template[0], path)
    return path


def _verify(db: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}", "--json", *extra])
    return res.exit_code, json.loads(res.stdout)


def _found(payload: dict[str, Any]) -> Found:
    return {
        (p["seq"], p["entry_type"], p["site"], p["global_round"], p["check"])
        for p in payload["problems"]
    }


def _seq(db: Path, entry_type: str, site: str | None = None, rnd: int | None = None) -> int:
    con = sqlite3.connect(db)
    row = con.execute(
        "SELECT seq FROM consortium_ledger WHERE entry_type = ? AND site IS ? AND "
        "(global_round = ? OR ? IS NULL)",
        (entry_type, site, rnd, rnd),
    ).fetchone()
    con.close()
    return int(row[0])


def _attack(db: Path, *statements: tuple[str, tuple[Any, ...]]) -> None:
    con = sqlite3.connect(db)
    for trigger in TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger}")
    for sql, args in statements:
        con.execute(sql, args)
    con.commit()
    con.close()


def _edit(
    db: Path, seq: int, change: Callable[[dict[str, Any]], None], rehash: bool = False
) -> None:
    con = sqlite3.connect(db)
    (body,) = con.execute("SELECT body FROM consortium_ledger WHERE seq = ?", (seq,)).fetchone()
    con.close()
    doc = json.loads(body)
    change(doc)
    new = json.dumps(doc, sort_keys=True, separators=(",", ":"))
    sql = "UPDATE consortium_ledger SET body = ? WHERE seq = ?"
    statements = [(sql, (new, seq))]
    if rehash:  # a careful attacker also rewrites the stored hash of the row
        digest = hashlib.sha256(new.encode()).hexdigest()
        statements.append(
            ("UPDATE consortium_ledger SET entry_hash = ? WHERE seq = ?", (digest, seq))
        )
    _attack(db, *statements)


def test_a_clean_ledger_verifies(db: Path) -> None:
    code, payload = _verify(db)
    assert code == 0 and payload["ok"] is True
    assert payload["entries"] == 27 and payload["runs"] == [RUN] and payload["sites"] == 3
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}"])
    assert res.exit_code == 0 and "ledger verified: 27 entries" in res.output


def test_an_edited_row_is_named(db: Path) -> None:
    seq = _seq(db, "coordinator_round", rnd=2)
    _edit(db, seq, lambda d: d.update(aggregate_digest="0" * 64))
    code, payload = _verify(db)
    assert code == 1
    assert _found(payload) == {(seq, "coordinator_round", None, 2, "hash")}
    text = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}"]).output
    assert f"run '{RUN}' entry #{seq} (coordinator_round, round 2): hash: edited" in text


def test_an_edited_and_rehashed_row_breaks_the_next_link(db: Path) -> None:
    seq = _seq(db, "coordinator_round", rnd=2)
    _edit(
        db,
        seq,
        lambda d: d.update(dropouts=["hospital-c"], participants=["hospital-a", "hospital-b"]),
        rehash=True,
    )
    code, payload = _verify(db)
    assert code == 1
    problems = {(p["seq"], p["check"]) for p in payload["problems"]}
    assert (seq + 1, "chain") in problems
    reasons = [p["reason"] for p in payload["problems"] if p["seq"] == seq + 1]
    assert any(f"does not follow #{seq}" in r for r in reasons)


def test_an_edited_site_entry_fails_hash_signature_and_eps(db: Path) -> None:
    seq = _seq(db, "site_round", "hospital-b", 4)
    _edit(db, seq, lambda d: d.update(epsilon_after=0.5))
    code, payload = _verify(db)
    assert code == 1
    for check in ("hash", "signature", "epsilon"):
        assert (seq, "site_round", "hospital-b", 4, check) in _found(payload)


def test_a_deleted_row_is_named(db: Path) -> None:
    seq = _seq(db, "site_round", "hospital-b", 4)
    _attack(db, ("DELETE FROM consortium_ledger WHERE seq = ?", (seq,)))
    code, payload = _verify(db)
    assert code == 1
    found = _found(payload)
    assert (seq + 1, "site_round", "hospital-c", 4, "chain") in found
    coordinator = _seq(db, "coordinator_round", rnd=4)
    assert (coordinator, "coordinator_round", None, 4, "participants") in found
    gap = [p["reason"] for p in payload["problems"] if p["seq"] == seq + 1]
    assert f"sequence gap: #{seq} missing before it" in gap


def test_two_swapped_rows_are_named(db: Path) -> None:
    a, b = _seq(db, "site_round", "hospital-a", 2), _seq(db, "site_round", "hospital-b", 2)
    assert b == a + 1
    sql = "UPDATE consortium_ledger SET seq = ? WHERE seq = ?"
    _attack(db, (sql, (1000, a)), (sql, (a, b)), (sql, (b, 1000)))
    code, payload = _verify(db)
    assert code == 1
    chain = {p["seq"]: p["reason"] for p in payload["problems"] if p["check"] == "chain"}
    assert set(chain) == {a, b, b + 1}
    assert f"its prev_hash is the hash of #{b}" in chain[a]
    assert f"its prev_hash is the hash of #{a - 1}" in chain[b]
    assert all("out of order" in reason for reason in chain.values())


def test_a_forged_signature_is_named(db: Path) -> None:
    seq = _seq(db, "site_round", "hospital-a", 3)
    con = sqlite3.connect(db)
    (body,) = con.execute("SELECT body FROM consortium_ledger WHERE seq = ?", (seq,)).fetchone()
    con.close()
    entry = parse_entry(body)
    assert isinstance(entry, SiteRoundEntry)
    forged = sign_site_entry(Ed25519PrivateKey.generate(), entry).hex()
    _attack(db, ("UPDATE consortium_ledger SET signature = ? WHERE seq = ?", (forged, seq)))
    code, payload = _verify(db)
    assert code == 1
    coordinator = _seq(db, "coordinator_round", rnd=3)
    assert _found(payload) == {
        (seq, "site_round", "hospital-a", 3, "signature"),
        (coordinator, "coordinator_round", None, 3, "participants"),
    }
    assert "forged or altered" in payload["problems"][0]["reason"]


def test_an_inflated_noise_multiplier_in_the_database_is_named(db: Path) -> None:
    seq = _seq(db, "site_round", "hospital-a", 2)
    _edit(db, seq, lambda d: d["mechanism"].update(noise_multiplier=2.5))
    code, payload = _verify(db)
    assert code == 1
    found = _found(payload)
    assert (seq, "site_round", "hospital-a", 2, "epsilon") in found
    eps = [p["reason"] for p in payload["problems"] if p["seq"] == seq and p["check"] == "epsilon"]
    assert "spends are missing from the ledger or a mechanism was altered" in eps[0]
    assert "site 'hospital-a'" in eps[0]
    # every later entry of that data set is recomputed from the edited history too
    later = _seq(db, "site_round", "hospital-a", 6)
    assert (later, "site_round", "hospital-a", 6, "epsilon") in found


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _site(site: str, noise: float, eps: float, cap: float = 8.0) -> SiteRoundEntry:
    return SiteRoundEntry(
        run_id="lying",
        stage="align",
        global_round=1,
        site=site,
        dataset_digest=f"ds-{site}",
        noise_multiplier=noise,
        sample_rate=0.02,
        steps=40,
        clipping_norm=1.0,
        delta=1e-5,
        accountant="rdp",
        epsilon_after=eps,
        epsilon_cap=cap,
        status="trained",
        update_digest="ab" * 32,
    )


def _round(participants: tuple[str, ...]) -> CoordinatorRoundEntry:
    return CoordinatorRoundEntry(
        "lying", "align", 1, participants, (), (), "11" * 32, "22" * 32, "33" * 32
    )


def _eps(noise: float) -> float:
    return epsilon_of([Mechanism(noise, 0.02, 40, 1.0, 1e-5)], 1e-5, "rdp")


@pytest.mark.parametrize(
    ("entries", "caps", "expected"),
    [
        # a site signs noise 2.5 but logs the (larger) eps of noise 1.1: the noise was inflated
        ([("hospital-a", 2.5, _eps(1.1))], {}, {(0, "hospital-a", 1, "epsilon")}),
        # ... or logs a smaller eps than its mechanism spends
        ([("hospital-a", 1.1, _eps(2.5))], {}, {(0, "hospital-a", 1, "epsilon")}),
        # an honest spend past the cap the site registered
        ([("hospital-a", 1.1, _eps(1.1))], {"hospital-a": 1.0}, {(0, "hospital-a", 1, "cap")}),
        # the coordinator lists a participant that signed nothing for the round
        ([], {}, {(1, None, 1, "participants")}),
        # ... or leaves out a site that trained (and spent) in the round
        (
            [("hospital-a", 1.1, _eps(1.1)), ("hospital-b", 1.1, _eps(1.1))],
            {},
            {(1, "hospital-b", 1, "participants")},
        ),
    ],
    ids=["inflated-noise", "under-logged-eps", "past-cap", "unsigned-participant", "uncounted"],
)
def test_lying_sites_and_coordinators_are_named(
    tmp_path: Path,
    entries: list[tuple[str, float, float]],
    caps: dict[str, float],
    expected: set[Any],
) -> None:
    keys = {name: Ed25519PrivateKey.generate() for name in ("hospital-a", "hospital-b")}
    with ConsortiumLedger(default_url(tmp_path)) as ledger:
        for name, key in keys.items():
            ledger.register_site(name, _pem(key), caps.get(name, 8.0))
        signed = entries or [("hospital-a", 1.1, _eps(1.1))]
        for site, noise, eps in signed:
            entry = _site(site, noise, eps, caps.get(site, 8.0))
            ledger.append(entry, sign_site_entry(keys[site], entry))
        ledger.append(_round(("hospital-a", "hospital-b") if not entries else ("hospital-a",)))
    code, payload = _verify(tmp_path / LEDGER_FILE)
    assert code == 1
    assert {
        (p["seq"], p["site"], p["global_round"], p["check"]) for p in payload["problems"]
    } == expected


def test_an_entry_too_costly_to_recompute_is_named_not_computed(tmp_path: Path) -> None:
    """A ledger entry is its signer's to write: one that says it trained 100,000 steps at
    sample rate 1 under PRV would have the auditor's accountant allocate terabytes. Its eps is
    not recomputed: the entry is named, with its cost and the limit, in a second or so."""
    import time

    key = Ed25519PrivateKey.generate()
    greedy = dataclasses.replace(_site("hospital-a", 1.0, 5.0), sample_rate=1.0,
                                 steps=100_000, accountant="prv")  # fmt: skip
    with ConsortiumLedger(default_url(tmp_path)) as ledger:
        ledger.register_site("hospital-a", _pem(key), 8.0)
        ledger.append(greedy, sign_site_entry(key, greedy))
        ledger.append(_round(("hospital-a",)))
    t0 = time.perf_counter()
    code, payload = _verify(tmp_path / LEDGER_FILE)
    assert time.perf_counter() - t0 < 10.0
    assert code == 1
    (problem,) = [p for p in payload["problems"] if p["check"] == "epsilon"]
    assert (problem["seq"], problem["site"], problem["global_round"]) == (0, "hospital-a", 1)
    assert problem["reason"].startswith(
        "cannot recompute: eps of 1 distinct mechanism(s), 100,000 steps in all: a PRV grid of"
    )
    assert problem["reason"].endswith(
        "over the limit of 1024 MB (give the auditor more memory: --max-accountant-mb)"
    )


def test_a_budget_reset_by_recuration_is_named(tmp_path: Path) -> None:
    """eps is per study over the site's lifetime: a second data set digest (a re-curation) does
    not start a new history. A site that logs eps from zero again at its new digest is named as
    under-counting; one that carries its lifetime eps on verifies."""
    key = Ed25519PrivateKey.generate()
    once = _eps(1.1)
    twice = epsilon_of([Mechanism(1.1, 0.02, 40, 1.0, 1e-5)] * 2, 1e-5, "rdp")
    for logged, ok in ((twice, True), (once, False)):
        where = tmp_path / ("honest" if ok else "reset")
        where.mkdir()
        with ConsortiumLedger(default_url(where)) as ledger:
            ledger.register_site("hospital-a", _pem(key), 8.0)
            first = _site("hospital-a", 1.1, once)
            second = dataclasses.replace(
                first, global_round=2, dataset_digest="ds-recurated", epsilon_after=logged
            )
            for entry in (first, second):
                ledger.append(entry, sign_site_entry(key, entry))
                ledger.append(
                    dataclasses.replace(_round(("hospital-a",)), global_round=entry.global_round)
                )
        code, payload = _verify(where / LEDGER_FILE)
        problems = {(p["site"], p["global_round"], p["check"]) for p in payload["problems"]}
        assert (code, problems) == ((0, set()) if ok else (1, {("hospital-a", 2, "epsilon")}))
        if not ok:
            assert "the spend is under-counted" in payload["problems"][0]["reason"]


def test_run_filter_and_bad_input(db: Path, tmp_path: Path) -> None:
    code, payload = _verify(db, "--run", RUN)
    assert code == 0 and payload["runs"] == [RUN]
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}", "--run", "nope"])
    assert res.exit_code == 2 and "no run 'nope'" in res.output
    missing = tmp_path / "absent" / LEDGER_FILE
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{missing}"])
    assert res.exit_code == 2 and "no ledger database file there" in res.output
    assert not missing.parent.exists()
    res = runner.invoke(app, ["audit", "verify", "--db", "mysql://x@y/z"])
    assert res.exit_code == 2 and "sqlite or postgresql only" in res.output


PG = "127.0.0.1:5432/test"


def _pg_available() -> bool:
    try:
        with create_engine(f"postgresql+psycopg://root@{PG}").connect():
            return True
    except DBAPIError:
        return False


@pytest.mark.skipif(not _pg_available(), reason=f"no PostgreSQL at {PG}")
def test_an_auditor_role_verifies_a_postgresql_ledger_through_the_cli() -> None:
    tag = uuid.uuid4().hex[:10]
    schema, role = f"medfed_audit_{tag}", f"medfed_t_reader_{tag}"
    admin = f"postgresql+psycopg://root@{PG}"
    try:
        with ConsortiumLedger(admin, schema=schema) as ledger:
            write_synthetic_run(ledger)
        res = runner.invoke(
            app,
            ["audit", "grant-reader", "--db", admin, "--schema", schema, "--role", role, "--json"],
        )
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["privileges"] == ["SELECT"]
        reader = f"postgresql+psycopg://{role}@{PG}"
        res = runner.invoke(app, ["audit", "verify", "--db", reader, "--schema", schema, "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["entries"] == 27
        res = runner.invoke(app, ["audit", "grant-reader", "--db", admin, "--role", "Bad Name"])
        assert res.exit_code == 2 and "role name 'Bad Name'" in res.output
    finally:
        engine = create_engine(admin)
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname=:r"), {"r": role}).first():
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))
        engine.dispose()


def test_register_site_through_the_cli(tmp_path: Path) -> None:
    from protocols.keys import write_key_pair

    _, public = write_key_pair(tmp_path / "keys", "hospital-a")
    url = default_url(tmp_path)
    args = ["audit", "register-site", "--db", url, "--name", "hospital-a", "--public-key"]
    res = runner.invoke(app, [*args, str(public), "--cap", "8", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["cap"] == 8.0
    assert runner.invoke(app, [*args, str(public), "--cap", "8"]).exit_code == 0  # a no-op
    res = runner.invoke(app, [*args, str(public), "--cap", "9"])
    assert res.exit_code == 2 and "registrations are append-only" in res.output
    res = runner.invoke(app, [*args, str(tmp_path / "none.pub"), "--cap", "8"])
    assert res.exit_code == 2 and "cannot read it" in res.output


def test_an_altered_site_registration_is_named_even_before_any_entry_uses_it(db: Path) -> None:
    """The registry is the auditor's root of trust: a key that does not parse, or a fingerprint
    that is not its key's, fails verification by the site's name."""
    con = sqlite3.connect(db)
    names = [n for (n,) in con.execute("SELECT name FROM consortium_sites ORDER BY name")]
    con.close()
    assert len(names) >= 2
    _attack(
        db,
        ("UPDATE consortium_sites SET public_key_pem = ? WHERE name = ?", ("garbage", names[0])),
        ("UPDATE consortium_sites SET key_fingerprint = ? WHERE name = ?", ("zz", names[1])),
    )
    code, payload = _verify(db)
    assert code == 1 and payload["ok"] is False
    unreadable, mismatched = payload["registry"]
    assert f"site {names[0]!r}: registered key unreadable" in unreadable
    assert f"site {names[1]!r}: registered fingerprint 'zz' is not its key's" in mismatched


@pytest.mark.parametrize(
    ("statement", "what"),
    [
        ("UPDATE consortium_ledger SET recorded_at = 'garbage-date'", "ledger entries"),
        ("DROP TABLE consortium_ledger", "ledger entries"),
        ("UPDATE consortium_sites SET epsilon_cap = 'abc'", "site registry"),
    ],
)
def test_a_ledger_that_cannot_be_read_is_an_error_naming_the_database(
    db: Path, statement: str, what: str
) -> None:
    _attack(db, (statement, ()))
    res = runner.invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}"])
    assert res.exit_code == 2, res.output  # an input error, not a crash (1 is "entries fail")
    assert isinstance(res.exception, SystemExit)
    assert f"cannot read the {what}" in res.output and str(db) in res.output
    assert "altered outside MedFed" in res.output


def test_a_busy_database_is_not_called_altered(db: Path) -> None:
    """Only what the content says (a table gone, a value of the wrong kind) is 'unreadable': a
    lock or a lost connection passes as it is, so a writer that catches LedgerStoreError to
    carry on never carries on from it."""
    from sqlalchemy.exc import OperationalError

    from ledger.store import LedgerStoreError, LedgerUnreadable

    assert not issubclass(LedgerUnreadable, LedgerStoreError)
    with ConsortiumLedger(f"sqlite:///{db}", migrate=False) as ledger:
        with pytest.raises(OperationalError), ledger._reading("ledger entries"):
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        with pytest.raises(LedgerUnreadable), ledger._reading("ledger entries"):
            raise OperationalError("SELECT", {}, Exception("no such table: consortium_ledger"))
