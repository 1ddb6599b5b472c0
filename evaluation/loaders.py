"""`load_eval_data(path)`: any supported benchmark file, as a list of `EvalItem`.

The layout is told from the extension and the first record's fields:

| layout      | file                               | told by                 | items           |
| ----------- | ---------------------------------- | ----------------------- | --------------- |
| `vqa-rad`   | JSON list                          | "image_name"            | closed / open   |
| `slake`     | JSON list (English kept)           | "img_name"              | closed / open   |
| `llava-med` | JSON list                          | "conversations"         | open (1st turn) |
| `medqa`     | JSONL or JSON list                 | "options", "answer_idx" | choice          |
| `pubmedqa`  | JSONL, JSON list, or PMID map      | "final_decision"        | choice (y/n/m)  |
| `hf-arrow`  | save_to_disk dir, .arrow, .parquet | dataset_info.json, ...  | closed / open   |

VQA-RAD, SLAKE and LLaVA-Med go through the training loaders in `meddata`, so they
are parsed exactly as training parses them; only the question type (VQA-RAD "question_type",
SLAKE "content_type", lowercased) is read here. Their images are looked up in `image_dir`, by
default the first of images/, imgs/ or "VQA_RAD Image Folder"/ found beside the file or one
level up (the site layout), else the file's own directory.

The Hugging Face `datasets` save_to_disk layout (PathVQA, VQA-RAD on the Hub: image, question,
answer columns) is read with pyarrow by `evaluation.hf_arrow`, without `datasets`; its images,
stored as bytes, are written once to a private per-user cache (see that module).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.choice_data import medqa_item, pubmedqa_item
from evaluation.hf_arrow import load_hf_items
from evaluation.items import EvalDataError, EvalItem, read_json
from meddata import DatasetError, VQASample, load_llava_med, load_slake, load_vqa_rad
from meddata.records import Record, read_json_list, read_jsonl

IMAGE_DIR_NAMES = ("images", "imgs", "VQA_RAD Image Folder")
HF_MARKERS = ("dataset_info.json", "state.json", "dataset_dict.json")
# First-record fields that identify each JSON layout, checked in this order.
_SIGNATURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("llava-med", ("conversations",)),
    ("slake", ("img_name",)),
    ("vqa-rad", ("image_name",)),
    ("medqa", ("options", "answer_idx")),
    ("pubmedqa", ("final_decision",)),
)
_JSONL_LAYOUTS = ("medqa", "pubmedqa")


def find_image_dir(path: Path) -> Path:
    for base in (path.parent, path.parent.parent):
        for name in IMAGE_DIR_NAMES:
            if (base / name).is_dir():
                return base / name
    return path.parent


def _layout_of(path: Path, index: int, record: Any, label: str, allowed: tuple[str, ...]) -> str:
    if isinstance(record, dict):
        for layout, fields in _SIGNATURES:
            if layout in allowed and all(f in record for f in fields):
                return layout
    expected = "; ".join(f"{name}: {', '.join(f)}" for name, f in _SIGNATURES if name in allowed)
    keys = sorted(record) if isinstance(record, dict) else type(record).__name__
    raise EvalDataError(
        path,
        f"cannot tell the layout from its fields {keys} (expected {expected})",
        index=index,
        index_label=label,
    )


def _is_pubmedqa_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, dict) and "final_decision" in v for v in value.values()
    )


def detect_layout(path: Path) -> str:
    """The layout name of a benchmark file or directory (the table in the module docstring)."""
    path = Path(path)
    if path.is_dir():
        if any((path / m).is_file() for m in HF_MARKERS) or any(path.glob("data-*.arrow")):
            return "hf-arrow"
        raise EvalDataError(path, "directory holds no dataset_info.json, state.json or *.arrow")
    if not path.is_file():
        raise EvalDataError(path, "file not found")
    suffix = path.suffix.lower()
    if suffix in (".arrow", ".parquet"):
        return "hf-arrow"
    if suffix == ".jsonl":
        records = read_jsonl(path)
        if not records:
            raise EvalDataError(path, "no records")
        first = records[0]
        return _layout_of(path, first.index, first.data, "line", _JSONL_LAYOUTS)
    if suffix != ".json":
        raise EvalDataError(path, f"unknown extension {suffix!r}: expected .json or .jsonl")
    value = read_json(path)
    if _is_pubmedqa_map(value) and value:
        return "pubmedqa"
    if not isinstance(value, list) or not value:
        raise EvalDataError(path, "expected a non-empty JSON list of records (or a PMID map)")
    return _layout_of(path, 0, value[0], "record", tuple(name for name, _ in _SIGNATURES))


def _question_types(path: Path, field: str, english_only: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in read_json_list(path):
        value, qid = r.data.get(field), r.data.get("qid")
        if english_only and str(r.data.get("q_lang", "")).strip().lower() != "en":
            continue
        if isinstance(value, str) and value.strip() and qid is not None:
            out[str(qid).strip()] = value.strip().lower()
    return out


def _from_vqa(samples: list[VQASample], question_types: dict[str, str]) -> list[EvalItem]:
    return [
        EvalItem(
            qid=s.qid,
            question=s.question,
            answer=s.answer,
            answer_type=s.answer_type,
            image=s.image,
            modality=s.modality,
            question_type=question_types.get(s.qid),
        )
        for s in samples
    ]


def load_vqa_rad_items(path: Path, image_dir: Path) -> list[EvalItem]:
    return _from_vqa(load_vqa_rad(path, image_dir), _question_types(path, "question_type", False))


def load_slake_items(path: Path, image_dir: Path) -> list[EvalItem]:
    return _from_vqa(load_slake(path, image_dir), _question_types(path, "content_type", True))


def load_llava_med_items(path: Path, image_dir: Path) -> list[EvalItem]:
    """The first (human, gpt) pair of each conversation as an open question."""
    items = []
    for index, conv in enumerate(load_llava_med(path, image_dir)):
        question, answer = conv.turns[0]
        for field, text in (
            ("conversations[0].value", question),
            ("conversations[1].value", answer),
        ):
            if not text.strip():
                raise EvalDataError(
                    path, "must not be empty", index=index, qid=conv.id, field=field
                )
        image = conv.images[0] if conv.images else None
        items.append(EvalItem(conv.id, question.strip(), answer.strip(), "open", image=image))
    return items


def _records(path: Path) -> list[Record]:
    if path.suffix.lower() == ".jsonl":
        return read_jsonl(path)
    value = read_json(path)
    if _is_pubmedqa_map(value):
        return [Record(path, i, v, "record", str(k)) for i, (k, v) in enumerate(value.items())]
    return read_json_list(path)


def load_medqa_items(path: Path, image_dir: Path) -> list[EvalItem]:
    return [medqa_item(r, i) for i, r in enumerate(_records(path))]


def load_pubmedqa_items(path: Path, image_dir: Path) -> list[EvalItem]:
    return [pubmedqa_item(r, i) for i, r in enumerate(_records(path))]


def load_hf_arrow_items(path: Path, image_dir: Path) -> list[EvalItem]:
    """A save_to_disk split directory, .arrow or .parquet file; images cached per user."""
    return load_hf_items(path, image_dir)


LOADERS: dict[str, Callable[[Path, Path], list[EvalItem]]] = {
    "vqa-rad": load_vqa_rad_items,
    "slake": load_slake_items,
    "llava-med": load_llava_med_items,
    "medqa": load_medqa_items,
    "pubmedqa": load_pubmedqa_items,
    "hf-arrow": load_hf_arrow_items,
}


def _check_unique(path: Path, items: list[EvalItem]) -> None:
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.qid in first:
            raise EvalDataError(
                path, f"duplicate qid, first used by item {first[item.qid]}", index=i, qid=item.qid
            )
        first[item.qid] = i


def load_eval_data(path: Path, image_dir: Path | None = None) -> list[EvalItem]:
    """Every question of a benchmark file, whatever its layout; raises EvalDataError."""
    path = Path(path)
    try:
        layout = detect_layout(path)
        items = LOADERS[layout](path, Path(image_dir) if image_dir else find_image_dir(path))
    except EvalDataError:
        raise
    except DatasetError as exc:
        raise EvalDataError.wrap(exc) from exc
    if not items:
        raise EvalDataError(path, f"no questions found ({layout} layout)")
    _check_unique(path, items)
    return items
