"""Pure privacy accounting: eps of a history of DP-SGD mechanisms, via Opacus's accountants.

A site's spend on one data set is a history of Poisson-subsampled Gaussian mechanisms, one per
round it trained. eps is always recomputed from the whole history (composition is not additive in
eps), never summed. Entries with the same (noise_multiplier, sample_rate) are merged into one by
adding their steps before they reach the accountant: that is exact composition, and it makes the
result independent of the order of the history.

What computing eps costs depends on the accountant and on values a coordinator chooses (a stage's
steps, batch and so sample rate, noise). RDP keeps a few numbers per distinct mechanism. PRV
discretizes every distinct mechanism on one grid whose size Opacus sets from the history: about
2 L / mesh points, where L (the domain's half-width) exceeds the history's RDP eps at
delta / 4000 and the mesh shrinks as one over the square root of all the steps; so the grid grows
with eps times sqrt(steps), and a round of 10,000 steps at q = 1 asks hundreds of millions of
points. `accounting_cost` sizes it before anything is allocated (RDP arithmetic only), and
`epsilon_of` refuses, with `AccountingTooCostly`, a history whose eps would need more memory than
its `max_mb` (bench/accounting_cost.py measures the model below).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from opacus.accountants import IAccountant

# The accountants a site may name (policy, ledger entries, the site ledger's rows): this list is
# their one owner. Opacus is imported where eps is computed, so the protocol modules that only
# validate a name stay light.
AccountantName = Literal["rdp", "prv"]
ACCOUNTANTS: tuple[AccountantName, ...] = get_args(AccountantName)


PRIVACY_UNIT = "study"
"""One DP sample: all of one study's supervised text for the stage, clipped as one. The site's
eps is per study over its lifetime; where a data set names patients with several studies, a
patient's eps is at most the sum over the studies (group privacy), and the cap applies per study."""


def poisson_rate(num_units: int, batch_size: int) -> float:
    """The Poisson sampling rate of DP-SGD over `num_units` privacy units at an expected batch
    of `batch_size`: 1 / ceil(n / b), the rate Opacus's DPDataLoader uses (b/n when b divides
    n, a little less otherwise; 1 when n <= b). The one formula for site check, the budget
    gate, training and the auditor."""
    if num_units < 1 or batch_size < 1:
        raise PrivacyAccountingError(
            f"sampling rate: need >= 1 unit and batch_size >= 1, got {num_units}, {batch_size}"
        )
    return 1.0 / math.ceil(num_units / batch_size)


# The largest delta a site may account at (its policy refuses more, an auditor flags more): a
# delta is a probability of failing the eps bound outright, and per-study DP wants it far under
# one over the number of studies.
MAX_DELTA = 1e-2


class PrivacyAccountingError(ValueError):
    """A mechanism or target that no accountant can honour (bad field, unreachable eps)."""


def check_delta(delta: float, where: str) -> float:
    if isinstance(delta, bool) or not isinstance(delta, int | float) or not 0.0 < delta < 1.0:
        raise PrivacyAccountingError(f"{where}: delta must be in (0, 1), got {delta!r}")
    return float(delta)


def check_accountant(accountant: str, where: str) -> AccountantName:
    if accountant not in ACCOUNTANTS:
        raise PrivacyAccountingError(
            f"{where}: accountant must be one of {list(ACCOUNTANTS)}, got {accountant!r}"
        )
    return accountant  # type: ignore[return-value]


@dataclass(frozen=True)
class Mechanism:
    """One round of DP-SGD on one data set: `steps` noisy steps on Poisson batches of rate q.

    `clipping_norm` does not change eps (noise is noise_multiplier * clipping_norm), and
    `delta`/`accountant` say how the site accounts; all are kept so an entry describes itself.
    """

    noise_multiplier: float
    sample_rate: float
    steps: int
    clipping_norm: float
    delta: float
    accountant: AccountantName = "rdp"

    def __post_init__(self) -> None:
        where = "privacy mechanism"
        checks = {
            "noise_multiplier": _finite(self.noise_multiplier) and self.noise_multiplier > 0,
            "sample_rate": _finite(self.sample_rate) and 0.0 < self.sample_rate <= 1.0,
            "steps": isinstance(self.steps, int)
            and not isinstance(self.steps, bool)
            and self.steps >= 1,
            "clipping_norm": _finite(self.clipping_norm) and self.clipping_norm > 0,
        }
        for name, ok in checks.items():
            if not ok:
                raise PrivacyAccountingError(
                    f"{where}: bad value for {name!r}: {getattr(self, name)!r}"
                )
        check_delta(self.delta, where)
        check_accountant(self.accountant, where)


# What one test study can move in a release of federated evaluation counts (closed questions
# asked, closed answered right, open asked, open exact), per question it contributes: a study
# drawn in place of another changes each of the two (asked, right) pairs by at most its
# questions, so the four counts by at most 2 * per_study in L2 norm.
EVALUATION_SENSITIVITY_PER_QUESTION = 2.0


def evaluation_mechanism(
    noise_multiplier: float, per_study: int, delta: float, accountant: str
) -> Mechanism:
    """One release of evaluation counts as a mechanism of the site's history: the Gaussian
    mechanism (no subsampling credit, one step) of std `noise_multiplier` times the counts'
    L2 sensitivity when each test study gives at most `per_study` questions. Its eps is that
    of DP-SGD's step at q = 1 with the same noise multiplier, so the accountants compose it
    with the site's training as they compose rounds."""
    if isinstance(per_study, bool) or not isinstance(per_study, int) or per_study < 1:
        raise PrivacyAccountingError(
            f"evaluation: per_study must be an int >= 1, got {per_study!r}"
        )
    return Mechanism(
        noise_multiplier=noise_multiplier, sample_rate=1.0, steps=1,
        clipping_norm=EVALUATION_SENSITIVITY_PER_QUESTION * per_study, delta=delta,
        accountant=check_accountant(accountant, "evaluation"),
    )  # fmt: skip


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# Peak memory of Opacus 1.6's PRV accountant per grid point, as the peak resident set grew over
# a fresh process's (bench/accounting_cost.py, numpy and scipy's FFTs): 67 to 184 bytes with one
# mechanism (the grid, its distribution's evaluation, the pmf and its FFT, the eps search), 225
# with two, 533 with 16, 1,591 with 64: about 24 more for each distinct mechanism (its pmf and
# its composed pmf, kept until all are convolved). The model is above every measured case (by
# 11% at 64 mechanisms, 21% at two), so that the estimate errs high.
PRV_BYTES_PER_POINT = 224
PRV_BYTES_PER_POINT_PER_MECHANISM = 24
# The memory computing one eps may take unless the caller says otherwise (a site: its policy's
# `privacy.max_accountant_mb`; the auditor). 1 GiB holds a one-mechanism PRV grid of about 4.3
# million points, a few seconds to compose on one core; a whole run of any curriculum in
# curricula/ asks about a tenth of it or less.
DEFAULT_MAX_ACCOUNTANT_MB = 1024


@dataclass(frozen=True)
class AccountingCost:
    """What computing eps of one history takes: its distinct mechanisms and steps, and (PRV) the
    points of the grid it is discretized on. RDP keeps a few numbers per mechanism: no grid."""

    accountant: AccountantName
    mechanisms: int
    steps: int
    grid_points: int = 0

    @property
    def megabytes(self) -> float:
        per_point = PRV_BYTES_PER_POINT + PRV_BYTES_PER_POINT_PER_MECHANISM * self.mechanisms
        return self.grid_points * per_point / 2**20

    def describe(self) -> str:
        what = f"{self.mechanisms} distinct mechanism(s), {self.steps:,} steps in all"
        if not self.grid_points:
            return what
        return f"{what}: a PRV grid of {self.grid_points:,} points, about {self.megabytes:,.0f} MB"


class AccountingTooCostly(PrivacyAccountingError):
    """eps of a history would need more memory than allowed; nothing was allocated for it."""

    def __init__(self, cost: AccountingCost, max_mb: float) -> None:
        self.cost, self.max_mb = cost, max_mb
        super().__init__(f"eps of {cost.describe()}, over the limit of {max_mb:g} MB")


def _check_max_mb(max_mb: float) -> float:
    if not _finite(max_mb) or not max_mb > 0:
        raise PrivacyAccountingError(f"accounting memory limit must be > 0 MB, got {max_mb!r}")
    return float(max_mb)


def accounting_cost(history: Sequence[Mechanism], delta: float, accountant: str) -> AccountingCost:
    """What `epsilon_of(history, delta, accountant)` would take, found without computing eps:
    for PRV, the grid Opacus would choose (RDP arithmetic only, no arrays)."""
    check_delta(delta, "accounting_cost")
    name = check_accountant(accountant, "accounting_cost")
    entries = canonical_history(history)
    steps = sum(n for _, _, n in entries)
    if name == "rdp" or not entries:
        return AccountingCost(name, len(entries), steps)
    from protocols.prv_grid import grid_points

    return AccountingCost(name, len(entries), steps, grid_points(entries, delta))


def make_accountant(accountant: str, max_mb: float = DEFAULT_MAX_ACCOUNTANT_MB) -> IAccountant:
    """The named Opacus accountant; PRV refuses (AccountingTooCostly) a history whose grid would
    take more than `max_mb` before it allocates the grid."""
    from opacus.accountants import RDPAccountant

    name = check_accountant(accountant, "accountant")
    limit = _check_max_mb(max_mb)
    if name == "rdp":
        return RDPAccountant()
    from protocols.prv_grid import SizedPRVAccountant

    def check(points: int, steps: Sequence[int]) -> None:
        cost = AccountingCost(name, len(steps), sum(steps), points)
        if cost.megabytes > limit:
            raise AccountingTooCostly(cost, limit)

    return SizedPRVAccountant(check)


def canonical_history(history: Iterable[Mechanism]) -> list[tuple[float, float, int]]:
    """Opacus history form (sigma, q, steps), equal (sigma, q) merged and sorted."""
    steps: dict[tuple[float, float], int] = {}
    for mech in history:
        key = (float(mech.noise_multiplier), float(mech.sample_rate))
        steps[key] = steps.get(key, 0) + mech.steps
    return [(sigma, q, n) for (sigma, q), n in sorted(steps.items())]


def epsilon_of(
    history: Sequence[Mechanism],
    delta: float,
    accountant: str,
    max_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> float:
    """eps after the whole history, at `delta`, by the named Opacus accountant; 0.0 if empty.
    AccountingTooCostly, before anything is allocated, when it would take over `max_mb`."""
    check_delta(delta, "epsilon_of")
    acct = make_accountant(accountant, max_mb)
    entries = canonical_history(history)
    if not entries:
        return 0.0
    acct.history = list(entries)
    return float(acct.get_epsilon(delta=delta))


def project(
    history: Sequence[Mechanism],
    next_mechanism: Mechanism,
    delta: float,
    accountant: str,
    max_mb: float = DEFAULT_MAX_ACCOUNTANT_MB,
) -> float:
    """eps the data set would reach if `next_mechanism` ran after `history`."""
    return epsilon_of([*history, next_mechanism], delta, accountant, max_mb)


def noise_for_target(
    target_eps: float, sample_rate: float, steps: int, delta: float, accountant: str
) -> float:
    """The smallest noise multiplier (to Opacus's 0.01 eps tolerance) that keeps `steps` steps at
    rate `sample_rate` within `target_eps`; PrivacyAccountingError when no noise level can."""
    where = "noise_for_target"
    if not _finite(target_eps) or target_eps <= 0:
        raise PrivacyAccountingError(f"{where}: target_eps must be > 0, got {target_eps!r}")
    if not _finite(sample_rate) or not 0.0 < sample_rate <= 1.0:
        raise PrivacyAccountingError(f"{where}: sample_rate must be in (0, 1], got {sample_rate!r}")
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
        raise PrivacyAccountingError(f"{where}: steps must be an int >= 1, got {steps!r}")
    check_delta(delta, where)
    name = check_accountant(accountant, where)
    from opacus.accountants.utils import get_noise_multiplier

    try:
        return float(
            get_noise_multiplier(
                target_epsilon=target_eps,
                target_delta=delta,
                sample_rate=sample_rate,
                steps=steps,
                accountant=name,
            )
        )
    except ValueError as err:
        raise PrivacyAccountingError(
            f"{where}: eps {target_eps} at delta {delta} cannot be met with {steps} steps at "
            f"sample rate {sample_rate} ({name}): {err}"
        ) from err
