"""Write extraction records as JSONL, CSV or a rich terminal table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..records import DateMention, OrgMention, Quantity

Record = Quantity | DateMention | OrgMention

CSV_FIELDS = list(
    dict.fromkeys(
        [
            "doc",
            "type",
            *(
                name
                for model in (Quantity, DateMention, OrgMention)
                for name in model.model_fields
                if name != "evidence"
            ),
        ]
    )
)
"""Every record field but the evidence sentence: doc and type first, then the records' order."""


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    """One JSON object a line; never Infinity or NaN (`allow_nan=False` raises instead)."""
    for rec in records:
        out.write(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False, allow_nan=False))
        out.write("\n")


def write_text_line(doc_id: str, text: str, out: TextIO) -> None:
    """The text a document's offsets point into, as one JSONL line (`--include-text`)."""
    line = {"doc": doc_id, "type": "text", "text": text}
    out.write(json.dumps(line, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[Record], out: TextIO, header: bool = True) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    if header:
        writer.writeheader()
    for rec in records:
        writer.writerow(rec.model_dump(mode="json", exclude={"evidence"}))
    out.write(buffer.getvalue())


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}".replace(",", " ") if abs(x) >= 1000 and x == int(x) else f"{x:g}"


def render_table(records: list[Record], console: Console) -> None:
    table = Table(show_lines=False, header_style="bold")
    for col in ("doc", "type", "text", "value", "unit", "qualifier", "subject", "org", "when"):
        table.add_column(col, overflow="fold", min_width=4 if col != "text" else 14)
    for rec in records:
        if isinstance(rec, Quantity):
            value = (
                _fmt(rec.value) if rec.value is not None else f"{_fmt(rec.low)}–{_fmt(rec.high)}"
            )
            table.add_row(
                rec.doc,
                "quantity",
                rec.text,
                value,
                rec.unit,
                rec.qualifier,
                rec.subject or "",
                rec.org or "",
                rec.when or "",
            )
        elif isinstance(rec, DateMention):
            table.add_row(
                rec.doc, "date", rec.text, rec.value or "?", rec.granularity, "", "", "", ""
            )
        else:
            table.add_row(rec.doc, "org", rec.text, rec.canonical, "", "", "", "", "")
    console.print(table)
