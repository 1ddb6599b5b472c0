"""eps recomputed from the ledger: every site entry against the mechanisms logged before it.

A site's budget covers every study it trains on over its lifetime (eps per study, whatever data
set a round used), so the history of one entry is every spending entry of the same site at or
before it in ledger order (all runs): a `trained` one, and a `released` one (the Gaussian
mechanism that noised the evaluation counts the site released after a round,
`protocols.accounting.evaluation_mechanism`), composed with the training in the order they were
spent; a refusal spends nothing, so its history stops before it.
An entry's interrupted spends (reserved by a round whose process was killed mid-training, reported
in the site's next entry) join the history before the entry's own mechanism, each with a point of
its own: the eps the site logged once it was reserved, against its recomputation.
eps itself comes from the site's own pure accounting (`protocols.accounting.epsilon_of`) at the
entry's delta and accountant, so the auditor and the site cannot disagree on the mathematics,
only on what was logged.

Pure: rows in, points and findings out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ledger.store import SiteRecord, StoredRow
from protocols.accounting import (
    DEFAULT_MAX_ACCOUNTANT_MB,
    MAX_DELTA,
    AccountingTooCostly,
    Mechanism,
    PrivacyAccountingError,
    epsilon_of,
)
from protocols.ledger_entry import RANDOMNESS, SPENT, InterruptedSpend, SiteRoundEntry

SECURE_RANDOMNESS = RANDOMNESS[0]  # "os-csprng"
REL_TOLERANCE = 1e-6
ABS_TOLERANCE = 1e-12


@dataclass(frozen=True)
class SpendPoint:
    """One site entry (or one interrupted spend it reports) with the eps it logged and the eps
    the site's history gives."""

    row: StoredRow
    entry: SiteRoundEntry
    recomputed: float | None  # None when the history cannot be accounted (see `error`)
    history_len: int
    error: str | None = None
    interrupted: InterruptedSpend | None = None  # the point is this spend the entry reports
    index: int = 0  # its place in entry.interrupted
    # a released entry's: how far its own mechanism raised the recomputed eps (at its delta)
    added: float | None = None

    @property
    def logged(self) -> float:
        spend = self.interrupted
        return self.entry.epsilon_after if spend is None else spend.epsilon_after

    @property
    def trained(self) -> bool:
        """The point adds a spend (a trained or released entry, or an interrupted spend), not a
        refusal."""
        return self.interrupted is not None or self.entry.status in SPENT

    @property
    def released(self) -> bool:
        """The point is a release of evaluation counts (the entry's own mechanism)."""
        return self.interrupted is None and self.entry.status == "released"

    def what(self) -> str:
        """`the entry` or the interrupted spend, for a finding's message."""
        spend = self.interrupted
        if spend is None:
            return "the entry"
        return (
            f"interrupted spend {self.index} (run {spend.run_id!r}, stage {spend.stage!r}, "
            f"round {spend.global_round})"
        )


@dataclass(frozen=True)
class SpendFinding:
    row: StoredRow
    check: str  # "epsilon" or "cap"
    reason: str


def _mechanism(source: SiteRoundEntry | InterruptedSpend) -> Mechanism:
    return Mechanism(**source.mechanism())


_ACCOUNTING_ERRORS = (PrivacyAccountingError, ValueError, OverflowError)


def _cannot(exc: Exception) -> str:
    more = (
        " (give the auditor more memory: --max-accountant-mb)"
        if isinstance(exc, AccountingTooCostly)
        else ""
    )
    return f"cannot recompute: {exc}{more}"


def _interrupted_points(
    row: StoredRow, entry: SiteRoundEntry, history: list[Mechanism], max_mb: float
) -> list[SpendPoint]:
    """A point per interrupted spend the entry reports, each appended to `history` in turn."""
    points = []
    for i, spend in enumerate(entry.interrupted):
        try:
            mechanism = _mechanism(spend)
            eps = epsilon_of([*history, mechanism], spend.delta, spend.accountant, max_mb)
        except _ACCOUNTING_ERRORS as exc:
            points.append(SpendPoint(row, entry, None, len(history), _cannot(exc), spend, i))
            continue
        history.append(mechanism)
        points.append(SpendPoint(row, entry, eps, len(history), None, spend, i))
    return points


def recompute(
    site_entries: Iterable[tuple[StoredRow, SiteRoundEntry]],
    max_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> list[SpendPoint]:
    """Points in ledger order (row id), each against its own cumulative history: an entry's
    interrupted spends first, then the entry itself. `max_mb`: the memory one eps may take
    (the PRV accountant's grid); a history that needs more is a point that cannot be
    recomputed, saying so."""
    histories: dict[str, list[Mechanism]] = {}
    points = []
    for row, entry in sorted(site_entries, key=lambda pair: pair[0].id):
        history = histories.setdefault(entry.site, [])
        points += _interrupted_points(row, entry, history, max_mb)
        spends = entry.status in SPENT
        added = None
        try:
            mechanism = _mechanism(entry)
            upto = [*history, mechanism] if spends else history
            eps = epsilon_of(upto, entry.delta, entry.accountant, max_mb)
            if entry.status == "released":
                before = (
                    epsilon_of(history, entry.delta, entry.accountant, max_mb) if history else 0.0
                )
                added = eps - before
        except _ACCOUNTING_ERRORS as exc:
            points.append(SpendPoint(row, entry, None, len(history), _cannot(exc)))
            continue
        if spends:
            history.append(mechanism)
        points.append(SpendPoint(row, entry, eps, len(upto), added=added))
    return points


def _dataset(entry: SiteRoundEntry) -> str:
    return f"site {entry.site!r} (its lifetime budget, eps per {entry.privacy_unit})"


def findings(
    points: Iterable[SpendPoint], sites: Mapping[str, SiteRecord], *, allow_seeded: bool = False
) -> list[SpendFinding]:
    """eps that differs from its recomputation, spends past the site's registered cap, a delta
    past MAX_DELTA or other than the one the site's first spend used (eps at another delta is
    another curve: a site that raised its delta mid-life would log a lower lifetime eps), an
    accountant other than its first, and (unless `allow_seeded`) trained rounds whose noise came
    from the reproducible test mode, which whoever knows the seed can subtract."""
    out: list[SpendFinding] = []
    pinned: dict[str, tuple[float, str]] = {}
    for p in points:
        e = p.entry
        source: SiteRoundEntry | InterruptedSpend = p.interrupted or e
        if p.trained:
            first = pinned.setdefault(e.site, (source.delta, source.accountant))
            if source.delta > MAX_DELTA:
                why = f"{p.what()}: delta {source.delta!r} is above {MAX_DELTA}: eps bounds little"
                out.append(SpendFinding(p.row, "epsilon", why))
            if (source.delta, source.accountant) != first:
                out.append(
                    SpendFinding(
                        p.row,
                        "epsilon",
                        f"{p.what()}: accounted at delta {source.delta!r} ({source.accountant}), "
                        f"site {e.site!r} first spent at delta {first[0]!r} ({first[1]}): a "
                        "lifetime eps is one account at one delta, and this one is not comparable",
                    )
                )
        seeded = p.interrupted is None and e.status in SPENT and e.randomness != SECURE_RANDOMNESS
        if seeded and not allow_seeded:
            out.append(
                SpendFinding(
                    p.row,
                    "randomness",
                    f"noise and sampling came from {e.randomness!r} (reproducible from a seed, "
                    "for tests): this round's eps guarantees nothing",
                )
            )
        if p.recomputed is None:
            why = p.error or "cannot recompute eps"
            out.append(SpendFinding(p.row, "epsilon", why if p.interrupted is None
                                    else f"{p.what()}: {why}"))  # fmt: skip
            continue
        if not math.isclose(p.logged, p.recomputed, rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE):
            side = (
                "below it: the spend is under-counted"
                if p.logged < p.recomputed
                else "above it: spends are missing from the ledger or a mechanism was altered"
            )
            out.append(
                SpendFinding(
                    p.row,
                    "epsilon",
                    f"{p.what()}: the {p.history_len} spent mechanism(s) logged for "
                    f"{_dataset(e)} give eps {p.recomputed!r} (delta {source.delta!r}, "
                    f"{source.accountant}); the logged eps {p.logged!r} is {side}",
                )
            )
        site = sites.get(e.site)
        if site is None:
            continue  # the signature check names unregistered sites
        if e.epsilon_cap > site.epsilon_cap and p.interrupted is None:
            out.append(
                SpendFinding(
                    p.row,
                    "cap",
                    f"declares cap {e.epsilon_cap!r}, above the cap {site.epsilon_cap!r} "
                    f"that site {e.site!r} registered",
                )
            )
        spent = max(p.logged, p.recomputed)
        cap = min(e.epsilon_cap, site.epsilon_cap)
        if p.trained and spent > cap:
            out.append(
                SpendFinding(
                    p.row,
                    "cap",
                    f"{p.what()}: spend takes {_dataset(e)} to eps {spent!r}, past its cap {cap!r}",
                )
            )
    return out
