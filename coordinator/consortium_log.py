"""The coordinator's side of the consortium privacy ledger: per round it appends each site's signed
entry, then its own round entry; stage transitions and resumes go in as they happen.

A site entry that does not verify (unregistered site, bad signature, malformed) is not appended
and its site is not listed as a participant: the ledger only says what it can prove.

Nor is an entry whose node may not speak for its site (`coordinator.site_claims`): one already in
the run's ledger (relayed from an earlier try of the round, or sent twice), one naming a site
another node of the round already sent, or one breaking the node <-> site binding this process
learnt from earlier rounds. A signature proves who wrote an entry, not who sent it: recorded,
such an entry would list its site as a participant of a round it may have dropped out of. The
strategy asks `check_entry` before it aggregates, so the node's result is a failure of the round;
`round` checks again, so a record from an older checkpoint cannot write an entry twice either.

A federated evaluation after a round appends the `released` entries the sites' counts came with
(`evaluation`): each site's signed account of the evaluation counts it released under DP, a spend
of its budget but no participation in the round. The strategy asks `check_release` of every reply
with counts, before the counts are used, and hands on every entry that verified (also where it
refused the reply's counts: the site spent either way); `evaluation` checks again, so that none
is written twice. No coordinator entry follows them: they sit after the round's coordinator
entry.

A spend whose signed entry never reached the ledger is recorded from a later reply: a
coordinator stopped while an evaluation was in flight never appends its released entries (a
resumed run does not evaluate that round again), and one stopped mid-round never appends the
`trained` entries of the sites that had trained (the resumed run asks them again), as a reply
lost on its way leaves its site's out. Each site keeps the signed entry of every spend it
commits and sends the run's latest ones again with its next round result
(`SiteLedgerEntry.resent`): `round` appends those the ledger lacks, after verifying them, just
before the site's entry, so a spend stands before the entry whose eps covers it. Those recorded
already are skipped. After the run's last round the sites send them with their answer to the
final receipt, and `record_resent` appends those the ledger lacks. A `trained` entry recorded
so lists its site in no round: participation is what the round's own entries say.

With the coordinator's key every entry the coordinator appends is signed at its place in the
chain; `head` is the latest such signed head, the receipt each site is sent after a round. A
site entry carries no such signature, so the head after an evaluation is still the round's: the
released entries are covered by the next coordinator entry's receipt, and the last evaluation's
by the sites' own ledgers (`medfed audit verify --receipts` finds each evaluation spend a site
counts among the released entries).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from coordinator.site_claims import SiteBinding, SiteClaimError
from coordinator.strategy import EvalSummary, RoundRecord, RoundSummary, SiteLedgerEntry
from ledger.registry import read_registrations
from ledger.store import ConsortiumLedger, LedgerRecord, LedgerStoreError
from protocols.keys import public_raw
from protocols.ledger_entry import (
    CoordinatorRoundEntry,
    LedgerEntry,
    LedgerEntryError,
    ResumeEntry,
    SiteRoundEntry,
    SiteStatus,
    StageTransition,
    parse_entry,
    signing_bytes,
    site_signature_valid,
)
from protocols.ledger_receipt import Receipt

log = logging.getLogger("medfed.coordinator")
_WHERE = "its signed ledger entry"  # what a SiteClaimError's message names, after the node
# What a site's entry may say where it arrives: with a round result, that it trained or refused;
# with evaluation counts, that it released them.
ROUND_STATUSES: tuple[SiteStatus, ...] = ("trained", "refused")
RELEASED: tuple[SiteStatus, ...] = ("released",)


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
        # Which site each node is, learnt from the signed entries its replies carried in this
        # process's rounds (first node kept): a node that drops out later is named by its
        # site, one never heard from as node-ID; another node naming the site is refused.
        self.binding = SiteBinding()
        # the signed bytes of the run's site entries -> whether a coordinator round entry
        # follows it (a round result not followed is what a crash left mid-round; the released
        # entries of the evaluation after the latest round are not followed either, and no
        # round's record holds one), as read for the round `check_entry` or `check_release`
        # last asked about: read once a round, the ledger may have other writers
        self._site_bodies: tuple[int, dict[bytes, bool]] | None = None

    @property
    def node_sites(self) -> dict[int, str]:
        return self.binding.node_sites

    def _bodies(self) -> dict[bytes, bool]:
        bodies: dict[bytes, int] = {}
        closed_before = 0
        for i, record in enumerate(self.ledger.entries(self.run_id)):
            if isinstance(record.entry, SiteRoundEntry):
                bodies[signing_bytes(record.entry)] = i
            elif isinstance(record.entry, CoordinatorRoundEntry):
                closed_before = i
        return {body: i < closed_before for body, i in bodies.items()}

    def _bodies_for(self, global_round: int) -> dict[bytes, bool]:
        if self._site_bodies is None or self._site_bodies[0] != global_round:
            self._site_bodies = (global_round, self._bodies())
        return self._site_bodies[1]

    def _site_entry(
        self,
        item: SiteLedgerEntry,
        global_round: int,
        statuses: tuple[SiteStatus, ...] = ROUND_STATUSES,
    ) -> SiteRoundEntry:
        """The site entry `item` carries, when it is one of this run's round `global_round` with
        one of `statuses`; LedgerEntryError naming the node and why not."""
        entry = self._run_entry(item.body, f"site entry from node {item.node_id}")
        if entry.global_round != global_round:
            raise LedgerEntryError(f"entry for round {entry.global_round}")
        if entry.status not in statuses:
            want = " or ".join(map(repr, statuses))
            raise LedgerEntryError(f"a {entry.status!r} entry where a {want} one belongs")
        return entry

    def _run_entry(self, body: str, where: str) -> SiteRoundEntry:
        """The site entry `body` holds, when it is one of this run; LedgerEntryError else."""
        entry = parse_entry(body, where)
        if not isinstance(entry, SiteRoundEntry) or entry.run_id != self.run_id:
            raise LedgerEntryError("not a site entry of this run")
        return entry

    @staticmethod
    def _relayed(entry: SiteRoundEntry) -> SiteClaimError:
        return SiteClaimError(
            f"{_WHERE}: the entry of site {entry.site!r} for round {entry.global_round} is "
            "already in the consortium ledger (relayed, or sent again)"
        )

    def check_entry(self, item: SiteLedgerEntry, global_round: int) -> str | None:
        """The site whose entry `item` carries, when its node may send it in a live round
        (`coordinator.site_claims`); SiteClaimError, naming the node, when the entry is already
        in the run's ledger or the site is bound to another node (or the node to another site).
        None for what is no signed site entry of this round, which `round` refuses on its own:
        an entry that does not verify claims no site, so that a forged one sent first cannot
        shut out the site's own."""
        try:
            entry = self._site_entry(item, global_round)
        except LedgerEntryError:
            return None
        site = self.ledger.sites().get(entry.site)
        if site is None or not site_signature_valid(site.public_key(), entry, item.signature):
            return None
        own_node = item.node_site_key == public_raw(site.public_key())
        if item.node_site_key is not None and not own_node:
            raise SiteClaimError(
                f"{_WHERE}: it names site {entry.site!r}, but another hospital's key signed the "
                "node's SecAgg+ keys this round"
            )
        if signing_bytes(entry) in self._bodies_for(global_round) and not own_node:
            # from the site's own node (its SecAgg+ keys signed by it), the same entry again is
            # the site's: a refusal for budget, retried after a halted try, is byte for byte
            # the one that try recorded; `round` lists it without writing it twice
            raise self._relayed(entry)
        return entry.site

    def check_release(self, item: SiteLedgerEntry, global_round: int) -> SiteRoundEntry:
        """The `released` entry `item` carries (evaluation counts after round `global_round` of
        this run), when it verifies under its site's registered key and is not in the run's
        ledger yet; LedgerEntryError or SiteClaimError (ValueErrors) saying why not. Whether it
        accounts the very counts its reply holds, of the stage and site the reply is for, is the
        strategy's check (`StageStrategy.aggregate_evaluate`)."""
        entry = self._site_entry(item, global_round, RELEASED)
        site = self.ledger.sites().get(entry.site)
        if site is None:
            raise LedgerEntryError(f"site {entry.site!r} is not registered")
        if not site_signature_valid(site.public_key(), entry, item.signature):
            raise LedgerEntryError(
                f"the signature does not verify under site {entry.site!r}'s registered key"
            )
        if signing_bytes(entry) in self._bodies_for(global_round):
            raise self._relayed(entry)
        return entry

    def _own_node(self, item: SiteLedgerEntry, entry: SiteRoundEntry) -> bool:
        """Whether `item` came from the node whose SecAgg+ keys `entry`'s site signed."""
        site = self.ledger.sites().get(entry.site)
        return (
            site is not None
            and item.node_site_key is not None
            and item.node_site_key == public_raw(site.public_key())
        )

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
        """Append the round's site entries, then the coordinator's round entry (each site listed
        once). A site entry is refused, named in the log, where `check_entry` refuses it, where
        it is no round result (a `released` one: evaluation counts are no participation) or
        another node of this record already sent its site: never written twice, never listed.
        `backfill` (a resume writing a checkpointed round the ledger lacks) does not write
        again an entry a crash left after the run's last coordinator round entry (this round's
        own, written before the crash), so that no spend is logged twice, and binds no node:
        node ids may have changed since."""
        trained: set[str] = set()
        refused: set[str] = set()
        bodies = self._bodies()
        claims = SiteBinding()  # this round's: one node per site
        for item in record.site_entries:
            try:
                entry = self._site_entry(item, summary.global_round)
                body = signing_bytes(entry)
                left_by_crash = backfill and bodies.get(body) is False
                sent_again = body in bodies and not backfill and self._own_node(item, entry)
                if body in bodies and not (left_by_crash or sent_again):
                    raise self._relayed(entry)
                left_by_crash = left_by_crash or sent_again  # listed, not written twice
                claims.check(item.node_id, entry.site, _WHERE)
                if not left_by_crash:
                    self._resent_entries(item, entry, bodies)
                    self.ledger.append(entry, item.signature)  # verifies the signature
                claims.claim(item.node_id, entry.site, _WHERE)
                bodies[body] = False
            except (LedgerEntryError, LedgerStoreError, SiteClaimError) as exc:
                log.warning("round %d: site entry from node %d not recorded: %s",
                            summary.global_round, item.node_id, exc)  # fmt: skip
                continue
            (trained if entry.status == "trained" else refused).add(entry.site)
        if not backfill:  # which node each site was in its latest round
            for node, site in claims.node_sites.items():
                self.binding.rebind(node, site)
        names = {**claims.node_sites, **self.binding.node_sites}
        self._append(
            CoordinatorRoundEntry(
                run_id=self.run_id,
                stage=summary.stage,
                global_round=summary.global_round,
                participants=tuple(sorted(trained)),
                dropouts=tuple(names.get(n, f"node-{n}") for n in summary.dropped_nodes),
                refusals=tuple(sorted(refused)),
                aggregate_digest=record.aggregate_digest or "0" * 64,
                curriculum_digest=self.curriculum_digest,
                checkpoint_digest=checkpoint_digest,
            )
        )
        self._site_bodies = None

    def _round_stages(self) -> dict[int, str]:
        """The stage of each round this run's ledger closes with a coordinator round entry."""
        return {
            r.entry.global_round: r.entry.stage
            for r in self.ledger.entries(self.run_id)
            if isinstance(r.entry, CoordinatorRoundEntry)
        }

    def _resent_entries(
        self, item: SiteLedgerEntry, entry: SiteRoundEntry, bodies: dict[bytes, bool]
    ) -> None:
        """Append the signed entries of earlier spends `item` sends again that the ledger lacks,
        oldest first, ahead of `entry` (whose eps covers them): each of `entry`'s site and run,
        verifying under the site's registered key, a `released` one of an earlier round, a
        `trained` one of an earlier round or of an earlier try of this round (the coordinator
        stopped before it recorded it, and the resumed run asked again). One already in the
        ledger is skipped; one that is not such an entry is named in the log and skipped, never
        the round's failure. Each must be of its round's stage (the auditor's participants
        check). `bodies` takes each one written."""
        stages: dict[int, str] | None = None
        for body, signature in item.resent:
            try:
                resent = self._run_entry(body, f"entry node {item.node_id} sent again")
                if resent.site != entry.site:
                    raise LedgerEntryError(
                        f"an entry of site {resent.site!r}, not a spend of site {entry.site!r}"
                    )
                last = entry.global_round - (resent.status == "released")
                if resent.global_round > last:
                    raise LedgerEntryError(
                        f"a {resent.status!r} entry of round {resent.global_round}, sent with "
                        f"round {entry.global_round}'s"
                    )
                if signing_bytes(resent) == signing_bytes(entry):
                    continue  # its own entry, written with the reply
                if stages is None:
                    stages = {**self._round_stages(), entry.global_round: entry.stage}
                written = self._append_spend(resent, signature, bodies, stages)
            except (LedgerEntryError, LedgerStoreError) as exc:
                log.warning("round %d: an entry node %d sent again is not recorded: %s",
                            entry.global_round, item.node_id, exc)  # fmt: skip
                continue
            if written:
                log.info("round %d: recorded site %r's %s entry of round %d, sent again (its "
                         "reply was never recorded)", entry.global_round, resent.site,
                         resent.status, resent.global_round)  # fmt: skip

    def _append_spend(
        self, entry: SiteRoundEntry, signature: bytes, bodies: dict[bytes, bool],
        stages: Mapping[int, str],
    ) -> bool:  # fmt: skip
        """Append `entry`, a spend a site sent again, unless the ledger holds it (`bodies`, which
        takes it); whether it was written. LedgerEntryError where it is no spend (`trained` or
        `released`) or not of its round's stage (`_check_stage`), LedgerStoreError where its
        signature does not verify under its site's registered key."""
        if entry.status not in ("released", "trained"):
            raise LedgerEntryError(f"a {entry.status!r} entry of site {entry.site!r}, not a spend")
        body = signing_bytes(entry)
        if body in bodies:
            return False  # recorded with its own reply (the usual case), or sent before
        _check_stage(entry, stages)
        self.ledger.append(entry, signature)  # verifies the site's signature
        bodies[body] = False
        return True

    def record_resent(self, resent: Mapping[int, Sequence[tuple[str, bytes]]]) -> int:
        """Append the signed entries of earlier spends the sites sent with their receipt at the
        end of the run (node id -> (entry, signature) pairs) that the ledger lacks: each a
        `trained` or `released` entry of this run, of a round up to the last one the ledger
        holds, verifying under its site's registered key, from the node that site's latest
        round came from where one did. After the run's last round no later reply carries a
        spend whose reply was lost, so the ledger records it here. Each must be of its round's
        stage. One already in the ledger is skipped; one that is not such an entry is named in
        the log and skipped. How many were written."""
        bodies = self._bodies()
        stages = self._round_stages()
        last = max(stages, default=0)
        node_of = {site: node for node, site in self.binding.node_sites.items()}
        written = 0
        for node, pairs in sorted(resent.items()):
            for body, signature in pairs:
                try:
                    entry = self._run_entry(body, f"entry node {node} sent with its receipt")
                    if entry.global_round > last:
                        raise LedgerEntryError(
                            f"an entry of round {entry.global_round}, after the run's last "
                            f"logged round {last}"
                        )
                    bound = self.binding.node_sites.get(node)
                    if bound is not None and bound != entry.site:
                        raise LedgerEntryError(
                            f"site {entry.site!r}'s entry, from the node of site {bound!r}"
                        )
                    if node_of.get(entry.site, node) != node:
                        raise LedgerEntryError(
                            f"site {entry.site!r}'s entry, whose latest round came from node "
                            f"{node_of[entry.site]}"
                        )
                    if not self._append_spend(entry, signature, bodies, stages):
                        continue
                except (LedgerEntryError, LedgerStoreError) as exc:
                    log.warning("an entry node %d sent with its receipt is not recorded: %s",
                                node, exc)  # fmt: skip
                    continue
                written += 1
                log.info("recorded site %r's %s entry of round %d, sent with its receipt (its "
                         "reply was never recorded)", entry.site, entry.status,
                         entry.global_round)  # fmt: skip
        self._site_bodies = None
        return written

    def evaluation(self, summary: EvalSummary) -> list[str]:
        """Append the `released` entries of the evaluation after round `summary.global_round`
        (each a site's spend for releasing its counts, as the strategy verified them), in the
        order given, each after the earlier spends its reply sends again that the ledger lacks
        (`_resent_entries`); the sites whose entries were written. No coordinator entry follows
        them. An entry is refused, named in the log, where it is no released entry of this run,
        round and stage or is already in the ledger (relayed, or sent again): never written
        twice. The signature is verified as the entry is appended."""
        bodies = self._bodies()
        written: list[str] = []
        for item in summary.site_entries:
            try:
                entry = self._site_entry(item, summary.global_round, RELEASED)
                if entry.stage != summary.stage:
                    raise LedgerEntryError(f"entry of stage {entry.stage!r}")
                body = signing_bytes(entry)
                if body in bodies:
                    raise self._relayed(entry)
                # the site's spends its reply sends again that the ledger lacks (a round result
                # lost on its way), before the release whose eps covers them
                self._resent_entries(item, entry, bodies)
                self.ledger.append(entry, item.signature)  # verifies the signature
            except (LedgerEntryError, LedgerStoreError, SiteClaimError) as exc:
                log.warning("evaluation after round %d: site entry from node %d not recorded: "
                            "%s", summary.global_round, item.node_id, exc)  # fmt: skip
                continue
            bodies[body] = False
            written.append(entry.site)
        self._site_bodies = None
        return written

    def logged_rounds(self) -> set[int]:
        """The global rounds this run's ledger already closes with a coordinator round entry."""
        return set(self._round_stages())

    def site_epsilons(self) -> dict[str, float]:
        """Each site's eps after its last entry in this run (its lifetime total, as it logged)."""
        out: dict[str, float] = {}
        for record in self.ledger.entries(self.run_id):
            if isinstance(record.entry, SiteRoundEntry):
                out[record.entry.site] = record.entry.epsilon_after
        return out

    def close(self) -> None:
        self.ledger.close()


def _check_stage(entry: SiteRoundEntry, stages: Mapping[int, str]) -> None:
    """LedgerEntryError where `entry`'s round is of another stage than the entry says (where
    the round's stage is known): the auditor would find the round holding an entry not of it."""
    stage = stages.get(entry.global_round)
    if stage is not None and entry.stage != stage:
        raise LedgerEntryError(
            f"a {entry.status!r} entry of stage {entry.stage!r}, round {entry.global_round} is "
            f"of stage {stage!r}"
        )
