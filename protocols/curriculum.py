"""The training curriculum: ordered stages, each naming what trains, on what, and how.

Typed, frozen, validated at construction; errors name the stage, the field and the value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KNOWN_GROUPS = frozenset({"projector", "lm.lora", "vision.lora"})
KNOWN_DATA_KINDS = frozenset({"caption", "vqa", "conversation"})


class CurriculumError(ValueError):
    """A curriculum or stage with a missing, unknown or out-of-range value."""


@dataclass(frozen=True)
class Stage:
    """One stage of the curriculum."""

    name: str
    trainable_groups: tuple[str, ...]
    data_kinds: tuple[str, ...]
    rounds: int
    local_steps: int
    batch_size: int
    learning_rate: float
    max_length: int = 96
    min_sites: int = 2

    def __post_init__(self) -> None:
        where = f"stage {self.name!r}"
        if not self.name or not self.name.replace("-", "").replace("_", "").isalnum():
            raise CurriculumError(f"stage name {self.name!r} must be a non-empty identifier")
        unknown = [g for g in self.trainable_groups if g not in KNOWN_GROUPS]
        if not self.trainable_groups or unknown:
            raise CurriculumError(
                f"{where}: trainable_groups {list(self.trainable_groups)!r} must be a non-empty "
                f"subset of {sorted(KNOWN_GROUPS)}"
            )
        bad_kinds = [k for k in self.data_kinds if k not in KNOWN_DATA_KINDS]
        if not self.data_kinds or bad_kinds:
            raise CurriculumError(
                f"{where}: data_kinds {list(self.data_kinds)!r} must be a non-empty subset of "
                f"{sorted(KNOWN_DATA_KINDS)}"
            )
        positive = {
            "rounds": self.rounds,
            "local_steps": self.local_steps,
            "batch_size": self.batch_size,
            "min_sites": self.min_sites,
        }
        for key, value in positive.items():
            if value < 1:
                raise CurriculumError(f"{where}: {key} must be >= 1, got {value!r}")
        if not 0 < self.learning_rate < 1:
            raise CurriculumError(
                f"{where}: learning_rate must be in (0, 1), got {self.learning_rate!r}"
            )
        if self.max_length < 32:
            raise CurriculumError(f"{where}: max_length must be >= 32, got {self.max_length!r}")


@dataclass(frozen=True)
class Curriculum:
    """Stages in the order they run."""

    name: str
    stages: tuple[Stage, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.stages:
            raise CurriculumError(f"curriculum {self.name!r}: needs at least one stage")
        names = [s.name for s in self.stages]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise CurriculumError(f"curriculum {self.name!r}: duplicate stage names {dupes}")

    @property
    def all_groups(self) -> tuple[str, ...]:
        """Every group any stage trains: the adapters the model must carry from the start."""
        return tuple(sorted({g for s in self.stages for g in s.trainable_groups}))

    @property
    def total_rounds(self) -> int:
        return sum(s.rounds for s in self.stages)


def demo_curriculum(rounds: int = 2, local_steps: int = 12) -> Curriculum:
    """A one-stage curriculum training projector + LM LoRA on VQA and captions."""
    return Curriculum(
        name="medfed-demo",
        stages=(
            Stage(
                name="instruction",
                trainable_groups=("projector", "lm.lora"),
                data_kinds=("vqa", "caption"),
                rounds=rounds,
                local_steps=local_steps,
                batch_size=16,
                learning_rate=2e-3,
            ),
        ),
    )
