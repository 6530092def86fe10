"""Read saved records back — `claimx extract` JSONL or its Parquet folder — and group them.

An archive is extracted once and reconciled many times: `read_saved` turns each saved row into
its record model again (so every field the models have flows through, and rows that no longer
validate are reported with their place), keeping the columns the models do not know (a `story`
column an archive added, say) beside it for grouping.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from .parquet import MODELS
from .work import Record


@dataclass(frozen=True)
class SavedRecord:
    record: Record
    extra: dict[str, Any]
    """The row's columns that are not fields of its record model."""


def _record(row: dict[str, Any], where: str) -> SavedRecord:
    model = MODELS.get(str(row.get("type")))
    if model is None:
        raise InputError(f"{where}: not a claimx record (type {row.get('type')!r})")
    fields = model.model_fields
    try:
        record = model.model_validate({k: v for k, v in row.items() if k in fields})
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where}: invalid record ({place}: {first['msg']})") from None
    extra = {k: v for k, v in row.items() if k not in fields}
    return SavedRecord(record, extra)  # type: ignore[arg-type]


def _jsonl_rows(lines: Iterable[str], name: str) -> Iterator[SavedRecord]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}:{number}: not a JSON object")
        yield _record(row, f"{name}:{number}")


def read_saved(path: str, types: Iterable[str] = tuple(MODELS)) -> Iterator[SavedRecord]:
    """The records saved at `path`, of the given types, streamed.

    `path`: a JSONL file of `claimx extract` (or `-`, standard input), a Parquet folder of
    `claimx extract -o OUT/` (its `quantity/`, `date/`, `org/` tables), or one Parquet file.
    """
    wanted = set(types)
    if path == "-":
        rows: Iterator[SavedRecord] = _jsonl_rows(sys.stdin, "-")
        yield from (r for r in rows if r.record.type in wanted)
        return
    source = Path(path)
    if source.is_dir():
        from .parquet import read_table_rows

        tables = [source / kind for kind in MODELS if kind in wanted and (source / kind).is_dir()]
        if not tables:
            raise InputError(f"{path}: no claimx Parquet tables (quantity/, date/, org/) inside")
        for table in tables:
            for number, row in enumerate(read_table_rows(table), 1):
                yield _record(row, f"{table}, row {number}")
        return
    if source.suffix == ".parquet":
        from .parquet import read_table_rows

        for number, row in enumerate(read_table_rows(source), 1):
            if row.get("type") in wanted:
                yield _record(row, f"{source}, row {number}")
        return
    try:
        with source.open(encoding="utf-8") as handle:
            for saved in _jsonl_rows(handle, path):
                if saved.record.type in wanted:
                    yield saved
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def story_of(doc: str) -> str:
    """The story a document belongs to, by the `<story>_<outlet>` naming of the shared corpora
    (`s01-offshoring_echocasa` → `s01-offshoring`); a doc id without `_` is its own story."""
    return doc.rsplit("_", 1)[0]


def _column(saved: SavedRecord, by: str) -> tuple[bool, Any]:
    """Whether the record has column `by` (a field of its model or a saved column), its value."""
    if by in saved.extra:
        return True, saved.extra[by]
    if by in type(saved.record).model_fields:
        return True, getattr(saved.record, by)
    return False, None


def group_saved(saved: Iterable[SavedRecord], by: str | None) -> dict[str, list[Record]]:
    """Records by group, groups in first-seen order; all in one group `""` when `by` is None.

    `by`: a column of the records (a field such as `org` or `when`, or a column the archive
    added), or `story`: that column when saved, else the doc id's story (`story_of`). A record
    without the column (an org mention, grouped by `when`) joins every group of its document,
    so each group still knows which sentences name an actor.
    """
    if by is None:
        return {"": [item.record for item in saved]}
    groups: dict[str, list[Record]] = {}
    doc_groups: dict[str, list[str]] = {}
    loose: list[Record] = []
    for item in saved:
        has, value = _column(item, by)
        if not has and by == "story":
            has, value = True, story_of(item.record.doc)
        if not has:
            loose.append(item.record)
            continue
        key = "" if value is None else str(value)
        groups.setdefault(key, []).append(item.record)
        seen = doc_groups.setdefault(item.record.doc, [])
        if key not in seen:
            seen.append(key)
    for record in loose:
        for key in doc_groups.get(record.doc, []):
            groups[key].append(record)
    return groups
