"""The coordinator's run settings: parsed once from Flower's run config (or built by the demo)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordinator.secure_agg import SecAggSettings
from model import default_base_dir
from protocols.curriculum import Curriculum, Stage


class SettingsError(ValueError):
    """A run-config value that is missing or of the wrong kind."""


@dataclass(frozen=True)
class CoordinatorSettings:
    run_id: str
    out_dir: Path
    base_model: Path
    curriculum: Curriculum
    num_sites: int
    seed: int = 0
    lora_rank: int = 8
    secagg: SecAggSettings = SecAggSettings()

    def __post_init__(self) -> None:
        if self.num_sites < 1:
            raise SettingsError(f"num_sites must be >= 1, got {self.num_sites}")
        if self.lora_rank < 1:
            raise SettingsError(f"lora_rank must be >= 1, got {self.lora_rank}")
        if self.secagg.enabled and self.num_sites < 3:
            raise SettingsError(
                f"secure aggregation needs at least 3 sites, got {self.num_sites}; "
                "add sites or turn it off explicitly (secure-aggregation = false)"
            )


def _req(cfg: Mapping[str, Any], key: str, typ: type) -> Any:
    if key not in cfg:
        raise SettingsError(f"run config: missing {key!r}")
    value = cfg[key]
    if typ is float and isinstance(value, int):
        value = float(value)
    if not isinstance(value, typ):
        raise SettingsError(f"run config: {key!r} must be {typ.__name__}, got {value!r}")
    return value


def settings_from_run_config(
    cfg: Mapping[str, Any], run_id: str, num_sites: int
) -> CoordinatorSettings:
    """Settings for `flwr run`: one stage built from the flat `[tool.flwr.app.config]` table."""
    groups = tuple(g.strip() for g in _req(cfg, "trainable-groups", str).split(",") if g.strip())
    stage = Stage(
        name="instruction",
        trainable_groups=groups,
        data_kinds=("vqa", "caption"),
        rounds=_req(cfg, "num-server-rounds", int),
        local_steps=_req(cfg, "local-steps", int),
        batch_size=_req(cfg, "batch-size", int),
        learning_rate=_req(cfg, "learning-rate", float),
        min_sites=min(2, num_sites),
    )
    base = str(cfg.get("base-model", "") or "")
    return CoordinatorSettings(
        run_id=run_id,
        out_dir=Path(_req(cfg, "out-dir", str)) / run_id,
        base_model=Path(base) if base else default_base_dir(),
        curriculum=Curriculum(name="flwr-run", stages=(stage,)),
        num_sites=num_sites,
        seed=_req(cfg, "seed", int),
        secagg=SecAggSettings(enabled=bool(cfg.get("secure-aggregation", True))),
    )
