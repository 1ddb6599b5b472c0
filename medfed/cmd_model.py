"""`medfed model ...`: presets, base checkpoints (build, assemble from released checkpoints),
the model digest a hospital approves, and the per-stage memory plan."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from medfed.console import JsonOpt, console, emit_json
from medfed.console import fail as _fail


def model_info(
    preset: Annotated[str, typer.Argument(help="Preset name: tiny or medgpt-oss-20b.")] = "tiny",
    lora_rank: Annotated[int, typer.Option(min=1, help="LoRA rank for the trainable count.")] = 16,
    tokenizer: Annotated[
        Path | None,
        typer.Option(
            help="Directory of the model's own tokenizer: its ids go into config_digest "
            "(default: the shipped base's for tiny, the built-in one otherwise, which is NOT "
            "the digest of a real model)."
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Build a preset on the `meta` device (no memory, no weights) and report its sizes."""
    from transformers import AutoTokenizer

    from model import default_base_dir
    from model.digest import BASE_SUBDIR
    from model.inspect import preset_summary
    from model.tokenizer import ensure_image_token

    source = tokenizer
    if source is None and preset == "tiny":
        source = default_base_dir() / BASE_SUBDIR
    if tokenizer is not None and not Path(tokenizer).is_dir():
        raise _fail(f"--tokenizer {tokenizer}: no such directory (a local tokenizer directory)")
    try:
        tok = None
        if source is not None:
            tok = AutoTokenizer.from_pretrained(source, local_files_only=True)
            ensure_image_token(tok)
        info = preset_summary(preset, lora_rank=lora_rank, tokenizer=tok)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    info["digest_tokenizer"] = str(source) if source is not None else "built-in (not the model's)"
    if json_out:
        emit_json(info)
    else:
        for k, v in info.items():
            console.print(f"{k}: {v:,}" if isinstance(v, int) else f"{k}: {v}")


def model_build_base(
    out: Annotated[Path, typer.Option(help="Directory for the base checkpoint.")],
    seed: Annotated[int, typer.Option(help="Seed (the shipped base uses 0).")] = 0,
    steps: Annotated[
        int | None,
        typer.Option(help="Pretraining steps of the whole model [default: the shipped recipe's]."),
    ] = None,
) -> None:
    """Rebuild the tiny base checkpoint that stands for the public pretrained model, from
    public-style synthetic data (deterministic for a seed; the defaults rebuild the shipped one)."""
    from model.base import build_base

    overrides: dict[str, Any] = {} if steps is None else {"steps": steps}
    info = build_base(out, seed=seed, console=console, **overrides)
    held = info["held_out_loss"]
    console.print(
        f"base written to {out}: loss {info['first_loss']:.3f} -> "
        f"{info['final_loss']:.3f} in {info['seconds']} s; held-out loss "
        f"{held['own_images']:.3f} with the right images, {held['shuffled_images']:.3f} shuffled"
    )


def model_assemble(
    language: Annotated[
        Path,
        typer.Option(
            help="Released gpt-oss checkpoint directory: config.json, *.safetensors (MXFP4 "
            "experts as *_blocks/*_scales, or plain), tokenizer files."
        ),
    ],
    vision: Annotated[
        Path,
        typer.Option(help="CLIP vision checkpoint directory (CLIPVisionModel or CLIPModel)."),
    ],
    out: Annotated[Path, typer.Option(help="MedFed base directory to write (replaced whole).")],
    seed: Annotated[int, typer.Option(help="Seed of the freshly initialised projector.")] = 0,
    json_out: JsonOpt = False,
) -> None:
    """Assemble MedGPT-oss from released checkpoints into a MedFed base directory, in bf16.

    The gpt-oss MXFP4 expert weights are dequantized (one tensor at a time), `<image>` is added
    to the gpt-oss tokenizer, a projector is initialised, and OUT/base + OUT/medfed.json are
    written; `medfed model digest OUT` then prints the digest a hospital approves. Needs memory
    for the whole model in bf16 (~42 GB for gpt-oss-20b) and as much free disk twice over."""
    from model.assemble import assemble_base

    try:
        result = assemble_base(language, vision, out, seed=seed)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    payload = {
        "out": str(result.out),
        "preset": result.preset_name,
        "config_digest": result.config_digest,
        "parameters": result.parameters,
        "dequantized": list(result.dequantized),
        "dtype": "bfloat16",
    }
    if json_out:
        emit_json(payload)
    else:
        console.print(
            f"{result.out}: {result.parameters:,} parameters in bf16, preset {result.preset_name}, "
            f"{len(result.dequantized)} MXFP4 weights dequantized; digest {result.config_digest}"
        )


def model_digest(
    directory: Annotated[Path, typer.Argument(help="A MedFed base directory (holds base/).")],
) -> None:
    """Print the model's configuration digest: the value a hospital's policy approves
    (trust.model_config_digests) and a signed curriculum is bound to. Reads configuration and
    tokenizer only, and checks that they belong together."""
    from model.digest import base_dir_digest

    try:
        digest = base_dir_digest(directory)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    print(digest)


def model_plan(
    preset: Annotated[str, typer.Argument(help="Preset name, e.g. medgpt-oss-20b.")],
    curriculum: Annotated[Path, typer.Option(help="Curriculum file (TOML).")],
    gpu_memory: Annotated[
        float, typer.Option("--gpu-memory", help="Accelerator memory in GB (10^9 bytes).")
    ],
    attention: Annotated[
        str,
        typer.Option(
            help="flash: memory-efficient attention (SDPA/flash on a GPU); eager: attention "
            "scores kept (what CPU training does)."
        ),
    ] = "flash",
    json_out: JsonOpt = False,
) -> None:
    """Estimate each stage's peak memory on one accelerator: weights at their dtype, gradients
    and optimizer state of the trainable parameters, Opacus per-sample gradients (DP stages),
    activations at the stage's micro_batch_size and max_length with or without activation
    checkpointing (the site trainers checkpoint every decoder layer, and the vision layers when
    vision LoRA trains, when the stage sets activation_checkpointing). Parameter counts come
    from the preset on the meta device. Exit 1 when a stage does not fit; set micro_batch_size
    / activation_checkpointing in the curriculum."""
    from model.memory_plan import ATTENTION_KINDS, plan_curriculum
    from protocols.curriculum import CurriculumError
    from protocols.curriculum_file import load_curriculum

    if attention not in ATTENTION_KINDS:
        raise _fail(f"--attention {attention!r} must be one of {list(ATTENTION_KINDS)}")
    try:
        cur = load_curriculum(curriculum)
        plans = plan_curriculum(preset, cur, gpu_memory, attention=attention)  # type: ignore[arg-type]
    except (CurriculumError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    fits = all(p.fits for p in plans)
    if json_out:
        emit_json({"preset": preset, "gpu_gb": gpu_memory, "fits": fits,
                   "stages": [p.as_dict() for p in plans]})  # fmt: skip
    else:
        for p in plans:
            ckpt = (
                "activation checkpointing (the trainer recomputes each layer)"
                if p.activation_checkpointing
                else "no activation checkpointing"
            )
            console.print(
                f"{p.stage}: micro-batch {p.micro_batch_size} x {p.max_length} tokens, {ckpt}: "
                f"weights {p.weights_gb} + grads {p.gradients_gb} + optimizer {p.optimizer_gb} "
                f"+ per-sample grads {p.per_sample_gradients_gb} + activations {p.activations_gb} "
                f"+ runtime {p.runtime_gb} = {p.peak_gb} GB of {p.gpu_gb:g}: "
                + ("fits" if p.fits else "DOES NOT FIT"),
                highlight=False,
                soft_wrap=True,
            )
    if not fits:
        raise typer.Exit(1)


def register(model_app: typer.Typer) -> None:
    model_app.command("info")(model_info)
    model_app.command("build-base")(model_build_base)
    model_app.command("assemble")(model_assemble)
    model_app.command("digest")(model_digest)
    model_app.command("plan")(model_plan)
