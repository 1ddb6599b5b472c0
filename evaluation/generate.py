"""Answers from a model: batched greedy generation in the MedFed prompt format.

The model and processor are what `medfed.export_check.load_export` returns (a PEFT-wrapped
`LlavaForConditionalGeneration` and its `LlavaProcessor`), or a plain base model with
`model.make_processor`. Each item becomes `format_prompt(prompt_question(item), n_images)`:
the PubMedQA context first, then the question, then the options one per line ("A) yes"), so
that `parse_choice` can read a label or an option text back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import torch

from evaluation.items import EvalItem, option_labels
from meddata import load_image
from model.prompting import format_prompt

Progress = Callable[[int, int], None]


def prompt_question(item: EvalItem) -> str:
    """The text that goes after "Question:" in the prompt."""
    parts = [f"Context: {item.context}"] if item.context else []
    parts.append(item.question.strip())
    if item.options is not None:
        labels = option_labels(len(item.options))
        parts.extend(f"{label}) {text}" for label, text in zip(labels, item.options, strict=True))
    return "\n".join(parts)


def _check(items: Sequence[EvalItem], batch_size: int, max_new_tokens: int) -> None:
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if max_new_tokens < 1:
        raise ValueError(f"max_new_tokens must be >= 1, got {max_new_tokens}")
    qids = [item.qid for item in items]
    if len(set(qids)) != len(qids):
        raise ValueError("item qids must be unique")


def _generate_batch(
    model: Any, processor: Any, batch: Sequence[EvalItem], max_new_tokens: int
) -> list[str]:
    prompts = [
        format_prompt(prompt_question(item), num_images=int(item.image is not None))
        for item in batch
    ]
    images = [load_image(item.image) for item in batch if item.image is not None]
    inputs = processor(text=prompts, images=images or None, return_tensors="pt", padding=True)
    first = next(model.parameters())
    inputs = {
        k: v.to(first.device, dtype=first.dtype) if v.is_floating_point() else v.to(first.device)
        for k, v in inputs.items()
    }
    tokenizer = processor.tokenizer
    out = model.generate(
        **inputs,
        max_new_tokens=max_new_tokens,
        do_sample=False,
        pad_token_id=tokenizer.pad_token_id,
    )
    new = out[:, inputs["input_ids"].shape[1] :]  # (B, generated); prompts are left padded
    return [str(text).strip() for text in tokenizer.batch_decode(new, skip_special_tokens=True)]


def predict(
    model: Any,
    processor: Any,
    items: Sequence[EvalItem],
    batch_size: int = 8,
    max_new_tokens: int = 32,
    progress: Progress | None = None,
) -> dict[str, str]:
    """qid -> greedy answer for every item, in item order; `progress(done, total)` per batch.

    Puts the model in eval mode. Prompts are left padded (the tokenizer's padding side is set
    to "left" for the call and restored after), so every row's answer starts at the same column.
    """
    _check(items, batch_size, max_new_tokens)
    model.eval()
    tokenizer = processor.tokenizer
    saved_side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    answers: dict[str, str] = {}
    try:
        with torch.inference_mode():
            for start in range(0, len(items), batch_size):
                batch = items[start : start + batch_size]
                for item, text in zip(
                    batch, _generate_batch(model, processor, batch, max_new_tokens), strict=True
                ):
                    answers[item.qid] = text
                if progress is not None:
                    progress(len(answers), len(items))
    finally:
        tokenizer.padding_side = saved_side
    return answers
