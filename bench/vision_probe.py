"""What the base's vision tower hands the projector: linear probes of its image tokens on the sites.

For every study of the training sites under DATA_ROOT (curated by their agents, as
`medfed eval baselines` reads them), the facts the closed and count questions ask are taken from
the study's own VQA answers (lesion present, side, large, count), and the frozen base's image
tokens (the vision layer LLaVA feeds its projector, CLS dropped) are computed once. A multinomial
logistic regression is trained on the training split's tokens and scored on the test split, on
(a) the image tokens concatenated, which keeps where each patch is, and (b) their mean, which
does not. Each accuracy is printed beside the majority class's share on the same test studies.

A fact the concatenated probe reads well but the trained models answer poorly is lost between
the tower and the answer (projector, language model, recipe); a fact the probe reads poorly is
not separated by the tower itself (resolution, patch size, pretraining).

With `--ood`, the same probes (trained on the training sites) are also scored on every study of
the evaluation-only hospital, overall and per modality: a fact read on the training sites'
scanners but not on the new hospital's is one the tower's features do not carry across scanners.
With `--modality M` as well, only that modality's studies, and a second read-out fit on half of
the OOD hospital's own studies and scored on the other half: whether its tokens hold the fact
at all, wherever a read-out learned elsewhere puts its boundary. With `--window-only`, images are
loaded with the percentile window alone, as before the loader median-filtered grey images.

With `--trained-site SITE`, the probes read a trained model instead of the base: SITE's local-only
model of `medfed eval baselines` (`medfed.baselines.train_local_only`, the curriculum's DP-SGD at
that site alone, seed 0; eps per patient printed), whose vision LoRA has changed the tower. With
`--projector`, they read the projector's output (the tokens the language model receives) instead
of the tower's. A fact these probes still read on the OOD hospital but the trained model answers
at chance is lost in the language model's reading of the tokens, not in the tokens.

    .venv/bin/medfed synth --out DIR --studies 600 --ood
    .venv/bin/python bench/vision_probe.py --data-root DIR [--base DIR] [--ood] [--modality mri]
        [--window-only] [--trained-site hospital-c [--curriculum FILE]] [--projector]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from meddata import load_image, load_site  # noqa: E402
from meddata.images import load_image_unstandardised, window_image  # noqa: E402
from medfed.baselines import SiteTrainingData, evaluation_site, train_local_only  # noqa: E402
from medfed.curricula import BENCHMARK_CURRICULUM  # noqa: E402
from model import default_base_dir, load_base  # noqa: E402
from model.prompting import image_transform  # noqa: E402
from model.vision_pretrain import patch_features  # noqa: E402
from protocols.curriculum_file import load_curriculum  # noqa: E402
from simulation.prepare import DEFAULT_LORA_RANK  # noqa: E402
from simulation.synth.findings import COUNT_WORDS, IMAGE_SIZE, LARGE_RADIUS, SMALL_RADIUS  # noqa: E402
from simulation.synth.qa import PHRASINGS  # noqa: E402
from site_agent.agent import curated_data  # noqa: E402
from site_agent.settings import default_agent_dir, training_sites  # noqa: E402

# fact: (question kind it is read from, answer -> class)
FACTS: dict[str, tuple[str, dict[str, int]]] = {
    "present": ("presence", {"no": 0, "yes": 1}),
    "side": ("side_open", {"left": 0, "right": 1}),
    "large": ("size", {"no": 0, "yes": 1}),
    "count": ("count", {w: i for i, w in enumerate(COUNT_WORDS)}),
}
_KIND_OF = {
    q.format(side=side): kind
    for kind, styles in PHRASINGS.items()
    for phrasings in styles
    for q in phrasings
    for side in ("left", "right")
}


def study_facts(
    data_root: Path, ood: bool = False
) -> tuple[dict[str, dict[Path, dict[str, int]]], dict[Path, str]]:
    """Per split ("train", "test"; with `ood`, "ood": both splits of the evaluation-only
    hospital): image path -> {fact: class} from each study's VQA answers, over the training
    sites; and each image's modality, as the sites' data names it."""
    out: dict[str, dict[Path, dict[str, int]]] = {"train": {}, "test": {}}
    modality: dict[Path, str] = {}
    sources = [(site, split, split) for site in training_sites(data_root) for split in out]
    if ood:
        out["ood"] = {}
        site = data_root / evaluation_site(data_root)
        sources += [(site, split, "ood") for split in ("train", "test")]
    for site, split, into in sources:
        agent = default_agent_dir(site)
        curated_data(str(site), str(agent / "curated"), str(agent))  # curates once
        for s in load_site(agent / "curated", split).vqa:  # type: ignore[arg-type]
            kind = _KIND_OF.get(s.question)
            if s.modality:
                modality[s.image] = s.modality
            for fact, (fact_kind, classes) in FACTS.items():
                if kind == fact_kind and s.answer in classes:
                    out[into].setdefault(s.image, {})[fact] = classes[s.answer]
    return out, modality


def training_sites_names(data_root: Path) -> list[str]:
    return [site.name for site in training_sites(data_root)]


def majority_share(labels: torch.Tensor) -> float:
    """The commonest class's share of `labels`, to 3 decimals."""
    return round(Counter(labels.tolist()).most_common(1)[0][1] / len(labels), 3)


def window_only(path: Path) -> Image.Image:
    """An image as `load_image` gives it, without the median filter of grey images."""
    return window_image(load_image_unstandardised(path))


def image_tokens(
    model: Any,
    preset: Any,
    paths: list[Path],
    load: Callable[[Path], Image.Image] = load_image,
    projector: bool = False,
) -> torch.Tensor:
    """(N, P, hidden): the tower's image tokens, as the projector receives them (with
    `projector`, the projector's output, as the language model receives them)."""
    processor = image_transform(preset)
    chunks = []
    model.eval()
    with torch.no_grad():
        for start in range(0, len(paths), 128):
            imgs = [load(p) for p in paths[start : start + 128]]
            pixels = processor(imgs, return_tensors="pt")["pixel_values"]
            tokens = patch_features(model, pixels)
            chunks.append(model.model.multi_modal_projector(tokens) if projector else tokens)
    return torch.cat(chunks)


def trained_model(data_root: Path, site: str, curriculum: Path) -> Any:
    """SITE's local-only model under the curriculum's DP-SGD (as the baselines train it), with its
    LoRA weights applied in place: a LLaVA model `patch_features` can read."""
    cur = load_curriculum(curriculum)
    agent = default_agent_dir(data_root / site)
    data = curated_data(str(data_root / site), str(agent / "curated"), str(agent))
    model, _, _, eps = train_local_only(
        SiteTrainingData(site, data), cur, default_base_dir(), DEFAULT_LORA_RANK, 0, True, "rdp",
        lambda m: None,
    )  # fmt: skip
    assert eps is not None
    print(f"local-only {site}: eps {eps[site]:.2f} per patient (study) over the whole "
          f"curriculum (rdp, delta 1e-5)", flush=True)  # fmt: skip
    return model.merge_and_unload() if hasattr(model, "merge_and_unload") else model


def probe(
    x_train: torch.Tensor, y_train: torch.Tensor, x_test: torch.Tensor, classes: int, steps: int
) -> torch.Tensor:
    """Test-set predictions of a logistic regression on standardised features (`x_test` may
    stack several test sets: they are scored by the one fit)."""
    mean, std = x_train.mean(0), x_train.std(0) + 1e-5
    a, b = (x_train - mean) / std, (x_test - mean) / std
    gen = torch.Generator().manual_seed(0)
    weight = (0.01 * torch.randn(a.shape[1], classes, generator=gen)).requires_grad_()
    bias = torch.zeros(classes, requires_grad=True)
    optimizer = torch.optim.Adam([weight, bias], lr=1e-2)
    for _ in range(steps):
        loss = F.cross_entropy(a @ weight + bias, y_train) + 1e-3 * (weight**2).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return (b @ weight + bias).argmax(1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", type=Path, required=True, help="synthesised sites")
    ap.add_argument("--base", type=Path, default=None, help="base directory (default: shipped)")
    ap.add_argument("--steps", type=int, default=300, help="optimizer steps per probe")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument(
        "--ood", action="store_true", help="also score the probes on the OOD hospital, per modality"
    )
    ap.add_argument(
        "--modality",
        default=None,
        help="only the studies of this modality (as the sites' data names it, e.g. mri); with "
        "--ood, also probes fit on half of the OOD hospital's studies, scored on the other half",
    )
    ap.add_argument(
        "--window-only",
        action="store_true",
        help="load images with the percentile window alone, without the median filter the "
        "loader gives grey images (as the loader did before it had the filter)",
    )
    ap.add_argument(
        "--trained-site",
        default=None,
        metavar="SITE",
        help="probe SITE's local-only model, trained here under the curriculum's DP-SGD, instead "
        "of the base",
    )
    ap.add_argument("--curriculum", type=Path, default=BENCHMARK_CURRICULUM,
                    help="with --trained-site: the curriculum it trains")  # fmt: skip
    ap.add_argument("--projector", action="store_true",
                    help="probe the projector's output instead of the tower's tokens")  # fmt: skip
    args = ap.parse_args()
    load = window_only if args.window_only else load_image
    torch.manual_seed(0)
    started = time.monotonic()
    facts, modality_of = study_facts(args.data_root, args.ood)
    model, _, preset = load_base(args.base or default_base_dir())
    if args.trained_site is not None:
        if args.trained_site not in training_sites_names(args.data_root):
            ap.error(f"--trained-site: {args.trained_site!r} is not a training site under "
                     f"{args.data_root}")  # fmt: skip
        model = trained_model(args.data_root, args.trained_site, args.curriculum)
    if args.modality is not None:
        facts = {
            split: {p: f for p, f in by_path.items() if modality_of.get(p) == args.modality}
            for split, by_path in facts.items()
        }
        if not facts["train"] or not facts["test"]:
            ap.error(f"--modality: no {args.modality!r} studies at the training sites")
    train, test = facts["train"], facts["test"]
    train_paths, test_paths = sorted(train), sorted(test)
    tok_train = image_tokens(model, preset, train_paths, load, args.projector)
    tok_test = image_tokens(model, preset, test_paths, load, args.projector)
    ood = facts.get("ood", {})
    ood_paths = sorted(ood)
    tok_ood = (image_tokens(model, preset, ood_paths, load, args.projector) if ood_paths
               else tok_test[:0])  # fmt: skip
    scale = preset.image_size / IMAGE_SIZE
    result: dict[str, Any] = {
        "read": (f"{args.trained_site}'s local-only model" if args.trained_site else "the base")
        + ("'s projector output" if args.projector else "'s tower tokens"),
        "geometry": {
            "image_px": preset.image_size,
            "patch_px": preset.patch_size,
            "image_tokens_to_lm": int(tok_train.shape[1]),
            "token_width": int(tok_train.shape[2]),
            "lesion_radius_px_small": [round(r * scale, 2) for r in SMALL_RADIUS],
            "lesion_radius_px_large": [round(r * scale, 2) for r in LARGE_RADIUS],
        },
        "studies": {"train": len(train_paths), "test": len(test_paths), "ood": len(ood_paths)},
        "probes": {},
    }
    for fact, (_, classes) in FACTS.items():
        tr = [i for i, p in enumerate(train_paths) if fact in train[p]]
        te = [i for i, p in enumerate(test_paths) if fact in test[p]]
        y_tr = torch.tensor([train[train_paths[i]][fact] for i in tr])
        y_te = torch.tensor([test[test_paths[i]][fact] for i in te])
        oo = [i for i, p in enumerate(ood_paths) if fact in ood[p]]
        y_oo = torch.tensor([ood[ood_paths[i]][fact] for i in oo], dtype=torch.long)
        row: dict[str, Any] = {"n_test": len(te)}
        row["majority"] = majority_share(y_te)
        for name, pool in (("tokens", lambda t: t.flatten(1)), ("mean", lambda t: t.mean(1))):
            x_eval = (
                torch.cat([pool(tok_test[te]), pool(tok_ood[oo])]) if oo else pool(tok_test[te])
            )
            pred = probe(pool(tok_train[tr]), y_tr, x_eval, len(classes), args.steps)
            row[name] = round(float((pred[: len(te)] == y_te).float().mean()), 3)
            if oo:  # the evaluation-only hospital, overall and per modality
                hit = pred[len(te) :] == y_oo
                per = {"all": (hit, y_oo)}
                for modality in sorted({modality_of.get(ood_paths[i], "?") for i in oo}):
                    mask = torch.tensor(
                        [modality_of.get(ood_paths[i], "?") == modality for i in oo]
                    )
                    per[modality] = (hit[mask], y_oo[mask])
                row.setdefault("ood", {})[name] = {
                    m: {"n": len(y), "accuracy": round(float(h.float().mean()), 3),
                        "majority": majority_share(y)}
                    for m, (h, y) in per.items()
                }  # fmt: skip
        if args.modality is not None and len(oo) >= 4:  # the OOD hospital's own read-out
            a, b = oo[: len(oo) // 2], oo[len(oo) // 2 :]
            own = probe(tok_ood[a].flatten(1), y_oo[: len(a)], tok_ood[b].flatten(1),
                        len(classes), args.steps)  # fmt: skip
            y_b = y_oo[len(a) :]
            row["ood_fit_on_ood_half"] = {
                "n": len(b),
                "accuracy": round(float((own == y_b).float().mean()), 3),
                "majority": majority_share(y_b),
            }
        result["probes"][fact] = row
    result["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    g = result["geometry"]
    print(f"probes of {result['read']}")
    print(
        f"{g['image_px']} px images, {g['patch_px']} px patches: {g['image_tokens_to_lm']} image "
        f"tokens of width {g['token_width']} reach the projector; lesion radius "
        f"{g['lesion_radius_px_small']} px (small), {g['lesion_radius_px_large']} px (large)"
    )
    print(f"studies: {len(train_paths)} train, {len(test_paths)} test")
    print("| fact | test studies | majority class | probe on tokens | probe on mean |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for fact, row in result["probes"].items():
        print(f"| {fact} | {row['n_test']} | {row['majority']} | {row['tokens']} | {row['mean']} |")
    if ood_paths:
        print(f"\nthe same probes on the evaluation-only hospital ({len(ood_paths)} studies):")
        print("| fact | modality | studies | majority class | probe on tokens | probe on mean |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        for fact, row in result["probes"].items():
            for m, cell in row.get("ood", {}).get("tokens", {}).items():
                mean_cell = row["ood"]["mean"][m]
                print(f"| {fact} | {m} | {cell['n']} | {cell['majority']} | {cell['accuracy']} "
                      f"| {mean_cell['accuracy']} |")  # fmt: skip
        halves = {f: r["ood_fit_on_ood_half"] for f, r in result["probes"].items()
                  if "ood_fit_on_ood_half" in r}  # fmt: skip
        if halves:
            print("\nprobes on tokens fit on half of the OOD hospital's studies, the other half:")
            print("| fact | studies | majority class | probe on tokens |")
            print("| --- | ---: | ---: | ---: |")
            for fact, cell in halves.items():
                print(f"| {fact} | {cell['n']} | {cell['majority']} | {cell['accuracy']} |")
    print(f"{result['seconds']} s")


if __name__ == "__main__":
    main()
