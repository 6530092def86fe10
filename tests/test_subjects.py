"""The subject of each figure, on French sentences (tests/cases/subjects.yaml)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

import claimx
from claimx.records import Quantity

CASES = load_cases("subjects.yaml")


@pytest.mark.parametrize("case", CASES, ids=[f"subject-{i}" for i in range(len(CASES))])
def test_subject_is_the_measured_noun(claimx_nlp: Any, case: dict[str, Any]) -> None:
    found = [r for r in claimx.extract(case["text"]) if isinstance(r, Quantity)]
    start = case["text"].index(case["figure"])
    match = [q for q in found if q.start <= start < q.end]
    assert match, f"{case['figure']!r} not found in {[q.text for q in found]}"
    assert match[0].subject == case["subject"]
