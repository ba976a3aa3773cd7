"""Reading a calendar's groups on every core: batches of groups parsed in worker processes.

Parsing is nearly all of a large import's time and each group reads on its own, so batches
of groups go to a pool of processes (one per core, at most `MAX_WORKERS`), started with
"forkserver" so that a thread holding a lock (the app's) is never forked. A small file, or
a machine with one core, is read in this process. Nothing here writes: the caller stores
what was read in one transaction, after the workers are gone.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC

from ictime.ics import EventGroup, GroupReader, ParsedGroup
from ictime.service.group_rows import ReadGroup, RowMaker

MAX_WORKERS = 8
"""Most processes one import uses (more cores mostly wait for the database's one writer)."""
PARALLEL_MIN_EVENTS = 3000
"""Fewer VEVENTs to read than this are read in this process: faster than starting workers."""
_BATCH_EVENTS = 400

Batch = tuple[list[ParsedGroup], list[ReadGroup]]
"""What reading a batch gave: its groups as read, or (with a RowMaker) their rows."""
Take = Callable[[Batch, int], None]
"""Handed each batch as it is read, and how many VEVENTs it had."""


def available_workers() -> int:
    """The processes an import may use: the cores this process may run on, capped."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def start_early(events: int, workers: int | None = None) -> None:
    """Start the process server in the background when reading `events` VEVENTs will use it.

    Starting it (a fresh interpreter that imports the reader) takes a few tenths of a
    second, which the importer spends splitting the file meanwhile.

    Args:
        events: how many VEVENTs the file has.
        workers: as for `read_groups`.
    """
    count = available_workers() if workers is None else workers
    if count <= 1 or (workers is None and events < PARALLEL_MIN_EVENTS):
        return
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        threading.Thread(target=forkserver.ensure_running, daemon=True).start()


def read_groups(
    reader: GroupReader,
    groups: Sequence[EventGroup],
    *,
    take: Take,
    workers: int | None = None,
    maker: RowMaker | None = None,
) -> None:
    """Read the groups, in worker processes when it pays, handing on each batch read.

    Args:
        reader: reads groups of this file, in this window.
        groups: the groups to read.
        take: handed each batch as it is read (in this process, in no set order).
        workers: how many processes to use (1: this one); None to choose (every core for
            a large file).
        maker: turns each group into rows where it is read, when given.

    Raises:
        IcsError: the reader refused a batch.
        GroupMismatch: the reader did not keep to the groups.
    """
    events = _events(list(groups))
    count = available_workers() if workers is None else max(1, workers)
    if workers is None and events < PARALLEL_MIN_EVENTS:
        count = 1
    batches = _batches(groups, count)
    pending = list(range(len(batches)))
    if count > 1 and len(batches) > 1:
        pending = _read_in_workers(reader, batches, min(count, len(batches)), take, maker)
    for index in pending:
        take(read_batch(reader, batches[index], maker), _events(batches[index]))


def _read_in_workers(
    reader: GroupReader,
    batches: list[list[EventGroup]],
    count: int,
    take: Take,
    maker: RowMaker | None,
) -> list[int]:
    """Read batches in a pool; return the indexes of those it could not (the pool broke)."""
    try:
        pool = ProcessPoolExecutor(count, mp_context=_context(), initializer=_start_worker)
    except (OSError, ValueError):  # no processes here (a sandbox): read them in this one
        return list(range(len(batches)))
    waiting: dict[Future[Batch], int] = {}
    try:
        with _main_module_hidden():  # the workers start as the batches are submitted
            waiting = {
                pool.submit(read_batch, reader, batch, maker, travel=True): n
                for n, batch in enumerate(batches)
            }
        while waiting:
            done, _ = wait(waiting, return_when=FIRST_COMPLETED)
            for future in done:
                index = waiting.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    waiting[future] = index
                    return sorted(waiting.values())
                take(results, _events(batches[index]))
    finally:
        pool.shutdown(wait=not waiting, cancel_futures=True)
    return []


def read_batch(
    reader: GroupReader, batch: list[EventGroup], maker: RowMaker | None, *, travel: bool = False
) -> Batch:
    """Read one batch; with a maker, make the groups' rows too.

    Args:
        reader: reads groups of this file.
        batch: the groups.
        maker: turns each group into rows, or None.
        travel: the result goes to another process: times in UTC, so any zone travels.
    """
    parsed = reader.read(batch)
    if maker is not None:
        fingerprints = {group.key: group.fingerprint for group in batch}
        return [], [maker.rows(group, fingerprints[group.key]) for group in parsed]
    if travel:
        parsed = [
            replace(
                group,
                occurrences=[
                    replace(occ, start=occ.start.astimezone(UTC), end=occ.end.astimezone(UTC))
                    for occ in group.occurrences
                ],
            )
            for group in parsed
        ]
    return parsed, []


def _events(batch: list[EventGroup]) -> int:
    return sum(len(group.events) for group in batch)


def _batches(groups: Sequence[EventGroup], workers: int) -> list[list[EventGroup]]:
    """Consecutive groups, about `_BATCH_EVENTS` VEVENTs a batch, several per worker.

    Each batch is read with the file's header and VTIMEZONEs again, so batches are not
    smaller than they need be: in this process, they are only for the progress bar.
    """
    events = sum(len(group.events) for group in groups)
    size = _BATCH_EVENTS if workers == 1 else max(1, min(_BATCH_EVENTS, events // (workers * 4)))
    batches: list[list[EventGroup]] = []
    batch: list[EventGroup] = []
    filled = 0
    for group in groups:
        batch.append(group)
        filled += len(group.events)
        if filled >= size:
            batches.append(batch)
            batch, filled = [], 0
    if batch:
        batches.append(batch)
    return batches


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (a fresh process forks each worker), else spawn."""
    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:
        return multiprocessing.get_context("spawn")
    context.set_forkserver_preload([__name__])
    return context


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start workers without running the main script again in each of them.

    Spawned processes import the parent's main module (as `__mp_main__`); a script that
    imports a calendar without an `if __name__ == "__main__"` guard would run again in every
    worker. The workers need nothing from it: its file and spec are hidden while they start.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    names: tuple[str, ...] = ("__file__", "__spec__")
    saved: dict[str, object] = {name: vars(main).pop(name) for name in names if name in vars(main)}
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _start_worker() -> None:
    """In each worker, first: stay quiet on Ctrl-C, and end with the importing process.

    Ctrl-C stops the import in the main process, which stops the pool. A main process that
    is killed cannot stop it: a worker waiting for work would wait for ever (it holds its
    queue's both ends), so a thread ends it when the parent's end of its start pipe closes.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)
