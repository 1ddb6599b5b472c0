"""Does flex attention train the same function as eager on a GPU? Loss and gradients compared.

A site trains with flex attention on CUDA (`model.device.training_attention`: GPT-oss's attention
sinks, which transformers applies to flex's output through its log-sum-exp, and whose gradient
flows back through that log-sum-exp) and the model is built with eager attention. This builds a
20b-width slice (`bench/gpu_step.py`'s: --layers full-width GPT-oss layers, the real CLIP tower,
bf16 weights, projector + LM LoRA trainable in fp32 under bf16 autocast, as a site trains) with
LoRA's B factors made non-zero, and computes each sample's loss and the trainable parameters'
gradients on one batch under eager and under flex. Prints the largest relative difference of the
losses and, per trainable parameter group, the cosine similarity and the relative norm
difference of the gradients; exits 1 where the two differ by more than bf16 arithmetic explains
(--loss-tolerance, --min-cosine), 2 without a CUDA device.

    python bench/gpu_attention_check.py [--layers 2 --tokens 1024 --batch 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import train_step  # noqa: E402
from model import PRESETS, default_corpus, train_tokenizer  # noqa: E402
from model.device import attention_of, training_attention  # noqa: E402
from model.loss import per_sample_loss  # noqa: E402
from site_agent.dp import trainable_in_fp32  # noqa: E402
from site_agent.trainer import _autocast  # noqa: E402


def losses_and_grads(
    model: Any, batch: dict[str, torch.Tensor], device: torch.device
) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
    model.zero_grad(set_to_none=True)
    with _autocast(device):
        losses = per_sample_loss(model, batch)
    losses.mean().backward()
    grads = {n: p.grad.detach().float().clone() for n, p in model.named_parameters()
             if p.requires_grad and p.grad is not None}  # fmt: skip
    return losses.detach().float(), grads


def group_of(name: str) -> str:
    if "multi_modal_projector" in name:
        return "projector"
    for part in ("q_proj", "k_proj", "v_proj", "o_proj"):
        if part in name:
            return f"lm.lora {part} {'A' if 'lora_A' in name else 'B'}"
    return "other"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--tokens", type=int, default=1024)
    p.add_argument("--batch", type=int, default=2)
    p.add_argument("--loss-tolerance", type=float, default=0.02, help="largest relative loss gap")
    p.add_argument("--min-cosine", type=float, default=0.98, help="per gradient group")
    p.add_argument("--json-out", type=Path, default=None)
    p.add_argument("--cpu-smoke", action="store_true",
                   help="tiny model on the CPU (both runs eager): the code path only")  # fmt: skip
    args = p.parse_args(argv)
    if not args.cpu_smoke and not torch.cuda.is_available():
        print("bench/gpu_attention_check.py needs a CUDA GPU (flex attention with GPT-oss's "
              "sinks runs on CUDA only)", file=sys.stderr)  # fmt: skip
        return 2
    tokenizer = train_tokenizer(default_corpus())
    if args.cpu_smoke:
        device, dtype = torch.device("cpu"), torch.float32
        preset = train_step.tiny_preset(tokenizer)
        args.tokens = preset.image_seq_length + 48
    else:
        device, dtype = torch.device("cuda"), torch.bfloat16
        preset = dataclasses.replace(
            PRESETS["medgpt-oss-20b"], name="medgpt-oss-20b-slice", text_num_layers=args.layers
        )
    model = train_step.trainable_model(preset, tokenizer, device=device, dtype=dtype)
    trainable_in_fp32(model)
    with torch.no_grad():  # B = 0 at initialisation would leave A's gradient zero
        gen = torch.Generator(device="cpu").manual_seed(1)
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.copy_(torch.randn(param.shape, generator=gen) * 0.02)
    batch = train_step.synthetic_batch(
        model.get_base_model(), preset, args.tokens, args.batch, device=device, pixel_dtype=dtype,
        max_token_id=min(4000, preset.vocab_size or 4000),
        answer_tokens=args.tokens - preset.image_seq_length,
    )  # fmt: skip
    built = attention_of(model)
    eager_loss, eager_grads = losses_and_grads(model, batch, device)
    with training_attention(model, device):
        used = attention_of(model)
        flex_loss, flex_grads = losses_and_grads(model, batch, device)
    rel_loss = float(((flex_loss - eager_loss).abs() / eager_loss.abs()).max())
    groups: dict[str, list[tuple[torch.Tensor, torch.Tensor]]] = {}
    for name, g in eager_grads.items():
        groups.setdefault(group_of(name), []).append((g.flatten(), flex_grads[name].flatten()))
    report: dict[str, Any] = {
        "device": str(device),
        "built": built,
        "trained_with": used,
        "losses_eager": eager_loss.tolist(),
        "losses_flex": flex_loss.tolist(),
        "max_relative_loss_difference": round(rel_loss, 5),
        "groups": {},
    }
    worst = 1.0
    for group, pairs in sorted(groups.items()):
        a = torch.cat([x for x, _ in pairs])
        b = torch.cat([y for _, y in pairs])
        cosine = float(torch.nn.functional.cosine_similarity(a, b, dim=0))
        norm_gap = float((b.norm() - a.norm()).abs() / a.norm().clamp(min=1e-30))
        report["groups"][group] = {
            "cosine": round(cosine, 5),
            "relative_norm_gap": round(norm_gap, 5),
        }
        worst = min(worst, cosine)
    ok = rel_loss <= args.loss_tolerance and worst >= args.min_cosine
    report["same_function"] = ok
    print(json.dumps(report, indent=2))
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
