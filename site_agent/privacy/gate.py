"""The budget gate: before a round touches a data set, project its eps and refuse past the cap.

`reserve_or_refuse` decides and records in ONE ledger transaction holding the data set's write
lock, so two concurrent rounds on the same data set cannot both pass on the same history. The same
transaction claims the data set's interrupted spends (reserved, never reported) for the entry it
records: the round's signed ledger entry reports them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from protocols.accounting import (
    DEFAULT_MAX_ACCOUNTANT_MB,
    Mechanism,
    PrivacyAccountingError,
    check_accountant,
    check_delta,
    epsilon_of,
)
from protocols.ledger_entry import MAX_INTERRUPTED
from site_agent.privacy.ledger import (
    LedgerTransaction,
    PrivacyLedgerError,
    SiteLedger,
    SpendContext,
    SpendEntry,
)


@dataclass(frozen=True)
class Decision:
    """The gate's answer. `entry_id` is the reservation (allowed) or the refusal's entry, once
    recorded; None from `decide`, which records nothing. `interrupted`: the spends this entry
    claimed to report (reserved before it, never reported), oldest first."""

    allowed: bool
    eps_before: float
    eps_after: float
    reason: str | None
    entry_id: int | None = None
    interrupted: tuple[SpendEntry, ...] = ()


def _pair(value: float, cap: float) -> tuple[str, str]:
    """Both at 2 decimals, or with enough digits that a value just past the cap does not print
    as the cap itself."""
    for digits in (2, 4, 6, 10):
        shown = f"{value:.{digits}f}", f"{cap:.{digits}f}"
        if shown[0] != shown[1]:
            return shown
    return repr(value), repr(cap)


class BudgetGate:
    """A site's eps cap per data set, with the delta and accountant it is accounted at, and the
    memory one eps may take (`max_accountant_mb`: past it, `AccountingTooCostly` is raised before
    the accountant allocates anything, and nothing is recorded)."""

    def __init__(
        self,
        ledger: SiteLedger,
        cap: float,
        delta: float,
        accountant: str,
        max_accountant_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
    ) -> None:
        if isinstance(cap, bool) or not isinstance(cap, int | float) or not cap > 0:
            raise PrivacyAccountingError(f"budget gate: cap must be a number > 0, got {cap!r}")
        if not math.isfinite(cap):
            raise PrivacyAccountingError(f"budget gate: cap must be finite, got {cap!r}")
        self.ledger = ledger
        self.cap = float(cap)
        self.delta = check_delta(delta, "budget gate")
        self.accountant = check_accountant(accountant, "budget gate")
        self.max_accountant_mb = max_accountant_mb

    def _check(self, mechanism: Mechanism) -> None:
        if mechanism.delta != self.delta or mechanism.accountant != self.accountant:
            raise PrivacyAccountingError(
                f"budget gate: mechanism accounted at delta={mechanism.delta} "
                f"accountant={mechanism.accountant!r}, but the site's policy is "
                f"delta={self.delta} accountant={self.accountant!r}"
            )

    def _judge(
        self, dataset_digest: str, history: list[Mechanism], mechanism: Mechanism
    ) -> Decision:
        # The costlier of the two first: a round too costly to account is refused (raised)
        # before the accountant computes anything for the history without it.
        after = epsilon_of([*history, mechanism], self.delta, self.accountant,
                           self.max_accountant_mb)  # fmt: skip
        before = epsilon_of(history, self.delta, self.accountant, self.max_accountant_mb)
        if after <= self.cap:
            return Decision(True, before, after, None)
        after_text, cap_text = _pair(after, self.cap)
        reason = (
            f"would reach eps {after_text} > cap {cap_text} per study over the lifetime of data "
            f"set {dataset_digest[:8]}.. ({before:.2f} spent, delta {self.delta:g}, "
            f"{self.accountant})"
        )
        return Decision(False, before, after, reason)

    def decide(self, dataset_digest: str, mechanism: Mechanism) -> Decision:
        """What the gate would answer now; records nothing and holds no lock."""
        self._check(mechanism)
        return self._judge(dataset_digest, self.ledger.history(dataset_digest), mechanism)

    def reserve_or_refuse(
        self,
        dataset_digest: str,
        mechanism: Mechanism,
        ctx: SpendContext,
        *,
        refusal_reports: bool = True,
    ) -> Decision:
        """Reserve the spend if eps after it stays within the cap, else record a refusal.

        Either way the entry is committed before this returns; train only when `allowed`. The
        entry claims the interrupted spends no report has left with (its signed report must
        list them), except a refusal when `refusal_reports` is false: a caller that sends no
        signed entry for its refusal leaves them to the next entry that leaves.
        """
        self._check(mechanism)
        with self.ledger.transaction(dataset_digest) as tx:
            return self._record(tx, mechanism, ctx, refusal_reports)

    def _record(
        self,
        tx: LedgerTransaction,
        mechanism: Mechanism,
        ctx: SpendContext,
        refusal_reports: bool = True,
    ) -> Decision:
        pending = tx.unreported()
        if len(pending) > MAX_INTERRUPTED:
            raise PrivacyLedgerError(
                f"privacy ledger: {len(pending)} interrupted spends (reserved, never reported), "
                f"more than one ledger entry reports ({MAX_INTERRUPTED}); find why rounds are "
                "killed mid-training (the site's log) before training again"
            )
        decision = self._judge(tx.dataset_digest, tx.history(), mechanism)
        # Same history, delta and accountant as the ledger would use: pass the values on.
        if decision.allowed:
            entry = tx.reserve(mechanism, ctx, eps_after=decision.eps_after)
        else:
            reason = decision.reason or "over the cap"
            entry = tx.refuse(mechanism, ctx, reason, eps_before=decision.eps_before)
            if not refusal_reports:
                pending = []
        tx.claim(pending, entry)
        return Decision(
            decision.allowed, decision.eps_before, decision.eps_after, decision.reason, entry,
            tuple(pending),
        )  # fmt: skip
