"""Experimental variants of a site's DP training, for `bench/dp_readout.py` only.

Each function changes the site trainer in this process (module attributes of
`site_agent.trainer` and `site_agent.dp`), so that one local-only run can test a lever the
shipped trainer does not offer. None of them is used by a site; each is measured against the
shipped recipe in bench/README.md ("Three more DP levers that did not help").

- `one_block_per_appearance(k)`: each time a study unit enters a batch, only its first `k` blocks
  of turns (after the usual shuffle) are trained, so every trained question is asked from the
  image alone, as evaluation asks it.
- `freeze_lora_a()`: the LoRA A factors stay at their initialisation and only B trains (with the
  projector), as in FFA-LoRA: half the LoRA parameters take noise, and FedAvg of B alone is exact.
- `adam_without_noise_variance(floor)`: in the instruction stage, DP-AdamBC: Adam with the DP
  noise's variance taken out of its second moment (post-processing of the noisy gradients: the
  accounting is unchanged).
- `public_subspace(k, samples)`: projected DP-SGD in the instruction stage. At the start of every
  call of the DP trainer, the per-sample gradients of `samples` public scenes
  (`model.public_spots`, `model.public_data`; no site data) at the current model give, by SVD,
  an orthonormal basis V of k directions. Each study's gradient is projected on V, clipped there
  to the clipping norm, summed, given Gaussian noise of std noise_multiplier x clip in k
  dimensions only, and mapped back. The sum's sensitivity is still the clipping norm (V has
  orthonormal rows and depends on public data and the model only), so the accounting is the
  shipped one's; what changes is that the noise has norm ~ sqrt(k) instead of sqrt(d).
- `pooled_sites(sites, cur, private)`: an ideal federation's upper bound. Every call for a site's
  round examples returns every training site's units pooled, and each DP stage runs at n times
  the batch (the same sampling rate over n times the units) and sqrt(n) times the noise
  multiplier: exactly the noise of the sum of n sites' noisy sums, with the optimizer applied
  once to their average (DP-FedSGD with the optimizer on the server, and no client drift). Each
  site's eps is the shipped one's; the eps the run prints is that of the pooled mechanism, which
  is not a site's. With `private=False` every stage runs without DP at n times the batch.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from opacus.optimizers.optimizer import _check_processed_flag, _mark_as_processed

import medfed.baselines as baselines
from model.loss import per_sample_loss
from model.public_data import generate_public
from model.public_spots import generate_spots
from protocols.curriculum import Curriculum
from site_agent import dp, trainer
from site_agent.examples import Example, shuffled_turns


def one_block_per_appearance(k: int) -> None:
    """Train only the first `k` blocks of each unit's shuffled turns, each time it is batched."""
    if k < 1:
        raise ValueError(f"turns per unit: {k} must be >= 1")

    def first_blocks(example: Example, rng: np.random.Generator) -> Example:
        ex = shuffled_turns(example, rng)
        sizes = ex.blocks or (1,) * len(ex.turns)
        turns = ex.turns[: sum(sizes[:k])]
        blocks = tuple(sizes[:k]) if ex.blocks else ()
        return dataclasses.replace(ex, followups=tuple(turns[1:]), blocks=blocks)

    trainer.shuffled_turns = first_blocks  # type: ignore[assignment]


def freeze_lora_a() -> None:
    """After the DP trainer picks its trainable groups, freeze every LoRA A factor."""
    pick = dp.set_trainable_groups

    def groups_then_freeze(model: torch.nn.Module, groups: Any) -> int:
        count = pick(model, groups)
        for name, p in model.named_parameters():
            if "lora_A" in name and p.requires_grad:
                p.requires_grad_(False)
                count -= p.numel()
        return count

    dp.set_trainable_groups = groups_then_freeze  # type: ignore[assignment]


def plain_optimizer(name: str) -> None:
    """Use `name` ("sgd": momentum 0.9, "adamw") in the DP trainer whatever the stage says."""
    make = dp.make_optimizer
    dp.make_optimizer = lambda _name, params, lr: make(name, params, lr)  # type: ignore[assignment]


def _public_examples(samples: int, folder: Path) -> list[Example]:
    spots = generate_spots(samples * 3 // 4, seed=123)
    shapes = generate_public(samples - len(spots), seed=123)
    out = []
    for i, s in enumerate([*spots, *shapes]):
        path = folder / f"public-{i}.png"
        s.image.save(path)
        out.append(Example(images=(path,), question=s.question, answer=s.answer))
    return out


def _basis(model: torch.nn.Module, tok: Any, preset: Any, examples: list[Example], k: int,
           max_length: int, device: torch.device) -> torch.Tensor:  # fmt: skip
    """k orthonormal rows: the top right singular vectors of the public per-sample gradients."""
    params = [p for p in model.parameters() if p.requires_grad]
    images = trainer.ImageCache()
    rows = []
    for ex in examples:
        batch = trainer.make_batch([ex], tok, preset, images, max_length, device)
        model.zero_grad()
        per_sample_loss(model, batch).sum().backward()
        g = torch.cat([p.grad.flatten() for p in params if p.grad is not None])
        rows.append(g / (g.norm() + 1e-12))
    model.zero_grad(set_to_none=True)
    _, _, vt = torch.linalg.svd(torch.stack(rows), full_matrices=False)
    return vt[:k].contiguous()


def public_subspace(k: int, samples: int, tok_preset: list[Any]) -> None:
    """Projected DP-SGD in every DP call that trains the vision LoRA (the instruction stage).
    `tok_preset` is [tokenizer, preset] of the base the sites train; the public scenes are
    written to a temporary folder removed at exit."""
    if not 0 < k <= samples:
        raise ValueError(f"public subspace: k={k} must be between 1 and the {samples} samples")
    folder = Path(tempfile.mkdtemp(prefix="medfed-public-"))
    atexit.register(shutil.rmtree, folder, True)
    examples = _public_examples(samples, folder)
    wrap = dp.private_training

    @contextlib.contextmanager
    def projected(model: Any, optimizer: Any, loader: Any, cfg: Any, device: Any,
                  noise: Any = None) -> Iterator[Any]:  # fmt: skip
        if "vision.lora" not in cfg.trainable_groups:
            with wrap(model, optimizer, loader, cfg, device, noise) as parts:
                yield parts
            return
        t = time.monotonic()
        v = _basis(model, *tok_preset, examples, k, cfg.max_length, device)
        print(f"  public subspace: {k} of {v.shape[1]} directions, {time.monotonic() - t:.0f} s",
              flush=True)  # fmt: skip
        with wrap(model, optimizer, loader, cfg, device, noise) as parts:
            opt = parts.optimizer
            clip = opt.max_grad_norm
            state: dict[str, torch.Tensor | None] = {"z": None}

            def clip_and_accumulate() -> None:
                grads = [opt._get_flat_grad_sample(p) for p in opt.params]
                b = grads[0].shape[0]
                z = torch.zeros(k, device=v.device)
                if b:
                    zs = torch.cat([g.reshape(b, -1) for g in grads], 1) @ v.T  # (B, k)
                    factor = (clip / (zs.norm(dim=1) + 1e-6)).clamp(max=1.0)
                    z = (factor[:, None] * zs).sum(0)
                state["z"] = z if state["z"] is None else state["z"] + z
                for p in opt.params:
                    _check_processed_flag(p.grad_sample)
                    p.summed_grad = torch.zeros_like(p)
                    _mark_as_processed(p.grad_sample)

            def prefetch_noise() -> None:  # the draw is k values, not the parameters'
                pass

            def add_noise() -> None:
                z = state["z"]
                assert z is not None
                full = (z + noise.like(opt.noise_multiplier * clip, z)) @ v
                offset = 0
                for p in opt.params:
                    p.grad = full[offset : offset + p.numel()].view_as(p).clone()
                    offset += p.numel()
                    _mark_as_processed(p.summed_grad)
                state["z"] = None

            opt.clip_and_accumulate = clip_and_accumulate
            opt.add_noise = add_noise
            opt.prefetch_noise = prefetch_noise
            yield parts

    dp.private_training = projected  # type: ignore[assignment]


class AdamBC(torch.optim.Optimizer):
    """Adam whose second moment has the DP noise's variance taken out (DP-AdamBC): with noise of
    std noise_multiplier x clip on a sum divided by the expected batch, each coordinate of the
    gradient carries noise variance `noise_var`, which dominates Adam's v and turns its step into
    a sign of the noise; v - noise_var (floored at `floor`) is the signal's second moment."""

    def __init__(self, params: Any, lr: float, noise_var: float, floor: float = 1e-8,
                 betas: tuple[float, float] = (0.9, 0.999)) -> None:  # fmt: skip
        super().__init__(params, {"lr": lr, "betas": betas})
        self.noise_var, self.floor = noise_var, floor

    @torch.no_grad()
    def step(self, closure: Any = None) -> None:
        for group in self.param_groups:
            b1, b2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                st = self.state[p]
                if not st:
                    st["t"], st["m"], st["v"] = 0, torch.zeros_like(p), torch.zeros_like(p)
                st["t"] += 1
                st["m"].mul_(b1).add_(p.grad, alpha=1 - b1)
                st["v"].mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                m_hat = st["m"] / (1 - b1 ** st["t"])
                v_hat = st["v"] / (1 - b2 ** st["t"])
                denom = (v_hat - self.noise_var).clamp(min=self.floor).sqrt()
                p.add_(-group["lr"] * m_hat / denom)


def adam_without_noise_variance(floor: float) -> None:
    """The DP trainer's optimizer becomes `AdamBC`, told the stage's noise variance per
    coordinate (noise_multiplier x clip / expected batch)^2 and flooring v - noise_var at
    `floor` x noise_var (at 1 it is Adam wherever the signal is weaker than the noise)."""
    wrap = dp.private_training

    @contextlib.contextmanager
    def corrected(model: Any, optimizer: Any, loader: Any, cfg: Any, device: Any,
                  noise: Any = None) -> Iterator[Any]:  # fmt: skip
        if "vision.lora" not in cfg.trainable_groups:  # the instruction stage only
            with wrap(model, optimizer, loader, cfg, device, noise) as parts:
                yield parts
            return
        lr = optimizer.param_groups[0]["lr"]
        expected = len(loader.dataset) / len(loader)  # Opacus's expected batch: N x (1 / len)
        var = (cfg.noise_multiplier * cfg.max_grad_norm / expected) ** 2
        params = [p for g in optimizer.param_groups for p in g["params"]]
        with wrap(model, AdamBC(params, lr, var, floor * var), loader, cfg, device, noise) as parts:
            yield parts

    dp.private_training = corrected  # type: ignore[assignment]


def pooled_sites(sites: list[Any], cur: Curriculum, private: bool) -> Curriculum:
    """Every site's round examples pooled; returns the curriculum at n x the batch and, under DP,
    sqrt(n) x the noise multiplier in every DP stage (the noise of n sites' noisy sums)."""
    n = len(sites)
    one_site = baselines._round_examples

    def pooled(site: Any, stage: Any, seed: int, global_round: int, tok: Any, preset: Any) -> Any:
        del site
        return [ex for s in sites for ex in one_site(s, stage, seed, global_round, tok, preset)]

    baselines._round_examples = pooled
    stages = []
    for s in cur.stages:
        if s.dp is not None:
            noise = s.dp.noise_multiplier * (n**0.5 if private else 1.0)
            s = dataclasses.replace(
                s, batch_size=s.batch_size * n, dp=dataclasses.replace(s.dp, noise_multiplier=noise)
            )
        stages.append(s)
    return dataclasses.replace(cur, stages=tuple(stages))
