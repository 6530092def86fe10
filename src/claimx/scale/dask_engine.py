"""A Dask cluster: partitions of documents extracted on its workers, Parquet written here.

Without a scheduler address a `LocalCluster` of one-threaded worker processes is started (the
embedded default, `local_cluster`: its workers set as `LOCAL_WORKERS`); with one the same code
runs on that cluster. Each worker loads the pipeline
once, when it joins (`PipelinePlugin`), not once per task. Documents are partitioned by size
(`work.partition_by_size`) and submitted as the input stream yields them, with at most
`IN_FLIGHT` partitions per worker thread pending, so the client's memory stays flat.

Results come back to this process, which writes the Parquet parts (`parquet.write_part`), so
workers need no access to the output folder and no shared file system. A partition is one
task: a worker that dies mid-task has it rerun elsewhere by the scheduler (up to
`distributed.scheduler.allowed-failures` times) and its part written once, from the one result
the client receives; a document whose extraction raises is a row of the errors table, never a
failed task. A partition that kills its workers more often than that is split: its documents
are rerun one task at a time, so the next death is pinned on its own document (a row of the
errors table), never on a bystander queued on the same worker.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import uuid4

from ..errors import ClaimxError

if TYPE_CHECKING:
    from distributed import WorkerPlugin
else:
    try:
        from distributed import WorkerPlugin
    except ImportError:  # the dask extra is not installed: require_distributed() says so
        WorkerPlugin = object
from .parquet import ERRORS, MODELS, prepare_output, require_pyarrow, write_manifest, write_part
from .work import PARTITION_CHARS, DocItem, DocResult, extract_partition, partition_by_size

IN_FLIGHT = 2
"""Partitions pending per worker thread beyond the running one."""


def require_distributed() -> Any:
    """The distributed module, or a one-line error saying which extra to install."""
    try:
        import distributed
    except ImportError:
        raise ClaimxError(
            "the Dask engine needs the dask extra: pip install 'claimx[dask]'"
        ) from None
    require_pyarrow()
    return distributed


class PipelinePlugin(WorkerPlugin):
    """Loads the claimx pipeline once per worker process, when the worker starts."""

    name = "claimx-pipeline"

    def setup(self, worker: Any) -> None:
        from claimx.pipeline.api import load

        load()


@dataclass
class DaskRun:
    """What a run wrote: documents read, partitions, rows per table (and the errors)."""

    documents: int = 0
    partitions: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys([*MODELS, ERRORS], 0))
    failures: list[DocResult] = field(default_factory=list)
    write_s: float = 0.0
    """Seconds this process spent writing Parquet: its ceiling, whatever the cluster's size."""


LOCAL_WORKERS = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}
"""Dask config of the workers a `LocalCluster` of claimx starts, each measured on this workload.

- `MALLOC_TRIM_THRESHOLD_` unset (`None` is Dask's way to drop a default variable): the
  nanny's default of 65536, meant to hand freed memory back to the system sooner, also freezes
  glibc's mmap threshold at 128 KiB, so the arrays spaCy allocates and frees for every batch
  are each a fresh mmap and munmap: 12-15 % more CPU per document than the local engine's
  workers, which keep glibc's dynamic thresholds.
- the statistical profiler off: it samples the task thread's stack every 10 ms for the
  dashboard (off here too) and takes the GIL from spaCy to do it: about 4 % of a worker.
"""


def local_cluster(workers: int | None = None) -> Any:
    """A `LocalCluster` of `workers` one-threaded worker processes (default: every core),
    each with a nanny (a killed worker is restarted), no dashboard, set as `LOCAL_WORKERS`."""
    distributed = require_distributed()
    import dask

    from .local import default_workers

    with dask.config.set(LOCAL_WORKERS):  # each nanny copies the config when it is made
        return distributed.LocalCluster(
            n_workers=workers or default_workers(2),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    distributed = require_distributed()
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="30s"), None
        except OSError as exc:
            raise ClaimxError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    cluster = local_cluster(workers)
    return distributed.Client(cluster), cluster


def run_dask(
    items: Iterable[DocItem],
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Any = None,
    partition_chars: int = PARTITION_CHARS,
    on_result: Callable[[DocResult], None] | None = None,
    work: Callable[[list[DocItem]], list[DocResult]] = extract_partition,
) -> DaskRun:
    """Extract `items` on a Dask cluster into the Parquet folder `out`.

    `scheduler`: address of a running scheduler (`tcp://host:8786`); none starts a
    `LocalCluster` of `workers` processes (default: every core). `client`: an existing
    `distributed.Client` to use instead. `on_result`: called with each document's result as
    it comes (in completion order), e.g. to report failures. `work`: the task run on each
    partition (tests give one that kills its worker).
    """
    distributed = require_distributed()
    prepare_output(out)
    own_cluster = None
    if client is None:
        client, own_cluster = _client(scheduler, workers)
        own_client = client
    else:
        own_client = None
    try:
        client.register_plugin(PipelinePlugin())

        def slots() -> int:  # asked each time: workers may join (adaptive clusters) or leave
            return max(1, sum(client.nthreads().values())) * (1 + IN_FLIGHT)

        run = DaskRun()
        pending = distributed.as_completed()
        tasks: dict[str, tuple[str, list[DocItem]]] = {}
        tag = uuid4().hex[:8]
        alone: deque[tuple[str, list[DocItem]]] = deque()
        alone_key: list[str | None] = [None]  # the one single-document task in flight

        def submit(name: str, part: list[DocItem]) -> str:
            future = client.submit(work, part, key=f"claimx-{tag}-{name}")
            tasks[future.key] = (name, part)
            pending.add(future)
            return str(future.key)

        def next_alone() -> None:
            if alone_key[0] is None and alone:
                alone_key[0] = submit(*alone.popleft())

        def collect(future: Any) -> None:
            name, part = tasks.pop(future.key)
            if future.key == alone_key[0]:
                alone_key[0] = None
            try:
                results: list[DocResult] = future.result()
            except Exception as exc:  # the task itself failed: its workers kept dying
                if len(part) > 1:  # find the document that kills them: one at a time, so
                    # a death is its own document's, never a bystander queued beside it
                    alone.extend((f"{name}-{j:03d}", [item]) for j, item in enumerate(part))
                    return
                results = [DocResult(part[0][0], error=f"{type(exc).__name__}: {exc}")]
            finally:
                future.release()
                next_alone()
            started = time.perf_counter()
            for kind, n in write_part(out, name, results).items():
                run.rows[kind] += n
            run.write_s += time.perf_counter() - started
            for result in results:
                if result.error is not None:
                    run.failures.append(result)
                if on_result is not None:
                    on_result(result)

        for index, part in enumerate(partition_by_size(items, partition_chars)):
            run.documents += len(part)
            run.partitions += 1
            submit(f"{index:05d}", part)
            while pending.count() >= slots():
                collect(next(pending))
        while pending.count():
            collect(next(pending))
        write_manifest(out, run.documents, run.partitions, run.rows)
        return run
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
