"""Activation checkpointing of the transformer layers a stage backpropagates through.

A checkpointed layer keeps only its input for the backward pass and runs its forward a second
time when the backward reaches it, to rebuild what it needs: memory for compute
(`model.memory_plan` sizes the activations with and without it). The layers are transformers'
`GradientCheckpointingLayer`s (GPT-oss decoder layers, CLIP/SigLIP encoder layers), switched
one by one through their own `gradient_checkpointing` / `_gradient_checkpointing_func`
attributes rather than `activation_checkpointing_enable`, which would also make the input
embeddings require grad (only reentrant checkpointing needs that) and would checkpoint a frozen
vision tower for nothing.

Non-reentrant `torch.utils.checkpoint` (reentrant is deprecated and hides the layer's
parameters from autograd): the backward runs through the graph of the first forward, and the
recomputation only refills the tensors that graph saved. So a module's backward hooks fire once
per backward, as without checkpointing, but its forward hooks fire twice. Hooks that record
something in forward (Opacus's activation capture) must not record the recomputation: pass
`during_recompute`, a factory of context managers entered around every recomputation (see
`site_agent.dp`, which pauses Opacus's hooks there).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from typing import Any

from torch import nn
from torch.utils.checkpoint import checkpoint
from transformers.modeling_layers import GradientCheckpointingLayer

from model.trainable import GROUPS, canonical_name

RecomputeContext = Callable[[], AbstractContextManager[object]]

_LANGUAGE_LAYERS = GROUPS["lm.lora"].prefix + "layers."
_VISION_TOWER = GROUPS["vision.lora"].prefix


class _Recomputation:
    """The recompute context handed to `checkpoint`: enters `during_recompute()` around each
    recomputation of one layer. Re-entrant, since a graph kept with retain_graph=True (Opacus's
    ghost clipping backpropagates twice) recomputes the layer once per backward."""

    def __init__(self, during_recompute: RecomputeContext | None, count: Callable[[], None]):
        self._during = during_recompute
        self._count = count
        self._stacks = threading.local()

    def __enter__(self) -> None:
        self._count()
        stack = ExitStack()
        if self._during is not None:
            stack.enter_context(self._during())
        self._stacks.__dict__.setdefault("open", []).append(stack)

    def __exit__(self, *exc: object) -> None:
        self._stacks.open.pop().close()


class Checkpointing:
    """What `activation_checkpointing` switched on: the layers, and how often they have been
    recomputed (one per checkpointed layer in each backward; a test's proof that it is on)."""

    def __init__(self, layers: list[str], during_recompute: RecomputeContext | None) -> None:
        self.layers = layers
        self.recomputations = 0
        self._during = during_recompute
        self._lock = threading.Lock()

    def _counted(self) -> None:
        with self._lock:
            self.recomputations += 1

    def contexts(self) -> tuple[AbstractContextManager[object], AbstractContextManager[None]]:
        """`checkpoint`'s context_fn: nothing around the forward, ours around recomputation."""
        return nullcontext(), _Recomputation(self._during, self._counted)

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """The layers' `_gradient_checkpointing_func`."""
        return checkpoint(function, *args, use_reentrant=False, context_fn=self.contexts)


def checkpointed_layer_names(model: nn.Module) -> list[str]:
    """The language model's decoder layers, and the vision tower's encoder layers when one of
    the tower's parameters trains (vision LoRA): a frozen tower below every trainable parameter
    keeps nothing for the backward pass, so checkpointing it would save nothing."""
    vision_trains = any(
        p.requires_grad and _canon(n).startswith(_VISION_TOWER) for n, p in model.named_parameters()
    )
    prefixes = (_LANGUAGE_LAYERS, *((_VISION_TOWER,) if vision_trains else ()))
    names = [
        name
        for name, module in model.named_modules()
        if isinstance(module, GradientCheckpointingLayer) and _canon(name).startswith(prefixes)
    ]
    if not any(_canon(n).startswith(_LANGUAGE_LAYERS) for n in names):
        raise ValueError(
            f"activation checkpointing: {type(model).__name__} has no checkpointable language "
            f"model layers under {_LANGUAGE_LAYERS!r}"
        )
    return names


def _canon(module_name: str) -> str:
    """A module's canonical name with a trailing dot ("" for peft's frozen copies)."""
    return canonical_name(module_name + ".") or ""


@contextmanager
def activation_checkpointing(
    model: nn.Module,
    during_recompute: RecomputeContext | None = None,
) -> Iterator[Checkpointing]:
    """Checkpoint `checkpointed_layer_names(model)` inside the block (call it after choosing
    what trains), in training mode only (evaluation keeps no activations anyway); afterwards
    every layer is as before."""
    names = checkpointed_layer_names(model)
    state = Checkpointing(names, during_recompute)
    layers = dict(model.named_modules())
    saved: list[tuple[nn.Module, dict[str, Any]]] = []
    try:
        for name in names:
            layer = layers[name]
            saved.append((layer, {k: v for k, v in vars(layer).items() if k in _ATTRS}))
            layer.gradient_checkpointing = True
            layer._gradient_checkpointing_func = state.run
        yield state
    finally:
        for layer, before in saved:
            for attr in _ATTRS:
                if attr in before:
                    setattr(layer, attr, before[attr])
                elif attr in vars(layer):
                    delattr(layer, attr)


_ATTRS = ("gradient_checkpointing", "_gradient_checkpointing_func")
