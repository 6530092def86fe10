"""subject, org and when on each figure, from French sentences (tests/cases/attribution.yaml)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import load_cases

import claimx
from claimx.records import Quantity

CASES = load_cases("attribution.yaml")


@pytest.mark.parametrize("case", CASES, ids=[f"attribution-{i}" for i in range(len(CASES))])
def test_attribution_fills_subject_org_when(claimx_nlp: Any, case: dict[str, Any]) -> None:
    published = date.fromisoformat(case["published"]) if "published" in case else None
    found = [
        r for r in claimx.extract(case["text"], published=published) if isinstance(r, Quantity)
    ]
    for exp in case["expect"]:
        start = case["text"].index(exp["text"])
        match = [q for q in found if q.start <= start < q.end]
        assert match, f"{exp['text']!r} not found in {[q.text for q in found]}"
        q = match[0]
        for key in ("subject", "org", "when"):
            if key in exp:
                assert getattr(q, key) == exp[key], f"{key}: {getattr(q, key)!r} != {exp[key]!r}"
        assert q.evidence is not None and exp["text"] in q.evidence.text
