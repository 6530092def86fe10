"""Figures read from French sentences: one case table per feature, kept in tests/cases/."""

from __future__ import annotations

import math
from typing import Any

import pytest
from conftest import load_cases

import claimx
from claimx.records import Quantity

TABLES = [
    "quantities_numbers.yaml",
    "quantities_currencies.yaml",
    "quantities_units.yaml",
    "quantities_ranges.yaml",
    "quantities_qualifiers.yaml",
]


def _params(tables: list[str]) -> list[Any]:
    out = []
    for table in tables:
        for i, case in enumerate(load_cases(table)):
            marks = (
                [pytest.mark.skip(reason=case["not_supported"])] if "not_supported" in case else []
            )
            out.append(pytest.param(case, id=f"{table.split('.')[0]}-{i}", marks=marks))
    return out


def _quantities(text: str) -> list[Quantity]:
    return [r for r in claimx.extract(text) if isinstance(r, Quantity)]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6)


@pytest.mark.parametrize("case", _params(TABLES))
def test_quantities_reads_expected_figures(claimx_nlp: Any, case: dict[str, Any]) -> None:
    found = _quantities(case["text"])
    for exp in case["expect"]:
        start = case["text"].index(exp["text"])
        matches = [q for q in found if q.start < start + len(exp["text"]) and start < q.end]
        assert matches, f"{exp['text']!r} not found in {[q.text for q in found]}"
        q = matches[0]
        assert q.text == exp["text"], f"span {q.text!r} != {exp['text']!r}"
        if "value" in exp:
            assert _close(q.value, exp["value"]), f"value {q.value} != {exp['value']}"
        if "low" in exp:
            assert _close(q.low, exp["low"]) and _close(q.high, exp["high"]), (q.low, q.high)
        for key in ("unit", "dimension", "qualifier"):
            if key in exp:
                assert getattr(q, key) == exp[key], f"{key} {getattr(q, key)!r} != {exp[key]!r}"


@pytest.mark.parametrize("case", _params(["quantities_negatives.yaml"]))
def test_quantities_skips_what_is_not_a_figure(claimx_nlp: Any, case: dict[str, Any]) -> None:
    found = _quantities(case["text"])
    for surface in case["absent"]:
        start = case["text"].index(surface)
        end = start + len(surface)
        clash = [q.text for q in found if q.start < end and start < q.end]
        assert not clash, f"{surface!r} read as a quantity: {clash}"
    for exp in case.get("expect", []):
        assert any(q.text == exp["text"] and _close(q.value, exp["value"]) for q in found), exp


@pytest.mark.parametrize(
    "text",
    [
        "Onepoint recrutera plus de 500 ingénieurs d'ici 2029 à Casablanca.",
        "Le budget atteint 11 milliards de dirhams (1,2 milliard de dollars) sur 2024-2026.",
    ],
)
def test_quantities_offsets_are_true(claimx_nlp: Any, text: str) -> None:
    for rec in claimx.extract(text):
        assert text[rec.start : rec.end] == rec.text
