"""VQA-RAD and SLAKE (English) loaders."""

from __future__ import annotations

from pathlib import Path

from meddata.records import Record, check_unique_qids, read_json_list
from meddata.samples import AnswerType, VQASample

VQA_RAD = "vqa-rad"
SLAKE = "slake"

# The released files use "X-Ray"/"CT"/"MRI"; training code compares lowercase names.
_MODALITY_NAMES = {"x-ray": "x-ray", "xray": "x-ray", "ct": "ct", "mri": "mri", "mr": "mri"}


def _answer_type(record: Record) -> AnswerType:
    value = record.nonempty_text("answer_type").lower()
    if value == "closed":
        return "closed"
    if value == "open":
        return "open"
    raise record.error("answer_type", f"expected CLOSED or OPEN, got {value!r}")


def normalise_modality(name: str | None) -> str | None:
    if name is None:
        return None
    key = name.strip().lower()
    return _MODALITY_NAMES.get(key, key) or None


def load_vqa_rad(json_path: Path, image_dir: Path) -> list[VQASample]:
    """VQA-RAD layout: a list of {qid, image_name, question, answer, answer_type, ...}."""
    records = [r.with_qid() for r in read_json_list(Path(json_path))]
    check_unique_qids(records)
    return [
        VQASample(
            qid=str(r.qid),
            image=r.image("image_name", Path(image_dir)),
            question=r.nonempty_text("question"),
            # Some released answers are bare numbers.
            answer=r.nonempty_text("answer", allow_number=True),
            answer_type=_answer_type(r),
            modality=None,
            source=VQA_RAD,
        )
        for r in records
    ]


def load_slake(json_path: Path, image_dir: Path) -> list[VQASample]:
    """SLAKE layout; only English questions (``q_lang == "en"``) are kept."""
    records = [r.with_qid() for r in read_json_list(Path(json_path))]
    english = [r for r in records if r.text("q_lang").lower() == "en"]
    check_unique_qids(english)
    return [
        VQASample(
            qid=str(r.qid),
            image=r.image("img_name", Path(image_dir)),
            question=r.nonempty_text("question"),
            answer=r.nonempty_text("answer", allow_number=True),
            answer_type=_answer_type(r),
            modality=normalise_modality(r.optional_text("modality")),
            source=SLAKE,
        )
        for r in english
    ]
