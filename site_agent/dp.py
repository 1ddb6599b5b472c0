"""Local DP-SGD training of the stage's trainable groups, with Opacus.

Mirrors `site_agent.trainer.train_local` (same batches, per-sample loss, evaluation), but each step
clips every sample's gradient to `max_grad_norm`, adds noise of std noise_multiplier *
max_grad_norm, and draws its batch by Poisson sampling at q = 1 / ceil(N / batch_size)
(`protocols.accounting.poisson_rate`) over the site's declared N, padded with phantom rows
(computed, their gradient zeroed) so a step's work does not follow the count held.
A sample is one study (`site_agent.examples.study_units`):
one row of the batch, so Opacus's per-row clipping bounds a whole study's contribution.
`DPTrainingConfig.mechanism(n)` gives the budget gate exactly that mechanism before training.

Empty Poisson batches: Opacus hands them over as zero-length batches and expects the model to
run on them; GPT-oss cannot (a reshape of 0 elements fails). So an empty batch skips the forward
and gives the optimizer the zero-sample gradient it stands for; the optimizer still adds noise,
steps and reports the step to the accountant, exactly as for a non-empty batch.

Randomness (`site_agent.randomness`): the Poisson batches and the noise come from the round's
`RoundRandomness`, at a site from the OS CSPRNG; the noise replaces Opacus's `add_noise` (Opacus's
secure mode needs torchcsprng, which does not install on this torch). Without an explicit
`randomness` (tests, benchmarks) both are seeded from cfg.seed: reproducible, not private.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal, get_args

import numpy as np
import numpy.typing as npt
import torch
from opacus import PrivacyEngine
from opacus.grad_sample import AbstractGradSampleModule
from opacus.grad_sample.gsm_base import OPACUS_PARAM_MONKEYPATCH_ATTRS
from opacus.optimizers.optimizer import _check_processed_flag, _mark_as_processed
from PIL import Image
from torch import nn
from torch.utils.data import DataLoader
from transformers import PreTrainedTokenizerBase

from model import set_trainable_groups, validate_groups
from model.checkpointing import Checkpointing, activation_checkpointing
from model.device import training_attention
from model.loss import per_sample_loss
from model.presets import ModelPreset
from protocols.accounting import AccountantName, Mechanism, check_accountant, poisson_rate
from protocols.curriculum import Augmentation, Stage, Tiling, stage_noise_multiplier
from protocols.round import FitReport
from site_agent.examples import Example
from site_agent.randomness import RoundRandomness, SecureNoise, poisson_batch, round_randomness
from site_agent.trainer import (
    ImageCache,
    _autocast,
    evaluate_loss,
    make_batch,
    make_optimizer,
    mixed_precision,
)

GradSampleMode = Literal["hooks", "functorch", "ghost"]
GRAD_SAMPLE_MODES: tuple[GradSampleMode, ...] = get_args(GradSampleMode)
# Fastest on the tiny preset and at ~10M parameters (bench/dp_overhead.py).
DEFAULT_GRAD_SAMPLE_MODE: GradSampleMode = "hooks"


@dataclass(frozen=True)
class DPTrainingConfig:
    steps: int
    batch_size: int  # expected Poisson batch size; the rate is 1 / ceil(n / batch_size)
    learning_rate: float
    max_length: int
    seed: int
    noise_multiplier: float
    max_grad_norm: float
    trainable_groups: tuple[str, ...]
    delta: float = 1e-5
    accountant: AccountantName = "rdp"
    grad_sample_mode: GradSampleMode = DEFAULT_GRAD_SAMPLE_MODE
    eval_size: int = 32
    optimizer: str = "adamw"
    tiling: Tiling | None = None
    # Studies per forward/backward pass: a logical Poisson batch runs as micro-batches whose
    # per-study gradients are clipped and summed before one noisy step (None: one pass).
    micro_batch_size: int | None = None
    # Recompute each checkpointed layer's forward in the backward pass instead of keeping its
    # activations (`model.checkpointing`; Opacus's hooks are paused while it recomputes).
    activation_checkpointing: bool = False
    # Scanner jitter of the training images (model.augment), from the round's own randomness.
    augmentation: Augmentation | None = None

    @classmethod
    def for_stage(
        cls, stage: Stage, dataset_size: int, seed: int, **options: Any
    ) -> DPTrainingConfig:
        """The stage's DP settings (`stage.dp`); `options` set accountant, grad_sample_mode..."""
        if stage.dp is None:
            raise ValueError(f"DP training: stage {stage.name!r} has no dp settings")
        return cls(
            steps=stage.steps_per_round(dataset_size),
            batch_size=stage.batch_size,
            learning_rate=stage.learning_rate,
            max_length=stage.max_length,
            seed=seed,
            noise_multiplier=stage_noise_multiplier(stage, dataset_size),
            max_grad_norm=stage.dp.clipping_norm,
            trainable_groups=stage.trainable_groups,
            delta=stage.dp.delta,
            optimizer=stage.optimizer,
            tiling=stage.tiling,
            micro_batch_size=stage.micro_batch_size,
            activation_checkpointing=stage.activation_checkpointing,
            augmentation=stage.augmentation,
            **options,
        )

    def __post_init__(self) -> None:
        where = "DP training"
        for name in ("steps", "batch_size", "max_length", "eval_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{where}: {name} must be >= 1, got {getattr(self, name)}")
        if self.micro_batch_size is not None and self.micro_batch_size < 1:
            raise ValueError(f"{where}: micro_batch_size must be >= 1, got {self.micro_batch_size}")
        for name in ("learning_rate", "noise_multiplier", "max_grad_norm"):
            value = getattr(self, name)
            if not math.isfinite(value) or value <= 0:
                raise ValueError(f"{where}: {name} must be a finite number > 0, got {value}")
        if self.grad_sample_mode not in GRAD_SAMPLE_MODES:
            modes = list(GRAD_SAMPLE_MODES)
            raise ValueError(f"{where}: grad_sample_mode {self.grad_sample_mode!r} not in {modes}")
        check_accountant(self.accountant, where)
        try:
            groups = validate_groups(self.trainable_groups)
        except ValueError as err:
            raise ValueError(f"{where}: trainable_groups: {err}") from err
        object.__setattr__(self, "trainable_groups", groups)
        self.mechanism(1)  # validates delta with the mechanism's own checks

    def sample_rate(self, num_examples: int) -> float:
        if num_examples < 1:
            raise ValueError(f"DP training: no examples (num_examples={num_examples})")
        return poisson_rate(num_examples, self.batch_size)

    def mechanism(self, num_examples: int) -> Mechanism:
        """The mechanism training on `num_examples` examples runs: for the gate, before training."""
        return Mechanism(
            noise_multiplier=self.noise_multiplier,
            sample_rate=self.sample_rate(num_examples),
            steps=self.steps,
            clipping_norm=self.max_grad_norm,
            delta=self.delta,
            accountant=self.accountant,
        )


@dataclass(frozen=True)
class DPFitResult:
    report: FitReport
    mechanism: Mechanism
    empty_batches: int
    grad_sample_mode: GradSampleMode


@dataclass(frozen=True)
class _Collate:
    """Model inputs from a Poisson batch of example indices (see `index_loader`)."""

    examples: Sequence[Example]
    tokenizer: PreTrainedTokenizerBase
    preset: ModelPreset
    images: ImageCache
    max_length: int
    device: torch.device
    tiling: Tiling | None
    turn_order: np.random.Generator | None = None  # each unit's turns shuffled per use
    augmentation: Augmentation | None = None  # training batches' images jittered per use
    pad_to: int = 0  # tokens every batch is left padded to (training batches: max_length)

    def __call__(self, items: list[tuple[int]]) -> dict[str, torch.Tensor]:
        chosen = [self.examples[i] for (i,) in items]
        return make_batch(
            chosen, self.tokenizer, self.preset, self.images, self.max_length, self.device,
            self.tiling, turn_order=self.turn_order, augmentation=self.augmentation,
            pad_to=self.pad_to,
        )  # fmt: skip


class _PerSampleCriterion(nn.Module):
    """Ghost clipping's criterion over losses that are already one per sample (B,)."""

    reduction = "mean"  # Opacus switches it to "none" to get the per-sample values

    def forward(self, losses: torch.Tensor) -> torch.Tensor:
        if self.reduction == "none":
            return losses
        return losses.sum() if self.reduction == "sum" else losses.mean()


@dataclass
class PrivateParts:
    """What Opacus made private: the wrapped module, DP optimizer, Poisson loader, accountant."""

    module: AbstractGradSampleModule
    optimizer: Any  # opacus DPOptimizer (or its fast-gradient-clipping subclass)
    loader: DataLoader[Any]
    criterion: Any  # ghost mode only: the wrapped _PerSampleCriterion
    engine: PrivacyEngine
    mode: GradSampleMode
    checkpointing: Checkpointing | None = None  # set when cfg.activation_checkpointing


def batch_size_of(batch: object) -> int:
    """Samples in a loader batch; Opacus yields a list when the very first batch is empty."""
    return int(batch["input_ids"].shape[0]) if isinstance(batch, Mapping) else 0


@contextmanager
def private_training(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    loader: DataLoader[Any],
    cfg: DPTrainingConfig,
    device: torch.device,
    noise: SecureNoise | None = None,
) -> Iterator[PrivateParts]:
    """Wrap `model` for DP-SGD for the block, then remove every Opacus hook and attribute so the
    same model can be wrapped again (the ClientApp keeps it across rounds). The optimizer's noise
    comes from `noise` (default: seeded from cfg.seed, for tests and benchmarks)."""
    if isinstance(model, AbstractGradSampleModule):
        raise ValueError("DP training: the model is still wrapped by Opacus from an earlier run")
    if noise is None:
        noise = SecureNoise(round_randomness("seeded-insecure", cfg.seed).noise)
    with warnings.catch_warnings():
        # Opacus's secure_mode needs torchcsprng; SecureNoise stands in for its noise.
        warnings.filterwarnings("ignore", "Secure RNG turned off", UserWarning)
        engine = PrivacyEngine(accountant=cfg.accountant, secure_mode=False)
    if mixed_precision(device):
        if cfg.grad_sample_mode == "ghost":
            raise ValueError(
                f"DP training on {device}: grad_sample_mode 'ghost' computes each study's "
                "gradient norm from bf16 activations under autocast, so a clipped gradient can "
                "exceed max_grad_norm; use 'hooks' or 'functorch'"
            )
    elif low := _low_precision_trainable(model):
        raise ValueError(
            f"DP training on {device}: {len(low)} trainable parameter(s) are {low[0][1].dtype} "
            f"({low[0][0]}, ...) and {device} trains without autocast, so Opacus would clip, sum "
            "and noise their per-study gradients in that dtype, which can exceed max_grad_norm; "
            f"load the base in float32 to train on {device}"
        )
    cast = trainable_in_fp32(model)  # under autocast only; given back their dtype at the end
    try:
        yield from _wrapped(model, optimizer, loader, cfg, engine, noise, device)
    finally:
        for param, dtype in cast:
            param.data = param.data.to(dtype)


def _wrapped(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    loader: DataLoader[Any],
    cfg: DPTrainingConfig,
    engine: PrivacyEngine,
    noise: SecureNoise,
    device: torch.device,
) -> Iterator[PrivateParts]:
    ghost = cfg.grad_sample_mode == "ghost"
    model.train()  # Opacus refuses a module in eval mode
    try:
        made = engine.make_private(
            module=model,
            optimizer=optimizer,
            data_loader=loader,
            noise_multiplier=cfg.noise_multiplier,
            max_grad_norm=cfg.max_grad_norm,
            poisson_sampling=True,
            grad_sample_mode=cfg.grad_sample_mode,
            **({"criterion": _PerSampleCriterion()} if ghost else {}),
        )
    except BaseException:
        _strip_opacus(model)  # it may have hooked the model before failing
        raise
    module, dp_optimizer, criterion, dp_loader = (
        made if ghost else (made[0], made[1], None, made[2])
    )
    _draw_noise_from(dp_optimizer, noise)
    try:
        with ExitStack() as stack:
            stack.enter_context(training_attention(model, device))
            checkpointing = None
            if cfg.activation_checkpointing:
                paused = partial(opacus_hooks_paused, module)
                checkpointing = stack.enter_context(activation_checkpointing(model, paused))
            yield PrivateParts(
                module, dp_optimizer, dp_loader, criterion, engine, cfg.grad_sample_mode,
                checkpointing,
            )  # fmt: skip
    finally:
        module.to_standard_module()
        for p in model.parameters():
            p.grad = None
            if hasattr(p, "summed_grad"):  # the clipped sum before its noise: not kept
                del p.summed_grad


@contextmanager
def opacus_hooks_paused(module: AbstractGradSampleModule) -> Iterator[None]:
    """Opacus's hooks off while activation checkpointing recomputes a layer's forward.

    Why this and not another way to combine the two: Opacus's hooks (all three modes here:
    hooks, functorch, ghost) append each trainable module's input to `module.activations` in a
    forward hook and pop it in the full backward hook, counting forwards per parameter
    (`_forward_counter`) to know when a sample's gradient is complete. Non-reentrant
    `torch.utils.checkpoint` backpropagates through the first forward's graph, so each backward
    hook fires once, as usual; but the recomputation is a second forward, and its forward hooks
    would append a second input and count a second forward: the backward hook would pop the
    duplicate, leave the counter at 1 and never promote the per-sample gradient ("Per sample
    gradient is not initialized"); with the recomputation's early stop some modules would not
    even be counted twice. Opacus's own switch (`disable_hooks`, read by each hook when it
    fires) turned off for exactly the recomputation leaves the first forward's capture as the
    only one, i.e. the same activations and backprops as without checkpointing, hence the same
    per-sample gradients (tests/test_dp.py checks this against an uncheckpointed oracle).
    Nothing else runs hooks meanwhile: the recomputation runs inside one autograd node, on the
    thread executing the model's backward. Reentrant checkpointing would also show Opacus a
    single capture (its first forward runs without grad, which Opacus's hook skips), but it needs
    an input that requires grad into every checkpointed layer (the embeddings' output made to
    require grad), takes no keyword arguments and is the mode PyTorch steers away from.

    The cost: the first forward's captured inputs of every trainable module (LoRA factors'
    inputs) stay alive until the backward, so a checkpointed layer keeps a little more than its
    input (`model.memory_plan` counts it)."""
    was_on = module.hooks_enabled
    module.disable_hooks()
    try:
        yield
    finally:
        if was_on:
            module.enable_hooks()


def noise_drawn_ahead(device: torch.device) -> bool:
    """Whether a step on `device` has its noise drawn while it computes (SecureNoise.prefetch):
    where the step runs on an accelerator and the CPU waits; a CPU step uses the cores itself."""
    return device.type != "cpu"


def _draw_noise_from(optimizer: Any, noise: SecureNoise) -> None:
    """Make the DP optimizer add `noise`'s Gaussian noise instead of drawing its own: Opacus's
    add_noise (DPOptimizer and its fast-gradient-clipping subclass alike) with the draw
    replaced; the accountant still sees the optimizer's noise_multiplier, which this matches."""

    def add_noise() -> None:
        std = optimizer.noise_multiplier * optimizer.max_grad_norm
        for p in optimizer.params:
            _check_processed_flag(p.summed_grad)
        draws = noise.for_tensors(std, [p.summed_grad for p in optimizer.params])
        for p, draw in zip(optimizer.params, draws, strict=True):
            p.grad = (p.summed_grad + draw).view_as(p)
            _mark_as_processed(p.summed_grad)

    def prefetch_noise() -> None:  # private_step: drawn on the CPU while the GPU computes
        if noise_drawn_ahead(next(iter(optimizer.params)).device):
            noise.prefetch(sum(p.numel() for p in optimizer.params))

    optimizer.add_noise = add_noise
    optimizer.prefetch_noise = prefetch_noise


def _strip_opacus(model: nn.Module) -> None:
    """Remove what a failed make_private may have left on the model (hooks, attributes)."""
    for handle in getattr(model, "autograd_grad_sample_hooks", None) or []:
        handle.remove()
    hooks = ("autograd_grad_sample_hooks", "ft_compute_sample_grad")
    for obj in [*model.modules(), *model.parameters()]:
        for attr in (*hooks, *OPACUS_PARAM_MONKEYPATCH_ATTRS):
            if hasattr(obj, attr):
                delattr(obj, attr)


def private_step(
    parts: PrivateParts,
    batch: Mapping[str, torch.Tensor] | None,
    last: bool = True,
    keep: Sequence[bool] | None = None,
) -> float | None:
    """One DP-SGD step; `None` or an empty batch is a step on zero samples. Returns the batch's
    mean loss over its kept rows (None when none is kept).

    With `last=False` the batch is one micro-batch of a logical batch: its per-sample gradients
    are clipped and added to the optimizer's running sum, and no noise is added and no step
    taken (Opacus's skip-step, as its BatchMemoryManager does); the call with `last=True` adds
    the noise once and steps, so the mechanism is the logical batch's.

    `keep` (one flag a row, default all): a row flagged False is computed like any other and
    contributes nothing: its loss is multiplied by 0 before the backward pass, so its per-sample
    gradient is zero in every grad-sample mode while its forward pass is finite (a phantom row,
    see `train_local_dp`); a non-finite row is zeroed by `drop_non_finite_samples` in the hooks
    and functorch modes, and ghost clipping has no such check."""
    opt = parts.optimizer
    opt.prefetch_noise()  # the logical batch's noise, drawn while its micro-batches compute
    opt.zero_grad(set_to_none=True)  # keeps the clipped sum of a skipped (earlier) micro-batch
    loss_value = None
    if batch is None or batch_size_of(batch) == 0:
        for p in opt.params:
            if parts.mode == "ghost":
                p.grad = torch.zeros_like(p)  # ghost: p.grad holds the clipped sum
            else:
                p.grad_sample = p.new_zeros((0, *p.shape))  # (0, *param): no sample
    else:
        with _autocast(next(iter(opt.params)).device):
            losses = per_sample_loss(parts.module, dict(batch))  # (B,)
        kept = None
        if keep is not None:
            if len(keep) != losses.shape[0]:
                raise ValueError(f"keep has {len(keep)} flags for a batch of {losses.shape[0]}")
            kept = torch.tensor(list(keep), dtype=torch.bool, device=losses.device)
            losses = torch.where(kept, losses, losses * 0.0)  # same graph, zero gradient
        loss = parts.criterion(losses) if parts.mode == "ghost" else losses.mean()
        with warnings.catch_warnings():
            # The first hooked layer's inputs need no grad (frozen layers below it): harmless.
            warnings.filterwarnings("ignore", "Full backward hook is firing", UserWarning)
            loss.backward()
        if parts.mode != "ghost":
            grad_samples_in_fp32(opt.params)
            drop_non_finite_samples(opt.params)
        real = losses.detach() if kept is None else losses.detach()[kept]
        loss_value = float(real.mean().item()) if real.numel() else None
    if not last:
        opt.signal_skip_step(do_skip=True)
    opt.step()
    return loss_value


def _low_precision_trainable(model: nn.Module) -> list[tuple[str, nn.Parameter]]:
    return [
        (name, p)
        for name, p in model.named_parameters()
        if p.requires_grad and p.is_floating_point() and p.dtype != torch.float32
    ]


def trainable_in_fp32(model: nn.Module) -> list[tuple[nn.Parameter, torch.dtype]]:
    """Every trainable parameter held in fp32 (cast up where the base was loaded in bf16), so
    that Opacus's clipped sum, the noise and the optimizer's state are fp32 under autocast: a
    per-study gradient clipped and summed in bf16 can exceed max_grad_norm by a rounding step.
    Returns the parameters cast and their dtypes, to give back after training (the rest of the
    model, e.g. evaluation without autocast, expects the dtype the base was loaded in)."""
    cast = []
    for _, param in _low_precision_trainable(model):
        cast.append((param, param.dtype))
        param.data = param.data.float()
    return cast


def grad_samples_in_fp32(params: Sequence[torch.Tensor]) -> None:
    """Per-study gradients in fp32 before Opacus clips them. Under bf16 autocast the hooks
    compute them in bf16, and Opacus takes each study's norm in its gradients' dtype: a bf16
    norm is off by up to 2**-8, so the clipped gradients of about two studies in five came
    out up to 0.5% longer than max_grad_norm (measured on the tiny model), more than the noise
    was calibrated for. In fp32 the norm and the clip factor are exact to fp32 rounding."""
    for p in params:
        grads = getattr(p, "grad_sample", None)
        if isinstance(grads, torch.Tensor) and grads.dtype != torch.float32:
            setattr(p, "grad_sample", grads.float())  # noqa: B010 (Opacus's own attribute)


def drop_non_finite_samples(params: Sequence[torch.Tensor]) -> int:
    """Zero every sample whose per-sample gradient holds NaN or inf in any parameter, before
    Opacus clips: a NaN gradient would clip to NaN and turn the whole noisy sum into NaN, so a
    model crafted to overflow on one study's input would reveal that study's presence outright.
    Whether a sample is dropped depends on that sample alone, so this keeps the per-sample bound
    (a dropped study contributes nothing, like one that was not sampled). Returns how many."""
    samples = [g for p in params if (g := getattr(p, "grad_sample", None)) is not None]
    if not samples or samples[0].shape[0] == 0:
        return 0
    ok = torch.ones(samples[0].shape[0], dtype=torch.bool, device=samples[0].device)
    for grads in samples:  # (B, *param)
        ok &= torch.isfinite(grads.reshape(grads.shape[0], -1)).all(dim=1)
    dropped = int((~ok).sum())
    if dropped:
        for grads in samples:
            grads[~ok] = 0
    return dropped


def _micro_batches(chosen: npt.NDArray[np.int64], size: int | None) -> list[list[int]]:
    """The chosen units in passes of at most `size` (one pass, possibly empty, when None)."""
    ids = [int(i) for i in chosen]
    if size is None or len(ids) <= size:
        return [ids]
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def train_local_dp(
    model: nn.Module,
    tokenizer: PreTrainedTokenizerBase,
    preset: ModelPreset,
    examples: Sequence[Example],
    cfg: DPTrainingConfig,
    device: torch.device,
    images: ImageCache | None = None,
    randomness: RoundRandomness | None = None,
    accounted_units: int | None = None,
    measure_loss: bool = True,
) -> DPFitResult:
    """Run cfg.steps DP-SGD steps on the stage's groups (all else frozen); updates in place.
    `examples` are the privacy units (one per study). Batches and noise come from `randomness`
    (default: seeded from cfg.seed, reproducible, for tests and benchmarks only).

    `accounted_units` is the public N the mechanism is accounted at (a site's declared
    `privacy.accounted_studies`): the sampling rate and the noisy sum's normalisation (expected
    batch) follow from it, never from the private count of `examples` (default: that count,
    for tests and benchmarks).

    `measure_loss`: the loss on a fixed sample of units before and after (two forward passes
    whose cost tells how many units there are; a site computes them only where its policy lets
    the losses leave, 0.0 otherwise)."""
    images = images or ImageCache()
    rand = randomness or round_randomness("seeded-insecure", cfg.seed)
    check_one_image_per_sample(examples, cfg)
    n = len(examples)
    accounted = accounted_units if accounted_units is not None else n
    mechanism = cfg.mechanism(accounted)
    set_trainable_groups(model, cfg.trainable_groups)
    # What phantom rows are computed on: the units held, or a fixed public unit where there is
    # none (so zero units against one is not zero rows against some).
    pool = list(examples) if n else [phantom_unit(images, preset)]
    plain = _Collate(
        pool, tokenizer, preset, images, cfg.max_length, device, cfg.tiling, rand.turn_order
    )
    # Training batches only: jittered, and max_length wide, so a step's time does not follow
    # the lengths of the units it computes (nor whether they are phantoms).
    collate = replace(plain, augmentation=cfg.augmentation, pad_to=cfg.max_length)
    # No unit at all (none of the stage's kinds fits its max_length, say) is a round like any
    # other: its rows are all phantoms and the update is the noise alone. Refusing instead
    # would tell the coordinator whether one study it aimed the stage at is here.
    picked = rand.evaluation.choice(n, min(cfg.eval_size, n), replace=False)
    eval_batch = plain([(int(i),) for i in picked]) if n and measure_loss else None
    loss_before = evaluate_loss(model, eval_batch, device) if eval_batch else 0.0

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = make_optimizer(cfg.optimizer, params, cfg.learning_rate)
    # Opacus reads the sampling rate (1 / len(loader)) and the expected batch (N x rate) from
    # this loader over the accounted N; the batches themselves are drawn below, from the
    # round's own randomness.
    loader = index_loader(accounted, cfg.batch_size, collate)
    # The batch is drawn over max(n, N) slots at the accounted rate: slot i < n is unit i, taken
    # with probability q as the mechanism says; a slot i >= n is a phantom, computed on pool
    # unit i mod len(pool) with its gradient zeroed (`private_step`'s keep). How many rows a
    # step computes, and so how long it takes, is then Binomial(N, q) whatever the count held
    # (up to N): a coordinator timing the rounds learns nothing of whether one study is here.
    # Drawn over n alone, a step's rows would follow the private count (a study more, q rows
    # more a step on average).
    # Not hidden: the images a unit holds (one in a vision stage) and the answers a step
    # supervises still cost what they cost; past N the rows follow the count (the agent warns
    # the site).
    slots = max(n, accounted)
    empty = 0
    with private_training(model, optimizer, loader, cfg, device, SecureNoise(rand.noise)) as parts:
        for _ in range(cfg.steps):
            chosen = poisson_batch(rand.sampling, slots, mechanism.sample_rate)
            passes = _micro_batches(chosen, cfg.micro_batch_size)
            for k, ids in enumerate(passes):
                batch = collate([(i % len(pool),) for i in ids]) if ids else None
                keep = [i < n for i in ids] if slots > n else None
                private_step(parts, batch, last=k == len(passes) - 1, keep=keep)
            empty += not any(i < n for i in chosen)
        _check_accounted(parts, mechanism)

    loss_after = evaluate_loss(model, eval_batch, device) if eval_batch else 0.0
    report = FitReport(
        num_examples=n, steps=cfg.steps, loss_before=loss_before, loss_after=loss_after
    )
    return DPFitResult(report, mechanism, empty, cfg.grad_sample_mode)


PHANTOM_IMAGE = Path("<medfed phantom>")  # held in the ImageCache only, never on disk


def phantom_unit(images: ImageCache, preset: ModelPreset) -> Example:
    """A fixed public unit (a black image, one closed question) for phantom rows at a site with
    no unit of the stage: computed, its gradient zeroed, never trained on."""
    size = preset.image_size
    images.put(PHANTOM_IMAGE, Image.new("RGB", (size, size)))
    return Example(
        images=(PHANTOM_IMAGE,), question="Is there a lesion?", answer="no", unit="phantom"
    )


def index_loader(
    n: int,
    batch_size: int,
    collate: _Collate | None = None,
    generator: torch.Generator | None = None,
) -> DataLoader[Any]:
    """A loader over `[(0,), (1,), ...]`: Opacus reads item 0's shape to build empty batches."""
    indices: Any = [(i,) for i in range(n)]
    return DataLoader(indices, batch_size=batch_size, collate_fn=collate, generator=generator)


def _vision_groups(cfg: DPTrainingConfig) -> list[str]:
    return [g for g in cfg.trainable_groups if g in ("projector", "vision.lora")]


def check_dp_tiling(cfg: DPTrainingConfig) -> None:
    """A stage that trains the vision side cannot tile under DP (each tile would be a row, a
    sample to Opacus): a property of the stage alone, so refusing it reveals nothing."""
    vision = _vision_groups(cfg)
    if vision and cfg.tiling is not None:
        raise ValueError(f"DP training: {vision} cannot be trained with tiling under DP")


def units_with_one_image(examples: Sequence[Example], cfg: DPTrainingConfig) -> list[Example]:
    """The units DP training may take: all of them, or, where the stage trains the vision side,
    those with exactly one image (a report without an image is left out). Each unit is kept or
    left out by its own content, so the round does not refuse, or do anything else, on whether
    some study somewhere lacks an image: that would tell the coordinator about one study."""
    if not _vision_groups(cfg):
        return list(examples)
    return [ex for ex in examples if len(ex.images) == 1]


def check_one_image_per_sample(examples: Sequence[Example], cfg: DPTrainingConfig) -> None:
    """The projector and the vision tower see one row per IMAGE; Opacus takes a row for a sample.
    With tiles or several images per sample their per-sample gradients would be per image, and
    the clipping bound per sample would not hold."""
    check_dp_tiling(cfg)
    vision = _vision_groups(cfg)
    bad = next((i for i, ex in enumerate(examples) if len(ex.images) != 1), None)
    if vision and bad is not None:
        raise ValueError(
            f"DP training: {vision} need exactly one image per sample under DP; example {bad} "
            f"has {len(examples[bad].images)}"
        )


def _check_accounted(parts: PrivateParts, mechanism: Mechanism) -> None:
    """What Opacus's own accountant saw must be the mechanism we report to the ledger."""
    seen = [(float(s), float(q), int(k)) for s, q, k in parts.engine.accountant.history]
    expected = [(mechanism.noise_multiplier, mechanism.sample_rate, mechanism.steps)]
    if seen != expected:
        raise RuntimeError(f"DP training: Opacus accounted {seen}, the ledger would get {expected}")
