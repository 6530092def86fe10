"""Turn an annotated spaCy Doc into claimx records, on the offsets of the whole document."""

from __future__ import annotations

import math
from typing import Any

from spacy.tokens import Doc

from ..attribution.attribute import Attributed
from ..dates.find import DateReading
from ..orgs.find import OrgReading
from ..figures.precision import rounding_steps
from ..records import DateMention, Evidence, OrgMention, Quantity


def _quantity(doc_id: str, source: str, a: Attributed, offset: int) -> Quantity:
    r = a.reading
    start, end = r.start + offset, r.end + offset
    sent_start, sent_end = a.sent_start + offset, a.sent_end + offset
    values = [v for v in (r.value, r.low, r.high) if v is not None]
    return Quantity(
        doc=doc_id,
        start=start,
        end=end,
        text=source[start:end],
        value=r.value,
        low=r.low,
        high=r.high,
        unit=r.unit,
        dimension=r.dimension,
        qualifier=r.qualifier,
        subject=a.subject,
        org=a.org,
        when=a.when,
        org_source=a.org_source if a.org else None,
        org_parent=a.org_parent if a.org else None,
        precision=max(rounding_steps(source[start:end], values)) if values else None,
        evidence=Evidence(start=sent_start, end=sent_end, text=source[sent_start:sent_end]),
    )


def _place(
    doc_id: str, source: str, reading: DateReading | OrgReading, offset: int
) -> dict[str, Any]:
    """Where a date or organisation reading of the piece at `offset` stands in `source`."""
    start, end = reading.start + offset, reading.end + offset
    return {"doc": doc_id, "start": start, "end": end, "text": source[start:end]}


def _finite(*values: float | None) -> bool:
    """No infinite or NaN value: a unit or scale can push a huge figure past what a float holds
    ("1e307 GW"), and JSON has no Infinity; such a figure gives no record."""
    return all(v is None or math.isfinite(v) for v in values)


def doc_records(
    doc: Doc, doc_id: str, source: str, offset: int = 0
) -> list[Quantity | DateMention | OrgMention]:
    """Records of one parsed piece of `source` that starts at `offset`, sorted by position."""
    out: list[Quantity | DateMention | OrgMention] = [
        _quantity(doc_id, source, a, offset)
        for a in doc._.claimx_attributed or []
        if _finite(a.reading.value, a.reading.low, a.reading.high)
    ]
    out += (
        DateMention(**_place(doc_id, source, d, offset), value=d.value, granularity=d.granularity)
        for d in doc._.claimx_dates or []
    )
    out += (
        OrgMention(**_place(doc_id, source, o, offset), canonical=o.canonical)
        for o in doc._.claimx_orgs or []
    )
    for rec in out:
        if source[rec.start : rec.end] != rec.text:
            raise AssertionError(f"offset drift in {doc_id}: {rec.start}:{rec.end}")
    out.sort(key=lambda m: (m.start, m.end, m.type))
    return out
