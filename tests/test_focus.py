"""claimx_focus: the base model's components run only on the sentences claimx reads them on
(tests/cases/focus.yaml), and a figure's sentence gets the same parse as from the bare model."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

from claimx.pipeline.sentences import mark_sentences

CASES = load_cases("focus.yaml")


def _ran(sent: Any) -> dict[str, bool]:
    words = [t for t in sent if not t.is_space]
    return {
        "tagged": all(t.pos_ for t in words),
        "parsed": all(t.dep_ for t in words),
        "entities": all(t.ent_iob_ != "" for t in words) and any(t.ent_type_ for t in words),
    }


@pytest.mark.parametrize("case", CASES, ids=[f"focus-{i}" for i in range(len(CASES))])
def test_focus_runs_components_where_needed(claimx_nlp: Any, case: dict[str, Any]) -> None:
    doc = claimx_nlp(case["text"])
    sents = list(doc.sents)
    assert [s.text.strip() for s in sents] == [e["text"] for e in case["sentences"]]
    for sent, expect in zip(sents, case["sentences"], strict=True):
        ran = _ran(sent)
        assert ran["tagged"] == expect["tagged"], sent.text
        assert ran["parsed"] == expect["parsed"], sent.text
        if expect["entities"]:
            assert ran["entities"], sent.text
        else:
            assert not ran["entities"], sent.text


@pytest.mark.parametrize(
    "text",
    [
        "Le temps était doux. le Maroc a alloué 11 milliards de dirhams au numérique en 2025.",
        "Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029, selon son président.",
    ],
)
def test_focus_figure_sentence_parse_matches_bare_model(
    claimx_nlp: Any, nlp: Any, text: str
) -> None:
    doc = claimx_nlp(text)
    bare = mark_sentences(nlp.make_doc(text))  # the same sentence boundaries, every component
    for _, proc in nlp.pipeline:
        bare = proc(bare)
    figure = [s for s in doc.sents if any(c.isdigit() for c in s.text)][-1]
    got = [(t.text, t.pos_, t.dep_, t.head.i - figure.start, t.lemma_) for t in figure]
    same = bare[figure.start : figure.end]
    want = [(t.text, t.pos_, t.dep_, t.head.i - figure.start, t.lemma_) for t in same]
    nouns = [g for g, w in zip(got, want, strict=True) if w[1] in ("NOUN", "PROPN", "ADJ")]
    assert [g[:4] for g in got] == [w[:4] for w in want]
    assert all(g[4] for g in nouns)
