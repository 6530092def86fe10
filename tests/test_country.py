"""Tests for claimx.country: the country a document is about and the currency it decides
(tests/cases/country.yaml)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

from claimx.country import country_currency, document_country

CASES = load_cases("country.yaml")


@pytest.mark.parametrize("case", CASES["documents"], ids=lambda c: c["text"][:40])
def test_country_document_country_counts_places_bodies_and_currencies(case: dict[str, Any]) -> None:
    found = document_country(case["text"])
    assert (found.name if found else None) == case["country"]


@pytest.mark.parametrize("case", CASES["currencies"], ids=lambda c: c["text"][:40])
def test_country_currency_follows_the_document_country(case: dict[str, Any]) -> None:
    assert country_currency(case["text"], tuple(case["codes"])) == case["code"]



@pytest.mark.parametrize("case", CASES["outlets"], ids=lambda c: f"{c['outlet'][:30]}-{c['country']}")
def test_country_outlet_gives_the_country_a_text_does_not_name(case: dict[str, Any]) -> None:
    found = document_country(case["text"], case["outlet"])
    assert (found.name if found else None) == case["country"]
