"""The one question type every benchmark loader produces, and the error loaders raise.

An `EvalItem` is layout-independent: VQA-RAD, SLAKE, LLaVA-Med, MedQA and PubMedQA all become
items, and scoring only ever sees items. Choice items carry their options in order; option i has
the label `OPTION_LABELS[i]` ("A", "B", ...) and `answer` holds the gold label.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from meddata.errors import DatasetError

EvalAnswerType = Literal["closed", "open", "choice"]
ANSWER_TYPES: tuple[EvalAnswerType, ...] = ("closed", "open", "choice")
OPTION_LABELS = string.ascii_uppercase


class EvalDataError(DatasetError):
    """A benchmark or predictions file is missing, malformed, or in no layout we know.

    A `DatasetError` (so a `ValueError`): the message names the file, then where available the
    record (or line), the qid and the field.
    """

    @classmethod
    def wrap(cls, exc: DatasetError) -> EvalDataError:
        """The same problem, as an EvalDataError, keeping the original message word for word."""
        if isinstance(exc, EvalDataError):
            return exc
        err = cls(exc.file, exc.problem, index=exc.index, qid=exc.qid, field=exc.field)
        err.args = exc.args  # keeps the original "record N" / "line N" wording
        return err


@dataclass(frozen=True)
class EvalItem:
    """One benchmark question with its gold answer.

    `context` is extra text the question refers to (PubMedQA abstracts); None for image VQA.
    """

    qid: str
    question: str
    answer: str
    answer_type: EvalAnswerType
    image: Path | None = None
    modality: str | None = None
    options: tuple[str, ...] | None = None
    question_type: str | None = None
    context: str | None = None

    def __post_init__(self) -> None:
        if not self.qid:
            raise ValueError("EvalItem.qid must not be empty")
        if self.answer_type not in ANSWER_TYPES:
            raise ValueError(
                f"EvalItem {self.qid}: answer_type must be one of {ANSWER_TYPES}, "
                f"got {self.answer_type!r}"
            )
        if self.answer_type != "choice":
            if self.options is not None:
                raise ValueError(f"EvalItem {self.qid}: options are only for choice items")
            return
        if self.options is None or len(self.options) < 2:
            raise ValueError(f"EvalItem {self.qid}: a choice item needs at least 2 options")
        if len(self.options) > len(OPTION_LABELS):
            raise ValueError(f"EvalItem {self.qid}: at most {len(OPTION_LABELS)} options")
        if self.answer not in option_labels(len(self.options)):
            raise ValueError(
                f"EvalItem {self.qid}: answer must be an option label "
                f"{option_labels(len(self.options))}, got {self.answer!r}"
            )

    @property
    def gold_index(self) -> int | None:
        """Index of the gold option for choice items, None otherwise."""
        if self.answer_type != "choice":
            return None
        return OPTION_LABELS.index(self.answer)

    @property
    def gold_text(self) -> str:
        """The gold answer as a reader wants it: "B) aspirin" for choice items."""
        if self.options is None or self.gold_index is None:
            return self.answer
        return f"{self.answer}) {self.options[self.gold_index]}"


def option_labels(n: int) -> tuple[str, ...]:
    """("A", "B", ...) for `n` options."""
    if not 0 <= n <= len(OPTION_LABELS):
        raise ValueError(f"number of options must be in [0, {len(OPTION_LABELS)}], got {n}")
    return tuple(OPTION_LABELS[:n])


def read_json(path: Path) -> Any:
    """A JSON file's value; an unreadable or malformed file raises EvalDataError naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(path, f"cannot read file: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise EvalDataError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
