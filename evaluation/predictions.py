"""Predictions files: one {"qid": ..., "answer": "..."} object per line (JSONL).

The qid is the data file's qid (numbers are read as their text, so 12 and "12" are the same
question). Other fields are ignored, so a per_item.jsonl-like file with extra columns is fine;
a missing "answer", a non-text answer or a qid given twice is an error naming the line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from evaluation.items import EvalDataError
from meddata import DatasetError
from meddata.records import read_jsonl


def read_predictions(path: Path) -> dict[str, str]:
    """qid -> predicted answer, in file order; raises EvalDataError."""
    path = Path(path)
    if path.is_dir():
        raise EvalDataError(path, "is a directory, expected a JSONL predictions file")
    out: dict[str, str] = {}
    first_line: dict[str, int] = {}
    try:
        for record in read_jsonl(path):
            record = record.with_qid("qid")
            qid = str(record.qid)
            if not qid:
                raise record.error("qid", "must not be empty")
            answer = record.text("answer", allow_number=True)
            if qid in first_line:
                raise record.error("qid", f"duplicate qid, first given on line {first_line[qid]}")
            first_line[qid] = record.index
            out[qid] = answer
    except EvalDataError:
        raise
    except DatasetError as exc:
        raise EvalDataError.wrap(exc) from exc
    return out


def write_predictions(path: Path, predictions: Mapping[str, str]) -> Path:
    """The inverse of `read_predictions` (what `medfed eval run` leaves beside its metrics)."""
    path = Path(path)
    lines = [
        json.dumps({"qid": q, "answer": a}, ensure_ascii=False) for q, a in predictions.items()
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path
