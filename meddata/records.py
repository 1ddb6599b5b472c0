"""Reading JSON / JSONL dataset files into records that know where they came from.

Every accessor raises DatasetError naming the file, the record and the field, so the loaders
themselves stay a list of field reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meddata.errors import DatasetError


@dataclass(frozen=True)
class Record:
    file: Path
    index: int
    data: dict[str, Any]
    index_label: str = "record"
    qid: str | None = None

    def error(self, field: str | None, problem: str) -> DatasetError:
        return DatasetError(
            self.file,
            problem,
            index=self.index,
            index_label=self.index_label,
            qid=self.qid,
            field=field,
        )

    def with_qid(self, field: str = "qid") -> Record:
        """This record, with its qid (read as text) included in later error messages."""
        qid = self.text(field, allow_number=True)
        return Record(self.file, self.index, self.data, self.index_label, qid)

    def raw(self, field: str) -> Any:
        if field not in self.data:
            raise self.error(field, "missing")
        return self.data[field]

    def text(self, field: str, *, allow_number: bool = False) -> str:
        """A string field; ``allow_number`` also takes ints/floats, as some public files use."""
        value = self.raw(field)
        if isinstance(value, str):
            return value.strip()
        if allow_number and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self.error(field, f"expected a string, got {type(value).__name__}")

    def optional_text(self, field: str) -> str | None:
        if self.data.get(field) is None:
            return None
        return self.text(field)

    def nonempty_text(self, field: str, *, allow_number: bool = False) -> str:
        value = self.text(field, allow_number=allow_number)
        if not value:
            raise self.error(field, "must not be empty")
        return value

    def items(self, field: str) -> list[Any]:
        value = self.raw(field)
        if not isinstance(value, list):
            raise self.error(field, f"expected a list, got {type(value).__name__}")
        return value

    def image(self, field: str, image_dir: Path) -> Path:
        """The image a name field refers to; it must exist and lie inside ``image_dir``."""
        return resolve_image(self, field, self.nonempty_text(field), image_dir)


def resolve_image(record: Record, field: str, name: str, image_dir: Path) -> Path:
    root = image_dir.resolve()
    path = (root / name).resolve()
    # A name like "../../etc/passwd" must not make the loader read outside the dataset.
    if not path.is_relative_to(root):
        raise record.error(field, f"image {name!r} lies outside {image_dir}")
    if not path.is_file():
        raise record.error(field, f"image file not found: {path}")
    return path


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatasetError(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(path, f"cannot read file: {exc}") from exc


def _as_object(path: Path, index: int, value: Any, label: str) -> Record:
    if not isinstance(value, dict):
        raise DatasetError(
            path, f"expected an object, got {type(value).__name__}", index=index, index_label=label
        )
    return Record(path, index, value, label)


def read_json_list(path: Path) -> list[Record]:
    """A JSON file holding a list of objects (VQA-RAD, SLAKE, LLaVA-Med)."""
    path = Path(path)
    try:
        value = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise DatasetError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(value, list):
        raise DatasetError(path, f"expected a JSON list of records, got {type(value).__name__}")
    return [_as_object(path, i, v, "record") for i, v in enumerate(value)]


def read_jsonl(path: Path) -> list[Record]:
    """A JSON-lines file, one object per non-blank line; records are numbered by line."""
    path = Path(path)
    out = []
    for lineno, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(
                path, f"invalid JSON: {exc.msg}", index=lineno, index_label="line"
            ) from exc
        out.append(_as_object(path, lineno, value, "line"))
    return out


def check_unique_qids(records: list[Record]) -> None:
    seen: dict[str, int] = {}
    for record in records:
        if record.qid is None:
            continue
        if record.qid in seen:
            raise record.error("qid", f"duplicate qid, first used by record {seen[record.qid]}")
        seen[record.qid] = record.index
