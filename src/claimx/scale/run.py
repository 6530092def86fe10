"""What `claimx extract -f parquet` / `--engine dask` and `claimx reconcile --records` run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .local import default_workers, extract_documents
from .work import DocResult

if TYPE_CHECKING:
    from ..io.inputs import Document
    from ..reconciliation import Reconciliation

_VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2}


def extract_parquet(
    docs: list[Document],
    out: Path,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    say: Callable[[str], None],
) -> int:
    """Extract `docs` into the Parquet folder `out`; the number of documents that failed
    (each said with `say` and kept in the errors table)."""
    from .parquet import require_pyarrow, write_results

    require_pyarrow()
    items = ((d.doc_id, d.text, d.published, d.outlet) for d in docs)
    paths = {d.doc_id: d.path for d in docs}
    failed = 0

    def report(result: DocResult) -> None:
        nonlocal failed
        if result.error is not None:
            failed += 1
            where = paths.get(result.doc_id, result.doc_id)
            say(f"error: {where}: extraction failed: {result.error}")

    if engine == "dask":
        from .dask_engine import run_dask

        run_dask(items, out, scheduler=scheduler, workers=workers, on_result=report)
        return failed

    def reported() -> Iterator[DocResult]:
        for result in extract_documents(items, workers or default_workers(len(docs))):
            report(result)
            yield result

    write_results(reported(), out)
    return failed


def reconcile_saved(path: str, group_by: str | None) -> Reconciliation:
    """Facts of the records saved at `path`; with `group_by`, each group reconciled apart and
    each fact id prefixed with its group (`s01-offshoring/…`)."""
    from ..reconciliation import Reconciliation, reconcile
    from .saved import group_saved, read_saved

    groups = group_saved(read_saved(path, ("quantity", "org")), group_by)
    if group_by is None:
        return reconcile(groups.get("", []))
    facts = [
        fact.model_copy(update={"id": f"{name}/{fact.id}"})
        for name, records in groups.items()
        for fact in reconcile(records)
    ]
    facts.sort(key=lambda f: (f.single, _VERDICT_ORDER[f.verdict], -len(f.members)))
    return Reconciliation(facts=facts)
