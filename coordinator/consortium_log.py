"""The coordinator's side of the consortium privacy ledger: per round it appends each site's signed
entry, then its own round entry; stage transitions and resumes go in as they happen.

A site entry that does not verify (unregistered site, bad signature, malformed) is not appended
and its site is not listed as a participant: the ledger only says what it can prove.

With the coordinator's key every entry the coordinator appends is signed at its place in the
chain; `head` is the latest such signed head, the receipt each site is sent after a round.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from coordinator.strategy import RoundRecord, RoundSummary
from ledger.registry import read_registrations
from ledger.store import ConsortiumLedger, LedgerRecord, LedgerStoreError
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    LedgerEntry,
    LedgerEntryError,
    ResumeEntry,
    SiteRoundEntry,
    StageTransition,
    parse_entry,
)
from protocols.ledger_receipt import Receipt

log = logging.getLogger("medfed.coordinator")


class ConsortiumLog:
    def __init__(
        self,
        url: str,
        run_id: str,
        curriculum_digest: str,
        signing_key: Ed25519PrivateKey | None = None,
    ) -> None:
        self.ledger = ConsortiumLedger(url)
        self.run_id = run_id
        self.curriculum_digest = curriculum_digest
        self.signing_key = signing_key
        self.head: Receipt | None = None
        # Which site each node is, learnt from the signed entries its replies carried: a node
        # that drops out later is named by its site; one never heard from, as node-ID.
        self.node_sites: dict[int, str] = {}

    def register_sites(self, registry: Path | None) -> list[str]:
        """Enter every site registration in `registry` (ledger.registry) into the ledger;
        LedgerStoreError when the ledger then knows no site at all (every entry would be
        refused, and every round would seem to have no participant)."""
        names = []
        for site in read_registrations(registry):
            self.ledger.register_site(site.name, site.signing_public_key_pem, site.epsilon_cap)
            names.append(site.name)
        if not self.ledger.sites():
            raise LedgerStoreError(
                f"{self.ledger.where}: no site is registered in the consortium ledger, so no "
                f"site entry could be recorded; give the registry of the sites' ledger keys "
                f"(run config site-registry, filled by `medfed consortium add-site "
                f"--epsilon-cap`){f' (read {registry}: none there)' if registry else ''}"
            )
        return names

    def _append(self, entry: LedgerEntry) -> LedgerRecord:
        record = self.ledger.append(entry, coordinator_key=self.signing_key)
        self.head = record.receipt() or self.head
        return record

    def stage(self, previous: str | None, stage: str, global_round: int) -> None:
        self._append(StageTransition(self.run_id, previous, stage, global_round))

    def resumed(self, from_round: int, checkpoint_digest: str) -> None:
        self._append(ResumeEntry(self.run_id, from_round, checkpoint_digest))

    def round(
        self,
        summary: RoundSummary,
        record: RoundRecord,
        checkpoint_digest: str,
        *,
        backfill: bool = False,
    ) -> None:
        """Append the round's site entries, then the coordinator's round entry. `backfill`
        (a resume writing a checkpointed round the ledger lacks) skips site entries a crash
        already left in the ledger, so that no spend is logged twice."""
        trained: list[str] = []
        refused: list[str] = []
        present = (
            {
                (r.entry.site, r.entry.global_round)
                for r in self.ledger.entries(self.run_id)
                if isinstance(r.entry, SiteRoundEntry)
            }
            if backfill
            else set()
        )
        for item in record.site_entries:
            try:
                entry = parse_entry(item.body, f"site entry from node {item.node_id}")
                if not isinstance(entry, SiteRoundEntry) or entry.run_id != self.run_id:
                    raise LedgerEntryError("not a site entry of this run")
                if entry.global_round != summary.global_round:
                    raise LedgerEntryError(f"entry for round {entry.global_round}")
                if (entry.site, entry.global_round) not in present:
                    self.ledger.append(entry, item.signature)
            except (LedgerEntryError, LedgerStoreError) as exc:
                log.warning("round %d: site entry not recorded: %s", summary.global_round, exc)
                continue
            (trained if entry.status == "trained" else refused).append(entry.site)
            self.node_sites[item.node_id] = entry.site
        self._append(
            CoordinatorRoundEntry(
                run_id=self.run_id,
                stage=summary.stage,
                global_round=summary.global_round,
                participants=tuple(trained),
                dropouts=tuple(self.node_sites.get(n, f"node-{n}") for n in summary.dropped_nodes),
                refusals=tuple(refused),
                aggregate_digest=record.aggregate_digest or "0" * 64,
                curriculum_digest=self.curriculum_digest,
                checkpoint_digest=checkpoint_digest,
            )
        )

    def logged_rounds(self) -> set[int]:
        """The global rounds this run's ledger already closes with a coordinator round entry."""
        return {
            r.entry.global_round
            for r in self.ledger.entries(self.run_id)
            if isinstance(r.entry, CoordinatorRoundEntry)
        }

    def site_epsilons(self) -> dict[str, float]:
        """Each site's eps after its last entry in this run (its lifetime total, as it logged)."""
        out: dict[str, float] = {}
        for record in self.ledger.entries(self.run_id):
            if isinstance(record.entry, SiteRoundEntry):
                out[record.entry.site] = record.entry.epsilon_after
        return out

    def close(self) -> None:
        self.ledger.close()
