"""Attach the counted noun to a bare number: "500 ingénieurs", "une quarantaine de hauts
responsables", "13,8 millions de comptes".

A number with no unit is a count of the noun that follows it (after "de"/"d'" and at most two
adjectives). A bare number with no such noun stays a count with no subject, except the plain
integers that look like years, which are dates or names, not figures.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..docstate import doc_text
from .qualifiers import qualifier_after
from .quantities import QuantityReading

_LINKS = {"de", "d'", "d’", "des"}


def _token_at_or_after(doc: Doc, starts: list[int], char: int) -> Token | None:
    i = bisect_left(starts, char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _before_noun(token: Token) -> bool:
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "ADJ") or nxt.lower_ in _LINKS)


def _plural_like(token: Token) -> bool:
    return "Plur" in token.morph.get("Number", []) or token.lower_.endswith(("s", "x"))


def counted_noun(doc: Doc, starts: list[int], reading: QuantityReading) -> Token | None:
    """The noun a bare number counts, or None. `starts` holds each token's first character.

    The small French model often tags the noun after a number as an adjective ("cinq cents
    exposants"), so a plural adjective right after the number counts as the noun unless a noun
    follows it ("trois nouveaux projets").
    """
    token = _token_at_or_after(doc, starts, reading.number_end)
    if token is None or token.idx - reading.number_end > 2:
        return None
    skipped = 0
    # Step over "de"/"d'" and adjectives that stand before the noun ("hauts responsables").
    while token.lower_ in _LINKS or (token.pos_ == "ADJ" and _before_noun(token)):
        if skipped >= 3 or token.i + 1 >= len(doc):
            return None
        token = doc[token.i + 1]
        skipped += 1
    if token.pos_ == "PROPN" and token.is_title:
        return None
    if not token.text.replace("-", "").isalpha() or token.is_stop:  # "start-up" counts too
        return None
    if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and _plural_like(token)):
        return token  # a plural adjective here is a mis-tagged noun: "cinq cents exposants"
    return None


def _hyphen_compound_end(noun: Token) -> Token:
    """The last token of a hyphenated noun the tokenizer split ("start-up" → start, -, up)."""
    doc, last = noun.doc, noun
    while (
        last.i + 2 < len(doc)
        and not last.whitespace_
        and doc[last.i + 1].text == "-"
        and not doc[last.i + 1].whitespace_
        and doc[last.i + 2].is_alpha
    ):
        last = doc[last.i + 2]
    return last


def _model_number(reading: QuantityReading, noun: Token) -> bool:
    """ "la 8088 puce", "le 747 avion": a plain integer of two or more before a singular noun
    names a model; French counts agree in number ("500 ingénieurs")."""
    before = noun.doc[noun.i - 2] if noun.i >= 2 else None
    return (
        reading.integer_digits
        and reading.value is not None
        and reading.value >= 2
        and noun.idx == reading.number_end + 1
        and before is not None
        and before.pos_ == "DET"
        and "Sing" in noun.morph.get("Number", [])
        and not noun.lower_.endswith(("s", "x", "z"))
    )


def looks_like_year(reading: QuantityReading) -> bool:
    """A plain integer 1900-2099 with no unit: a year or a name, not a figure."""
    return reading.integer_digits and reading.value is not None and 1900 <= reading.value <= 2099


def attach_counts(
    doc: Doc, readings: list[QuantityReading]
) -> list[tuple[QuantityReading, str | None]]:
    """Each reading with its counted noun's lemma (counts) or None; year-like numbers dropped."""
    out: list[tuple[QuantityReading, str | None]] = []
    starts = doc.to_array("IDX").tolist()
    text = doc_text(doc)
    for reading in readings:
        if reading.has_unit:
            out.append((reading, None))
            continue
        noun = counted_noun(doc, starts, reading)
        if noun is not None and any(
            o.start <= noun.idx < o.end for o in readings if o is not reading
        ):
            noun = None  # "cinq des trois-tonnes": the next figure is not a counted noun
        if noun is None:
            if looks_like_year(reading):
                continue
            out.append((reading, None))
            continue
        if looks_like_year(reading) and noun.idx - reading.number_end > 1:
            continue
        if _model_number(reading, noun):
            continue
        last = _hyphen_compound_end(noun)
        end = max(reading.end, last.idx + len(last.text))
        counted = replace(reading, end=end)
        after = qualifier_after(text, end) if reading.qualifier == "exact" else None
        if after is not None:  # "200 salariés ou plus"
            counted = replace(counted, end=after.end, qualifier=after.qualifier)
        lemma = noun.lemma_.lower() if last is noun else text[noun.idx : end].lower()
        out.append((counted, lemma))
    return out
