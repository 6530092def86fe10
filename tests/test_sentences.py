"""Sentence boundaries claimx sets before the parser (tests/cases/sentences.yaml)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from conftest import load_cases

from claimx.pipeline.sentences import mark_sentences

CASES = load_cases("sentences.yaml")


@pytest.fixture(scope="module")
def blank() -> Any:
    return spacy.blank("fr")


@pytest.mark.parametrize("case", CASES, ids=[f"sentences-{i}" for i in range(len(CASES))])
def test_sentences_boundaries(blank: Any, case: dict[str, Any]) -> None:
    doc = mark_sentences(blank(case["text"]))
    got = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert got == case["sentences"]


def test_sentences_parser_keeps_them(claimx_nlp: Any) -> None:
    text = "Titre court\nLe groupe Onepoint recrute 500 ingénieurs. M. Layani l'a annoncé."
    doc = claimx_nlp(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Titre court",
        "Le groupe Onepoint recrute 500 ingénieurs.",
        "M. Layani l'a annoncé.",
    ]
