"""Pipeline state (docstate.py): every `Doc._` extension registered in one place, each
component declaring what it writes. The rule stages run on `spacy.blank("fr")`: only
`claimx_focus` needs the model."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import claimx.figures.currency_context as currency_context
import claimx.pipeline.components  # noqa: F401  (registers the factories)
from claimx.figures.quantities import find_quantities
from claimx.docstate import EXTENSIONS, doc_text

SRC = Path(__file__).parent.parent / "src" / "claimx"
RULE_STAGES = [
    "claimx_sentences",
    "claimx_figures",
    "claimx_quantities",
    "claimx_dates",
    "claimx_orgs",
    "claimx_attribution",
]
TEXT = (
    "L'Office chérifien des phosphates investira 2,5 milliards de dirhams d'ici 2027. "
    "Le groupe emploie déjà 500 ingénieurs à Casablanca."
)


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("fr")
    for name in RULE_STAGES:
        nlp.add_pipe(name)
    return nlp


def test_docstate_extensions_registered_in_state_py_only() -> None:
    writers = sorted(
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if re.search(r"\.set_extension\(", p.read_text("utf-8"))
    )
    assert writers == ["docstate.py"]
    assert all(Doc.has_extension(name) for name in EXTENSIONS)


def test_docstate_each_component_assigns_what_it_writes(blank: Language) -> None:
    """Run stage by stage: the extensions a component fills are the ones its factory lists in
    `assigns`, and every extension is filled by one component (the publication date and the
    document's country: the caller)."""
    from claimx.country import document_country

    doc = blank.make_doc(TEXT)
    doc._.claimx_published = date(2025, 7, 23)
    doc._.claimx_country = document_country(TEXT)
    filled_by: dict[str, str] = {"claimx_published": "caller", "claimx_country": "caller"}
    for name, component in blank.pipeline:
        before = {e for e in EXTENSIONS if getattr(doc._, e) is not None}
        doc = component(doc)
        written = {e for e in EXTENSIONS if getattr(doc._, e) is not None} - before
        declared = {
            a.removeprefix("doc._.") for a in blank.get_pipe_meta(name).assigns if "._." in a
        }
        assert written == declared, name
        filled_by.update(dict.fromkeys(written, name))
    assert set(filled_by) == set(EXTENSIONS)


def test_docstate_rule_stages_on_a_blank_pipeline(blank: Language) -> None:
    doc = blank.make_doc(TEXT)
    doc._.claimx_published = date(2025, 7, 23)
    doc = blank(doc)
    assert doc._.claimx_text == TEXT
    assert [s.text for s in doc.sents] == [
        "L'Office chérifien des phosphates investira 2,5 milliards de dirhams d'ici 2027.",
        "Le groupe emploie déjà 500 ingénieurs à Casablanca.",
    ]
    found = [(r.value, r.unit) for r, _ in doc._.claimx_quantities]
    assert found == [(2.5e9, "MAD"), (500.0, "count")]
    assert [d.value for d in doc._.claimx_dates] == ["2027"]
    attributed = doc._.claimx_attributed
    assert [a.reading for a in attributed] == [r for r, _ in doc._.claimx_quantities]
    assert [(a.sent_start, a.sent_end) for a in attributed] == [
        (s.start_char, s.end_char) for s in doc.sents
    ]
    assert attributed[0].when == "2027"
    assert [s.text for s in doc.spans["claimx_quantities"]] == [
        "2,5 milliards de dirhams",
        "500",
    ]


def test_docstate_doc_text_reads_the_kept_text() -> None:
    doc = spacy.blank("fr")("Deux millions d'euros.")
    assert doc._.claimx_text is None and doc_text(doc) == "Deux millions d'euros."
    doc._.claimx_text = "kept"
    assert doc_text(doc) == "kept"


def test_docstate_document_country_searched_once_a_document(monkeypatch: Any) -> None:
    """Several bare amounts that need the document's country ask for it once."""
    calls: list[str] = []
    real = currency_context.document_country

    def spy(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(currency_context, "document_country", spy)
    text = (
        "À Alger, le ministère a versé 3 milliards de subventions en 2024. "
        "Il prévoit 4 milliards de subventions en 2025 et 5 milliards de dotations en 2026."
    )
    amounts = [r for r in find_quantities(text) if r.scale >= 1e6]
    counted = zip(amounts, ["subvention", "subvention", "dotation"], strict=True)
    found = currency_context.inherit_currencies(text, list(counted))
    assert [(r.value, r.unit) for r, _ in found] == [(3e9, "DZD"), (4e9, "DZD"), (5e9, "DZD")]
    assert len(calls) == 1
