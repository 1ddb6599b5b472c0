"""The exported model's card: what it was trained on, how, and at what privacy cost."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from coordinator.settings import CoordinatorSettings
from meddata.images import PREPROCESSING
from protocols.curriculum_file import curriculum_digest


def write_model_card(
    export_dir: Path,
    settings: CoordinatorSettings,
    rounds: Sequence[Any],
    site_epsilons: Mapping[str, float],
) -> Path:
    cur = settings.curriculum
    per_stage = Counter(r.stage for r in rounds)
    lines = [
        f"# MedGPT-oss adapted by MedFed run `{settings.run_id}`",
        "",
        "Load with plain `transformers` + `peft`:",
        "",
        "```python",
        "from transformers import LlavaForConditionalGeneration",
        "from peft import PeftModel",
        'model = PeftModel.from_pretrained(LlavaForConditionalGeneration.from_pretrained("base"),'
        ' "adapter")',
        "```",
        "",
        "## Input images",
        f"Trained and evaluated on {PREPROCESSING}. Give it images prepared the same way "
        "(`from meddata import load_image`): raw pixels, or a window without the filter, are "
        "not what it learned from.",
        "",
        "## Curriculum",
        f"- name: {cur.name}",
        f"- digest: `{curriculum_digest(cur)}`",
        f"- signed by key `{settings.signed.signer}` for model config "
        f"`{settings.signed.model_config_digest}`",
        "",
        "| stage | trainable groups | rounds planned | rounds run |",
        "| --- | --- | --- | --- |",
    ]
    for s in cur.stages:
        groups = ", ".join(s.trainable_groups)
        lines.append(f"| {s.name} | {groups} | {s.rounds} | {per_stage.get(s.name, 0)} |")
    lines += [
        "",
        "## Sites and rounds",
        f"- sites in the federation: {settings.num_sites}",
        f"- secure aggregation (SecAgg+): {'on' if settings.secagg.enabled else 'off'}",
        "",
        "| round | stage | sites trained | refused | dropped | loss before | loss after |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rounds:
        lines.append(
            f"| {r.global_round} | {r.stage} | {r.participants}/{r.sampled} | "
            f"{r.refusals} | {len(r.dropped_nodes)} | {r.loss_before:.4f} | {r.loss_after:.4f} |"
        )
    lines += ["", "## Privacy spent (from the sites' signed ledger entries)", ""]
    if site_epsilons:
        delta = {s.dp.delta for s in cur.stages if s.dp is not None}
        lines += [
            f"- delta: {', '.join(map(str, sorted(delta)))}",
            "",
            "eps is per study (the privacy unit: one DP sample holds all of one study's text) over "
            "the site's lifetime budget, whoever sees the site's updates and the evaluation "
            "counts it released (noised, each a spend).",
            "",
            "| site | eps per study (lifetime, after its last entry here) |",
            "| --- | --- |",
        ]
        lines += [f"| {site} | {eps:.3f} |" for site, eps in sorted(site_epsilons.items())]
    else:
        lines.append("No stage trained under differential privacy: no finite eps to report.")
    path = export_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines) + "\n")
    return path
