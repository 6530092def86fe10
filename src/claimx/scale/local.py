"""Every core of one machine: documents spread over worker processes, results in input order.

Each worker process loads the pipeline once (`_load_pipeline`, its initializer) and extracts
whole partitions (`work.extract_partition`); the parent submits partitions as the input stream
yields them and keeps at most `IN_FLIGHT` per worker pending, so memory stays flat however many
documents, and yields each document's result in input order as soon as it is known.

A worker that dies (killed, out of memory, a crash in native code) breaks the whole pool: every
partition not yet returned fails with it, though only one document caused it. The run goes on
in a fresh pool: the partitions that had come back whole keep their results, and each document
of the others is retried once, alone, one at a time, so a second death is pinned on the
document that caused it and reported as that document's error (`WORKER_DIED`). No document is
lost or doubled, and the output stays that of one worker, in order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..errors import ClaimxError
from .work import DocItem, DocResult, Record, extract_partition, partition_by_size

IN_FLIGHT = 3
"""Partitions pending per worker: enough to keep every worker busy while the parent writes."""
LOCAL_PARTITION_CHARS = 64_000
"""Smaller partitions than on a cluster: results come back in order, so a short partition
lets the first records out early and keeps the two workers' shares even on small batches."""

ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
"""Set to 1 for the workers (unless the user set them): one process per core already, so a
numerical library's own threads would only fight the other workers (Dask's nanny does the
same)."""
WORKER_DIED = "worker process died twice while extracting this document ({})"
"""The error of a document whose extraction killed its worker, alone, after a first death."""

Work = Callable[[list[DocItem]], list[DocResult]]


class ExtractionError(ClaimxError):
    """A document whose extraction raised (its id and the error)."""


def default_workers(documents: int) -> int:
    """One worker for a single document, else every core the process may use."""
    if documents <= 1:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, documents))


def _load_pipeline() -> None:
    from ..pipeline.api import load

    load()


class _Pool:
    """A pool of `workers` spawned processes, replaced by a fresh one when a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        # spawn, not fork: the parent may run threads (a Dask client, a progress bar) that a
        # forked child would inherit half-locked.
        self.context = multiprocessing.get_context("spawn")
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers, mp_context=self.context, initializer=_load_pipeline
        )

    def submit(self, work: Work, part: list[DocItem]) -> Future[list[DocResult]]:
        return self.executor.submit(work, part)

    def renew(self) -> None:
        """Drop the broken pool (its processes are gone or going) for a fresh one."""
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _alone(pool: _Pool, work: Work, item: DocItem, first: BaseException) -> DocResult:
    """`item` extracted by itself in `pool`; a second death is this document's error."""
    try:
        return pool.submit(work, [item]).result()[0]
    except BrokenProcessPool as exc:
        pool.renew()
        return DocResult(item[0], error=WORKER_DIED.format(exc or first))


def _recover(
    pool: _Pool, work: Work, pending: deque[tuple[Future[list[DocResult]], list[DocItem]]],
    first: BaseException,
) -> list[DocResult]:
    """Results of every pending partition, in order, after a worker died: partitions that came
    back whole as they are, the documents of the others each retried alone in a fresh pool."""
    in_flight = list(pending)
    pending.clear()
    for future, _ in in_flight:  # wait for the pool to settle: each future done or broken
        future.exception()
    pool.renew()
    results: list[DocResult] = []
    for future, part in in_flight:
        if future.exception() is None:
            results.extend(future.result())
        elif isinstance(future.exception(), BrokenProcessPool):
            results.extend(_alone(pool, work, item, first) for item in part)
        else:
            raise future.exception()  # type: ignore[misc]  # not a document's doing
    return results


def _next(
    pool: _Pool, work: Work, pending: deque[tuple[Future[list[DocResult]], list[DocItem]]]
) -> list[DocResult]:
    """The results of the oldest pending partition (more, in order, after a worker died)."""
    future, _ = pending[0]
    try:
        results = future.result()
    except BrokenProcessPool as exc:
        return _recover(pool, work, pending, exc)
    pending.popleft()
    return results


def extract_documents(
    items: Iterable[DocItem],
    workers: int = 1,
    partition_chars: int = LOCAL_PARTITION_CHARS,
    *,
    work: Work = extract_partition,
) -> Iterator[DocResult]:
    """One `DocResult` per item, in input order, from `workers` processes (1: this process).

    A worker that dies costs a fresh pool, never a document: see the module's docstring.
    `work`: what each worker runs on a partition (a picklable function; tests give one that
    kills its worker).
    """
    parts = partition_by_size(items, partition_chars)
    if workers <= 1:
        for part in parts:
            yield from work(part)
        return
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    os.environ.update({name: "1" for name, value in saved.items() if value is None})
    pool = _Pool(workers)
    pending: deque[tuple[Future[list[DocResult]], list[DocItem]]] = deque()
    try:
        for part in parts:
            pending.append((pool.submit(work, part), part))
            if len(pending) >= workers * IN_FLIGHT:
                yield from _next(pool, work, pending)
        while pending:
            yield from _next(pool, work, pending)
    finally:
        pool.close()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)


def extract_many(
    items: Iterable[DocItem | str | os.PathLike[str]],
    workers: int | None = None,
    *,
    return_errors: bool = False,
) -> Iterator[list[Record] | ExtractionError]:
    """Records of each document, in input order, streamed, from `workers` processes.

    `items`: paths (`pathlib.Path`: UTF-8 text files, doc id = the file's stem), texts (doc id
    `doc-<index>`), or (doc id, text, publication date or None) tuples as `extract_batch`
    takes them; a missing date is read from the article's own date line. `workers`: processes to use
    (default: every core for several documents); each loads the pipeline once. Output is
    the same as `extract_batch`'s whatever the number of workers, and a worker process that
    dies (killed, out of memory) costs no document. A document whose extraction fails (it
    raised, or killed its worker twice) stops the stream with `ExtractionError` naming it, after
    every earlier document; with `return_errors`, that `ExtractionError` is yielded in place of
    its records and the stream goes on, so every input gives records or its error.
    """

    def tuples() -> Iterator[DocItem]:
        for index, item in enumerate(items):
            if isinstance(item, os.PathLike):
                path = Path(item)
                yield (path.stem, path.read_text(encoding="utf-8"), None)
            elif isinstance(item, str):
                yield (f"doc-{index}", item, None)
            else:
                yield item

    if workers is None:
        items = list(items)
        workers = default_workers(len(items))
    for result in extract_documents(tuples(), workers):
        if result.error is None:
            yield result.records
            continue
        error = ExtractionError(f"{result.doc_id}: {result.error}")
        if not return_errors:
            raise error
        yield error

