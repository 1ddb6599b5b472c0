"""The consortium ledger's chain head, signed by the coordinator and kept by every site as a
receipt: a ledger cut short at the end, or rebuilt by the coordinator itself without one
hospital (every hash, site and coordinator signature then still holds), fails `audit verify`
naming the site that holds the receipt and the entry.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from auditor.verify import verify_rows
from ledger.receipts import read_receipts, read_site_ledgers, record_receipt
from ledger.store import ConsortiumLedger, default_url
from medfed.cmd_audit import register
from protocols.accounting import Mechanism, epsilon_of
from protocols.keys import fingerprint, save_public_key
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    SiteRoundEntry,
    StageTransition,
    sign_site_entry,
)
from protocols.ledger_receipt import Receipt
from site_agent.privacy import create_site_ledger

RUN = "receipt-run"
SITES = ("hospital-a", "hospital-b", "hospital-c")
ROUNDS = 3


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@functools.cache
def _eps(rounds: int) -> float:
    mech = Mechanism(noise_multiplier=1.0, sample_rate=0.01, steps=10, clipping_norm=1.0,
                     delta=1e-5)  # fmt: skip
    return epsilon_of([mech] * rounds, 1e-5, "rdp")


def _site_entry(site: str, rnd: int) -> SiteRoundEntry:
    return SiteRoundEntry(
        run_id=RUN, stage="vqa", global_round=rnd, site=site, dataset_digest=_digest(site),
        noise_multiplier=1.0, sample_rate=0.01, steps=10, clipping_norm=1.0, delta=1e-5,
        accountant="rdp", epsilon_after=_eps(rnd), epsilon_cap=50.0, status="trained",
        update_digest=_digest("update", site, rnd),
    )  # fmt: skip


class Consortium:
    """Three sites (each with its own database) and a coordinator writing one run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.coordinator = Ed25519PrivateKey.generate()
        self.site_keys = {s: Ed25519PrivateKey.generate() for s in SITES}
        self.agents = {s: tmp / "agents" / s for s in SITES}
        for site, agent in self.agents.items():
            create_site_ledger(agent)
            save_public_key(self.site_keys[site].public_key(), agent / "ledger-signing.pub")

    def write(self, directory: Path, without: str | None = None, receipts: bool = True) -> Path:
        """The run; `without` leaves one site out (as a coordinator rebuilding the chain would)."""
        directory.mkdir(parents=True, exist_ok=True)
        with ConsortiumLedger(default_url(directory)) as ledger:
            for site, key in self.site_keys.items():
                ledger.register_site(site, _pem(key), 50.0)
            ledger.append(StageTransition(RUN, None, "vqa", 1), coordinator_key=self.coordinator)
            for rnd in range(1, ROUNDS + 1):
                trained = [s for s in SITES if s != without]
                for site in trained:
                    entry = _site_entry(site, rnd)
                    ledger.append(entry, sign_site_entry(self.site_keys[site], entry))
                head = ledger.append(
                    CoordinatorRoundEntry(
                        run_id=RUN, stage="vqa", global_round=rnd, participants=tuple(trained),
                        dropouts=(), refusals=(), aggregate_digest=_digest("agg", rnd),
                        curriculum_digest=_digest("cur"), checkpoint_digest=_digest("ck", rnd),
                    ),
                    coordinator_key=self.coordinator,
                )  # fmt: skip
                receipt = head.receipt()
                assert receipt is not None and receipt.global_round == rnd
                for agent in self.agents.values() if receipts else ():
                    url = f"sqlite:///{agent / 'privacy.sqlite'}"
                    record_receipt(url, receipt, fingerprint(self.coordinator))
        return directory / "consortium-ledger.sqlite"

    def public_key(self) -> Path:
        return save_public_key(self.coordinator.public_key(), self.tmp / "coordinator.pub")


@pytest.fixture
def consortium(tmp_path: Path) -> Consortium:
    return Consortium(tmp_path)


def _verify(db: Path, cons: Consortium, rows_filter: int | None = None) -> list[str]:
    """The problems `audit verify --receipts AGENTS` finds: each site's receipts, and its key
    (which names it in the problems) and spends (none here)."""
    held, spends = read_site_ledgers([cons.tmp / "agents"])
    with ConsortiumLedger(f"sqlite:///{db}", migrate=False) as ledger:
        rows = ledger.rows()[:rows_filter]
        result = verify_rows(
            rows, ledger.sites(), coordinator_key=cons.coordinator.public_key(), receipts=held,
            site_spends=spends,
        )  # fmt: skip
    return [str(p) for p in result.problems]


def test_sites_hold_a_receipt_per_round_and_an_intact_ledger_verifies(
    consortium: Consortium,
) -> None:
    db = consortium.write(consortium.tmp / "ledger")
    for site, agent in consortium.agents.items():
        held = read_receipts(f"sqlite:///{agent / 'privacy.sqlite'}", site)
        assert [h.receipt.global_round for h in held] == [1, 2, 3]
    assert _verify(db, consortium) == []


def test_a_ledger_cut_short_after_the_last_round_is_detected(consortium: Consortium) -> None:
    db = consortium.write(consortium.tmp / "ledger")
    per_round = len(SITES) + 1
    cut = _verify(db, consortium, rows_filter=-per_round)  # the last round's rows are gone
    assert cut, "truncation went unnoticed"
    assert all("cut off the end" in p for p in cut), cut
    assert {p.split("'")[3] for p in cut} == set(SITES)  # every site's receipt names it
    assert all("a receipt of entry #12 held by" in p and "ends at #8" in p for p in cut), cut


def test_a_ledger_rebuilt_without_one_site_is_detected(consortium: Consortium) -> None:
    consortium.write(consortium.tmp / "ledger")  # the real run: the sites hold its receipts
    # The coordinator, with its own key, writes the run again without hospital-b: every hash,
    # site signature, coordinator signature and participant list of the rebuilt ledger holds.
    forged = consortium.write(consortium.tmp / "forged", without="hospital-b", receipts=False)
    with ConsortiumLedger(f"sqlite:///{forged}", migrate=False) as ledger:
        clean = verify_rows(
            ledger.rows(), ledger.sites(), coordinator_key=consortium.coordinator.public_key()
        )
    assert clean.ok, [str(p) for p in clean.problems]
    problems = _verify(forged, consortium)
    assert problems and all("rebuilt or rewritten" in p or "cut off" in p for p in problems)
    assert any("hospital-b" in p for p in problems)


def test_unsigned_or_moved_coordinator_entries_fail_under_its_key(
    consortium: Consortium, tmp_path: Path
) -> None:
    (tmp_path / "unsigned").mkdir()
    with ConsortiumLedger(default_url(tmp_path / "unsigned")) as ledger:
        ledger.append(StageTransition(RUN, None, "vqa", 1))  # no coordinator key
        rows, sites = ledger.rows(), ledger.sites()
    result = verify_rows(rows, sites, coordinator_key=consortium.coordinator.public_key())
    assert [p.check for p in result.problems] == ["coordinator"]
    assert "not signed by the coordinator" in str(result.problems[0])


def test_a_receipt_with_another_signature_is_named(consortium: Consortium) -> None:
    db = consortium.write(consortium.tmp / "ledger")
    intruder = Ed25519PrivateKey.generate()
    fake = Receipt(RUN, 99, 9, _digest("x"), intruder.sign(b"x").hex())
    url = f"sqlite:///{consortium.agents['hospital-a'] / 'privacy.sqlite'}"
    record_receipt(url, fake, fingerprint(intruder))
    problems = _verify(db, consortium)
    assert len(problems) == 1 and "did not sign" in problems[0], problems


def test_audit_verify_cli_with_receipts_and_coordinator_key(consortium: Consortium) -> None:
    db = consortium.write(consortium.tmp / "ledger")
    app = typer.Typer()
    register(app)
    args = ["audit", "verify", "--db", f"sqlite:///{db}", "--json"]
    args += ["--coordinator-key", str(consortium.public_key())]
    args += ["--receipts", str(consortium.tmp / "agents")]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["ok"] and payload["coordinator_checked"] and payload["receipts"] == 9


def test_coordinator_status_from_the_ledger_alone(consortium: Consortium) -> None:
    from medfed.cmd_coordinator import register as register_coordinator

    db = consortium.write(consortium.tmp / "ledger")
    app = typer.Typer()
    group = typer.Typer()
    register_coordinator(group)
    app.add_typer(group, name="coordinator")
    res = CliRunner().invoke(app, ["coordinator", "status", "--db", f"sqlite:///{db}", "--json"])
    assert res.exit_code == 0, res.output
    view = json.loads(res.stdout)
    assert view["run_id"] == RUN and view["global_round"] == ROUNDS and view["stage"] == "vqa"
    assert set(view["sites"]) == set(SITES)
    site = view["sites"]["hospital-a"]
    assert site["last_round"] == ROUNDS and site["last_outcome"] == "trained"
    assert site["epsilon"] == pytest.approx(_eps(ROUNDS)) and site["epsilon_cap"] == 50.0
