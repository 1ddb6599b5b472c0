"""Check an exported model the way a user would: plain transformers + peft, then generate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from peft import PeftModel
from transformers import AutoProcessor, LlavaForConditionalGeneration

from meddata import load_image, load_site
from model.prompting import format_prompt


@dataclass(frozen=True)
class ExportCheck:
    """Answers the exported model gave to held-out questions (question, answer, gold)."""

    path: Path
    samples: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "samples": [{"question": q, "answer": a, "gold": g} for q, a, g in self.samples],
        }


def load_export(path: Path) -> tuple[Any, Any]:
    """(model, processor) from an export directory, with nothing but transformers and peft."""
    base = LlavaForConditionalGeneration.from_pretrained(path / "base", local_files_only=True)
    model = PeftModel.from_pretrained(base, path / "adapter", local_files_only=True)
    model.eval()
    processor = AutoProcessor.from_pretrained(path / "base", local_files_only=True)
    return model, processor


def answer(model: Any, processor: Any, image: Any, question: str, max_new_tokens: int = 8) -> str:
    inputs = processor(images=[image], text=[format_prompt(question)], return_tensors="pt")
    with torch.no_grad():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
    new = out[0, inputs["input_ids"].shape[1] :]
    return str(processor.tokenizer.decode(new, skip_special_tokens=True)).strip()


def check_export(path: Path, site_dir: Path, n: int = 3) -> ExportCheck:
    """Load the export and answer the first `n` held-out questions of a site."""
    model, processor = load_export(path)
    test = load_site(site_dir, "test").vqa[:n]
    samples = [
        (s.question, answer(model, processor, load_image(s.image), s.question), s.answer)
        for s in test
    ]
    return ExportCheck(path=path, samples=samples)
