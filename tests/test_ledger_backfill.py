"""A coordinator that dies between a round's checkpoint and its consortium-ledger entries: on
resume the round is written to the ledger from the record its checkpoint keeps (the sites'
signed entries as they arrived), without logging again a site entry the crash left there, so
the chain verifies with no round skipped and no spend lost or counted twice."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path

import numpy as np
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from auditor.verify import verify_ledger
from coordinator.checkpoints import write_checkpoint
from coordinator.consortium_log import ConsortiumLog
from coordinator.server_app import backfill_ledger, record_to_manifest
from coordinator.strategy import RoundRecord, RoundSummary, SiteLedgerEntry
from ledger.store import ConsortiumLedger
from protocols.accounting import Mechanism, epsilon_of
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    SiteRoundEntry,
    canonical_bytes,
    sign_site_entry,
)

RUN = "backfill"
SITES = ("hospital-a", "hospital-b", "hospital-c")
MECH = Mechanism(noise_multiplier=1.0, sample_rate=0.25, steps=2, clipping_norm=1.0, delta=1e-5)


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def _entry(site: str, rnd: int) -> SiteRoundEntry:
    return SiteRoundEntry(
        run_id=RUN, stage="vqa", global_round=rnd, site=site, dataset_digest=_digest(site),
        noise_multiplier=1.0, sample_rate=0.25, steps=2, clipping_norm=1.0, delta=1e-5,
        accountant="rdp", epsilon_after=epsilon_of([MECH] * rnd, 1e-5, "rdp"), epsilon_cap=50.0,
        status="trained", update_digest=_digest("update", site, rnd),
    )  # fmt: skip


def _summary(rnd: int) -> RoundSummary:
    return RoundSummary(
        stage="vqa", stage_round=rnd, global_round=rnd, sampled=3, participants=3, refusals=0,
        failures=0, dropped_nodes=(), num_examples=48, loss_before=1.0, loss_after=0.9,
        seconds=1.0,
    )  # fmt: skip


def test_a_checkpointed_round_missing_from_the_ledger_is_written_on_resume(
    tmp_path: Path,
) -> None:
    coordinator = Ed25519PrivateKey.generate()
    keys = {s: Ed25519PrivateKey.generate() for s in SITES}
    url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    log = ConsortiumLog(url, RUN, _digest("cur"), coordinator)
    for site, key in keys.items():
        pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        log.ledger.register_site(site, pem, 50.0)
    ckpts = tmp_path / "checkpoints"
    state = {"w": np.zeros(4, dtype=np.float32)}
    records = {}
    for rnd in (1, 2):
        entries = []
        for node, site in enumerate(SITES):
            entry = _entry(site, rnd)
            body = canonical_bytes(entry).decode()
            entries.append(SiteLedgerEntry(body, sign_site_entry(keys[site], entry), node))
        records[rnd] = RoundRecord(tuple(entries), _digest("agg", rnd))
        ckpt = write_checkpoint(
            ckpts, rnd, state,
            {"summary": asdict(_summary(rnd)), "record": record_to_manifest(records[rnd])},
        )  # fmt: skip
        if rnd == 1:
            log.round(_summary(1), records[1], ckpt.manifest["state_digest"])
    # the crash: round 2 checkpointed, one of its site entries appended, nothing else
    first = records[2].site_entries[0]
    log.ledger.append(_entry(SITES[0], 2), first.signature)

    assert backfill_ledger(log, ckpts) == [2]
    assert backfill_ledger(log, ckpts) == []  # once only
    with ConsortiumLedger(url, migrate=False) as ledger:
        entries = [r.entry for r in ledger.entries(RUN)]
        result = verify_ledger(ledger, RUN, coordinator_key=coordinator.public_key())
    assert result.ok, [str(p) for p in result.problems]
    rounds = [e for e in entries if isinstance(e, CoordinatorRoundEntry)]
    assert [(r.global_round, r.participants) for r in rounds] == [(1, SITES), (2, SITES)]
    sites = sorted((e.site, e.global_round) for e in entries if isinstance(e, SiteRoundEntry))
    assert sites == sorted((s, r) for s in SITES for r in (1, 2))  # none twice
    log.close()
