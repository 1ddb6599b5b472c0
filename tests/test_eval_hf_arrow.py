"""Hugging Face `datasets` tables: files written by the real `datasets` library are the oracle.

`datasets` (a dev dependency only) writes the genuine save_to_disk layout; the loader reads it
back with pyarrow alone, and every item is checked against the source lists.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from datasets import Dataset, DatasetDict, disable_progress_bars
from datasets import Image as HFImage
from PIL import Image
from typer.testing import CliRunner

from evaluation.hf_arrow import CACHE_PREFIX
from evaluation.items import EvalDataError, EvalItem
from evaluation.loaders import detect_layout, load_eval_data
from medfed.cli import app


def _image_bytes(colour: tuple[int, int, int], fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (6, 5), colour).save(buf, format=fmt)
    return buf.getvalue()


RED, GREEN, BLUE = (200, 10, 10), (10, 200, 10), (10, 10, 200)
IMAGES = {
    "red": (_image_bytes(RED, "PNG"), RED),
    "green": (_image_bytes(GREEN, "PNG"), GREEN),
    "blue": (_image_bytes(BLUE, "JPEG"), BLUE),
}
# question, answer as stored, image, expected answer type (by hand: yes/no after normalising)
ROWS = [
    ("Is there a mass?", "yes", "red", "closed"),
    ("Is the liver enlarged?", "No.", "green", "closed"),
    ("Where is the lesion?", "left lung", "red", "open"),  # same image as row 0
    ("Is this an MRI?", "Yes, it is", "blue", "open"),  # more than a yes/no word
    ("How many nodules?", "two", "green", "open"),
    ("Is there an effusion?", " yes ", "blue", "closed"),
]
DATA = "data-{:05d}-of-{:05d}.arrow"


def _columns(rows: list[tuple[str, str, str, str]]) -> dict[str, list[Any]]:
    return {
        "image": [{"bytes": IMAGES[img][0], "path": None} for _, _, img, _ in rows],
        "question": [q for q, _, _, _ in rows],
        "answer": [a for _, a, _, _ in rows],
    }


def _save(split: Path, columns: dict[str, list[Any]], num_shards: int = 1) -> Path:
    ds = Dataset.from_dict(columns)
    if "image" in columns:
        ds = ds.cast_column("image", HFImage())
    ds.save_to_disk(str(split), num_shards=num_shards)
    return split


def _cache(tmp: Path) -> Path:
    return tmp / f"{CACHE_PREFIX}{os.getuid()}"


@pytest.fixture(scope="module")
def pathvqa(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The genuine save_to_disk layout of ROWS, in two shards."""
    disable_progress_bars()
    return _save(tmp_path_factory.mktemp("pathvqa") / "test", _columns(ROWS), num_shards=2)


@pytest.fixture(autouse=True)
def tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private temp dir, so the default image cache lands in the test's own directory."""
    path = tmp_path / "tmp"
    path.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


def _check_against_source(items: list[EvalItem], rows: list[tuple[str, str, str, str]]) -> None:
    assert len(items) == len(rows)
    for i, (item, (question, answer, img, kind)) in enumerate(zip(items, rows, strict=True)):
        data, colour = IMAGES[img]
        assert (item.qid, item.question, item.answer, item.answer_type) == (
            str(i),
            question,
            answer.strip(),
            kind,
        )
        assert item.image is not None and item.image.read_bytes() == data
        assert item.image.stem == hashlib.sha256(data).hexdigest()
        with Image.open(item.image) as decoded:
            pixel = decoded.convert("RGB").getpixel((2, 2))
        assert isinstance(pixel, tuple)
        assert max(abs(p - c) for p, c in zip(pixel, colour, strict=True)) <= 8  # JPEG is lossy


def test_save_to_disk_round_trip(pathvqa: Path, tmp: Path) -> None:
    assert sorted(p.name for p in pathvqa.glob("*.arrow")) == [DATA.format(0, 2), DATA.format(1, 2)]
    assert detect_layout(pathvqa) == "hf-arrow"
    items = load_eval_data(pathvqa)
    _check_against_source(items, ROWS)
    assert items[0].image == items[2].image  # one file per distinct image
    assert [p.suffix for p in (items[0].image, items[3].image)] == [".png", ".jpeg"]

    cache = _cache(tmp)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    files = sorted(cache.iterdir())
    assert len(files) == len(IMAGES)
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    written = {f: f.stat().st_mtime_ns for f in files}
    assert load_eval_data(pathvqa) == items  # from the cache: nothing rewritten
    assert {f: f.stat().st_mtime_ns for f in cache.iterdir()} == written


def test_shards_follow_state_json(tmp_path: Path) -> None:
    split = _save(tmp_path / "s", _columns(ROWS), num_shards=2)
    state = json.loads((split / "state.json").read_text())
    state["_data_files"].reverse()
    (split / "state.json").write_text(json.dumps(state))
    oracle = Dataset.load_from_disk(str(split))  # datasets reads the shards in this order too
    items = load_eval_data(split)
    assert [it.question for it in items] == oracle["question"] != [q for q, *_ in ROWS]


def test_single_shard_and_parquet(pathvqa: Path, tmp_path: Path) -> None:
    shard = pathvqa / DATA.format(1, 2)
    rows = Dataset.from_file(str(shard))  # datasets' own reading of that one shard
    items = load_eval_data(shard)
    assert [(it.qid, it.question, it.answer) for it in items] == [
        (str(i), r["question"], r["answer"].strip()) for i, r in enumerate(rows)
    ]
    parquet = tmp_path / "test.parquet"
    Dataset.from_dict(_columns(ROWS)).cast_column("image", HFImage()).to_parquet(str(parquet))
    assert detect_layout(parquet) == "hf-arrow"
    _check_against_source(load_eval_data(parquet), ROWS)


def test_id_columns_numbers_and_no_images(tmp_path: Path, tmp: Path) -> None:
    columns = {
        "id": [7, 8, 9],
        "qid": ["a", "b", "c"],  # "qid" wins over "id"
        "question": ["How many?", "Is it?", "Which?"],
        "answer": ["3", "no", "left"],
    }
    items = load_eval_data(_save(tmp_path / "s", columns))
    assert items == [
        EvalItem("a", "How many?", "3", "open"),
        EvalItem("b", "Is it?", "no", "closed"),
        EvalItem("c", "Which?", "left", "open"),
    ]
    del columns["qid"]
    columns["answer"] = [3, 0, 12]  # an int64 column: numbers read as text
    items = load_eval_data(_save(tmp_path / "n", columns))
    assert [(it.qid, it.answer) for it in items] == [("7", "3"), ("8", "0"), ("9", "12")]
    assert not _cache(tmp).exists()  # no image column, no cache


IMAGE_STRUCT = pa.struct([("bytes", pa.binary()), ("path", pa.string())])  # datasets' Image


def _write_stream(
    path: Path, rows: list[dict[str, Any]], image: pa.DataType = IMAGE_STRUCT
) -> None:
    """An Arrow stream for rows that carry a path but no bytes (`datasets.save_to_disk` always
    embeds the bytes), or a plain binary / string image column."""
    schema = pa.schema([("image", image), ("question", pa.string()), ("answer", pa.string())])
    with pa.ipc.new_stream(str(path), schema) as writer:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def test_images_by_path(tmp_path: Path, tmp: Path) -> None:
    split, images = tmp_path / "split", tmp_path / "images"
    (split / "imgs").mkdir(parents=True)
    images.mkdir()
    (split / "imgs" / "a.png").write_bytes(IMAGES["red"][0])
    (images / "b.png").write_bytes(IMAGES["green"][0])
    (tmp_path / "outside.png").write_bytes(IMAGES["blue"][0])
    shard = split / DATA.format(0, 1)  # no state.json: the data-*.arrow files are read
    rows = [
        {"image": {"bytes": None, "path": "imgs/a.png"}, "question": "q0", "answer": "yes"},
        {"image": {"bytes": None, "path": "b.png"}, "question": "q1", "answer": "no"},
    ]
    _write_stream(shard, rows)
    items = load_eval_data(split, images)
    assert [it.image for it in items] == [(split / "imgs" / "a.png").resolve(), images / "b.png"]
    assert not _cache(tmp).exists()  # nothing decoded, nothing cached
    plain = [{**r, "image": r["image"]["path"]} for r in rows]
    _write_stream(shard, plain, pa.string())  # a column of paths
    assert [it.image for it in load_eval_data(split, images)] == [it.image for it in items]
    plain = [{**plain[0], "image": IMAGES["red"][0]}]
    _write_stream(shard, plain, pa.binary())  # a column of bytes
    image = load_eval_data(split, images)[0].image
    assert image is not None and image.read_bytes() == IMAGES["red"][0]
    for name in ("../outside.png", str(tmp_path / "outside.png"), "imgs/none.png"):
        _write_stream(shard, [{**rows[0], "image": {"bytes": None, "path": name}}])
        expected = f"{shard}, row 0, qid 0, field 'image.path': image {name!r} not found in"
        with pytest.raises(EvalDataError, match="^" + expected.replace("(", r"\(")):
            load_eval_data(split, images)


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _case_missing_question_info(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", {"answer": ["yes"], "q": ["Is it?"]})
    return split, f"{split / 'dataset_info.json'}, field 'features.question': missing column"


def _case_missing_question_schema(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", {"answer": ["yes"], "q": ["Is it?"]})
    (split / "dataset_info.json").unlink()
    return split, f"{split / DATA.format(0, 1)}, field 'question': missing column"


def _case_null_question(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", {"question": ["Is it?", None], "answer": ["yes", "no"]})
    return split, f"{split / DATA.format(0, 1)}, row 1, qid 1, field 'question': no value (null)"


def _case_empty_answer(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", {"question": ["Is it?", "Why?"], "answer": ["yes", "  "]})
    return split, f"{split / DATA.format(0, 1)}, row 1, qid 1, field 'answer': must not be empty"


def _case_corrupt_image(tmp_path: Path) -> tuple[Path, str]:
    columns = _columns(ROWS[:4])
    columns["image"][3] = {"bytes": IMAGES["red"][0][:40], "path": None}  # a truncated PNG
    split = _save(tmp_path / "s", columns, num_shards=2)
    where = f"{split / DATA.format(1, 2)}, row 3, qid 3, field 'image'"
    return split, f"{where}: cannot decode the image bytes"


def _case_not_an_image(tmp_path: Path) -> tuple[Path, str]:
    columns = _columns(ROWS[:1])
    columns["image"][0] = {"bytes": b"not an image at all", "path": None}
    split = _save(tmp_path / "s", columns)
    where = f"{split / DATA.format(0, 1)}, row 0, qid 0, field 'image'"
    return split, f"{where}: cannot decode the image bytes: cannot identify image file"


def _case_dataset_dict(tmp_path: Path) -> tuple[Path, str]:
    ds = Dataset.from_dict({"question": ["Is it?"], "answer": ["yes"]})
    root = tmp_path / "pathvqa"
    DatasetDict({"train": ds, "test": ds}).save_to_disk(str(root))
    return root, f"{root}: a DatasetDict with splits ['train', 'test']: pass one split directory"


def _case_truncated_shard(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", _columns(ROWS))
    return split, f"{_truncate(split / DATA.format(0, 1))}: cannot read"


def _case_missing_shard(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", _columns(ROWS), num_shards=2)
    (split / DATA.format(1, 2)).unlink()
    field = "field '_data_files[1].filename'"
    return split, f"{split / 'state.json'}, {field}: shard {DATA.format(1, 2)} not found"


def _case_duplicate_qid(tmp_path: Path) -> tuple[Path, str]:
    split = _save(tmp_path / "s", {"id": [1, 1], "question": ["a?", "b?"], "answer": ["x", "y"]})
    return split, f"{split}, record 1, qid 1: duplicate qid, first used by item 0"


ERROR_CASES: dict[str, Callable[[Path], tuple[Path, str]]] = {
    "missing question (dataset_info.json)": _case_missing_question_info,
    "missing question (Arrow schema)": _case_missing_question_schema,
    "null question": _case_null_question,
    "empty answer": _case_empty_answer,
    "truncated image bytes": _case_corrupt_image,
    "bytes that are no image": _case_not_an_image,
    "DatasetDict root": _case_dataset_dict,
    "truncated shard": _case_truncated_shard,
    "shard listed in state.json missing": _case_missing_shard,
    "duplicate id": _case_duplicate_qid,
}


@pytest.mark.parametrize("case", ERROR_CASES)
def test_errors_name_file_row_and_field(case: str, tmp_path: Path) -> None:
    path, expected = ERROR_CASES[case](tmp_path)
    with pytest.raises(EvalDataError) as err:
        load_eval_data(path)
    assert str(err.value).startswith(expected), str(err.value)


def test_image_cache_must_be_private(pathvqa: Path, tmp: Path) -> None:
    cache = _cache(tmp)
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)  # mkdir's mode is masked by the umask
    with pytest.raises(EvalDataError, match=f"^{cache}: the image cache must be .* mode 0700"):
        load_eval_data(pathvqa)
    cache.rmdir()
    (tmp / "elsewhere").mkdir(mode=0o700)
    cache.symlink_to(tmp / "elsewhere")
    with pytest.raises(EvalDataError, match="the image cache must be a directory"):
        load_eval_data(pathvqa)


def test_medfed_eval_score_on_save_to_disk(pathvqa: Path, tmp_path: Path) -> None:
    # Closed rows 0, 1, 5: row 1's gold is "No." and the prediction is deliberately "yes".
    predictions = ["Yes", "yes", "left lung", "yes, it is", "2", "yes."]
    preds = tmp_path / "preds.jsonl"
    preds.write_text(
        "".join(json.dumps({"qid": i, "answer": p}) + "\n" for i, p in enumerate(predictions))
    )
    out = tmp_path / "out"
    args = ["eval", "score", "--data", str(pathvqa), "--predictions", str(preds)]
    result = CliRunner().invoke(app, [*args, "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    assert metrics["overall"]["closed"] == {"n": 3, "correct": 2, "accuracy": 2 / 3}
    assert metrics["overall"]["open"]["n"] == 3
    assert metrics["overall"]["open"]["exact_match"] == 1.0  # "two" and "2" normalise alike
    lines = [json.loads(x) for x in (out / "per_item.jsonl").read_text().splitlines()]
    assert [x["qid"] for x in lines] == [str(i) for i in range(len(ROWS))]
    assert [x["correct"] for x in lines] == [True, False, True, True, True, True]
