"""quantulum3 (0.10, English model: it ships no French one) as a claimx peer, run as is.

Its quantities become GOLD_FORMAT records: currencies by the unit's ISO code, other units through
score.py's unit table by their English names ("megawatt" -> W x 1e6), "dimensionless" as a count.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from common import DocText, Record, canonical_unit, dimension_of, drop_overlaps, quantity_record

NAME = "quantulum3"
TYPES = frozenset({"quantity"})
LIMITS = {
    "*": "English model only (quantulum3 has no French language pack)",
    "rt-numberrange": "no French ranges",
}


def _parse(text: str) -> list[Any]:
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(parser.parse(text))


def load() -> None:
    """Load the unit tables and the bundled scikit-learn classifier."""
    _parse("Le parc de 500 MW coûte 3 millions de dollars, soit 70 % du budget.")


def extract(docs: Sequence[DocText], types: frozenset[str]) -> Iterator[list[Record]]:
    """Records for each document (quantities only)."""
    for doc in docs:
        if "quantity" not in types:
            yield []
            continue
        records = [r for q in _parse(doc.text) if (r := _record(doc, q)) is not None]
        yield drop_overlaps(records)


def _record(doc: DocText, quantity: Any) -> Record | None:
    start, end = quantity.span
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    unit_obj = quantity.unit
    value = float(quantity.value)
    name = unit_obj.name
    entity = unit_obj.entity.name
    if entity == "currency":
        code = getattr(unit_obj, "currency_code", None)
        mapped = (code, 1.0, 0.0) if code else canonical_unit(name, "money")
    elif name == "dimensionless":
        mapped = ("count", 1.0, 0.0)
    else:
        mapped = canonical_unit(name) or next(
            filter(None, (canonical_unit(s) for s in unit_obj.symbols or ())), None
        )
    if mapped is None:
        unit, dimension = name, "other"
    else:
        unit, scale, offset = mapped
        value = value * scale + offset
        dimension = dimension_of(unit)
    return quantity_record(doc, start, end, value, unit, dimension)
