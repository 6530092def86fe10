"""find_dates: spans, ISO values and granularities from the case tables tests/cases/dates*.yaml."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.dates.find import find_dates

CASES: list[dict[str, Any]] = [
    case
    for table in sorted((Path(__file__).parent / "cases").glob("dates*.yaml"))
    for case in yaml.safe_load(table.read_text(encoding="utf-8"))
]


def _published(raw: object) -> datetime.date | None:
    return datetime.date.fromisoformat(str(raw)) if raw else None


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['text'][:50]}|{case['published'] or 'no-date'}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_dates_case_table(case: dict[str, Any]) -> None:
    readings = find_dates(case["text"], _published(case["published"]))
    got = [{"text": r.text, "value": r.value, "granularity": r.granularity} for r in readings]
    assert got == case["expect"]


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"]], ids=_case_id)
def test_dates_offsets_are_true(case: dict[str, Any]) -> None:
    text = case["text"]
    readings = find_dates(text, _published(case["published"]))
    for reading in readings:
        assert text[reading.start : reading.end] == reading.text
    starts = [r.start for r in readings]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(readings, readings[1:], strict=False))


def test_dates_table_is_large_enough() -> None:
    negatives = [c for c in CASES if not c["expect"]]
    assert len(CASES) >= 60 and len(negatives) >= 15


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # A bare weekday is the closest one on or before the publication date (news past tense).
        ("Le décret a été publié mercredi.", "2025-07-23", "2025-07-23"),
        ("Le décret a été publié jeudi.", "2025-07-23", "2025-07-17"),
        ("Les discussions reprendront mardi de la semaine prochaine.", "2025-07-23", "2025-07-29"),
    ],
)
def test_dates_weekday_resolution(text: str, published: str, value: str) -> None:
    (reading,) = find_dates(text, datetime.date.fromisoformat(published))
    assert reading.value == value and reading.granularity == "day"


def test_dates_offsets_in_a_long_document() -> None:
    paragraph = (
        "Le contrat signé le 3 mars 2025 court jusqu'en 2030. " + "Texte sans chiffre. " * 20
    )
    text = paragraph * 50
    readings = find_dates(text)
    assert len(readings) == 100
    assert all(text[r.start : r.end] == r.text for r in readings)
    assert {r.value for r in readings} == {"2025-03-03", "2030"}


@settings(deadline=None, max_examples=150)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 /-.,:janvierdéchmpsuotlAT’'\n")), max_size=80)
)
def test_dates_never_break_offsets(text: str) -> None:
    readings = find_dates(text, datetime.date(2025, 7, 23))
    for reading in readings:
        assert 0 <= reading.start < reading.end <= len(text)
        assert text[reading.start : reading.end] == reading.text
