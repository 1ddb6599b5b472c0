"""Work in spawned processes, one process a task, that stops at once when one task fails.

`multiprocessing.Pool` can hang when it is terminated with tasks still queued: its task-handler
thread may wait for ever on the input queue's lock while the pool joins it (seen in
`medfed eval baselines` when a model failed in its worker). Here every task has its own process
and its own pipe back, so stopping means terminating the processes still running and nothing
else. A fresh process a task also returns each task's memory to the system when it ends.
"""

from __future__ import annotations

import multiprocessing
import pickle
import traceback
from collections.abc import Callable, Generator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerError(RuntimeError):
    """A worker process ended without returning its task's result (killed, out of memory)."""


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it is rebuilt from its pickle (many exception types are not: they are rebuilt
    from their message alone), else a RuntimeError with its type's name and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to round-trip
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _run_task(fn: Callable[[Any], Any], task: Any, conn: Connection) -> None:
    try:
        reply: tuple[bool, Any, str] = (True, fn(task), "")
    except BaseException as exc:  # noqa: BLE001 - sent back and raised in the parent
        reply = (False, _portable(exc), traceback.format_exc())
    try:
        conn.send(reply)
    except Exception as exc:  # noqa: BLE001 - an exception or result that does not pickle
        conn.send((False, RuntimeError(f"cannot return the task's outcome: {exc!r}"),
                   reply[2]))  # fmt: skip
    finally:
        conn.close()


def map_unordered(
    fn: Callable[[T], R], tasks: Sequence[T], workers: int, describe: Callable[[T], str] = repr
) -> Generator[R, None, None]:
    """`fn(task)` for every task, at most `workers` at a time, each in a process of its own
    (spawned: no copy of this process's threads or locks), yielded as they finish. A task that
    raises has its exception raised here (its worker's traceback as the cause); one whose
    process dies without a reply raises `WorkerError` naming it (`describe(task)`). Either way,
    and when the caller stops early (close the iterator, e.g. `contextlib.closing`), every
    process still running is terminated and joined before this returns or raises."""
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    context = multiprocessing.get_context("spawn")
    pending = list(tasks)
    pending.reverse()  # pop() from the end takes them in the given order
    running: dict[Connection, tuple[SpawnProcess, T]] = {}
    try:
        while pending or running:
            while pending and len(running) < workers:
                task = pending.pop()
                reader, writer = context.Pipe(duplex=False)
                process = context.Process(target=_run_task, args=(fn, task, writer), daemon=True)
                process.start()
                writer.close()  # the child holds its own end: EOF here if it dies
                running[reader] = (process, task)
            for ready in wait(list(running)):
                assert isinstance(ready, Connection)
                process, task = running.pop(ready)
                try:
                    ok, value, remote = ready.recv()
                except EOFError:
                    process.join()
                    raise WorkerError(
                        f"the worker for {describe(task)} ended (exit code {process.exitcode}) "
                        "without returning a result"
                    ) from None
                except Exception as exc:  # cut short, or a reply that does not unpickle here
                    process.join()
                    raise WorkerError(
                        f"the worker for {describe(task)} sent a reply that cannot be read: "
                        f"{type(exc).__name__}: {exc}"
                    ) from exc
                finally:
                    ready.close()
                process.join()
                if not ok:
                    raise value from WorkerError(f"in the worker for {describe(task)}:\n{remote}")
                yield value
    finally:
        for process, _ in running.values():
            process.terminate()
        for reader, (process, _) in running.items():
            process.join()
            reader.close()
