"""Peak accelerator memory of each curriculum stage, estimated before anyone rents a GPU.

Parameter counts and which of them train come from the real preset built on the `meta` device
with the curriculum's adapters attached (no memory, no weights). The rest is arithmetic:

- weights: base weights at their dtype (bf16: 2 bytes), adapters (LoRA, the projector's trained
  copy) in fp32 (4 bytes), since optimizers keep trainable weights in full precision;
- gradients (fp32) and optimizer state for the stage's trainable parameters (AdamW: 2 fp32
  moments; SGD: 1 momentum);
- Opacus per-sample gradients: trainable x micro-batch x 4 bytes (`grad_sample`), for DP stages;
- activations per sample, bf16, at the stage's max_length tokens (the upper bound). Per token and
  language-model layer the backward pass keeps, with memory-efficient attention (SDPA/flash):

      8h + 3 (heads x head_dim) + 4 (kv_heads x head_dim) + experts + top_k (2h + 3 intermediate)

  (two RMSNorms' inputs, outputs and fp32 copies, q/k/v before and after rotary, attention
  output, router logits, and per routed expert its input, gate/up output, activation and down
  output: transformers' GPT-oss experts run only the routed (token, expert) pairs); "eager"
  attention adds 2 x heads x tokens per token (scores and probabilities). With activation
  checkpointing, which the site trainers do when the stage sets `activation_checkpointing`
  (`model.checkpointing`: every decoder layer, and the vision tower's layers when vision LoRA
  trains), only each layer's input (h) is kept, plus one layer's full activations while it is
  recomputed; under DP, Opacus also keeps the LoRA factors' inputs it captured in the first
  forward (`opacus_lora_inputs`). Checked against the tensors autograd saves for the tiny
  preset on CPU (tests/test_memory_plan.py: within 25% with "eager", which is what CPU attention
  does).
  Logits: supervisable tokens x vocab x 10 bytes (bf16 logits, their fp32 upcast for the loss,
  fp32 grad). The training loss computes them only at supervised tokens
  (`model.loss.per_sample_loss`, every sample of a micro-batch padded to the most targets in it)
  and an image's tokens are never supervised; but where the stage trains on reports ("text"),
  a study without an image of the stage's kinds is a text-only sample, so there every token
  counts. The plan counts every such token as supervised, the bound a sample that is all target
  reaches, so for short answers it overstates this term (at gpt-oss's vocabulary, 2 MB a token).
  The vision tower keeps activations only when `vision.lora` trains (16 x hidden per token and
  layer; checkpointed: each layer's input plus one layer's), else only its output features;
  the projector's are added when it trains;
- a fixed 1.5 GB for the CUDA context and kernels' workspace.

Not modelled: allocator fragmentation, temporary buffers inside fused kernels, the MoE routing's
index tensors. Measured on an H200 with the whole 20b (bench/README.md, "DP step on a 20b-width
slice and on the whole 20b"), the plan was 8-9% under what the device held, and 10-13% for a
two-layer slice. Allow up to 15% over the plan; `headroom_gb` says how much a stage has.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from model.build import build_model
from model.lora import attach_lora
from model.presets import PRESETS, ModelPreset, get_preset
from model.tokenizer import default_corpus, train_tokenizer
from model.trainable import group_parameter_count
from protocols.curriculum import Curriculum, Stage

GB = 10**9  # decimal, as GPU sizes are sold (an "80 GB" H100 holds 79.6 GB)
BF16, FP32 = 2, 4
LOGIT_BYTES = 10
RUNTIME_BYTES = int(1.5 * GB)
Attention = Literal["flash", "eager"]
ATTENTION_KINDS: tuple[Attention, ...] = ("flash", "eager")
OPTIMIZER_STATE_FLOATS = {"adamw": 2, "sgd": 1}


@dataclass(frozen=True)
class ModelCounts:
    """Parameter counts of the preset with every adapter the curriculum trains attached."""

    base_params: int
    adapter_params: int
    trainable_by_stage: dict[str, int]

    @property
    def weight_bytes(self) -> int:
        return self.base_params * BF16 + self.adapter_params * FP32


@dataclass(frozen=True)
class StagePlan:
    stage: str
    micro_batch_size: int
    max_length: int
    activation_checkpointing: bool
    dp: bool
    trainable_params: int
    weights_gb: float
    gradients_gb: float
    optimizer_gb: float
    per_sample_gradients_gb: float
    activations_gb: float
    runtime_gb: float
    peak_gb: float
    gpu_gb: float
    headroom_gb: float
    fits: bool

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def model_counts(preset: str | ModelPreset, curriculum: Curriculum) -> ModelCounts:
    """Counts from the preset built on the meta device, adapters of all curriculum groups on."""
    p = get_preset(preset)
    model = build_model(p, train_tokenizer(default_corpus()), device="meta")
    peft_model = attach_lora(model, curriculum.all_groups, r=p.lora_r, alpha=p.lora_alpha)
    base = adapter = 0
    for name, param in peft_model.named_parameters():
        if ".lora_" in name or ".modules_to_save." in name:
            adapter += param.numel()
        else:
            base += param.numel()
    trainable = {
        s.name: group_parameter_count(peft_model, s.trainable_groups) for s in curriculum.stages
    }
    return ModelCounts(base, adapter, trainable)


def opacus_lora_inputs(p: ModelPreset, width: int, attn_width: int, layers: int) -> int:
    """Bytes per token that Opacus keeps from the first forward of checkpointed layers with
    LoRA on q/k/v/o: each LoRA factor's input, captured for its per-sample gradient: q, k and
    v's (the layer's normed input, each cast by peft to the adapters' fp32), o's (the attention
    output, fp32) and the four B factors' (r floats each). Without checkpointing these are the
    tensors autograd keeps for the same factors anyway."""
    return layers * ((3 * width + attn_width) * FP32 + 4 * p.lora_r * FP32)


def activation_bytes_per_sample(p: ModelPreset, stage: Stage, attention: Attention) -> int:
    """Activations kept for the backward pass of one sample of `stage` (see the module doc)."""
    if attention not in ATTENTION_KINDS:
        raise ValueError(f"attention={attention!r} must be one of {ATTENTION_KINDS}")
    tokens = stage.max_length
    h, heads, kv = p.text_hidden_size, p.text_num_heads, p.text_num_kv_heads
    attn_width, kv_width = heads * p.text_head_dim, kv * p.text_head_dim
    per_token_layer = (
        8 * h + 3 * attn_width + 4 * kv_width + p.num_experts
        + p.num_experts_per_tok * (2 * h + 3 * p.text_intermediate_size)
    )  # fmt: skip
    per_token_layer += 2 * heads * tokens if attention == "eager" else 2 * heads  # scores / lse
    layer = tokens * per_token_layer * BF16
    dp = stage.dp is not None
    if stage.activation_checkpointing:
        text = p.text_num_layers * tokens * h * BF16 + layer
        if dp and "lm.lora" in stage.trainable_groups:
            lora_inputs = opacus_lora_inputs(p, h, attn_width, p.text_num_layers)
            text += tokens * lora_inputs
    else:
        text = p.text_num_layers * layer
    text += 2 * tokens * h * BF16  # embeddings out, final norm
    images = stage.image_inputs_per_sample
    # an image's tokens are never targets; with reports, a sample may hold no image at all
    image_tokens = 0 if "text" in stage.data_kinds else images * p.image_seq_length
    text_tokens = max(tokens - image_tokens, 0)
    logits = text_tokens * (p.vocab_size or 0) * LOGIT_BYTES
    vision_tokens = p.num_patches + 1
    hv = p.vision_hidden_size
    vision = images * vision_tokens * hv * BF16  # the tower's output features
    if "vision.lora" in stage.trainable_groups:
        layers_used = p.vision_num_layers + min(p.vision_feature_layer, -1) + 1
        if stage.activation_checkpointing:  # layer inputs, one layer recomputed
            per_token = (layers_used + 16) * hv * BF16
            if dp:
                per_token += opacus_lora_inputs(p, hv, hv, layers_used)
            vision += images * vision_tokens * per_token
        else:
            vision += images * vision_tokens * layers_used * 16 * hv * BF16
    if "projector" in stage.trainable_groups:
        vision += images * p.num_patches * (hv + 2 * h) * BF16
    return text + logits + vision


def plan_stage(
    p: ModelPreset, stage: Stage, counts: ModelCounts, gpu_gb: float, attention: Attention
) -> StagePlan:
    trainable = counts.trainable_by_stage[stage.name]
    micro = stage.physical_batch_size
    opt_floats = OPTIMIZER_STATE_FLOATS.get(stage.optimizer)
    if opt_floats is None:
        raise ValueError(f"stage {stage.name!r}: no memory model for optimizer {stage.optimizer!r}")
    dp = stage.dp is not None
    parts = {
        "weights": counts.weight_bytes,
        "gradients": trainable * FP32,
        "optimizer": trainable * FP32 * opt_floats,
        "per_sample_gradients": trainable * FP32 * micro if dp else 0,
        "activations": micro * activation_bytes_per_sample(p, stage, attention),
        "runtime": RUNTIME_BYTES,
    }
    peak = sum(parts.values())
    return StagePlan(
        stage=stage.name,
        micro_batch_size=micro,
        max_length=stage.max_length,
        activation_checkpointing=stage.activation_checkpointing,
        dp=dp,
        trainable_params=trainable,
        weights_gb=round(parts["weights"] / GB, 2),
        gradients_gb=round(parts["gradients"] / GB, 2),
        optimizer_gb=round(parts["optimizer"] / GB, 2),
        per_sample_gradients_gb=round(parts["per_sample_gradients"] / GB, 2),
        activations_gb=round(parts["activations"] / GB, 2),
        runtime_gb=round(parts["runtime"] / GB, 2),
        peak_gb=round(peak / GB, 2),
        gpu_gb=gpu_gb,
        headroom_gb=round(gpu_gb - peak / GB, 2),
        fits=peak <= gpu_gb * GB,
    )


def plan_curriculum(
    preset: str | ModelPreset,
    curriculum: Curriculum,
    gpu_gb: float,
    attention: Attention = "flash",
) -> list[StagePlan]:
    """One StagePlan per stage, in curriculum order."""
    if not gpu_gb > 0:
        raise ValueError(f"gpu memory must be > 0 GB, got {gpu_gb!r}")
    p = get_preset(preset)
    if p.vocab_size is None:
        sized = sorted(name for name, q in PRESETS.items() if q.vocab_size is not None)
        raise ValueError(
            f"preset {p.name!r} has no fixed vocabulary (its tokenizer is the base directory's), "
            f"so its logits cannot be sized: plan one of {sized}"
        )
    counts = model_counts(p, curriculum)
    return [plan_stage(p, s, counts, gpu_gb, attention) for s in curriculum.stages]
