"""The round instruction the coordinator sends with the global state, and the site's reply metrics.

Flower carries both as flat config/metrics records of scalars. These dataclasses are the schema:
built once at the edge, validated at construction, with errors that name the field and value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

ROUND_SCHEMA_VERSION = 1

Scalar = bool | int | float | str | bytes


class RoundMessageError(ValueError):
    """A round instruction or reply that is missing a field or carries a bad value."""


def _get(cfg: Mapping[str, Any], key: str, typ: type, where: str) -> Any:
    if key not in cfg:
        raise RoundMessageError(f"{where}: missing field {key!r}")
    value = cfg[key]
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        raise RoundMessageError(
            f"{where}: field {key!r} must be {typ.__name__}, got {type(value).__name__} {value!r}"
        )
    return value


@dataclass(frozen=True)
class FitInstruction:
    """What a site needs to run one training round."""

    run_id: str
    stage: str
    global_round: int
    trainable_groups: tuple[str, ...]
    model_groups: tuple[str, ...]
    lora_rank: int
    data_kinds: tuple[str, ...]
    local_steps: int
    batch_size: int
    learning_rate: float
    max_length: int
    layout_digest: str
    seed: int

    def __post_init__(self) -> None:
        checks = {
            "global_round": self.global_round >= 1,
            "local_steps": self.local_steps >= 1,
            "batch_size": self.batch_size >= 1,
            "learning_rate": self.learning_rate > 0,
            "max_length": self.max_length >= 8,
            "trainable_groups": len(self.trainable_groups) > 0,
            "model_groups": set(self.trainable_groups) <= set(self.model_groups),
            "lora_rank": self.lora_rank >= 1,
            "data_kinds": len(self.data_kinds) > 0,
            "stage": bool(self.stage),
            "layout_digest": len(self.layout_digest) == 64,
        }
        for name, ok in checks.items():
            if not ok:
                raise RoundMessageError(
                    f"fit instruction: bad value for {name!r}: {getattr(self, name)!r}"
                )

    def to_config(self) -> dict[str, Scalar]:
        cfg: dict[str, Scalar] = {"schema": ROUND_SCHEMA_VERSION}
        for key, value in asdict(self).items():
            cfg[key] = ",".join(value) if isinstance(value, tuple) else value
        return cfg

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> FitInstruction:
        where = "fit instruction"
        schema = _get(cfg, "schema", int, where)
        if schema != ROUND_SCHEMA_VERSION:
            raise RoundMessageError(f"{where}: schema {schema} is not {ROUND_SCHEMA_VERSION}")
        types = {f.name: f.type for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for name, typ in types.items():
            if str(typ).startswith("tuple"):
                raw = _get(cfg, name, str, where)
                kwargs[name] = tuple(g for g in raw.split(",") if g)
            else:
                py = {"str": str, "int": int, "float": float}[str(typ)]
                kwargs[name] = _get(cfg, name, py, where)
        return cls(**kwargs)


@dataclass(frozen=True)
class FitReport:
    """Aggregate numbers a site returns with its update: counts and mean losses only."""

    num_examples: int
    steps: int
    loss_before: float
    loss_after: float

    def to_metrics(self) -> dict[str, Scalar]:
        return dict(asdict(self))

    @classmethod
    def from_metrics(cls, metrics: Mapping[str, Any]) -> FitReport:
        where = "fit report"
        return cls(
            num_examples=_get(metrics, "num_examples", int, where),
            steps=_get(metrics, "steps", int, where),
            loss_before=_get(metrics, "loss_before", float, where),
            loss_after=_get(metrics, "loss_after", float, where),
        )
