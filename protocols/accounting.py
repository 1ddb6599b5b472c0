"""Pure privacy accounting: eps of a history of DP-SGD mechanisms, via Opacus's accountants.

A site's spend on one data set is a history of Poisson-subsampled Gaussian mechanisms, one per
round it trained. eps is always recomputed from the whole history (composition is not additive in
eps), never summed. Entries with the same (noise_multiplier, sample_rate) are merged into one by
adding their steps before they reach the accountant: that is exact composition, and it makes the
result independent of the order of the history.
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


def make_accountant(accountant: str) -> IAccountant:
    from opacus.accountants import PRVAccountant, RDPAccountant

    name = check_accountant(accountant, "accountant")
    return RDPAccountant() if name == "rdp" else PRVAccountant()


def canonical_history(history: Iterable[Mechanism]) -> list[tuple[float, float, int]]:
    """Opacus history form (sigma, q, steps), equal (sigma, q) merged and sorted."""
    steps: dict[tuple[float, float], int] = {}
    for mech in history:
        key = (float(mech.noise_multiplier), float(mech.sample_rate))
        steps[key] = steps.get(key, 0) + mech.steps
    return [(sigma, q, n) for (sigma, q), n in sorted(steps.items())]


def epsilon_of(history: Sequence[Mechanism], delta: float, accountant: str) -> float:
    """eps after the whole history, at `delta`, by the named Opacus accountant; 0.0 if empty."""
    check_delta(delta, "epsilon_of")
    acct = make_accountant(accountant)
    entries = canonical_history(history)
    if not entries:
        return 0.0
    acct.history = list(entries)
    return float(acct.get_epsilon(delta=delta))


def project(
    history: Sequence[Mechanism], next_mechanism: Mechanism, delta: float, accountant: str
) -> float:
    """eps the data set would reach if `next_mechanism` ran after `history`."""
    return epsilon_of([*history, next_mechanism], delta, accountant)


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
