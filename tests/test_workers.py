"""medfed.workers.map_unordered: one spawned process a task, and nothing left running when a task
fails, dies or the caller stops."""

from __future__ import annotations

import multiprocessing
import os
import time
from contextlib import closing

import pytest

from meddata.errors import DatasetError
from medfed.workers import WorkerError, map_unordered


def _square(x: int) -> tuple[int, int]:
    return x, x * x


def _slow_or_fail(x: int) -> int:
    if x == 0:
        time.sleep(0.5)  # the sibling below is running by now
        raise ValueError("task 0 failed on purpose")
    time.sleep(60)  # terminated long before this ends
    return x


def _quick_or_slow(x: int) -> int:
    if x:
        time.sleep(60)
    return x


class _Unrebuildable(Exception):
    def __init__(self, a: str, b: str) -> None:  # rebuilt from args=(message,): TypeError
        super().__init__(f"{a} and {b}")


def _raise_kind(x: int) -> int:
    if x == 0:
        raise DatasetError("site/vqa.json", "bad record", index=3, field="answer")
    raise _Unrebuildable("first", "second")


def _die(x: int) -> int:
    os._exit(3)


def test_every_task_once_with_its_result() -> None:
    got = list(map_unordered(_square, range(7), workers=3))
    assert sorted(got) == [(x, x * x) for x in range(7)]
    assert multiprocessing.active_children() == []


def test_a_failing_task_raises_here_with_its_traceback_and_stops_the_others() -> None:
    t = time.monotonic()
    with pytest.raises(ValueError, match="task 0 failed on purpose") as info:
        list(map_unordered(_slow_or_fail, [0, 1, 2], workers=2, describe=lambda x: f"task {x}"))
    assert time.monotonic() - t < 30  # task 1 (60 s) was terminated, task 2 never started
    cause = info.value.__cause__
    assert isinstance(cause, WorkerError)
    assert "in the worker for task 0" in str(cause) and "_slow_or_fail" in str(cause)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_named_with_its_exit_code() -> None:
    with pytest.raises(WorkerError, match=r"the worker for job 5 ended \(exit code 3\)"):
        list(map_unordered(_die, [5], workers=1, describe=lambda x: f"job {x}"))
    assert multiprocessing.active_children() == []


def test_a_dataset_error_arrives_as_itself_and_any_other_with_its_name_and_message() -> None:
    with pytest.raises(DatasetError) as info:
        list(map_unordered(_raise_kind, [0], workers=1))
    err = info.value
    assert str(err) == "site/vqa.json, record 3, field 'answer': bad record"
    assert (str(err.file), err.problem, err.index, err.field) == ("site/vqa.json", "bad record",
                                                                  3, "answer")  # fmt: skip
    with pytest.raises(RuntimeError, match=r"^_Unrebuildable: first and second$"):
        list(map_unordered(_raise_kind, [1], workers=1))
    assert multiprocessing.active_children() == []


def test_stopping_early_terminates_what_still_runs() -> None:
    t = time.monotonic()
    with closing(map_unordered(_quick_or_slow, [0, 1], workers=2)) as results:
        assert multiprocessing.active_children() == []  # nothing starts before the first next()
        assert next(results) == 0
        assert len(multiprocessing.active_children()) == 1  # task 1, sleeping
    assert time.monotonic() - t < 30
    assert multiprocessing.active_children() == []


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="workers must be >= 1, got 0"):
        list(map_unordered(_square, [1], workers=0))
