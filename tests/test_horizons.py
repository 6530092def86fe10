"""attribution/horizons.py on fixed date readings, without the model: the period a document
reports on, and the dates that date the news rather than a figure."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import load_cases

from claimx.attribution.horizons import document_period, is_event_date
from claimx.dates.find import DateReading

CASES = load_cases("horizons.yaml")
PUBLISHED = date(2025, 7, 8)


def _reading(text: str, spec: list[str]) -> DateReading:
    """The date `spec` = [as written, ISO value, granularity] at its place in `text`."""
    written, value, granularity = spec
    start = text.index(written)
    return DateReading(start, start + len(written), written, value, granularity)


@pytest.mark.parametrize("case", CASES["period"], ids=[c["text"][:50] for c in CASES["period"]])
def test_horizons_document_period(case: dict[str, Any]) -> None:
    text = case["text"]
    dates = [_reading(text, spec) for spec in case["dates"]]
    assert document_period(text, dates) == case["expect"]


@pytest.mark.parametrize("case", CASES["event"], ids=[c["text"][:50] for c in CASES["event"]])
def test_horizons_event_dates(case: dict[str, Any]) -> None:
    text = case["text"]
    assert is_event_date(text, _reading(text, case["date"]), PUBLISHED) is case["expect"]
