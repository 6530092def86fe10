"""Records follow GOLD_FORMAT: field names, canonical units, ranges, frozen, schema stable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from claimx.records import DateMention, MentionList, OrgMention, Quantity, mention_schema

SCHEMA = Path(__file__).parent / "cases" / "schema.json"


def test_records_quantity_dumps_gold_fields() -> None:
    q = Quantity(doc="a", start=0, end=6, text="75 MDH", value=75e6, unit="MAD", dimension="money")
    line = q.model_dump(mode="json")
    for key in (
        "doc",
        "type",
        "start",
        "end",
        "text",
        "value",
        "low",
        "high",
        "unit",
        "dimension",
        "qualifier",
        "subject",
        "org",
        "when",
    ):
        assert key in line
    assert line["type"] == "quantity" and line["qualifier"] == "exact"


@pytest.mark.parametrize(
    "fields",
    [
        {"value": 1.0, "low": 1.0, "high": 2.0, "qualifier": "range"},
        {"value": None, "low": 3.0, "high": 2.0, "qualifier": "range"},
        {"value": None, "qualifier": "exact"},
        {"value": 5.0, "unit": "MW", "dimension": "power"},
        {"value": 5.0, "text": "trop long"},
    ],
)
def test_records_quantity_rejects_inconsistent_values(fields: dict[str, object]) -> None:
    base: dict[str, object] = {
        "doc": "a",
        "start": 0,
        "end": 5,
        "text": "5 MW!",
        "unit": "W",
        "dimension": "power",
        "value": 5e6,
    }
    base.update(fields)
    if "text" in fields:
        base["end"] = 5
    with pytest.raises(ValidationError):
        Quantity(**base)  # type: ignore[arg-type]


def test_records_are_frozen() -> None:
    d = DateMention(doc="a", start=0, end=4, text="2030", value="2030", granularity="year")
    with pytest.raises(ValidationError):
        d.value = "2031"  # type: ignore[misc]


def test_records_jsonl_round_trip_uses_the_type_tag() -> None:
    recs = [
        OrgMention(doc="a", start=0, end=3, text="BAM", canonical="Bank Al-Maghrib"),
        DateMention(doc="a", start=4, end=8, text="2030", value="2030", granularity="year"),
    ]
    back = MentionList.validate_json(json.dumps([r.model_dump(mode="json") for r in recs]))
    assert [type(r) for r in back] == [OrgMention, DateMention]


def test_records_schema_matches_committed_copy() -> None:
    """`claimx schema` output is part of the interface: a change must be deliberate."""
    assert mention_schema() == json.loads(SCHEMA.read_text(encoding="utf-8"))
