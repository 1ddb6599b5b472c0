"""Text multiple-choice records: MedQA and PubMedQA, one `Record` at a time.

- MedQA (USMLE, JSONL): {"question", "options": {"A": text, ...}, "answer_idx": "B",
  "answer": text, "meta_info": "step1"}. Options may also be a list of {"key", "value"}
  objects. The labels must be "A", "B", ... in order; "answer", when present, must be the text
  of option "answer_idx"; "meta_info" becomes the question type.
- PubMedQA: {"QUESTION" or "question", "CONTEXTS" (list) or "context" (text, list, or
  {"contexts": list}), "final_decision": "yes" | "no" | "maybe"}: a choice among the options
  ("yes", "no", "maybe"), with the abstract as the item's context.

The qid is the record's "qid", "id" (or PubMedQA "pubid") field, else its position among the
file's records counted from 0.
"""

from __future__ import annotations

from typing import Any

from evaluation.items import EvalItem, option_labels
from evaluation.normalize import normalize_answer
from meddata.records import Record

PUBMEDQA_OPTIONS = ("yes", "no", "maybe")
_QID_FIELDS = ("qid", "id", "pubid")


def record_qid(record: Record, position: int) -> Record:
    """The record with its qid set: an id field when it has one, else its position."""
    if record.qid is not None:
        return record
    for name in _QID_FIELDS:
        if record.data.get(name) is not None:
            return record.with_qid(name)
    return Record(record.file, record.index, record.data, record.index_label, str(position))


def _option_text(record: Record, field: str, value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise record.error(field, f"expected non-empty option text, got {value!r}")
    return value.strip()


def _keyed_options(record: Record) -> dict[str, str]:
    raw = record.raw("options")
    if isinstance(raw, dict):
        return {str(k).strip(): _option_text(record, f"options.{k}", v) for k, v in raw.items()}
    if isinstance(raw, list):
        out: dict[str, str] = {}
        for i, entry in enumerate(raw):
            if not isinstance(entry, dict) or "key" not in entry or "value" not in entry:
                raise record.error(f"options[{i}]", 'expected {"key": label, "value": text}')
            out[str(entry["key"]).strip()] = _option_text(record, f"options[{i}]", entry["value"])
        return out
    raise record.error("options", f"expected an object of label: text, got {type(raw).__name__}")


def medqa_options(record: Record) -> tuple[str, ...]:
    keyed = _keyed_options(record)
    if len(keyed) < 2:
        raise record.error("options", f"expected at least 2 options, got {len(keyed)}")
    labels = option_labels(min(len(keyed), 26))
    if sorted(keyed) != list(labels):
        raise record.error("options", f"labels must be {', '.join(labels)}, got {sorted(keyed)}")
    return tuple(keyed[label] for label in labels)


def medqa_item(record: Record, position: int) -> EvalItem:
    record = record_qid(record, position)
    options = medqa_options(record)
    label = record.nonempty_text("answer_idx").upper()
    labels = option_labels(len(options))
    if label not in labels:
        raise record.error("answer_idx", f"expected one of {', '.join(labels)}, got {label!r}")
    if record.data.get("answer") is not None:
        text = record.text("answer", allow_number=True)
        if normalize_answer(text) != normalize_answer(options[labels.index(label)]):
            raise record.error(
                "answer",
                f"{text!r} is not the text of option {label} ({options[labels.index(label)]!r})",
            )
    meta = record.data.get("meta_info")
    return EvalItem(
        qid=str(record.qid),
        question=record.nonempty_text("question"),
        answer=label,
        answer_type="choice",
        options=options,
        question_type=meta.strip().lower() if isinstance(meta, str) and meta.strip() else None,
    )


def _first_field(record: Record, names: tuple[str, ...]) -> str | None:
    return next((n for n in names if record.data.get(n) is not None), None)


def pubmedqa_context(record: Record) -> str | None:
    name = _first_field(record, ("CONTEXTS", "context", "contexts"))
    if name is None:
        return None
    value = record.data[name]
    if isinstance(value, dict):
        name, value = f"{name}.contexts", value.get("contexts")
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(v.strip() for v in value if v.strip()) or None
    raise record.error(name, "expected a text or a list of texts")


def pubmedqa_item(record: Record, position: int) -> EvalItem:
    record = record_qid(record, position)
    question_field = _first_field(record, ("QUESTION", "question"))
    if question_field is None:
        raise record.error("QUESTION", "missing (neither QUESTION nor question is present)")
    decision = record.nonempty_text("final_decision").lower()
    if decision not in PUBMEDQA_OPTIONS:
        raise record.error("final_decision", f"expected yes, no or maybe, got {decision!r}")
    return EvalItem(
        qid=str(record.qid),
        question=record.nonempty_text(question_field),
        answer=option_labels(len(PUBMEDQA_OPTIONS))[PUBMEDQA_OPTIONS.index(decision)],
        answer_type="choice",
        options=PUBMEDQA_OPTIONS,
        context=pubmedqa_context(record),
    )
