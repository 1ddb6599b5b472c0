"""eps recomputed from the ledger: every site entry against the mechanisms logged before it.

A site's budget covers every study it trains on over its lifetime (eps per study, whatever data
set a round used), so the history of one entry is every `trained` entry of the same site at or
before it in ledger order (all runs); a refusal spends nothing, so its history stops before it.
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
from protocols.accounting import Mechanism, PrivacyAccountingError, epsilon_of
from protocols.ledger_entry import SiteRoundEntry

REL_TOLERANCE = 1e-6
ABS_TOLERANCE = 1e-12


@dataclass(frozen=True)
class SpendPoint:
    """One site entry with the eps it logged and the eps its data set's history gives."""

    row: StoredRow
    entry: SiteRoundEntry
    recomputed: float | None  # None when the history cannot be accounted (see `error`)
    history_len: int
    error: str | None = None

    @property
    def logged(self) -> float:
        return self.entry.epsilon_after


@dataclass(frozen=True)
class SpendFinding:
    row: StoredRow
    check: str  # "epsilon" or "cap"
    reason: str


def _mechanism(entry: SiteRoundEntry) -> Mechanism:
    return Mechanism(**entry.mechanism())


def recompute(site_entries: Iterable[tuple[StoredRow, SiteRoundEntry]]) -> list[SpendPoint]:
    """A point per entry, in ledger order (row id), each against its own cumulative history."""
    histories: dict[str, list[Mechanism]] = {}
    points = []
    for row, entry in sorted(site_entries, key=lambda pair: pair[0].id):
        history = histories.setdefault(entry.site, [])
        try:
            mechanism = _mechanism(entry)
            upto = [*history, mechanism] if entry.status == "trained" else history
            eps = epsilon_of(upto, entry.delta, entry.accountant)
        except (PrivacyAccountingError, ValueError, OverflowError) as exc:
            points.append(SpendPoint(row, entry, None, len(history), f"cannot recompute: {exc}"))
            continue
        if entry.status == "trained":
            history.append(mechanism)
        points.append(SpendPoint(row, entry, eps, len(upto)))
    return points


def _dataset(entry: SiteRoundEntry) -> str:
    return f"site {entry.site!r} (its lifetime budget, eps per {entry.privacy_unit})"


def findings(points: Iterable[SpendPoint], sites: Mapping[str, SiteRecord]) -> list[SpendFinding]:
    """eps that differs from its recomputation, and spends past the site's registered cap."""
    out: list[SpendFinding] = []
    for p in points:
        e = p.entry
        if p.recomputed is None:
            out.append(SpendFinding(p.row, "epsilon", p.error or "cannot recompute eps"))
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
                    f"the {p.history_len} trained mechanism(s) logged for {_dataset(e)} give eps "
                    f"{p.recomputed!r} (delta {e.delta!r}, {e.accountant}); the logged eps "
                    f"{p.logged!r} is {side}",
                )
            )
        site = sites.get(e.site)
        if site is None:
            continue  # the signature check names unregistered sites
        if e.epsilon_cap > site.epsilon_cap:
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
        if e.status == "trained" and spent > cap:
            out.append(
                SpendFinding(
                    p.row,
                    "cap",
                    f"spend takes {_dataset(e)} to eps {spent!r}, past its cap {cap!r}",
                )
            )
    return out
