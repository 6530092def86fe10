"""Records as partitioned Parquet: one folder per record type, plus an errors table.

    OUT/quantity/part-00000.parquet   one row per Quantity, the JSONL's fields as columns
    OUT/date/part-00000.parquet       DateMention rows
    OUT/org/part-00000.parquet        OrgMention rows
    OUT/errors/part-00000.parquet     doc, error: the documents whose extraction failed
    OUT/_claimx.json                  counts: documents, failures, rows per table, partitions

A table per type because `value` is a number in a quantity and an ISO string in a date. The
Arrow schemas are derived from the pydantic models (`arrow_schema`), so a field added to a
record becomes a column with no change here; a field of a type Arrow has no plain column for
is stored as its JSON text and named in the schema metadata (`claimx.json_fields`), which
`saved.py` reads back. Each part is written to a temporary name and renamed, so a part file
present is whole and a rerun partition replaces its part instead of adding rows.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from ..errors import ClaimxError
from ..records import DateMention, OrgMention, Quantity
from .work import DocResult

MODELS: dict[str, type[BaseModel]] = {"quantity": Quantity, "date": DateMention, "org": OrgMention}
"""The record model of each table, keyed by its `type` tag (the folder name)."""
ERRORS = "errors"
MANIFEST = "_claimx.json"
JSON_FIELDS_KEY = b"claimx.json_fields"


def require_pyarrow() -> Any:
    """The pyarrow module, or a one-line error saying which extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ClaimxError("Parquet needs pyarrow: pip install 'claimx[dask]'") from None
    return pyarrow


def _arrow_type(annotation: Any, pa: Any) -> Any | None:
    """The Arrow type of a field annotation, or None when it has no plain column type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _arrow_type(typing.get_args(annotation)[0], pa)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _arrow_type(inner[0], pa) if len(inner) == 1 else None
    if origin is Literal:
        kinds = {type(a) for a in typing.get_args(annotation)}
        return (
            {str: pa.string(), int: pa.int64(), bool: pa.bool_()}.get(kinds.pop())
            if len(kinds) == 1
            else None
        )
    if origin is list:
        item = _arrow_type(typing.get_args(annotation)[0], pa)
        return pa.list_(item) if item is not None else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = [
            (name, _arrow_type(f.annotation, pa)) for name, f in annotation.model_fields.items()
        ]
        if any(t is None for _, t in fields):
            return None
        return pa.struct(fields)
    plain = {
        str: pa.string(),
        int: pa.int64(),
        float: pa.float64(),
        bool: pa.bool_(),
        date: pa.string(),
        datetime: pa.string(),
    }
    return plain.get(annotation)


def arrow_schema(model: type[BaseModel]) -> Any:
    """The Arrow schema of one record model: its fields, in order, JSON-mode values."""
    pa = require_pyarrow()
    columns = []
    as_json = []
    for name, info in model.model_fields.items():
        kind = _arrow_type(info.annotation, pa)
        if kind is None:
            as_json.append(name)
            kind = pa.string()
        columns.append(pa.field(name, kind))
    return pa.schema(columns, metadata={JSON_FIELDS_KEY: json.dumps(as_json).encode()})


def json_fields(schema: Any) -> list[str]:
    """Fields of a table stored as JSON text (see `arrow_schema`)."""
    raw = (schema.metadata or {}).get(JSON_FIELDS_KEY)
    return list(json.loads(raw)) if raw else []


def _rows(records: Sequence[BaseModel], schema: Any) -> list[dict[str, Any]]:
    encoded = json_fields(schema)
    rows = [r.model_dump(mode="json") for r in records]
    for row in rows:
        for name in encoded:
            row[name] = json.dumps(row[name], ensure_ascii=False)
    return rows


def _write_table(folder: Path, name: str, rows: list[dict[str, Any]], schema: Any) -> None:
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    tmp.replace(folder / name)


def write_part(out: Path, part: str, results: list[DocResult]) -> dict[str, int]:
    """Write partition `part`'s records and failures; the row count of each table written.

    Part names sort in input order (`00003`, then `00003-001` when a partition was split).
    """
    pa = require_pyarrow()
    name = f"part-{part}.parquet"
    counts: dict[str, int] = {}
    for kind, model in MODELS.items():
        records = [r for res in results for r in res.records if r.type == kind]
        if records:
            schema = arrow_schema(model)
            _write_table(out / kind, name, _rows(records, schema), schema)
        counts[kind] = len(records)
    failures = [{"doc": r.doc_id, "error": r.error} for r in results if r.error is not None]
    if failures:
        schema = pa.schema([pa.field("doc", pa.string()), pa.field("error", pa.string())])
        _write_table(out / ERRORS, name, failures, schema)
    counts[ERRORS] = len(failures)
    return counts


def prepare_output(out: Path) -> None:
    """Create the output folder; refuse one that already holds files (parts would mix)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ClaimxError(f"{out}: the Parquet output must be a new or empty folder")
    out.mkdir(parents=True, exist_ok=True)


def write_manifest(out: Path, documents: int, partitions: int, rows: dict[str, int]) -> None:
    """The run's counts, written last: its presence says every part was written."""
    summary = {"documents": documents, "partitions": partitions, "rows": rows}
    (out / MANIFEST).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def read_table_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of one Parquet file, or of every part of a folder in part order, streamed."""
    require_pyarrow()
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        handle = pq.ParquetFile(file)
        encoded = json_fields(handle.schema_arrow)
        for batch in handle.iter_batches():
            for row in batch.to_pylist():
                for name in encoded:
                    if row.get(name) is not None:
                        row[name] = json.loads(row[name])
                yield row


def write_results(results: Iterable[DocResult], out: Path, part_docs: int = 1000) -> dict[str, int]:
    """Write results that come in order as parts of `part_docs` documents; rows per table."""
    prepare_output(out)
    rows = dict.fromkeys([*MODELS, ERRORS], 0)
    documents = parts = 0
    batch: list[DocResult] = []

    def flush() -> None:
        nonlocal parts
        for kind, n in write_part(out, f"{parts:05d}", batch).items():
            rows[kind] += n
        parts += 1
        batch.clear()

    for result in results:
        documents += 1
        batch.append(result)
        if len(batch) >= part_docs:
            flush()
    if batch:
        flush()
    write_manifest(out, documents, parts, rows)
    return rows
