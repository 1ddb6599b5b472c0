"""Hugging Face `datasets` tables as `EvalItem`s, read with pyarrow (no `datasets` at run time).

What is read:

- a directory written by `Dataset.save_to_disk`: `state.json` lists the Arrow shards in row order
  (`_data_files`, `data-00000-of-0000N.arrow`, IPC *stream* format) and `dataset_info.json` names
  the columns (`features`); without `state.json` the `data-*.arrow` files are read in name order.
  A `DatasetDict` root (`dataset_dict.json`) is refused: pass one split directory;
- a single shard (`.arrow`), or a Parquet file (`.parquet`, how the Hub itself serves PathVQA and
  VQA-RAD).

Columns (PathVQA and VQA-RAD on the Hub have image, question, answer):

- `question`, `answer`: required text; a bare-number answer is taken as text.
- `qid`, else `id`: the item's qid when present; otherwise the row number, counted over all shards
  in order as `dataset[i]` counts (over the one file when a single file is given).
- `image`: optional; datasets' Image feature (a struct {bytes, path}), plain bytes, or a path.
- answer type: "closed" when the normalised answer is "yes" or "no", else "open" (the Hub
  copies carry no answer-type column; the same yes/no rule scores closed answers).

Images. `EvalItem.image` is a path, so image bytes are decoded once (an undecodable image is an
error) and written to a cache, named by the SHA-256 of the bytes plus the decoded format's
extension: PathVQA asks several questions per image, and those share one file. The cache is
`<tempdir>/medfed-hf-images-<uid>/`, private to the user (mode 0700, checked: site benchmarks may
hold patient images), never beside the data, which is not ours to write. A cached file was decoded
before it was written, so a second load does not decode it again. A row without bytes uses its
`path`, looked up relative to the dataset directory and then `image_dir`, never outside them.

Every problem raises `EvalDataError` naming the file and, for a row, the row number, the qid and
the field.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc
from PIL import Image, UnidentifiedImageError

from evaluation.items import EvalAnswerType, EvalDataError, EvalItem, read_json
from evaluation.text_metrics import is_yes_no

REQUIRED_COLUMNS = ("question", "answer")
QID_COLUMNS = ("qid", "id")  # the first present names the items
IMAGE_COLUMN = "image"
CACHE_PREFIX = "medfed-hf-images-"
_BATCH_ROWS = 256  # Parquet batch size: bounds the image bytes held in memory at once


@dataclass(frozen=True)
class _Row:
    file: Path
    index: int
    data: dict[str, Any]
    qid: str | None = None

    def error(self, field: str | None, problem: str) -> EvalDataError:
        return EvalDataError(
            self.file, problem, index=self.index, index_label="row", qid=self.qid, field=field
        )

    def text(self, field: str, *, allow_number: bool = False) -> str:
        value = self.data.get(field)
        if value is None:
            raise self.error(field, "no value (null)")
        if allow_number and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise self.error(field, f"expected a string, got {type(value).__name__}")
        if not value.strip():
            raise self.error(field, "must not be empty")
        return value.strip()


_ImageOf = Callable[[_Row], Path]


def _check_features(info: Path) -> None:
    value = read_json(info)
    features = value.get("features") if isinstance(value, dict) else None
    features = features if isinstance(features, dict) else {}
    for column in REQUIRED_COLUMNS:
        if column not in features:
            raise EvalDataError(info, "missing column", field=f"features.{column}")


def _state_files(state: Path) -> list[Path]:
    value = read_json(state)
    entries = value.get("_data_files") if isinstance(value, dict) else None
    if not isinstance(entries, list) or not entries:
        raise EvalDataError(state, "expected a non-empty list of shards", field="_data_files")
    files = []
    for i, entry in enumerate(entries):
        field = f"_data_files[{i}].filename"
        name = entry.get("filename") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name or Path(name).name != name:
            raise EvalDataError(state, f"expected a file name, got {name!r}", field=field)
        if not (state.parent / name).is_file():
            raise EvalDataError(state, f"shard {name} not found", field=field)
        files.append(state.parent / name)
    return files


def data_files(path: Path) -> list[Path]:
    """The table files of a dataset directory in row order, or `[path]` for a single file."""
    if not path.is_dir():
        return [path]
    if (path / "dataset_dict.json").is_file():
        value = read_json(path / "dataset_dict.json")
        splits = value.get("splits", []) if isinstance(value, dict) else []
        raise EvalDataError(path, f"a DatasetDict with splits {splits}: pass one split directory")
    if (path / "dataset_info.json").is_file():
        _check_features(path / "dataset_info.json")
    if (path / "state.json").is_file():
        return _state_files(path / "state.json")
    files = sorted(path.glob("data-*.arrow"))
    if not files:
        raise EvalDataError(path, "no state.json and no data-*.arrow files")
    return files


def _guarded(
    file: Path, batches: Iterator[pa.RecordBatch], close: Callable[[], None]
) -> Iterator[pa.RecordBatch]:
    """`batches`, with pyarrow's read errors (corrupt, truncated) as EvalDataError; `close`
    runs when the batches are exhausted or abandoned."""
    try:
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                return
            except (pa.ArrowException, OSError) as exc:
                raise EvalDataError(file, f"cannot read: {exc}") from exc
            yield batch
    finally:
        close()


def record_batches(file: Path) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """The schema and the record batches of one Arrow stream (save_to_disk) or Parquet file."""
    try:
        if file.suffix.lower() == ".parquet":
            from pyarrow import parquet as pq  # only Parquet input needs it

            parquet = pq.ParquetFile(file)
            batches = parquet.iter_batches(batch_size=_BATCH_ROWS)
            return parquet.schema_arrow, _guarded(file, batches, parquet.close)
        source = pa.memory_map(str(file))
    except (pa.ArrowException, OSError) as exc:
        raise EvalDataError(file, f"cannot read: {exc}") from exc
    try:
        # datasets writes the IPC *stream* format, not the file format with a footer.
        reader = pyarrow.ipc.open_stream(source)
    except (pa.ArrowException, OSError) as exc:
        source.close()
        raise EvalDataError(file, f"cannot read as an Arrow IPC stream: {exc}") from exc
    return reader.schema, _guarded(file, iter(reader), source.close)


def default_cache_dir() -> Path:
    """The per-user image cache, created private; refused when another user could read it."""
    path = Path(tempfile.gettempdir()) / f"{CACHE_PREFIX}{os.getuid()}"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        st = path.lstat()
    except OSError as exc:
        raise EvalDataError(path, f"cannot create the image cache: {exc}") from exc
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise EvalDataError(
            path,
            "the image cache must be a directory of this user with mode 0700 "
            "(it holds benchmark images): remove it or fix its owner and mode",
        )
    return path


class _CacheDir:
    """The image cache directory, made (or checked) on first use: path-only rows need none."""

    def __init__(self, path: Path | None) -> None:
        self._path = path

    def get(self) -> Path:
        if self._path is None:
            self._path = default_cache_dir()
        return self._path


def cache_image(row: _Row, field: str, data: bytes, cache_dir: Path) -> Path:
    """The cached file holding `data`, written once after the bytes decoded as an image."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        with Image.open(io.BytesIO(data)) as img:
            target = cache_dir / f"{digest}.{(img.format or 'img').lower()}"
            if target.is_file():
                return target
            img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise row.error(field, f"cannot decode the image bytes: {exc}") from exc
    try:
        # A unique temporary name, then an atomic rename: a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=f".{digest}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise EvalDataError(cache_dir, f"cannot write to the image cache: {exc}") from exc
    return target


def _find_image(row: _Row, field: str, name: str, roots: tuple[Path, ...]) -> Path:
    for root in roots:
        candidate = (root / name).resolve()
        # An absolute path or "../.." must not make the loader read outside the dataset.
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    where = " or ".join(str(r) for r in roots)
    raise row.error(f"{field}.path", f"image {name!r} not found in {where}")


def _image(row: _Row, field: str, roots: tuple[Path, ...], cache_dir: _CacheDir) -> Path:
    value = row.data.get(field)
    data: Any = value
    name: Any = None
    if isinstance(value, dict):  # datasets' Image feature: {bytes, path}
        data, name = value.get("bytes"), value.get("path")
    elif isinstance(value, str):
        data, name = None, value
    if data is not None and not isinstance(data, bytes):
        raise row.error(field, f"expected image bytes or a path, got {type(data).__name__}")
    if data:
        return cache_image(row, field, data, cache_dir.get())
    if isinstance(name, str) and name.strip():
        return _find_image(row, field, name.strip(), roots)
    raise row.error(field, "no image: neither bytes nor a path")


def _check_columns(file: Path, schema: pa.Schema) -> None:
    for column in REQUIRED_COLUMNS:
        if column not in schema.names:
            raise EvalDataError(file, f"missing column (columns: {schema.names})", field=column)


def _item(
    file: Path, index: int, data: dict[str, Any], qid_column: str | None, image: _ImageOf | None
) -> EvalItem:
    qid = str(index)
    if qid_column is not None:
        qid = _Row(file, index, data).text(qid_column, allow_number=True)
    row = _Row(file, index, data, qid)
    answer = row.text("answer", allow_number=True)
    kind: EvalAnswerType = "closed" if is_yes_no(answer) else "open"
    return EvalItem(qid, row.text("question"), answer, kind, image=image(row) if image else None)


def load_hf_items(path: Path, image_dir: Path, cache_dir: Path | None = None) -> list[EvalItem]:
    """Every row of a save_to_disk directory, .arrow or .parquet file, as an item (see above).

    `cache_dir` receives the decoded images; by default `default_cache_dir()`, made only when
    a row has image bytes.
    """
    path = Path(path)
    dataset_dir = path if path.is_dir() else path.parent
    roots = tuple(dict.fromkeys((dataset_dir.resolve(), image_dir.resolve())))
    cache = _CacheDir(cache_dir)
    items: list[EvalItem] = []
    for file in data_files(path):
        schema, batches = record_batches(file)
        _check_columns(file, schema)
        qid_column = next((c for c in QID_COLUMNS if c in schema.names), None)
        wanted = [c for c in (*REQUIRED_COLUMNS, qid_column, IMAGE_COLUMN) if c in schema.names]
        image = None
        if IMAGE_COLUMN in schema.names:
            image = partial(_image, field=IMAGE_COLUMN, roots=roots, cache_dir=cache)
        for batch in batches:
            for data in batch.select(wanted).to_pylist():
                items.append(_item(file, len(items), data, qid_column, image))
    return items
