"""`medfed audit verify`: everything an auditor checks in the consortium ledger, in one pass.

1. schema: each row parses as a version-1 entry, is stored in canonical form, and its indexed
   columns (run, type, site, round, prev_hash) agree with it;
2. hash: each entry hashes to its stored entry_hash (an edit shows here);
3. chain: per run, sequence numbers have no gap and each prev_hash is the stored hash of the
   entry before it (deletions, reordering and rewritten hashes show here);
4. signature: each site entry verifies under the site's registered Ed25519 key;
5. epsilon / cap: eps recomputed from the logged mechanisms (auditor.spend) matches the logged
   eps, and no spend passes the site's registered cap; the interrupted spends a site entry
   reports (reserved by a round killed mid-training) are composed too, and listed;
6. participants: each coordinator round's participants and refusals have validly signed site
   entries of that round and stage, and every trained site entry is counted by its round; a
   `released` entry (evaluation counts a site released after the round) is of the round's stage
   but no participation: it neither lists its site nor needs listing;
7. coordinator (given the coordinator's public key): every entry the coordinator appended is
   signed by it at its place in the chain (protocols.ledger_receipt);
8. receipt (given the sites' databases): every chain head a site holds a signed receipt of is
   still in the ledger with that hash: a ledger cut short at the end, or rebuilt (say, without
   one site's entries), fails here, naming the site and the entry;
   spends (the same databases, each with the site's ledger-signing public key beside it): the
   key is the one registered for a site, and every spend the site's own ledger counts
   (reserved or committed) is in the ledger as that site's entry of the same run, stage and
   round (a training spend its trained entry, an evaluation spend its released entry), or as
   an interrupted spend one of its entries reports: a coordinator that leaves out a site's
   last entry (listing it as a dropout, or the evaluation after the last round), cuts off a
   whole last round, or registers a key of its own for a site fails here, naming the site and
   the spend;
9. curriculum: every coordinator round of a run names the curriculum digest its first did;
10. registry: each registered site's key is an Ed25519 public key whose fingerprint is the one
   stored beside it, and its cap a positive finite eps (a registration altered in the
   database, even one no entry uses yet, fails here, naming the site).

Every problem names its entry (run, sequence number, type, site, round). Pure over the rows.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from auditor import spend
from ledger.receipts import HeldReceipt, HeldSpend, SiteSpends
from ledger.store import ConsortiumLedger, LedgerStoreError, SiteRecord, StoredRow
from protocols.accounting import DEFAULT_MAX_ACCOUNTANT_MB
from protocols.keys import fingerprint
from protocols.ledger_entry import (
    GENESIS_HASH,
    CoordinatorRoundEntry,
    LedgerEntry,
    LedgerEntryError,
    SiteRoundEntry,
    canonical_bytes,
    entry_hash,
    parse_entry,
    site_signature_valid,
)
from protocols.ledger_receipt import head_signature_valid

CHECKS = (
    "schema", "hash", "chain", "signature", "coordinator", "receipt", "spends", "randomness",
    "epsilon", "cap", "participants", "curriculum",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    row: StoredRow
    check: str
    reason: str

    def where(self) -> str:
        r = self.row
        site = f", site {r.site!r}" if r.site is not None else ""
        rnd = f", round {r.global_round}" if r.global_round is not None else ""
        if r.entry_type in ("site-spend", "receipt"):  # held by a site, not in the ledger
            what = "a spend" if r.entry_type == "site-spend" else f"a receipt of entry #{r.seq}"
            return f"run {r.run_id!r}, {what} held by site {r.site!r} in its own ledger{rnd}"
        return f"run {r.run_id!r} entry #{r.seq} ({r.entry_type}{site}{rnd})"

    def as_dict(self) -> dict[str, Any]:
        r = self.row
        return {
            "run_id": r.run_id,
            "seq": r.seq,
            "entry_type": r.entry_type,
            "site": r.site,
            "global_round": r.global_round,
            "check": self.check,
            "reason": self.reason,
        }

    def __str__(self) -> str:
        return f"{self.where()}: {self.check}: {self.reason}"


@dataclass(frozen=True)
class VerifyResult:
    runs: tuple[str, ...]
    entries: int
    sites: int
    problems: tuple[Problem, ...]
    points: tuple[spend.SpendPoint, ...]  # recomputed eps of the checked runs' site entries
    coordinator_checked: bool = False
    receipts: int = 0
    registry: tuple[str, ...] = ()  # registered sites whose record does not hold together
    site_spends: int = 0  # spends read from the sites' own ledgers, all found in the ledger
    site_ledgers: int = 0  # the sites' own ledgers read

    def _extra(self) -> str:
        parts = []
        if self.coordinator_checked:
            parts.append("coordinator signatures")
        if self.receipts:
            parts.append(f"{self.receipts} site receipt(s)")
        if self.site_spends:
            parts.append(f"{self.site_spends} spend(s) of the sites' own ledgers")
        held = f"; {' and '.join(parts)} hold" if parts else ""
        n = len(self.interrupted)
        return held + (f"; {n} interrupted spend(s) reported by sites, composed" if n else "")

    @property
    def ok(self) -> bool:
        return not self.problems and not self.registry

    @property
    def interrupted(self) -> tuple[spend.SpendPoint, ...]:
        """The interrupted spends the checked runs' site entries report, in ledger order."""
        return tuple(p for p in self.points if p.interrupted is not None)

    def summary(self) -> str:
        if self.ok:
            return (
                f"ledger verified: {self.entries} entries in {len(self.runs)} run(s), "
                f"{self.sites} registered site(s); hash chain, signatures, eps (per study, over "
                f"each site's lifetime, recomputed) and caps all hold{self._extra()}"
            )
        registry = f" and {len(self.registry)} in the site registry" if self.registry else ""
        return (
            f"ledger FAILED verification: {len(self.problems)} problem(s) in {self.entries} "
            f"entries{registry}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "runs": list(self.runs),
            "entries": self.entries,
            "sites": self.sites,
            "coordinator_checked": self.coordinator_checked,
            "receipts": self.receipts,
            "site_spends": self.site_spends,
            "site_ledgers": self.site_ledgers,
            "problems": [p.as_dict() for p in self.problems],
            "registry": list(self.registry),
            "interrupted": [interrupted_dict(p) for p in self.interrupted],
        }


def interrupted_dict(point: spend.SpendPoint) -> dict[str, Any]:
    """One interrupted spend as `audit verify` shows it: what was spent, and where reported."""
    s, r = point.interrupted, point.row
    if s is None:
        raise ValueError("interrupted_dict: the point is not an interrupted spend")
    return {
        "site": point.entry.site,
        "run_id": s.run_id,
        "stage": s.stage,
        "global_round": s.global_round,
        "dataset_digest": s.dataset_digest,
        "mechanism": s.mechanism(),
        "epsilon_after": s.epsilon_after,
        "recomputed": point.recomputed,
        "reported_in": {"run_id": r.run_id, "seq": r.seq, "global_round": r.global_round},
    }


def describe_interrupted(point: spend.SpendPoint) -> str:
    """A line for `audit verify`: the interrupted spend and the entry that reports it."""
    d = interrupted_dict(point)
    m, where = d["mechanism"], d["reported_in"]
    recomputed = "?" if d["recomputed"] is None else f"{d['recomputed']:.4f}"
    return (
        f"interrupted spend of site {d['site']!r}: run {d['run_id']!r} stage {d['stage']!r} "
        f"round {d['global_round']} (noise {m['noise_multiplier']:g}, rate "
        f"{m['sample_rate']:g}, {m['steps']} steps, {m['accountant']}), eps per study over "
        f"the data set's lifetime after it {d['epsilon_after']:.4f} (recomputed {recomputed}); "
        f"reported in run "
        f"{where['run_id']!r} entry #{where['seq']} (round {where['global_round']})"
    )


def parse_rows(rows: Iterable[StoredRow]) -> tuple[dict[int, LedgerEntry], list[Problem]]:
    """Entries of the rows that parse (by row id), and a schema problem for each that does not."""
    parsed: dict[int, LedgerEntry] = {}
    problems = []
    for row in rows:
        try:
            entry = parse_entry(row.body, "body")
        except LedgerEntryError as exc:
            problems.append(Problem(row, "schema", str(exc)))
            continue
        parsed[row.id] = entry
        columns = {
            "run_id": (row.run_id, entry.run_id),
            "entry_type": (row.entry_type, entry.entry_type),
            "site": (row.site, getattr(entry, "site", None)),
            "global_round": (row.global_round, getattr(entry, "global_round", None)),
            "prev_hash": (row.prev_hash, entry.prev_hash),
        }
        for name, (stored, inside) in columns.items():
            if stored != inside:
                problems.append(
                    Problem(
                        row, "schema", f"column {name} is {stored!r}, the entry says {inside!r}"
                    )
                )
        if canonical_bytes(entry) != row.body.encode("utf-8"):
            problems.append(Problem(row, "schema", "body is not in canonical form (rewritten?)"))
    return parsed, problems


def _check_chain(run_rows: Sequence[StoredRow], parsed: Mapping[int, LedgerEntry]) -> list[Problem]:
    problems = []
    seq_of = {row.entry_hash: row.seq for row in run_rows}
    expected_seq, expected_link, before = 0, GENESIS_HASH, "the run's start (genesis)"
    for row in sorted(run_rows, key=lambda r: r.seq):
        if row.seq != expected_seq:
            gap = f"#{expected_seq}" + (f"..#{row.seq - 1}" if row.seq - 1 > expected_seq else "")
            problems.append(Problem(row, "chain", f"sequence gap: {gap} missing before it"))
        entry = parsed.get(row.id)
        if entry is not None and (actual := entry_hash(entry)) != row.entry_hash:
            problems.append(
                Problem(
                    row,
                    "hash",
                    f"edited: its content hashes to {actual}, the stored entry_hash is "
                    f"{row.entry_hash}",
                )
            )
        link = entry.prev_hash if entry is not None else row.prev_hash
        if link != expected_link:
            if link in seq_of:
                why = f"out of order: its prev_hash is the hash of #{seq_of[link]}"
            elif link == GENESIS_HASH:
                why = "out of order: its prev_hash is genesis (a run's first entry)"
            else:
                why = "an entry before it was deleted or rewritten: its prev_hash matches none"
            problems.append(Problem(row, "chain", f"does not follow {before}: {why}"))
        expected_seq, expected_link, before = row.seq + 1, row.entry_hash, f"#{row.seq}"
    return problems


def _check_signatures(
    rows: Iterable[StoredRow], parsed: Mapping[int, LedgerEntry], sites: Mapping[str, SiteRecord]
) -> tuple[set[int], list[Problem]]:
    signed: set[int] = set()
    problems = []
    for row in rows:
        entry = parsed.get(row.id)
        if not isinstance(entry, SiteRoundEntry):
            continue  # the coordinator's own signature: _check_coordinator
        site = sites.get(entry.site)
        try:
            signature = bytes.fromhex(row.signature) if row.signature is not None else None
        except ValueError:
            signature = None
        key = None
        if site is not None:
            try:
                key = site.public_key()
            except LedgerStoreError as exc:
                problems.append(Problem(row, "signature", f"registered key unreadable: {exc}"))
                continue
        if site is None or key is None:
            problems.append(Problem(row, "signature", f"site {entry.site!r} is not registered"))
        elif signature is None:
            problems.append(Problem(row, "signature", "no (readable) signature"))
        elif not site_signature_valid(key, entry, signature):
            problems.append(
                Problem(
                    row,
                    "signature",
                    f"forged or altered: the signature does not verify under site "
                    f"{entry.site!r}'s registered key {site.key_fingerprint[:16]}",
                )
            )
        else:
            signed.add(row.id)
    return signed, problems


def _check_participants(
    rows: Sequence[StoredRow], parsed: Mapping[int, LedgerEntry], signed: set[int]
) -> list[Problem]:
    """Every site a round's coordinator entry lists as trained (or refused) has a validly signed
    entry of that status in the round, every site entry is of the round's stage, and a site that
    trained in a round is listed by the round's coordinator entry (as a participant, a dropout or,
    where a stopped try of the round left its spend and the resumed run's try was refused, a
    refusal). A `trained` entry recorded after its round's coordinator entry is a spend sent again
    with a later reply (its own never reached the coordinator: `ConsortiumLog.round`), which lists
    its site in no round: its eps is composed like any other, its listing not asked for."""
    sites_of: dict[tuple[str, int], list[tuple[StoredRow, SiteRoundEntry]]] = defaultdict(list)
    counted: dict[tuple[str, int], set[str]] = defaultdict(set)
    closed_at: dict[tuple[str, int], int] = {}
    rounds: list[tuple[StoredRow, CoordinatorRoundEntry]] = []
    for row in rows:
        entry = parsed.get(row.id)
        if isinstance(entry, SiteRoundEntry):
            sites_of[(entry.run_id, entry.global_round)].append((row, entry))
        elif isinstance(entry, CoordinatorRoundEntry):
            rounds.append((row, entry))
            key = (entry.run_id, entry.global_round)
            counted[key] |= {*entry.participants, *entry.dropouts, *entry.refusals}
            closed_at.setdefault(key, row.id)
    problems = []
    for row, c in rounds:
        here = sites_of[(c.run_id, c.global_round)]
        # a released entry never backs a listing: only a trained or refused one does
        for names, status in ((c.participants, "trained"), (c.refusals, "refused")):
            valid = {e.site for r, e in here if e.status == status and r.id in signed}
            for name in sorted(set(names) - valid):
                problems.append(
                    Problem(
                        row,
                        "participants",
                        f"lists {name!r} as {status} but no validly signed {status!r} entry of "
                        f"site {name!r} for round {c.global_round} exists",
                    )
                )
        for r, e in here:
            if e.stage != c.stage:
                problems.append(
                    Problem(r, "participants", f"stage {e.stage!r}, the round's is {c.stage!r}")
                )
    for key, pairs in sites_of.items():
        if key not in counted:
            continue
        for r, e in pairs:
            late = r.id > closed_at[key]  # sent again with a later round's reply
            if e.status == "trained" and e.site not in counted[key] and not late:
                why = (
                    f"trained in round {key[1]}, but the round's coordinator entry lists site "
                    f"{e.site!r} neither as a participant nor as a dropout"
                )
                problems.append(Problem(r, "participants", why))
    return problems


def _check_curriculum(
    rows: Sequence[StoredRow], parsed: Mapping[int, LedgerEntry]
) -> list[Problem]:
    """Every round of a run under the curriculum its first round named: the sites verify each
    round's curriculum against its signature, but a run whose digest changes mid-way was
    trained under two curricula, and the ledger says so."""
    first: dict[str, str] = {}
    problems = []
    for row in sorted(rows, key=lambda r: r.id):
        entry = parsed.get(row.id)
        if not isinstance(entry, CoordinatorRoundEntry):
            continue
        pinned = first.setdefault(entry.run_id, entry.curriculum_digest)
        if entry.curriculum_digest != pinned:
            problems.append(
                Problem(
                    row,
                    "curriculum",
                    f"curriculum digest {entry.curriculum_digest[:16]}, the run's first round "
                    f"had {pinned[:16]}: the run changed its curriculum",
                )
            )
    return problems


def _check_coordinator(
    rows: Iterable[StoredRow], parsed: Mapping[int, LedgerEntry], key: Ed25519PublicKey
) -> list[Problem]:
    problems = []
    for row in rows:
        if isinstance(parsed.get(row.id), SiteRoundEntry) or row.entry_type == "site_round":
            continue
        try:
            signature = bytes.fromhex(row.signature) if row.signature is not None else None
        except ValueError:
            signature = None
        if signature is None:
            why = "not signed by the coordinator (appended by someone without its key?)"
            problems.append(Problem(row, "coordinator", why))
        elif not head_signature_valid(key, row.run_id, row.seq, row.entry_hash, signature):
            problems.append(
                Problem(
                    row,
                    "coordinator",
                    f"the signature does not verify under the coordinator key "
                    f"{fingerprint(key)[:16]} at this place in the chain (moved or forged)",
                )
            )
    return problems


def _receipt_row(held: HeldReceipt) -> StoredRow:
    r = held.receipt
    return StoredRow(
        id=-1, run_id=r.run_id, seq=r.seq, entry_type="receipt", site=held.holder,
        global_round=r.global_round, body="", prev_hash="", entry_hash=r.entry_hash,
        signature=r.signature,
    )  # fmt: skip


def _check_receipts(
    rows: Sequence[StoredRow], receipts: Iterable[HeldReceipt], key: Ed25519PublicKey | None
) -> list[Problem]:
    at = {(row.run_id, row.seq): row for row in rows}
    last: dict[str, int] = {}
    for row in rows:
        last[row.run_id] = max(last.get(row.run_id, -1), row.seq)
    problems = []
    for held in receipts:
        r = held.receipt
        who = f"site {held.holder!r} holds a receipt of entry #{r.seq} (round {r.global_round})"
        if key is not None and not r.valid_under(key):
            why = f"{who} that the coordinator key {fingerprint(key)[:16]} did not sign"
            problems.append(Problem(_receipt_row(held), "receipt", why))
            continue
        found = at.get((r.run_id, r.seq))
        if found is None:
            end = f"#{last[r.run_id]}" if r.run_id in last else "nothing (the run is gone)"
            why = f"{who}, but the ledger's run ends at {end}: entries were cut off the end"
            problems.append(Problem(_receipt_row(held), "receipt", why))
        elif found.entry_hash != r.entry_hash:
            why = (
                f"{who} with hash {r.entry_hash[:16]}, but the ledger's entry there hashes to "
                f"{found.entry_hash[:16]}: the chain up to it was rebuilt or rewritten"
            )
            problems.append(Problem(found, "receipt", why))
    return problems


# Which entry accounts a spend of each kind a site's own ledger holds (an interrupted spend,
# which names no kind, may account either, but only one).
_ACCOUNTED_BY = {"trained": "training", "released": "evaluation"}
_KIND_WORDS = {"training": ("spend", "trained"), "evaluation": ("evaluation spend", "released")}


def _spend_row(site: str, spent: HeldSpend) -> StoredRow:
    return StoredRow(
        id=-1, run_id=spent.run_id, seq=-1, entry_type="site-spend", site=site,
        global_round=spent.global_round, body="", prev_hash="", entry_hash="", signature=None,
    )  # fmt: skip


def _check_site_spends(
    rows: Sequence[StoredRow],
    parsed: Mapping[int, LedgerEntry],
    sites: Mapping[str, SiteRecord],
    signed: set[int],
    held: Iterable[SiteSpends],
) -> tuple[list[Problem], tuple[str, ...], int]:
    """(problems, site ledgers matching no registered site, spends found) for the sites' own
    ledgers against the consortium ledger."""
    by_key = {site.key_fingerprint: name for name, site in sites.items()}
    # how many spends of each (kind, run, stage, round) the ledger holds a site's entry for: a
    # round tried twice (its first try stopped) holds two, and each site spend needs its own
    recorded: dict[str, Counter[tuple[str, str, str, int]]] = defaultdict(Counter)
    # the interrupted spends each site reported, per (run, stage, round): a reservation killed
    # before its training or its release names no kind, so one accounts one spend of either
    # kind (not one of each: a round's killed training would hide its hidden release)
    reported: dict[str, Counter[tuple[str, str, int]]] = defaultdict(Counter)
    for row in rows:
        entry = parsed.get(row.id)
        if not isinstance(entry, SiteRoundEntry) or row.id not in signed:
            continue
        kind = _ACCOUNTED_BY.get(entry.status)
        if kind is not None:
            recorded[entry.site][(kind, entry.run_id, entry.stage, entry.global_round)] += 1
        for gone in entry.interrupted:
            reported[entry.site][(gone.run_id, gone.stage, gone.global_round)] += 1
    problems, unmatched, found = [], [], 0
    for copy in held:
        name = by_key.get(copy.key_fingerprint) if copy.key_fingerprint else None
        if name is None:
            unmatched.append(
                f"site ledger {copy.where} cannot be matched to a site: {copy.key_problem}"
                if copy.key_fingerprint is None
                else f"site ledger {copy.where} belongs to the holder of ledger-signing key "
                f"{copy.key_fingerprint[:16]}, which no registered site has: a site's "
                "registration was replaced by another key, or the ledger is not of this consortium"
            )
            continue
        # a copy of one site's ledger is matched on its own: each spend first to an entry of
        # its own kind, then to an interrupted spend reported for its round (any matching that
        # exists is found so: an interrupted report accounts either kind)
        left, unreported = recorded[name].copy(), reported[name].copy()
        missing = []
        for spent in copy.spends:
            key = (spent.kind, spent.run_id, spent.stage, spent.global_round)
            if left[key] > 0:
                left[key] -= 1
                found += 1
            else:
                missing.append(spent)
        for spent in missing:
            where = (spent.run_id, spent.stage, spent.global_round)
            if unreported[where] > 0:
                unreported[where] -= 1
                found += 1
                continue
            what, entry_status = _KIND_WORDS.get(spent.kind, (f"{spent.kind!r} spend", "?"))
            pending = (
                " (a round still running, or killed and not reported by a later entry yet)"
                if spent.status == "reserved"
                else ""
            )
            why = (
                f"site {name!r}'s own ledger ({copy.where}) holds a {spent.status} {what} of "
                f"stage {spent.stage!r} (its lifetime eps per study then "
                f"{spent.epsilon_after:.4g}){pending} that the ledger has neither as its "
                f"{entry_status} entry nor as an interrupted spend it reported: the spend is "
                "missing from the audit"
            )
            problems.append(Problem(_spend_row(name, spent), "spends", why))
    return problems, tuple(unmatched), found


def check_registry(sites: Mapping[str, SiteRecord]) -> tuple[str, ...]:
    """What does not hold in each site's registration (key, fingerprint, cap)."""
    out = []
    for name, site in sorted(sites.items()):
        try:
            key = site.public_key()
        except LedgerStoreError as exc:
            out.append(f"site {name!r}: registered key unreadable: {exc}")
            continue
        if fingerprint(key) != site.key_fingerprint:
            out.append(
                f"site {name!r}: registered fingerprint {site.key_fingerprint[:16]!r} is not its "
                f"key's ({fingerprint(key)[:16]})"
            )
        cap = site.epsilon_cap
        if not (isinstance(cap, int | float) and math.isfinite(cap) and cap > 0):
            out.append(
                f"site {name!r}: registered eps cap {cap!r} (per study, lifetime) is not a "
                "positive number"
            )
    return tuple(out)


def verify_rows(
    rows: Sequence[StoredRow],
    sites: Mapping[str, SiteRecord],
    run_id: str | None = None,
    *,
    coordinator_key: Ed25519PublicKey | None = None,
    receipts: Sequence[HeldReceipt] = (),
    site_spends: Sequence[SiteSpends] = (),
    allow_seeded: bool = False,
    max_accountant_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> VerifyResult:
    """Verify `rows` (the whole ledger: eps histories span runs); report on `run_id` or all.
    With `coordinator_key`, the coordinator's entries must carry its signature; `receipts`
    (what the sites hold) must each name an entry still in the ledger; `site_spends` (the
    sites' own ledgers) must each belong to a registered site and be in the ledger.
    `max_accountant_mb`: the memory one recomputed eps may take (`spend.recompute`)."""
    parsed, problems = parse_rows(rows)
    by_run: dict[str, list[StoredRow]] = defaultdict(list)
    for row in rows:
        by_run[row.run_id].append(row)
    runs = tuple(by_run) if run_id is None else (run_id,)
    runs += tuple(dict.fromkeys(h.receipt.run_id for h in receipts if h.receipt.run_id not in runs
                                and run_id is None))  # fmt: skip
    runs += tuple(dict.fromkeys(x.run_id for c in site_spends for x in c.spends
                                if x.run_id not in runs and run_id is None))  # fmt: skip
    for name in runs:
        problems += _check_chain(by_run[name], parsed)
    signed, found = _check_signatures(rows, parsed, sites)
    problems += found
    problems += _check_participants(rows, parsed, signed)
    problems += _check_curriculum(rows, parsed)
    if coordinator_key is not None:
        problems += _check_coordinator(rows, parsed, coordinator_key)
    by_key = {site.key_fingerprint: name for name, site in sites.items()}
    named = {c.holder: by_key.get(c.key_fingerprint or "", c.holder) for c in site_spends}
    receipts = [dataclasses.replace(h, holder=named.get(h.holder, h.holder)) for h in receipts]
    problems += _check_receipts(rows, receipts, coordinator_key)
    missing, unmatched, spends_found = _check_site_spends(rows, parsed, sites, signed, site_spends)
    problems += missing
    site_entries = [(r, e) for r in rows if isinstance(e := parsed.get(r.id), SiteRoundEntry)]
    points = spend.recompute(site_entries, max_accountant_mb)
    found_spend = spend.findings(points, sites, allow_seeded=allow_seeded)
    problems += [Problem(f.row, f.check, f.reason) for f in found_spend]
    chosen = [p for p in problems if p.row.run_id in runs]
    chosen.sort(key=lambda p: (runs.index(p.row.run_id), p.row.seq, CHECKS.index(p.check)))
    return VerifyResult(
        runs=runs,
        entries=sum(len(by_run[name]) for name in runs),
        sites=len(sites),
        problems=tuple(chosen),
        points=tuple(p for p in points if p.row.run_id in runs),
        coordinator_checked=coordinator_key is not None,
        receipts=sum(1 for h in receipts if h.receipt.run_id in runs),
        registry=check_registry(sites) + unmatched,
        site_spends=spends_found,
        site_ledgers=len(site_spends),
    )


def verify_ledger(
    ledger: ConsortiumLedger,
    run_id: str | None = None,
    *,
    coordinator_key: Ed25519PublicKey | None = None,
    receipts: Sequence[HeldReceipt] = (),
    site_spends: Sequence[SiteSpends] = (),
    allow_seeded: bool = False,
    max_accountant_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> VerifyResult:
    """Verify the ledger's database; LedgerStoreError when `run_id` has no entry there."""
    rows = ledger.rows()
    if run_id is not None and all(row.run_id != run_id for row in rows):
        known = sorted({row.run_id for row in rows})
        raise LedgerStoreError(f"{ledger.where}: no run {run_id!r} in the ledger (runs: {known})")
    return verify_rows(
        rows, ledger.sites(), run_id, coordinator_key=coordinator_key, receipts=receipts,
        site_spends=site_spends, allow_seeded=allow_seeded, max_accountant_mb=max_accountant_mb,
    )  # fmt: skip
