"""The unit of work every engine runs: a partition of documents in, one result per document out.

The same function runs in-process, in a local worker process and on a Dask worker, so every
engine gives the same records. One document that makes the pipeline raise is retried alone and
reported as failed; the other documents of its partition keep their records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ..records import DateMention, OrgMention, Quantity

Record = Quantity | DateMention | OrgMention
DocItem = tuple[str, str, date | None] | tuple[str, str, date | None, str | None]
"""(doc id, text, publication date or None[, outlet]), as `claimx.extract_batch` takes them."""

PARTITION_CHARS = 250_000
"""Characters per partition (about 80 articles of 500 words): large enough that a task's
overhead is small beside its work, small enough that two workers share a few thousand articles
evenly and a retried partition costs little."""
PARTITION_DOCS = 256
"""At most this many documents per partition, however short they are."""


@dataclass(frozen=True)
class DocResult:
    """One document's records, or the error that stopped its extraction (records then empty)."""

    doc_id: str
    records: list[Record] = field(default_factory=list)
    error: str | None = None


def partition_by_size(
    items: Iterable[DocItem],
    max_chars: int = PARTITION_CHARS,
    max_docs: int = PARTITION_DOCS,
) -> Iterator[list[DocItem]]:
    """Consecutive runs of `items` of about `max_chars` characters each, in order, streamed."""
    part: list[DocItem] = []
    size = 0
    for item in items:
        part.append(item)
        size += len(item[1]) if isinstance(item[1], str) else 0
        if size >= max_chars or len(part) >= max_docs:
            yield part
            part, size = [], 0
    if part:
        yield part


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_partition(items: list[DocItem]) -> list[DocResult]:
    """Records of each document of `items`, in order; a failing document fails alone."""
    from ..pipeline.api import extract_batch

    try:
        return [
            DocResult(item[0], records)
            for item, records in zip(items, extract_batch(items), strict=True)
        ]
    except Exception:  # find the culprit: rerun one document at a time
        results = []
        for item in items:
            try:
                results.append(DocResult(item[0], next(extract_batch([item]))))
            except Exception as exc:
                results.append(DocResult(item[0], error=_describe(exc)))
        return results
