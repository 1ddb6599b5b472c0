"""The training curriculum: ordered stages, each naming what trains, on what, and how.

Typed, frozen, validated at construction; errors name the stage, the field and the value.
Curriculum files (TOML) are parsed into these classes by `protocols.curriculum_file`.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from protocols.accounting import Mechanism

CURRICULUM_SCHEMA_VERSION = 1
KNOWN_GROUPS = frozenset({"projector", "lm.lora", "vision.lora"})
# The groups that are LoRA adapters: the model is wrapped with peft, which needs at least one.
LORA_GROUPS = frozenset({"lm.lora", "vision.lora"})
# "text": text-only clinical passages (no image), mixed into the long-context stage.
KNOWN_DATA_KINDS = frozenset({"caption", "vqa", "conversation", "text"})
KNOWN_OPTIMIZERS = frozenset({"adamw", "sgd"})
# "plain": the tiny model's `Question: ... Answer:` prompt; "harmony": gpt-oss's chat format.
KNOWN_CHAT_TEMPLATES = frozenset({"plain", "harmony"})
# A larger server step amplifies the averaged noise as much as the signal (see Stage).
MAX_SERVER_LEARNING_RATE = 10.0
MAX_SERVER_MOMENTUM = 0.99  # 1 would never forget a round's update
# A stage whose target eps needs more noise than this would train on noise alone.
MAX_NOISE_MULTIPLIER = 50.0


class CurriculumError(ValueError):
    """A curriculum or stage with a missing, unknown or out-of-range value.

    `detail` is the message without location; `stage`, `field` and `value` say where and what,
    so a file loader can prefix the file and stage index.
    """

    def __init__(
        self,
        detail: str,
        *,
        stage: str | None = None,
        field: str | None = None,
        value: object = None,
    ) -> None:
        self.detail = detail
        self.stage = stage
        self.field = field
        self.value = value
        super().__init__(f"stage {stage!r}: {detail}" if stage is not None else detail)


def _require(ok: bool, field: str, value: object, rule: str, stage: str | None = None) -> None:
    if not ok:
        raise CurriculumError(
            f"{field} {rule}, got {value!r}", stage=stage, field=field, value=value
        )


def _finite_positive(value: float) -> bool:
    return math.isfinite(value) and value > 0


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class Tiling:
    """InternVL-style dynamic tiling: each image is cut into `tiles` crops plus a thumbnail."""

    tiles: int
    thumbnail: bool = True

    def __post_init__(self) -> None:
        _require(1 <= self.tiles <= 64, "tiling.tiles", self.tiles, "must be in [1, 64]")
        _require(
            isinstance(self.thumbnail, bool), "tiling.thumbnail", self.thumbnail, "must be a bool"
        )

    @property
    def images_per_image(self) -> int:
        return self.tiles + int(self.thumbnail)


@dataclass(frozen=True)
class Augmentation:
    """Scanner jitter for a stage's training images (`model.augment`): each image, with
    `probability`, as a random scanner would store it -- a response curve x^gamma (gamma drawn
    log-uniformly from its [low, high]), gain and offset drawn uniformly from theirs, Gaussian
    noise of a std drawn from [0, noise], clipped and windowed again. It acts on one study's
    image inside the per-study gradient, so it changes no site's eps."""

    probability: float
    gamma: tuple[float, float] = (1.0, 1.0)
    gain: tuple[float, float] = (1.0, 1.0)
    offset: tuple[float, float] = (0.0, 0.0)
    noise: float = 0.0

    def __post_init__(self) -> None:
        p = self.probability
        _require(_number(p) and 0.0 <= p <= 1.0, "augmentation.probability", p, "must be in [0, 1]")
        object.__setattr__(self, "probability", float(p))
        ranges = (("gamma", 0.1, 10.0), ("gain", 0.1, 10.0), ("offset", -1.0, 1.0))
        for name, low_limit, high_limit in ranges:
            pair = getattr(self, name)
            ok = (
                isinstance(pair, tuple | list)
                and len(pair) == 2
                and all(_number(v) for v in pair)
                and low_limit <= pair[0] <= pair[1] <= high_limit
            )
            _require(
                ok,
                f"augmentation.{name}",
                pair,
                f"must be [low, high] with {low_limit:g} <= low <= high <= {high_limit:g}",
            )
            object.__setattr__(self, name, (float(pair[0]), float(pair[1])))
        n = self.noise
        _require(_number(n) and 0.0 <= n <= 1.0, "augmentation.noise", n, "must be in [0, 1]")
        object.__setattr__(self, "noise", float(n))


@dataclass(frozen=True)
class DPSettings:
    """DP-SGD for a stage: a fixed noise multiplier, or a target eps for the whole stage."""

    clipping_norm: float
    delta: float
    noise_multiplier: float | None = None
    target_epsilon: float | None = None

    def __post_init__(self) -> None:
        if (self.noise_multiplier is None) == (self.target_epsilon is None):
            raise CurriculumError(
                "dp: give exactly one of noise_multiplier and target_epsilon, got "
                f"noise_multiplier={self.noise_multiplier!r}, "
                f"target_epsilon={self.target_epsilon!r}",
                field="dp",
                value=(self.noise_multiplier, self.target_epsilon),
            )
        for name in ("clipping_norm", "delta", "noise_multiplier", "target_epsilon"):
            value = getattr(self, name)
            if value is not None:
                _require(_finite_positive(value), f"dp.{name}", value, "must be finite and > 0")
                object.__setattr__(self, name, float(value))
        _require(self.delta < 1, "dp.delta", self.delta, "must be in (0, 1)")


@dataclass(frozen=True)
class Stage:
    """One stage of the curriculum. Fields after `min_sites` came with curriculum files."""

    name: str
    trainable_groups: tuple[str, ...]
    data_kinds: tuple[str, ...]
    rounds: int
    # Optimizer steps per site per round; 0 when the stage counts `epochs` instead.
    local_steps: int
    batch_size: int
    learning_rate: float
    max_length: int = 96
    min_sites: int = 2
    # One weight per data kind, summing to 1; () means equal weights.
    data_weights: tuple[float, ...] = ()
    # Passes over the site's data per round; 0 when the stage counts `local_steps`.
    epochs: int = 0
    images_per_sample: int = 1
    tiling: Tiling | None = None
    optimizer: str = "adamw"
    dp: DPSettings | None = None
    # Federated evaluation every this many rounds of the stage; 0 = never.
    evaluate_every: int = 0
    chat_template: str = "plain"
    # Samples a site puts through the model at once (the logical batch is accumulated from such
    # micro-batches; under DP, Opacus's BatchMemoryManager splits it). None: the whole batch.
    micro_batch_size: int | None = None
    # Recompute each language-model layer (and vision layer, when vision LoRA trains) in the
    # backward pass instead of keeping its activations (model.checkpointing).
    activation_checkpointing: bool = False
    # The coordinator moves the global model by this times the sites' weighted-mean update
    # (FedAvg with a server step size). It acts on what the sites have already released, so it
    # changes no site's eps. Under DP the sites' Adam steps are scaled by their own noise, which
    # averaging n sites divides by about sqrt(n): a server step near sqrt(n) moves the model as
    # far as one site's step, with the averaged noise.
    server_learning_rate: float = 1.0
    # Server momentum (FedAvgM): the coordinator keeps v = server_momentum * v + the sites'
    # weighted-mean update through the stage's rounds and moves the model by
    # server_learning_rate * v. Post-processing as above (no eps changes); the updates' DP noise
    # is independent from round to round and the sites' signal is not, so v sums the signal of
    # about 1 / (1 - momentum) rounds with the noise of fewer. 0: no momentum.
    server_momentum: float = 0.0
    # Scanner jitter of the training images (model.augment); None: images as loaded.
    augmentation: Augmentation | None = None

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("-", "").replace("_", "").isalnum():
            raise CurriculumError(
                f"stage name {self.name!r} must be a non-empty identifier",
                field="name",
                value=self.name,
            )
        kinds = self.data_kinds
        if not self.data_weights and kinds:
            object.__setattr__(self, "data_weights", tuple(1.0 / len(kinds) for _ in kinds))
        object.__setattr__(self, "data_weights", tuple(float(w) for w in self.data_weights))
        object.__setattr__(self, "learning_rate", float(self.learning_rate))
        if isinstance(self.server_learning_rate, int | float) and not isinstance(
            self.server_learning_rate, bool
        ):
            object.__setattr__(self, "server_learning_rate", float(self.server_learning_rate))
        if isinstance(self.server_momentum, int) and not isinstance(self.server_momentum, bool):
            object.__setattr__(self, "server_momentum", float(self.server_momentum))
        for name, value, ok, rule in self._rules():
            _require(ok, name, value, rule, stage=self.name)

    def _rules(self) -> list[tuple[str, Any, bool, str]]:
        groups, kinds, weights = self.trainable_groups, self.data_kinds, self.data_weights
        image_kinds = set(kinds) - {"text"}
        minimum = {"rounds": 1, "local_steps": 0, "epochs": 0, "batch_size": 1, "min_sites": 1}
        minimum |= {"max_length": 32, "evaluate_every": 0}
        rules: list[tuple[str, Any, bool, str]] = [
            (k, getattr(self, k), getattr(self, k) >= m, f"must be >= {m}")
            for k, m in minimum.items()
        ]
        rules += [
            (
                "trainable_groups",
                list(groups),
                bool(groups) and set(groups) <= KNOWN_GROUPS and len(set(groups)) == len(groups),
                f"must be a non-empty subset of {sorted(KNOWN_GROUPS)}",
            ),
            (
                "data_kinds",
                list(kinds),
                bool(kinds) and set(kinds) <= KNOWN_DATA_KINDS and len(set(kinds)) == len(kinds),
                f"must be a non-empty subset of {sorted(KNOWN_DATA_KINDS)}",
            ),
            (
                "data_weights",
                list(weights),
                len(weights) == len(kinds)
                and all(_finite_positive(w) for w in weights)
                and math.isclose(sum(weights), 1.0, abs_tol=1e-6),
                "must hold one weight > 0 per data kind, summing to 1",
            ),
            (
                "local_steps/epochs",
                {"local_steps": self.local_steps, "epochs": self.epochs},
                (self.local_steps >= 1) != (self.epochs >= 1),
                "needs exactly one of the two set (>= 1), the other 0",
            ),
            ("learning_rate", self.learning_rate, 0 < self.learning_rate < 1, "must be in (0, 1)"),
            (
                "server_learning_rate",
                self.server_learning_rate,
                isinstance(self.server_learning_rate, float)
                and 0 < self.server_learning_rate <= MAX_SERVER_LEARNING_RATE,
                f"must be a number in (0, {MAX_SERVER_LEARNING_RATE:g}]",
            ),
            (
                "server_momentum",
                self.server_momentum,
                isinstance(self.server_momentum, float)
                and 0 <= self.server_momentum <= MAX_SERVER_MOMENTUM,
                f"must be a number in [0, {MAX_SERVER_MOMENTUM:g}]",
            ),
            (
                "server_momentum",
                self.server_momentum,
                not isinstance(self.server_momentum, float)
                or not isinstance(self.server_learning_rate, float)
                or self.server_momentum >= 1
                or self.server_learning_rate / (1 - self.server_momentum)
                <= MAX_SERVER_LEARNING_RATE * (1 + 1e-9),
                f"with server_learning_rate {self.server_learning_rate!r} makes a long-run step "
                f"server_learning_rate / (1 - server_momentum) over {MAX_SERVER_LEARNING_RATE:g}",
            ),
            (
                "images_per_sample",
                self.images_per_sample,
                self.images_per_sample >= (1 if image_kinds else 0),
                "must be >= 1 when the stage has image data kinds (>= 0 for text only)",
            ),
        ]
        # One sample is one study (the privacy unit): a sample of several images would hold
        # several studies.
        rules.append(
            (
                "images_per_sample",
                self.images_per_sample,
                self.images_per_sample <= 1,
                "must be 1 (0 for text only): one sample is one study, its image and all its text",
            )
        )
        if self.dp is not None:
            # A tiled image reaches the vision groups as several rows, which Opacus would clip
            # one by one (a bound per tile, not per study).
            rules += [
                (
                    "trainable_groups",
                    list(groups),
                    self.tiling is None or not set(groups) & {"projector", "vision.lora"},
                    "must not include projector or vision.lora with tiling under DP: each tile "
                    "would be clipped as its own sample",
                ),
            ]
        aug = self.augmentation
        rules += [
            (
                "augmentation",
                aug,
                aug is None or isinstance(aug, Augmentation),
                "must be an augmentation table or unset",
            ),
            (
                "augmentation",
                "set",
                aug is None or self.tiling is None,
                "cannot be combined with tiling: each tile would get its own scanner",
            ),
        ]
        micro = self.micro_batch_size
        rules += [
            (
                "micro_batch_size",
                micro,
                micro is None
                or (
                    isinstance(micro, int)
                    and not isinstance(micro, bool)
                    and 1 <= micro <= self.batch_size
                ),
                f"must be an int in [1, batch_size={self.batch_size}] or unset",
            ),
            (
                "activation_checkpointing",
                self.activation_checkpointing,
                isinstance(self.activation_checkpointing, bool),
                "must be true or false",
            ),
        ]
        choices = {"optimizer": KNOWN_OPTIMIZERS, "chat_template": KNOWN_CHAT_TEMPLATES}
        rules += [
            (k, getattr(self, k), getattr(self, k) in c, f"must be one of {sorted(c)}")
            for k, c in choices.items()
        ]
        return rules

    @property
    def physical_batch_size(self) -> int:
        """Samples in one forward/backward pass."""
        return self.micro_batch_size if self.micro_batch_size is not None else self.batch_size

    @property
    def data_mix(self) -> dict[str, float]:
        """Sampling weight of each data kind."""
        return dict(zip(self.data_kinds, self.data_weights, strict=True))

    @property
    def image_inputs_per_sample(self) -> int:
        """Images the vision tower sees per sample: tiles and thumbnails counted."""
        per_image = self.tiling.images_per_image if self.tiling else 1
        return self.images_per_sample * per_image

    def evaluated_after(self, stage_round: int) -> bool:
        """Whether federated evaluation follows the stage's round `stage_round` (from 1): at
        its cadence (`evaluate_every`, 0 for none) and after its last round."""
        every = self.evaluate_every
        return every > 0 and (stage_round % every == 0 or stage_round == self.rounds)

    def evaluations(self) -> int:
        """How many federated evaluations the stage asks for (each a release of noised counts
        that every site pays for from its budget)."""
        return sum(self.evaluated_after(r) for r in range(1, self.rounds + 1))

    def steps_per_round(self, dataset_size: int) -> int:
        """Local optimizer steps in one round at a site holding `dataset_size` examples."""
        if self.local_steps:
            return self.local_steps
        if dataset_size < 1:
            raise CurriculumError(f"dataset_size must be >= 1, got {dataset_size!r}")
        return math.ceil(self.epochs * dataset_size / self.batch_size)

    def sample_rate(self, dataset_size: int) -> float:
        """Poisson sampling rate of DP-SGD over `dataset_size` privacy units (studies)."""
        from protocols.accounting import poisson_rate

        if dataset_size < self.batch_size:
            raise CurriculumError(
                f"batch_size {self.batch_size} exceeds the dataset size {dataset_size}",
                stage=self.name,
                field="batch_size",
                value=self.batch_size,
            )
        return poisson_rate(dataset_size, self.batch_size)


def stage_noise_multiplier(stage: Stage, dataset_size: int) -> float:
    """DP-SGD noise multiplier of a stage at a site with `dataset_size` examples.

    The stated one, or the one that spends exactly `target_epsilon` over all the stage's steps
    (rounds x steps per round; a site is assumed to take part in every round).
    """
    if stage.dp is None:
        raise CurriculumError("has no DP settings", stage=stage.name, field="dp", value=None)
    if stage.dp.noise_multiplier is not None:
        return stage.dp.noise_multiplier
    from opacus.accountants.utils import get_noise_multiplier

    eps = stage.dp.target_epsilon
    steps = stage.rounds * stage.steps_per_round(dataset_size)
    sample_rate = stage.sample_rate(dataset_size)
    what = (
        f"dp.target_epsilon {eps!r} cannot be met at delta {stage.dp.delta!r} over "
        f"{steps} steps with sample rate {stage.batch_size}/{dataset_size}"
    )
    try:
        with warnings.catch_warnings():
            # The binary search probes small sigmas whose optimal RDP order is off the grid.
            warnings.filterwarnings("ignore", message="Optimal order is the largest alpha")
            sigma = float(
                get_noise_multiplier(
                    target_epsilon=eps,
                    target_delta=stage.dp.delta,
                    sample_rate=sample_rate,
                    steps=steps,
                    accountant="rdp",
                )
            )
    except ValueError as exc:
        raise CurriculumError(
            f"{what} ({exc})", stage=stage.name, field="dp.target_epsilon", value=eps
        ) from exc
    if not sigma <= MAX_NOISE_MULTIPLIER:
        raise CurriculumError(
            f"{what}: it needs noise_multiplier {sigma:.1f} > {MAX_NOISE_MULTIPLIER:g}; raise "
            "the target or lower rounds, steps or batch size",
            stage=stage.name,
            field="dp.target_epsilon",
            value=eps,
        )
    return sigma


def stage_mechanism(
    stage: Stage, dataset_size: int, delta: float, accountant: str = "rdp"
) -> Mechanism:
    """The DP-SGD mechanism a DP stage runs, over all its rounds, at a site of `dataset_size`
    privacy units (studies) that takes part in every round, accounted at the site's `delta` with
    its `accountant`; the rate is 1 (every study, every step) where the batch holds them all.
    What a site prices a stage at before it trains (``site_agent.policy.stage_costs``), and what
    a synthetic federation's spend is checked against before it is generated."""
    from protocols.accounting import Mechanism, check_accountant, poisson_rate

    if stage.dp is None:
        raise CurriculumError("has no DP settings", stage=stage.name, field="dp", value=None)
    return Mechanism(
        noise_multiplier=stage_noise_multiplier(stage, dataset_size),
        sample_rate=poisson_rate(dataset_size, stage.batch_size),
        steps=stage.steps_per_round(dataset_size) * stage.rounds,
        clipping_norm=stage.dp.clipping_norm,
        delta=delta,
        accountant=check_accountant(accountant, stage.name),
    )


@dataclass(frozen=True)
class Curriculum:
    """Stages in the order they run."""

    name: str
    stages: tuple[Stage, ...] = field(default_factory=tuple)
    description: str = ""
    # Examples per site that stage target_epsilon values are checked against at load.
    assumed_dataset_size: int | None = None

    def __post_init__(self) -> None:
        if not self.name:
            raise CurriculumError("curriculum name must be non-empty", field="name", value="")
        if not self.stages:
            raise CurriculumError(f"curriculum {self.name!r}: needs at least one stage")
        names = [s.name for s in self.stages]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise CurriculumError(f"curriculum {self.name!r}: duplicate stage names {dupes}")
        if not LORA_GROUPS & set(self.all_groups):
            raise CurriculumError(
                f"curriculum {self.name!r}: no stage trains a LoRA group (the stages train "
                f"{list(self.all_groups)}); add {sorted(LORA_GROUPS)[0]!r} or "
                f"{sorted(LORA_GROUPS)[1]!r} to some stage's trainable_groups",
                field="trainable_groups",
                value=list(self.all_groups),
            )
        size = self.assumed_dataset_size
        if size is not None and size < 1:
            raise CurriculumError(
                f"curriculum {self.name!r}: assumed_dataset_size must be >= 1, got {size!r}",
                field="assumed_dataset_size",
                value=size,
            )
        for stage in self.stages:
            if stage.dp is not None and stage.dp.target_epsilon is not None and size is None:
                raise CurriculumError(
                    f"sets dp.target_epsilon {stage.dp.target_epsilon!r}, so the curriculum "
                    "needs assumed_dataset_size to check it",
                    stage=stage.name,
                    field="dp.target_epsilon",
                    value=stage.dp.target_epsilon,
                )

    @property
    def all_groups(self) -> tuple[str, ...]:
        """Every group any stage trains: the adapters the model must carry from the start."""
        return tuple(sorted({g for s in self.stages for g in s.trainable_groups}))

    @property
    def total_rounds(self) -> int:
        return sum(s.rounds for s in self.stages)

    def noise_multipliers(self, dataset_size: int | None = None) -> dict[str, float]:
        """Noise multiplier of every DP stage at `dataset_size` (default: the assumed size)."""
        size = dataset_size if dataset_size is not None else self.assumed_dataset_size
        out: dict[str, float] = {}
        for stage in self.stages:
            if stage.dp is None:
                continue
            if size is None and stage.dp.target_epsilon is not None:
                raise CurriculumError("needs a dataset size", stage=stage.name, field="dp")
            out[stage.name] = stage_noise_multiplier(stage, size or 1)
        return out


def demo_curriculum(rounds: int = 2, local_steps: int = 12) -> Curriculum:
    """A one-stage curriculum training projector + LM LoRA on VQA and captions, under DP."""
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
                dp=DPSettings(clipping_norm=1.0, delta=1e-5, noise_multiplier=1.0),
            ),
        ),
    )
