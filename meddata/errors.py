"""The one error type dataset loading raises, with the location of the problem in its message."""

from __future__ import annotations

from pathlib import Path


class DatasetError(ValueError):
    """A dataset file is missing, malformed, or has a record that does not fit its layout.

    The message names the file, then where available the record (or line), the record's qid and
    the field, so that the person maintaining the files can fix them without a debugger.
    """

    def __init__(
        self,
        file: Path | str,
        problem: str,
        *,
        index: int | None = None,
        index_label: str = "record",
        qid: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = Path(file)
        self.problem = problem
        self.index = index
        self.index_label = index_label
        self.qid = qid
        self.field = field
        where = [str(file)]
        if index is not None:
            where.append(f"{index_label} {index}")
        if qid is not None:
            where.append(f"qid {qid}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__(f"{', '.join(where)}: {problem}")

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled with its fields, so that it crosses to another process (`medfed.workers`)
        as itself: an exception is otherwise rebuilt from its message alone."""
        return _rebuild, (
            type(self), self.file, self.problem, self.index, self.index_label, self.qid,
            self.field,
        )  # fmt: skip


def _rebuild(
    cls: type[DatasetError],
    file: Path,
    problem: str,
    index: int | None,
    index_label: str,
    qid: str | None,
    field: str | None,
) -> DatasetError:
    return cls(file, problem, index=index, index_label=index_label, qid=qid, field=field)
