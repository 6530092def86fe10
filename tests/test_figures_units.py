"""figures/numbers.py, units.py, unit_context.py and qualifiers.py on plain strings: these
stages read text only, so no spaCy model is loaded. Case tables in tests/cases/."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

from claimx.figures.numbers import NumberMatch, find_numbers
from claimx.figures.qualifiers import (
    QualifierMatch,
    after_change_verb,
    bounds_pair,
    qualifier_after,
    qualifier_before,
)
from claimx.figures.quantities import find_quantities
from claimx.figures.unit_context import read_figure, unit_led_numbers
from claimx.figures.units import UnitMatch, currency_before, per_unit_after, unit_after

NUMBERS = load_cases("numbers.yaml")
UNITS = load_cases("units.yaml")
CONTEXT = load_cases("unit_context.yaml")
QUALIFIERS = load_cases("qualifiers.yaml")


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [str(c.get("text") or c.get("first")) for c in cases]


@pytest.mark.parametrize("case", NUMBERS, ids=_ids(NUMBERS))
def test_numbers_find_numbers(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_numbers(text)
    assert [text[n.start : n.end] for n in found] == [e["text"] for e in case["expect"]]
    for n, e in zip(found, case["expect"], strict=True):
        assert n.value == pytest.approx(e["value"])
        for flag in ("scale", "in_words", "approx", "integer_digits"):
            if flag in e:
                assert getattr(n, flag) == e[flag], flag


def _unit(text: str, found: UnitMatch | None) -> dict[str, Any] | None:
    if found is None:
        return None
    d = found.definition
    return {
        "text": text[found.start : found.end],
        "unit": d.unit,
        "dimension": d.dimension,
        "factor": pytest.approx(d.factor),
    }


@pytest.mark.parametrize("case", UNITS["after"], ids=_ids(UNITS["after"]))
def test_units_unit_after(case: dict[str, Any]) -> None:
    text = case["text"]
    number = find_numbers(text)[0]
    assert _unit(text, unit_after(text, number.end)) == case["expect"]


@pytest.mark.parametrize("case", UNITS["before"], ids=_ids(UNITS["before"]))
def test_units_currency_before(case: dict[str, Any]) -> None:
    text = case["text"]
    number = find_numbers(text)[-1]
    assert _unit(text, currency_before(text, number.start)) == case["expect"]


@pytest.mark.parametrize("case", UNITS["per"], ids=_ids(UNITS["per"]))
def test_units_per_unit_after(case: dict[str, Any]) -> None:
    text = case["text"]
    number = find_numbers(text)[0]
    unit = unit_after(text, number.end)
    assert unit is not None
    per = per_unit_after(text, unit.end, money=unit.definition.dimension == "money")
    assert _unit(text, per) == case["expect"]


@pytest.mark.parametrize("case", CONTEXT["figures"], ids=_ids(CONTEXT["figures"]))
def test_unit_context_read_figure(case: dict[str, Any]) -> None:
    text, expect = case["text"], case["expect"]
    figure = read_figure(text, find_numbers(text)[0])
    assert text[figure.start : figure.end] == expect["text"]
    assert figure.number.value == pytest.approx(expect["value"], rel=1e-4)
    assert (figure.unit.unit if figure.unit else None) == expect["unit"]
    if figure.unit is not None:
        assert figure.unit.factor == pytest.approx(expect["factor"])


@pytest.mark.parametrize("case", CONTEXT["unit_led"], ids=_ids(CONTEXT["unit_led"]))
def test_unit_context_unit_led_numbers(case: dict[str, Any]) -> None:
    text = case["text"]
    led: list[NumberMatch] = unit_led_numbers(text, find_numbers(text))
    assert [(text[n.start : n.end], n.value) for n in led] == [
        (e["text"], e["value"]) for e in case["expect"]
    ]


def _qualifier(text: str, found: QualifierMatch | None) -> list[str] | None:
    return None if found is None else [text[found.start : found.end], found.qualifier]


@pytest.mark.parametrize("case", QUALIFIERS["before"], ids=_ids(QUALIFIERS["before"]))
def test_qualifiers_before(case: dict[str, Any]) -> None:
    text = case["text"]
    found = qualifier_before(text, text.index(case["figure"]))
    assert _qualifier(text, found) == case["expect"]


@pytest.mark.parametrize("case", QUALIFIERS["after"], ids=_ids(QUALIFIERS["after"]))
def test_qualifiers_after(case: dict[str, Any]) -> None:
    text = case["text"]
    found = qualifier_after(text, text.index(case["figure"]) + len(case["figure"]))
    assert _qualifier(text, found) == case["expect"]


@pytest.mark.parametrize("case", QUALIFIERS["bounds"], ids=_ids(QUALIFIERS["bounds"]))
def test_qualifiers_bounds_pair(case: dict[str, Any]) -> None:
    pair = bounds_pair(case["first"], case["second"], case["between"])
    assert (list(pair) if pair else None) == case["expect"]


@pytest.mark.parametrize("case", QUALIFIERS["change"], ids=_ids(QUALIFIERS["change"]))
def test_qualifiers_after_change_verb(case: dict[str, Any]) -> None:
    assert after_change_verb(case["text"], case["text"].index(case["at"])) is case["expect"]


RANGES = load_cases("ranges.yaml")


@pytest.mark.parametrize("case", RANGES, ids=_ids(RANGES))
def test_quantities_ranges_on_text(case: dict[str, Any]) -> None:
    text = case["text"]
    got = []
    for q in find_quantities(text):
        numbers = [q.value] if q.value is not None else [q.low, q.high]
        got.append([text[q.start : q.end], *[pytest.approx(n) for n in numbers], q.unit])
    assert got == case["expect"]
