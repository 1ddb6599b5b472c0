"""The auditor against a coordinator that hides a site's spend: every spend a site's own privacy
ledger counts must be in the consortium ledger, under the key the site itself holds.

Receipts alone do not catch these: a coordinator that leaves a site's entry of the last round
out (listing the site as a dropout, which needs no signed entry) still signs and sends receipts
over the altered chain, and one that cuts off the whole last round never sends its receipt; one
that registers a key of its own for a site signs that site's entries itself. Each site's spend
is in its own `privacy.sqlite`, handed to the auditor with its `ledger-signing.pub`
(`medfed audit verify --receipts`)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from ledger.receipts import SITE_KEY_FILE, record_receipt
from ledger.store import LEDGER_FILE, ConsortiumLedger, default_url
from medfed.cmd_audit import register
from protocols.accounting import Mechanism, epsilon_of
from protocols.keys import fingerprint, save_public_key
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    SiteRoundEntry,
    StageTransition,
    sign_site_entry,
)
from site_agent.privacy import LIFETIME_BUDGET, SiteLedger, SpendContext, create_site_ledger

RUN = "run-1"
SITES = ("hospital-a", "hospital-b")
ROUNDS = 3
CAP = 50.0
MECH = Mechanism(0.9, 0.02, 80, 1.0, 1e-5, "rdp")

app = typer.Typer()
register(app)


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _site_entry(site: str, rnd: int, m: Mechanism) -> SiteRoundEntry:
    return SiteRoundEntry(
        run_id=RUN, stage="vqa", global_round=rnd, site=site, dataset_digest=_digest(site),
        noise_multiplier=m.noise_multiplier, sample_rate=m.sample_rate, steps=m.steps,
        clipping_norm=m.clipping_norm, delta=m.delta, accountant=m.accountant,
        epsilon_after=epsilon_of([m] * rnd, m.delta, m.accountant), epsilon_cap=CAP,
        status="trained", update_digest=_digest("update", site, rnd), units=50,
    )  # fmt: skip


class Consortium:
    """Two sites that train every round (each spend reserved and committed in its own privacy
    ledger, as the agent does) and a coordinator that may cheat while writing the ledger."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.coord = Ed25519PrivateKey.generate()
        self.keys = {s: Ed25519PrivateKey.generate() for s in SITES}
        self.agents = {s: tmp / "agents" / s for s in SITES}
        for site, agent in self.agents.items():
            create_site_ledger(agent)
            save_public_key(self.keys[site].public_key(), agent / SITE_KEY_FILE)
        self.coord_pub = save_public_key(self.coord.public_key(), tmp / "coordinator.pub")

    def spend(self, site: str, rnd: int) -> None:
        with SiteLedger(f"sqlite:///{self.agents[site] / 'privacy.sqlite'}") as ledger:
            ledger.commit(ledger.reserve(LIFETIME_BUDGET, MECH, SpendContext(RUN, "vqa", rnd)),
                          MECH.steps)  # fmt: skip

    def run(self, *, hide: str | None = None, cut: bool = False, impostor: str | None = None,
            reserve_after: bool = False) -> Path:  # fmt: skip
        directory = self.tmp / "ledger"
        directory.mkdir()
        own = Ed25519PrivateKey.generate()  # the coordinator's stand-in for a site
        with ConsortiumLedger(default_url(directory)) as ledger:
            for s, k in self.keys.items():
                ledger.register_site(s, _pem(own if s == impostor else k), CAP)
            ledger.append(StageTransition(RUN, None, "vqa", 1), coordinator_key=self.coord)
            for rnd in range(1, ROUNDS + 1):
                trained, dropped = [], []
                for s in SITES:
                    self.spend(s, rnd)
                    if rnd == ROUNDS and (s == hide or cut):
                        dropped += [s] if s == hide else []
                        continue
                    if s == impostor:  # the site's entry written by the coordinator, noisier
                        e = _site_entry(s, rnd, Mechanism(3.0, 0.02, 80, 1.0, 1e-5, "rdp"))
                        ledger.append(e, sign_site_entry(own, e))
                    else:
                        e = _site_entry(s, rnd, MECH)
                        ledger.append(e, sign_site_entry(self.keys[s], e))
                    trained.append(s)
                if cut and rnd == ROUNDS:
                    break  # the last round, and its receipt, never written
                head = ledger.append(
                    CoordinatorRoundEntry(
                        run_id=RUN, stage="vqa", global_round=rnd, participants=tuple(trained),
                        dropouts=tuple(dropped), refusals=(), aggregate_digest=_digest(rnd),
                        curriculum_digest=_digest("c"), checkpoint_digest=_digest("k", rnd),
                    ),
                    coordinator_key=self.coord,
                )  # fmt: skip
                for agent in self.agents.values():
                    record_receipt(f"sqlite:///{agent / 'privacy.sqlite'}", head.receipt(),
                                   fingerprint(self.coord))  # fmt: skip
        if reserve_after:  # a round under way at the site, not reported yet
            with SiteLedger(f"sqlite:///{self.agents[SITES[0]] / 'privacy.sqlite'}") as site:
                site.reserve(LIFETIME_BUDGET, MECH, SpendContext(RUN, "vqa", ROUNDS + 1))
        return directory / LEDGER_FILE

    def audit(self, db: Path, *receipts: Path) -> tuple[int, dict[str, Any]]:
        args = ["audit", "verify", "--db", f"sqlite:///{db}", "--json",
                "--coordinator-key", str(self.coord_pub)]  # fmt: skip
        for path in receipts or (self.tmp / "agents",):
            args += ["--receipts", str(path)]
        res = CliRunner().invoke(app, args)
        return res.exit_code, json.loads(res.stdout)


@pytest.fixture
def consortium(tmp_path: Path) -> Consortium:
    return Consortium(tmp_path)


def test_an_honest_run_verifies_with_every_site_spend_found(consortium: Consortium) -> None:
    code, out = consortium.audit(consortium.run())
    assert code == 0, out
    assert out["site_spends"] == len(SITES) * ROUNDS and out["receipts"] > 0


@pytest.mark.parametrize("attack", [{"hide": "hospital-b"}, {"cut": True}],
                         ids=["last-entry-listed-as-dropout", "last-round-cut-off"])  # fmt: skip
def test_a_spend_the_coordinator_left_out_fails_naming_site_and_round(
    consortium: Consortium, attack: dict[str, Any]
) -> None:
    code, out = consortium.audit(consortium.run(**attack))
    assert code == 1
    missing = {(p["site"], p["global_round"]) for p in out["problems"] if p["check"] == "spends"}
    hidden = ["hospital-b"] if "hide" in attack else list(SITES)
    assert missing == {(s, ROUNDS) for s in hidden}, out["problems"]
    assert all("committed spend" in p["reason"] for p in out["problems"] if p["check"] == "spends")


def test_a_key_the_coordinator_registered_for_a_site_fails(consortium: Consortium) -> None:
    code, out = consortium.audit(consortium.run(impostor="hospital-a"))
    assert code == 1
    (line,) = out["registry"]
    assert str(consortium.agents["hospital-a"]) in line and "no registered site has" in line


def test_a_report_whose_only_failure_is_the_registry_counts_it_there(
    consortium: Consortium,
) -> None:
    """`audit report` said "FAILED verification (0)" where the only failure was a registered
    key no site holds: the counts now say where the problems are."""
    db = consortium.run(impostor="hospital-a")
    res = CliRunner().invoke(app, ["audit", "report", "--db", f"sqlite:///{db}", "--out",
                                   str(consortium.tmp / "report"), "--coordinator-key",
                                   str(consortium.coord_pub), "--receipts",
                                   str(consortium.tmp / "agents")])  # fmt: skip
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert (
        "FAILED verification: 0 problem(s) in the ledger's entries and 1 in the site registry"
        in text
    )


def test_a_site_ledger_without_its_key_is_bad_input_naming_the_key_file(
    consortium: Consortium,
) -> None:
    """The key beside a site's ledger names the site: without it the ledger cannot be audited,
    an input the auditor must supply (exit 2 naming the file), not a failed verification."""
    db = consortium.run()
    key = consortium.agents["hospital-b"] / SITE_KEY_FILE
    key.unlink()
    res = CliRunner().invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}", "--json",
                                   "--coordinator-key", str(consortium.coord_pub),
                                   "--receipts", str(consortium.tmp / "agents")])  # fmt: skip
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert f"no {SITE_KEY_FILE} beside it ({key})" in text


def test_a_damaged_site_ledger_is_named_without_sql(consortium: Consortium) -> None:
    db = consortium.run()
    ledger = consortium.agents["hospital-b"] / "privacy.sqlite"
    ledger.write_bytes(b"not a database" * 100)
    res = CliRunner().invoke(app, ["audit", "verify", "--db", f"sqlite:///{db}",
                                   "--receipts", str(ledger)])  # fmt: skip
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert (
        f"--receipts {ledger.resolve()}: cannot read it: damaged or not a MedFed site ledger"
        in (text)
    )
    assert "[SQL:" not in text and "Traceback" not in text


def test_a_reservation_not_reported_yet_is_named_as_such(consortium: Consortium) -> None:
    code, out = consortium.audit(consortium.run(reserve_after=True))
    assert code == 1
    (problem,) = out["problems"]
    assert problem["check"] == "spends" and problem["global_round"] == ROUNDS + 1
    assert "reserved spend" in problem["reason"] and "still running" in problem["reason"]


def test_the_report_says_which_checks_its_inputs_allowed(
    consortium: Consortium, tmp_path: Path
) -> None:
    """`audit report` verifies as `audit verify` does with the same inputs, and its page says
    what it could not check without them, instead of a bare "Verified."."""
    db = consortium.run(hide="hospital-b")
    base = ["audit", "report", "--db", f"sqlite:///{db}"]
    res = CliRunner().invoke(app, [*base, "--out", str(tmp_path / "bare")])
    assert res.exit_code == 0, res.output
    page = (tmp_path / "bare" / "report.html").read_text()
    assert "Verified." in page and "<b>Not checked:</b> the coordinator" in page
    assert "<b>Not checked:</b> the hospitals' own privacy ledgers" in page
    full = [*base, "--out", str(tmp_path / "full"), "--coordinator-key", str(consortium.coord_pub),
            "--receipts", str(consortium.tmp / "agents")]  # fmt: skip
    res = CliRunner().invoke(app, full)
    assert res.exit_code == 0, res.output
    verification = json.loads((tmp_path / "full" / "verification.json").read_text())
    assert not verification["ok"] and verification["site_ledgers"] == len(SITES)
    assert "Verification FAILED" in (tmp_path / "full" / "report.html").read_text()
    honest = Consortium(tmp_path / "honest")
    res = CliRunner().invoke(app, ["audit", "report", "--db", f"sqlite:///{honest.run()}",
                                   "--out", str(tmp_path / "ok"), "--coordinator-key",
                                   str(honest.coord_pub), "--receipts",
                                   str(honest.tmp / "agents")])  # fmt: skip
    assert res.exit_code == 0, res.output
    page = (tmp_path / "ok" / "report.html").read_text()
    assert "Verified." in page and "Not checked" not in page
    assert f"spend(s) held in {len(SITES)} hospital(s)' own privacy ledgers" in page
