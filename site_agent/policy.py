"""The hospital's own policy: which coordinators, models and stages it accepts, what it may spend.

The site writes it as TOML; it is parsed once, at the edge, into frozen dataclasses. Every error
names the file, the field path (``privacy.epsilon_cap``) and the bad value, and unknown keys are
errors too: a misspelt key must never silently switch a safeguard off. Empty trust lists are
allowed and mean "trust nothing" (secure by default).
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from protocols.accounting import (
    ACCOUNTANTS,
    DEFAULT_MAX_ACCOUNTANT_MB,
    MAX_DELTA,
    PRIVACY_UNIT,
    Mechanism,
)
from protocols.config_reader import MISSING, ConfigReader
from protocols.curriculum import KNOWN_GROUPS, Stage
from protocols.hexdigest import is_hex64
from protocols.keys import KeyFileError, parse_public_key, public_raw

_PEM_MARK = "-----BEGIN"


# Every table and key the file may hold; anything else is an error.
_SCHEMA: dict[str, frozenset[str]] = {
    "site": frozenset({"name"}),
    "privacy": frozenset({
        "epsilon_cap", "delta", "accountant", "require_dp", "min_noise_multiplier",
        "max_epsilon_per_round", "randomness", "accounted_studies", "max_accountant_mb",
    }),
    "trust": frozenset({"coordinator_keys", "model_config_digests", "app_digests"}),
    "training": frozenset({"allowed_groups", "min_dataset_size"}),
    "secure_aggregation": frozenset({"min_cohort", "min_threshold", "min_survivors", "peer_keys"}),
    "compute": frozenset({
        "max_length", "max_batch_size", "max_steps_per_round", "max_image_inputs",
        "max_lora_rank", "micro_batch_size", "activation_checkpointing",
    }),
    "egress": frozenset({
        "max_bytes_per_round", "metrics_may_leave", "share_training_loss",
        "max_evaluations", "evaluation_noise_multiplier", "evaluation_questions_per_study",
    }),
}  # fmt: skip
_OPTIONAL_TABLES = frozenset({"secure_aggregation", "compute"})
# Evaluation counts: noise 4 costs eps about 1.0 per study alone (delta 1e-5) and about 0.1-0.3
# composed after a curriculum's training (README, "Privacy model"); below 0.5 one release
# alone would cost more than eps 8.
DEFAULT_EVALUATION_NOISE = 4.0
MIN_EVALUATION_NOISE = 0.5
RANDOMNESS = ("os-csprng", "seeded-insecure")


class PolicyError(ValueError):
    """A policy file that is missing, unreadable, or has a bad, missing or unknown field."""

    def __init__(self, file: Path | None, field_path: str | None, value: Any, problem: str) -> None:
        self.file, self.field, self.value, self.problem = file, field_path, value, problem
        where = str(file) if file is not None else "site policy"
        if field_path is None:
            super().__init__(f"{where}: {problem}")
        else:
            shown = repr(value)
            shown = shown if len(shown) <= 80 else shown[:77] + "..."
            super().__init__(f"{where}: {field_path}: {problem} (got {shown})")

    def in_file(self, file: Path) -> PolicyError:
        return PolicyError(file, self.field, self.value, self.problem)


def _require(ok: bool, field_path: str, value: Any, problem: str) -> None:
    if not ok:
        raise PolicyError(None, field_path, value, problem)


@dataclass(frozen=True)
class PrivacyPolicy:
    """eps is per study (the privacy unit) over the site's lifetime, at `delta`."""

    epsilon_cap: float
    delta: float
    accountant: str = "rdp"
    require_dp: bool = True  # a stage without DP is refused unless this is false
    min_noise_multiplier: float = 0.5  # a DP stage with less noise is refused
    max_epsilon_per_round: float | None = None  # eps one round may add; None: the cap only
    randomness: str = "os-csprng"  # "seeded-insecure": reproducible, for tests only
    # The number of studies the site declares for its privacy accounting (public): it sets the
    # sampling rate q = 1 / ceil(N / batch), the normalisation of the noisy sum and the steps of
    # epoch stages, so that nothing accounted depends on the private count of studies. A DP
    # stage is refused while it is unset.
    accounted_studies: int | None = None
    # The most memory computing one eps may take here (MB). The PRV accountant's grid grows with
    # eps and the square root of the steps, both the coordinator's to choose: a round whose
    # accounting would need more is refused before anything is allocated for it.
    max_accountant_mb: float = DEFAULT_MAX_ACCOUNTANT_MB

    def __post_init__(self) -> None:
        eps, delta = self.epsilon_cap, self.delta
        _require(math.isfinite(eps) and eps > 0, "privacy.epsilon_cap", eps, "must be > 0")
        sigma = self.min_noise_multiplier
        sigma_ok = math.isfinite(sigma) and sigma >= 0
        _require(sigma_ok, "privacy.min_noise_multiplier", sigma, "must be >= 0")
        per_round = self.max_epsilon_per_round
        _require(
            per_round is None or (math.isfinite(per_round) and per_round > 0),
            "privacy.max_epsilon_per_round", per_round, "must be > 0",
        )  # fmt: skip
        limit = self.max_accountant_mb
        _require(
            math.isfinite(limit) and limit > 0, "privacy.max_accountant_mb", limit, "must be > 0"
        )
        studies = self.accounted_studies
        _require(
            studies is None or studies >= 1, "privacy.accounted_studies", studies, "must be >= 1"
        )
        _require(
            self.randomness in RANDOMNESS,
            "privacy.randomness", self.randomness, f"must be one of {list(RANDOMNESS)}",
        )  # fmt: skip
        _require(0 < delta < MAX_DELTA, "privacy.delta", delta, f"must be in (0, {MAX_DELTA})")
        _require(
            self.accountant in ACCOUNTANTS,
            "privacy.accountant",
            self.accountant,
            f"must be one of {list(ACCOUNTANTS)}",
        )


@dataclass(frozen=True)
class TrustPolicy:
    coordinator_keys: tuple[bytes, ...]  # raw 32-byte Ed25519 public keys
    model_config_digests: tuple[str, ...]  # lowercase sha256 hex (model.presets.config_digest)
    # sha256 of the app bundles (FABs) the site runs; only enforced by the pinned launcher
    # (`medfed site clientapp`, SuperNode `--isolation process`). Empty: no bundle is approved.
    app_digests: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for i, key in enumerate(self.coordinator_keys):
            path = f"trust.coordinator_keys[{i}]"
            _require(len(key) == 32, path, key, "must be a raw 32-byte Ed25519 public key")
        for i, digest in enumerate(self.model_config_digests):
            path = f"trust.model_config_digests[{i}]"
            _require(is_hex64(digest), path, digest, "must be 64 hex digits")
        for i, digest in enumerate(self.app_digests):
            path = f"trust.app_digests[{i}]"
            _require(is_hex64(digest), path, digest, "must be 64 hex digits (sha256 of a FAB)")


@dataclass(frozen=True)
class TrainingPolicy:
    allowed_groups: tuple[str, ...]
    min_dataset_size: int

    def __post_init__(self) -> None:
        for i, group in enumerate(self.allowed_groups):
            path = f"training.allowed_groups[{i}]"
            _require(group in KNOWN_GROUPS, path, group, f"must be one of {sorted(KNOWN_GROUPS)}")
        size = self.min_dataset_size
        _require(size >= 1, "training.min_dataset_size", size, "must be >= 1")


@dataclass(frozen=True)
class SecureAggregationPolicy:
    """The least SecAgg+ the site takes part in: a cohort of at least `min_cohort` sites, and at
    least `min_threshold` shares needed to unmask (a coordinator that says "you are alone" or
    "threshold 1" is refused before the site's update is masked), and a mean of at least
    `min_survivors` sites' updates, its own included, before it reveals a share at unmask: in a
    mean of two, each site reads the other's update by taking its own away (a hostile site that
    has a third one fail, or a third that refuses or drops out, would leave just that)."""

    min_cohort: int = 3
    min_threshold: int = 2
    min_survivors: int = 3
    # The other hospitals' registered ledger-signing keys (raw 32-byte Ed25519). Non-empty: the
    # site shares its secrets only with neighbours whose SecAgg+ public keys one of these signed
    # (protocols.secagg_identity), so a coordinator cannot stand in for them. Empty: neighbours
    # are not authenticated (a warning each round).
    peer_keys: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        for i, key in enumerate(self.peer_keys):
            path = f"secure_aggregation.peer_keys[{i}]"
            _require(len(key) == 32, path, key, "must be a raw 32-byte Ed25519 public key")
            _require(key not in self.peer_keys[:i], path, key, "is listed twice")
        cohort, threshold = self.min_cohort, self.min_threshold
        _require(cohort >= 3, "secure_aggregation.min_cohort", cohort, "must be >= 3")
        _require(threshold >= 2, "secure_aggregation.min_threshold", threshold, "must be >= 2")
        _require(
            threshold <= cohort, "secure_aggregation.min_threshold", threshold,
            f"must be <= min_cohort {cohort}",
        )  # fmt: skip
        survivors = self.min_survivors
        _require(
            2 <= survivors <= cohort, "secure_aggregation.min_survivors", survivors,
            f"must be >= 2 and <= min_cohort {cohort}",
        )  # fmt: skip


@dataclass(frozen=True)
class ComputePolicy:
    """What the site's own hardware computes for one round, whatever the signed curriculum asks.

    The bounds (`max_*`, unset: none) refuse a stage that asks more: the curriculum's values are
    the coordinator's choice, and DP batches are padded to the stage's max_length, so without
    them a coordinator sets how long and how much memory every round takes. The two settings
    below change how the site computes, never what: the same logical batch, the same clipping,
    noise and eps (Opacus clips each study's gradient across micro-batches), and the same
    update.
    """

    max_length: int | None = None  # tokens a sample may hold (stage max_length)
    max_batch_size: int | None = None  # expected studies a step (stage batch_size)
    max_steps_per_round: int | None = None  # optimizer steps one round may take
    max_image_inputs: int | None = None  # images a sample puts through the tower, tiles counted
    max_lora_rank: int | None = None  # the LoRA rank the signed curriculum sets
    # How many samples the site puts through the model at once in a DP step (Poisson batches
    # run in passes of this many, the last smaller), whatever the stage's batch or
    # micro_batch_size. Unset: the stage's.
    micro_batch_size: int | None = None
    # true: recompute activations in the backward pass (less memory, more time) in every stage;
    # false: never, whatever the stage says; unset: the stage's.
    activation_checkpointing: bool | None = None

    def __post_init__(self) -> None:
        for name in (
            "max_length", "max_batch_size", "max_steps_per_round", "max_image_inputs",
            "max_lora_rank", "micro_batch_size",
        ):  # fmt: skip
            value = getattr(self, name)
            _require(value is None or value >= 1, f"compute.{name}", value, "must be >= 1")

    def check(self, stage: Stage, steps: int | None, how: str = "") -> list[str]:
        """Reasons the site will not compute `stage` (at `steps` steps a round, when known;
        `how` says where that number came from)."""
        tiles, per_image = stage.tiling, "images_per_sample"
        if tiles is not None:
            per_image += f" x (tiling.tiles{' + thumbnail' if tiles.thumbnail else ''})"
        asked = {
            "max_length": (stage.max_length, "max_length"),
            "max_batch_size": (stage.batch_size, "batch_size"),
            "max_steps_per_round": (steps, how or "local_steps"),
            "max_image_inputs": (stage.image_inputs_per_sample, f"image inputs ({per_image})"),
        }
        return [
            f"stage {stage.name!r}: {field} = {value}, over compute.{name} {bound}"
            for name, (value, field) in asked.items()
            if value is not None and (bound := getattr(self, name)) is not None and value > bound
        ]

    def check_rank(self, lora_rank: int) -> list[str]:
        bound = self.max_lora_rank
        if bound is not None and lora_rank > bound:
            return [f"the signed LoRA rank {lora_rank} is over compute.max_lora_rank {bound}"]
        return []

    def micro_batch(self, asked: int | None) -> int | None:
        """Samples a pass: the site's micro-batch where its policy sets one, else the stage's
        (None: the whole batch). The coordinator's value never overrides the site's, either
        way: a micro-batch of 1 would make every DP step as many passes as it has studies."""
        return asked if self.micro_batch_size is None else self.micro_batch_size

    def checkpointing(self, asked: bool) -> bool:
        """The site's choice where its policy makes one, else the stage's."""
        return asked if self.activation_checkpointing is None else self.activation_checkpointing

    def notes(self, stage: Stage) -> list[str]:
        """What the site computes differently from what the stage asks, worth knowing before a
        round (not refusals): checkpointing the stage asks for and the policy turns off keeps
        every layer's activations, and may run out of memory after the round's eps is
        reserved."""
        if stage.activation_checkpointing and self.activation_checkpointing is False:
            return [
                f"stage {stage.name!r} asks for activation checkpointing and "
                "compute.activation_checkpointing = false turns it off: a step keeps every "
                "layer's activations (`medfed model plan` sizes them); remove the line to "
                "follow the stage"
            ]
        return []


@dataclass(frozen=True)
class EgressPolicy:
    max_bytes_per_round: int
    metrics_may_leave: bool
    share_training_loss: bool = False  # exact training losses leave only if true
    max_evaluations: int = 32  # evaluation replies with counts, over the site's lifetime
    # The Gaussian noise on evaluation counts, in units of their sensitivity (site_agent.evaluate)
    evaluation_noise_multiplier: float = DEFAULT_EVALUATION_NOISE
    evaluation_questions_per_study: int = 1

    def __post_init__(self) -> None:
        limit = self.max_bytes_per_round
        _require(limit > 0, "egress.max_bytes_per_round", limit, "must be > 0")
        evals = self.max_evaluations
        _require(evals >= 0, "egress.max_evaluations", evals, "must be >= 0")
        noise = self.evaluation_noise_multiplier
        _require(
            math.isfinite(noise) and noise >= MIN_EVALUATION_NOISE,
            "egress.evaluation_noise_multiplier", noise,
            f"must be a finite number >= {MIN_EVALUATION_NOISE} (the counts leave under DP)",
        )  # fmt: skip
        per_study = self.evaluation_questions_per_study
        _require(1 <= per_study <= 64, "egress.evaluation_questions_per_study", per_study,
                 "must be in 1..64")  # fmt: skip


@dataclass(frozen=True)
class SitePolicy:
    name: str
    privacy: PrivacyPolicy
    trust: TrustPolicy
    training: TrainingPolicy
    egress: EgressPolicy
    secure_aggregation: SecureAggregationPolicy = SecureAggregationPolicy()
    compute: ComputePolicy = ComputePolicy()
    source: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "site.name", self.name, "must not be empty")

    def check_stage(self, stage: Stage) -> list[str]:
        """Reasons this site refuses to train ``stage``; empty when it accepts."""
        allowed = set(self.training.allowed_groups)
        reasons = [
            f"stage {stage.name!r} trains group {group!r}, which training.allowed_groups "
            f"{sorted(allowed)} does not include"
            for group in stage.trainable_groups
            if group not in allowed
        ]
        privacy = self.privacy
        if stage.dp is None and privacy.require_dp:
            reasons.append(
                f"stage {stage.name!r} trains without DP, and privacy.require_dp is true"
            )
        if stage.dp is not None and privacy.accounted_studies is None:
            reasons.append(
                f"stage {stage.name!r} trains under DP, but privacy.accounted_studies (the "
                "number of studies the site's privacy accounting assumes) is not set"
            )
        accounted = privacy.accounted_studies
        if stage.dp is not None and accounted is not None:
            reasons += self.check_dataset_size(accounted, "privacy.accounted_studies is")
            if stage.batch_size > accounted and stage.dp.noise_multiplier is None:
                reasons.append(
                    f"stage {stage.name!r} batch_size {stage.batch_size} exceeds "
                    f"privacy.accounted_studies {accounted}: its dp.target_epsilon cannot be "
                    "resolved to a noise multiplier"
                )
        # Steps a round: a stage's own, or under DP from the declared (public) N; an epoch stage
        # without DP counts the studies held, checked where they are known (check_steps).
        steps, how = stage.local_steps or None, ""
        if steps is None and stage.dp is not None and accounted is not None:
            steps = stage.steps_per_round(accounted)
            how = (
                f"steps a round (epochs {stage.epochs} x privacy.accounted_studies {accounted} "
                f"/ batch_size {stage.batch_size})"
            )
        reasons += self.compute.check(stage, steps, how)
        sigma = stage.dp.noise_multiplier if stage.dp is not None else None
        if sigma is not None and sigma < privacy.min_noise_multiplier:
            reasons.append(
                f"stage {stage.name!r} noise multiplier {sigma} is below "
                f"privacy.min_noise_multiplier {privacy.min_noise_multiplier}"
            )
        return reasons

    def check_noise(self, stage: Stage, noise_multiplier: float) -> list[str]:
        """Reasons to refuse the noise a stage resolves to at this site (target-eps stages
        resolve it from the site's own data size)."""
        floor = self.privacy.min_noise_multiplier
        if noise_multiplier < floor:
            return [
                f"stage {stage.name!r} noise multiplier {noise_multiplier:.4f} is below "
                f"privacy.min_noise_multiplier {floor}"
            ]
        return []

    def check_dataset_size(self, size: int, what: str = "the data set has") -> list[str]:
        """Reasons to refuse training on ``size`` studies (too few to hide one patient in).

        A DP stage is checked on the declared `privacy.accounted_studies` (public), never on the
        count of studies held: a refusal that turns on the count would tell the coordinator,
        outside any eps, whether one study sits at the boundary (`min_dataset_size` studies
        with it, one fewer without). Only a stage without DP (a policy that opted out) is
        checked on the count itself."""
        if size < self.training.min_dataset_size:
            return [
                f"{what} {size} studies, fewer than training.min_dataset_size "
                f"{self.training.min_dataset_size}"
            ]
        return []

    def trusts_key(self, public_key_bytes: bytes) -> bool:
        """Whether a coordinator key is listed: raw 32 bytes, or PEM/DER SubjectPublicKeyInfo."""
        raw = _raw_ed25519(public_key_bytes)
        return raw is not None and raw in self.trust.coordinator_keys

    def coordinator_public_keys(self) -> tuple[Ed25519PublicKey, ...]:
        """The trusted keys as objects that can verify a signature."""
        return tuple(Ed25519PublicKey.from_public_bytes(k) for k in self.trust.coordinator_keys)

    def approves_model(self, digest: str) -> bool:
        return digest.strip().lower() in self.trust.model_config_digests


def _raw_ed25519(data: bytes) -> bytes | None:
    if len(data) == 32:
        return bytes(data)
    try:
        return public_raw(parse_public_key(data, "coordinator key"))
    except KeyFileError:
        return None


class _Reader:
    """Typed reads from the parsed TOML document (protocols.config_reader), each naming its field
    path on error as a PolicyError."""

    def __init__(self, doc: Mapping[str, Any], file: Path) -> None:
        self.doc, self.file = doc, file
        ConfigReader(doc, error=self._error).only(_SCHEMA, "unknown table or key")

    def _error(self, field_path: str, value: Any, problem: str) -> PolicyError:
        return PolicyError(self.file, field_path, value, problem)

    def table(self, name: str) -> ConfigReader:
        value = self.doc.get(name, {} if name in _OPTIONAL_TABLES else MISSING)
        if not isinstance(value, Mapping):
            raise PolicyError(self.file, f"[{name}]", value, "must be a TOML table")
        reader = ConfigReader(value, prefix=f"{name}.", error=self._error)
        reader.only(_SCHEMA[name])
        return reader

    def get(self, section: str, key: str, kind: type, default: Any = MISSING) -> Any:
        return self.table(section).get(key, kind, default)

    def strings(self, section: str, key: str) -> list[str]:
        return self.table(section).strings(key)

    def ed25519_keys(self, section: str, key: str) -> tuple[bytes, ...]:
        """A list of Ed25519 public keys, each a PEM string or a path to a PEM file (relative
        to the policy file), as raw 32 bytes; absent from an optional table: none."""
        if section in _OPTIONAL_TABLES and key not in self.table(section).doc:
            return ()
        path = f"{section}.{key}"
        return tuple(
            self.ed25519_key(f"{path}[{i}]", e) for i, e in enumerate(self.strings(section, key))
        )

    def ed25519_key(self, path: str, entry: str) -> bytes:
        if entry.lstrip().startswith(_PEM_MARK):
            data, origin = entry.encode("ascii", "replace"), "PEM string"
        else:
            key_file = Path(entry).expanduser()
            key_file = key_file if key_file.is_absolute() else self.file.parent / key_file
            try:
                data = key_file.read_bytes()
            except OSError as exc:
                raise PolicyError(self.file, path, entry, f"cannot read {key_file}: {exc}") from exc
            origin = str(key_file)
        try:
            return public_raw(parse_public_key(data, origin))
        except KeyFileError as exc:
            raise PolicyError(self.file, path, entry, str(exc)) from exc


def _parse(r: _Reader) -> SitePolicy:
    keys = r.ed25519_keys("trust", "coordinator_keys")
    trust = r.doc.get("trust", {})
    return SitePolicy(
        name=r.get("site", "name", str),
        privacy=PrivacyPolicy(
            epsilon_cap=r.get("privacy", "epsilon_cap", float),
            delta=r.get("privacy", "delta", float),
            accountant=r.get("privacy", "accountant", str, "rdp"),
            require_dp=r.get("privacy", "require_dp", bool, True),
            min_noise_multiplier=r.get("privacy", "min_noise_multiplier", float, 0.5),
            max_epsilon_per_round=r.table("privacy").optional("max_epsilon_per_round", float),
            randomness=r.get("privacy", "randomness", str, "os-csprng"),
            accounted_studies=r.table("privacy").optional("accounted_studies", int),
            max_accountant_mb=r.get(
                "privacy", "max_accountant_mb", float, DEFAULT_MAX_ACCOUNTANT_MB
            ),
        ),
        trust=TrustPolicy(
            coordinator_keys=keys,
            model_config_digests=tuple(
                d.strip().lower() for d in r.strings("trust", "model_config_digests")
            ),
            app_digests=tuple(  # optional: policies written before it stay valid
                d.strip().lower()
                for d in (r.strings("trust", "app_digests") if "app_digests" in trust else [])
            ),
        ),
        training=TrainingPolicy(
            allowed_groups=tuple(r.strings("training", "allowed_groups")),
            min_dataset_size=r.get("training", "min_dataset_size", int),
        ),
        egress=EgressPolicy(
            max_bytes_per_round=r.get("egress", "max_bytes_per_round", int),
            metrics_may_leave=r.get("egress", "metrics_may_leave", bool),
            share_training_loss=r.get("egress", "share_training_loss", bool, False),
            max_evaluations=r.get("egress", "max_evaluations", int, 32),
            evaluation_noise_multiplier=r.get(
                "egress", "evaluation_noise_multiplier", float, DEFAULT_EVALUATION_NOISE
            ),
            evaluation_questions_per_study=r.get(
                "egress", "evaluation_questions_per_study", int, 1
            ),
        ),
        secure_aggregation=SecureAggregationPolicy(
            min_cohort=r.get("secure_aggregation", "min_cohort", int, 3),
            min_threshold=r.get("secure_aggregation", "min_threshold", int, 2),
            min_survivors=r.get("secure_aggregation", "min_survivors", int, 3),
            peer_keys=r.ed25519_keys("secure_aggregation", "peer_keys"),
        ),
        compute=ComputePolicy(
            max_length=r.table("compute").optional("max_length", int),
            max_batch_size=r.table("compute").optional("max_batch_size", int),
            max_steps_per_round=r.table("compute").optional("max_steps_per_round", int),
            max_image_inputs=r.table("compute").optional("max_image_inputs", int),
            max_lora_rank=r.table("compute").optional("max_lora_rank", int),
            micro_batch_size=r.table("compute").optional("micro_batch_size", int),
            activation_checkpointing=r.table("compute").optional("activation_checkpointing", bool),
        ),
        source=r.file,
    )


def load_policy(path: Path | str) -> SitePolicy:
    """Read and validate a site policy file; raises PolicyError naming the file and field."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except FileNotFoundError:
        raise PolicyError(path, None, None, "policy file not found") from None
    except OSError as exc:
        raise PolicyError(path, None, None, f"cannot read policy file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(path, None, None, f"invalid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:  # TOML is UTF-8; an editor may have saved Latin-1
        raise PolicyError(
            path, None, None, f"not UTF-8 text (byte {exc.start}): save it as UTF-8"
        ) from exc
    try:
        return _parse(_Reader(doc, path))
    except PolicyError as exc:
        raise (exc if exc.file is not None else exc.in_file(path)) from None


def stage_costs(
    policy: SitePolicy,
    stages: Sequence[Stage],
    dataset_size: int,
    spent: Sequence[Mechanism] = (),
) -> list[dict[str, Any]]:
    """What each DP stage would cost each study of a data set of `dataset_size` studies (the
    privacy unit): the stage's eps on its own and the cumulative eps after it, its rounds and
    the evaluations it asks for (`evaluations`: releases of noised counts, each a spend), the site's
    `spent` mechanisms (its lifetime ledger) first, with the site's accountant and delta
    (recomputed from the whole history, never summed). A stage without DP has no finite cost. A
    stage whose eps would take more memory than `privacy.max_accountant_mb` is not computed: its
    row says so (`unaccountable`), and it is left out of the later stages' history, as a site
    refuses it."""
    from protocols.accounting import AccountingTooCostly, epsilon_of, evaluation_mechanism
    from protocols.curriculum import stage_mechanism

    history: list[Mechanism] = list(spent)
    rows = []
    privacy, egress = policy.privacy, policy.egress
    releases_left = egress.max_evaluations if egress.metrics_may_leave else 0
    for stage in stages:
        # the evaluations the stage asks for, each a release of noised counts the site pays
        # for (as many as its lifetime egress.max_evaluations lets it send)
        releases = min(stage.evaluations(), releases_left)
        releases_left -= releases
        release = (
            [dataclasses.replace(evaluation_mechanism(
                egress.evaluation_noise_multiplier, egress.evaluation_questions_per_study,
                privacy.delta, privacy.accountant), steps=releases)]
            if releases else []
        )  # fmt: skip
        if stage.dp is None:
            rows.append({"stage": stage.name, "dp": False, "eps_stage": None, "eps_after": None,
                         "evaluations": releases})  # fmt: skip
            history += release
            continue
        if stage.batch_size > dataset_size and stage.dp.noise_multiplier is None:
            rows.append({
                "stage": stage.name, "dp": True, "eps_stage": None, "eps_after": None,
                "unpriced": f"batch_size {stage.batch_size} exceeds the {dataset_size} studies "
                            "priced: its dp.target_epsilon cannot be resolved",
            })  # fmt: skip
            continue
        mech = stage_mechanism(stage, dataset_size, policy.privacy.delta, policy.privacy.accountant)
        steps = mech.steps
        acc, delta = policy.privacy.accountant, policy.privacy.delta
        limit = policy.privacy.max_accountant_mb
        row = {
            "stage": stage.name, "dp": True, "noise_multiplier": mech.noise_multiplier,
            "sample_rate": mech.sample_rate, "steps": steps, "evaluations": releases,
        }  # fmt: skip
        try:
            eps_after = epsilon_of([*history, mech, *release], delta, acc, limit)
            eps_stage = epsilon_of([mech, *release], delta, acc, limit)
        except AccountingTooCostly as exc:
            rows.append({**row, "eps_stage": None, "eps_after": None,
                         "unaccountable": f"{exc} (privacy.max_accountant_mb)"})  # fmt: skip
            history += release
            continue
        history += [mech, *release]
        rows.append({**row, "eps_stage": eps_stage, "eps_after": eps_after})
    return rows


def site_check_report(
    policy: SitePolicy,
    stages: Sequence[Stage],
    dataset_size: int | None = None,
    spent: Sequence[Mechanism] = (),
) -> dict[str, Any]:
    """Per stage: accepted, or refused with the reasons; with `dataset_size`, also what each
    stage would cost in eps and whether the whole curriculum fits the cap, after what the site
    has `spent` already (its ledger's mechanisms). JSON-ready."""
    from protocols.accounting import AccountingTooCostly, epsilon_of

    costs = (
        {c["stage"]: c for c in stage_costs(policy, stages, dataset_size, spent)}
        if dataset_size
        else {}
    )
    rows = []
    for stage in stages:
        reasons = policy.check_stage(stage)
        if stage.dp is not None and stage.dp.delta != policy.privacy.delta:
            reasons = [*reasons, (
                f"stage delta {stage.dp.delta} differs from privacy.delta {policy.privacy.delta}"
            )]  # fmt: skip
        cost = costs.get(stage.name)
        accounted = policy.privacy.accounted_studies
        told = accounted is not None and stage.batch_size > accounted  # check_stage said so
        if cost and cost.get("unpriced") and not told:
            reasons = [*reasons, f"stage {stage.name!r}: {cost['unpriced']}"]
        if cost and cost.get("unaccountable"):
            reasons = [*reasons, (
                f"stage {stage.name!r} ({cost['steps']} steps at sample rate "
                f"{cost['sample_rate']:.6g}), after the site's spends and the stages before it: "
                f"{cost['unaccountable']}"
            )]  # fmt: skip
        if (
            cost
            and cost["eps_after"] is not None
            and cost["eps_after"] > policy.privacy.epsilon_cap
        ):
            reasons = [*reasons, (
                f"eps per study after this stage would be {cost['eps_after']:.3f} (site "
                f"lifetime), over the cap {policy.privacy.epsilon_cap}"
            )]  # fmt: skip
        row: dict[str, Any] = {
            "stage": stage.name,
            "trainable_groups": list(stage.trainable_groups),
            "accepted": not reasons,
            "reasons": reasons,
            "notes": policy.compute.notes(stage),
        }
        if cost:
            row.update({k: v for k, v in cost.items() if k != "stage"})
        rows.append(row)
    privacy = policy.privacy
    spent_error = None
    try:
        spent_eps: float | None = epsilon_of(
            spent, privacy.delta, privacy.accountant, privacy.max_accountant_mb
        )
    except AccountingTooCostly as exc:  # the site refuses every DP round on such a ledger
        spent_eps, spent_error = None, f"the site's spends: {exc} (privacy.max_accountant_mb)"
    return {
        "site": policy.name,
        "policy": str(policy.source) if policy.source is not None else None,
        "epsilon_cap": policy.privacy.epsilon_cap,
        "delta": policy.privacy.delta,
        "accountant": policy.privacy.accountant,
        "dataset_size": dataset_size,
        "privacy_unit": PRIVACY_UNIT,
        "epsilon_spent": spent_eps,
        "epsilon_spent_error": spent_error,
        "spends": len(spent),
        "accepted": spent_error is None and all(row["accepted"] for row in rows),
        "stages": rows,
    }
