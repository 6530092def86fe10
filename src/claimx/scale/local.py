"""Every core of one machine: documents spread over worker processes, results in input order.

Each worker process loads the pipeline once (`_load_pipeline`, its initializer) and extracts
whole partitions (`work.extract_partition`); the parent submits partitions as the input stream
yields them and keeps at most `IN_FLIGHT` per worker pending, so memory stays flat however many
documents, and yields each document's result in input order as soon as it is known.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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


def extract_documents(
    items: Iterable[DocItem], workers: int = 1, partition_chars: int = LOCAL_PARTITION_CHARS
) -> Iterator[DocResult]:
    """One `DocResult` per item, in input order, from `workers` processes (1: this process)."""
    parts = partition_by_size(items, partition_chars)
    if workers <= 1:
        for part in parts:
            yield from extract_partition(part)
        return
    # spawn, not fork: the parent may run threads (a Dask client, a progress bar) that a
    # forked child would inherit half-locked.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_load_pipeline)
    pending: deque[Future[list[DocResult]]] = deque()
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    os.environ.update({name: "1" for name, value in saved.items() if value is None})
    try:
        for part in parts:
            pending.append(pool.submit(extract_partition, part))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)


def extract_many(
    items: Iterable[DocItem | str | os.PathLike[str]], workers: int | None = None
) -> Iterator[list[Record]]:
    """Records of each document, in input order, streamed, from `workers` processes.

    `items`: paths (`pathlib.Path`: UTF-8 text files, doc id = the file's stem), texts (doc id
    `doc-<index>`), or (doc id, text, publication date or None) tuples as `extract_batch`
    takes them; a missing date is read from the article's own date line. `workers`: processes to use
    (default: every core for several documents); each loads the pipeline once. Output is
    the same as `extract_batch`'s whatever the number of workers. A document whose extraction
    raises stops the stream with `ExtractionError` naming it, after every earlier document.
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
        if result.error is not None:
            raise ExtractionError(f"{result.doc_id}: {result.error}")
        yield result.records
