"""The round instruction the coordinator sends with the global state, and the site's reply metrics.

Flower carries both as flat config/metrics records of scalars. These dataclasses are the schema:
built once at the edge, validated at construction, with errors that name the field and value.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from protocols.numbers import as_float

ROUND_SCHEMA_VERSION = 1

Scalar = bool | int | float | str | bytes


class RoundMessageError(ValueError):
    """A round instruction or reply that is missing a field or carries a bad value."""


def _get(cfg: Mapping[str, Any], key: str, typ: type, where: str) -> Any:
    if key not in cfg:
        raise RoundMessageError(f"{where}: missing field {key!r}")
    value = cfg[key]
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        number = as_float(value)
        if number is None:
            raise RoundMessageError(
                f"{where}: field {key!r} is too large for a floating-point number"
            )
        value = number
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        raise RoundMessageError(
            f"{where}: field {key!r} must be {typ.__name__}, got {type(value).__name__} {value!r}"
        )
    return value


@dataclass(frozen=True)
class FitInstruction:
    """What a site needs to run one training round.

    The stage's settings are not here: the site reads them from `curriculum` (canonical JSON),
    after verifying the consortium's signature over its digest, so a coordinator cannot send
    settings that the hospital's ethics board never saw.
    """

    run_id: str
    stage: str
    global_round: int
    lora_rank: int
    layout_digest: str
    seed: int
    curriculum: str

    def __post_init__(self) -> None:
        checks = {
            "global_round": self.global_round >= 1,
            "lora_rank": self.lora_rank >= 1,
            "stage": bool(self.stage),
            "layout_digest": len(self.layout_digest) == 64,
            "curriculum": self.curriculum.startswith("{"),
        }
        for name, ok in checks.items():
            if not ok:
                raise RoundMessageError(
                    f"fit instruction: bad value for {name!r}: {getattr(self, name)!r:.80}"
                )

    def to_config(self) -> dict[str, Scalar]:
        cfg: dict[str, Scalar] = {"schema": ROUND_SCHEMA_VERSION}
        cfg.update(asdict(self))
        return cfg

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> FitInstruction:
        where = "fit instruction"
        schema = _get(cfg, "schema", int, where)
        if schema != ROUND_SCHEMA_VERSION:
            raise RoundMessageError(f"{where}: schema {schema} is not {ROUND_SCHEMA_VERSION}")
        py = {"str": str, "int": int, "float": float}
        return cls(**{f.name: _get(cfg, f.name, py[str(f.type)], where) for f in fields(cls)})


REFUSAL_CODES = ("policy", "signature", "budget", "data")
_REFUSED_AT_A_SITE = re.compile(r"refused at a site: (" + "|".join(REFUSAL_CODES) + r")\b")


def refusal_message(what: str, code: str) -> str:
    """The text a site's ClientApp raises when its gate refuses (Flower carries it to the
    coordinator as the message's error): the generic code and nothing else."""
    if code not in REFUSAL_CODES:
        raise RoundMessageError(f"unknown refusal code {code!r}")
    return f"{what} refused at a site: {code}"


def refusal_code_in(text: str) -> str | None:
    """The refusal code in an error a site sent (`refusal_message`), or None for a failure."""
    match = _REFUSED_AT_A_SITE.search(text)
    return match.group(1) if match else None


# The largest count and float metric a site's report may carry. Larger ones are no training
# run's (a mean token loss, an eps under a hospital's cap) and would break the round's record:
# a count past 2**53 is no longer exact as a float, and past 2**63 no SQLite integer.
MAX_REPORT_COUNT = 2**53
MAX_REPORT_FLOAT = 1e6
# The most signed ledger entries of earlier spends (`trained` or `released`) a site sends again
# with one round result, and the most bytes the metric holding them may take (each entry is at most
# protocols.ledger_entry.MAX_ENTRY_BYTES; the site keeps them within its reply's allowance).
MAX_RESENT = 4
MAX_RESENT_BYTES = 1 << 20
RESENT_KEY = "resent_entries"


def contributes(num_examples: object, refused: str | None = None) -> bool:
    """Whether a site's round result puts an update in the mean: a count above 0 and no
    refusal code. A refusal goes out with 0 examples (under SecAgg+, masked with weight 0):
    the coordinator keeps it out of the sum and the site's guard signs no survivor list
    naming it a survivor: the workflow, the strategy and the guard all ask it here."""
    return (
        isinstance(num_examples, int)
        and not isinstance(num_examples, bool)
        and num_examples > 0
        and not refused
    )


@dataclass(frozen=True)
class FitReport:
    """What a site returns beside its update: counts and mean losses only, and, when it refused
    the round, a generic reason code (the details stay in the site's own log).

    Every number is checked at construction: counts in [0, MAX_REPORT_COUNT], losses and eps
    finite and in [0, MAX_REPORT_FLOAT]. A NaN loss from one site would make the round's mean
    NaN, which the run store cannot keep (SQLite stores NaN as NULL) and a resume could not
    backfill: the coordinator refuses such a report as malformed, and the site is a failure of
    the round."""

    num_examples: int
    steps: int
    loss_before: float
    loss_after: float
    epsilon: float = 0.0
    refused: str = ""
    # the site's signed consortium-ledger entry for this round (canonical JSON, signature hex)
    ledger_entry: str = ""
    ledger_signature: str = ""
    # the site's signed entries (canonical JSON, signature hex) of its latest spends in the run
    # (`trained` round results and `released` evaluation counts), oldest first, sent again: a
    # reply the coordinator never recorded (it was stopped, the reply was lost) leaves no spend
    # out of the consortium ledger
    resent: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not _string_pairs(self.resent, tuple):
            raise RoundMessageError(
                f"fit report: field {RESENT_KEY!r} must hold at most {MAX_RESENT} (entry, "
                "signature) pairs of strings"
            )
        if self.refused and self.refused not in REFUSAL_CODES:
            raise RoundMessageError(f"fit report: unknown refusal code {self.refused!r}")
        for name in ("num_examples", "steps"):
            count = getattr(self, name)
            if not 0 <= count <= MAX_REPORT_COUNT:
                raise RoundMessageError(
                    f"fit report: field {name!r} must be a count in [0, {MAX_REPORT_COUNT}], "
                    f"got {count!r}"
                )
        for name in ("loss_before", "loss_after", "epsilon"):
            number = getattr(self, name)
            if not (math.isfinite(number) and 0.0 <= number <= MAX_REPORT_FLOAT):
                raise RoundMessageError(
                    f"fit report: field {name!r} must be a finite number in "
                    f"[0, {MAX_REPORT_FLOAT:g}], got {number!r}"
                )

    def to_metrics(self) -> dict[str, Scalar]:
        metrics: dict[str, Scalar] = dict(asdict(self))
        del metrics["resent"]
        if self.resent:  # absent when none: a report without keeps the form it always had
            metrics[RESENT_KEY] = resent_metric(self.resent)
        return metrics

    @classmethod
    def from_metrics(cls, metrics: Mapping[str, Any]) -> FitReport:
        where = "fit report"
        return cls(
            num_examples=_get(metrics, "num_examples", int, where),
            steps=_get(metrics, "steps", int, where),
            loss_before=_get(metrics, "loss_before", float, where),
            loss_after=_get(metrics, "loss_after", float, where),
            epsilon=_get(metrics, "epsilon", float, where),
            refused=_get(metrics, "refused", str, where),
            ledger_entry=str(metrics.get("ledger_entry", "")),
            ledger_signature=str(metrics.get("ledger_signature", "")),
            resent=resent_pairs(metrics.get(RESENT_KEY, "[]")),
        )


def resent_metric(pairs: Sequence[tuple[str, str]]) -> str:
    """RESENT_KEY's value for (entry, signature hex) pairs: a JSON list of pairs."""
    return json.dumps([list(pair) for pair in pairs])


def resent_pairs(value: object) -> tuple[tuple[str, str], ...]:
    """The (entry, signature hex) pairs a RESENT_KEY value holds (a round result's or an
    evaluation reply's metric, a receipt answer's property); RoundMessageError where it is no
    JSON list of at most MAX_RESENT pairs of strings."""
    bad = RoundMessageError(
        f"fit report: field {RESENT_KEY!r} must be a JSON list of at most {MAX_RESENT} "
        f"[entry, signature] string pairs in {MAX_RESENT_BYTES:,} bytes"
    )
    if not isinstance(value, str) or len(value) > MAX_RESENT_BYTES:
        raise bad
    try:
        pairs = json.loads(value)
    except (ValueError, RecursionError):
        raise bad from None
    if not isinstance(pairs, list) or not _string_pairs(pairs, list):
        raise bad
    return tuple((body, signature) for body, signature in pairs)


def _string_pairs(pairs: list[Any] | tuple[Any, ...], kind: type) -> bool:
    """Whether `pairs` holds at most MAX_RESENT (entry, signature) pairs, each a `kind` (list
    or tuple) of two strings."""
    return len(pairs) <= MAX_RESENT and all(
        isinstance(p, list | tuple)
        and type(p) is kind
        and len(p) == 2
        and all(isinstance(v, str) for v in p)
        for p in pairs
    )


# Federated evaluation counts, as a site releases them after a round (`site_agent.evaluate`):
# closed questions asked and answered right, open questions asked and answered exactly. Each is
# an int >= 0, noised by the site (`protocols.accounting.evaluation_mechanism`) and clamped so
# that a right count never exceeds its asked count.
EVALUATION_COUNTS = ("closed_n", "closed_correct", "open_n", "open_exact")
MAX_EVALUATION_QUESTIONS = 256  # a site asks at most this many in one evaluation


def evaluation_count_bound(noise_std: float) -> int:
    """The largest count an honest release holds: every question asked, plus ten standard
    deviations of the noise the site's signed mechanism names (noise_multiplier times
    clipping_norm); past it, a count says nothing an honest site would say."""
    return MAX_EVALUATION_QUESTIONS + math.ceil(10 * noise_std)


def evaluation_digest(site: str, counts: Mapping[str, int]) -> str:
    """The sha256 (hex) of a site's released evaluation counts, which its signed `released`
    ledger entry names as its update digest: the entry accounts exactly these counts."""
    doc = {"site": site, **{k: int(counts[k]) for k in EVALUATION_COUNTS}}
    return hashlib.sha256(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
