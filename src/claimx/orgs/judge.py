"""Judging a candidate organisation name: cleaning its edges, rejecting what is not a body.

Reads a surface string (or a spaCy span) and the word tables; writes cleaned offsets and yes/no
verdicts: places, persons, titles, events, strategies, topics and amounts are not organisations;
heads, acronyms, camel-case brands and legal forms are.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..textpatterns import fold
from .tables import load_places, load_words

ACRONYM = r"[A-Z][A-Za-z0-9&]*[A-Z0-9]"
"""Regex source of an acronym's shape: a capital, then letters, digits or "&", ending in a
capital or a digit ("BAD", "M&A", "G20"); `is_acronym` also wants two capitals."""
_ACRONYM = re.compile(ACRONYM)
ACRONYM_AFTER = re.compile(rf"[ \u00a0]*\([ \u00a0]*({ACRONYM})[ \u00a0]*\)")
"""An acronym in brackets right after a name: "Agence marocaine ... (AMDIE)"; group 1 is it."""
ACRONYM_BEFORE = re.compile(rf"(?<![\w&])({ACRONYM})[ \u00a0]*\([ \u00a0]*$")
"""An acronym and an opening bracket just before a name: "AMDIE (Agence ..."; group 1 is it."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_EDGE_PUNCT = " \t\n\u00a0\u202f.,;:!?«»\"“”'’()[]-–—/"


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without leading determiners and edge punctuation."""
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if m := load_words().determiners_re.match(text, start, end):
            start = m.end()
        if (start, end) == before:
            return start, end


def _is_place(surface: str) -> bool:
    """True when the whole of `surface` is a place name."""
    return bool(load_places().places_re.fullmatch(fold(surface)))


def _names_place(surface: str) -> bool:
    """True when a place name stands in `surface` other than as a complement ("de Casablanca")."""
    words, places = load_words(), load_places()
    folded = fold(surface)
    for m in places.places_re.finditer(folded):
        previous = re.search(r"([\w']+)\s*$", folded[: m.start()])
        if previous is None or previous.group(1) not in words.connectors | words.articles:
            return True
    return False


def is_not_org(surface: str, person_words: frozenset[str], company: bool = False) -> bool:
    """Rejects places, persons, titles, events, strategies, topics and amounts. A company cue
    (`company`, or a legal form ending the name) outranks the person check, and the place check
    unless the whole name is a place."""
    words = load_words()
    tokens = re.findall(r"[\w&]+(?:['’-][\w&]+)*", surface)
    if not tokens or len(surface) < 2:
        return True
    first = tokens[0].lower()
    company = company or tokens[-1] in words.company_suffixes
    return (
        first in words.title_words
        or first in words.not_org_heads
        or any(t.lower() in words.event_words for t in tokens)
        or surface in words.not_org_acronyms
        or fold(surface) in words.not_org_phrases
        or all(fold(t) in words.scale_currency_tokens for t in tokens)
        or bool(_YEAR.search(surface))
        or (
            bool(load_places().places_re.fullmatch(fold(surface)))
            if company
            else _names_place(surface)
        )
        or (not company and all(fold(t) in person_words for t in tokens))
    )


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def looks_like_org(span: Span, label: str) -> bool:
    """Whether a cleaned NER span has the shape of an organisation's name."""
    words = load_words()
    tokens = [t for t in span if not t.is_punct]
    if not tokens:
        return False
    first = tokens[0]
    if first.lower_ in words.heads or (
        len(tokens) > 1 and first.lower_ in words.head_prefixes and tokens[1].lower_ in words.heads
    ):
        return True
    if any(is_acronym(t.text) or _is_camel(t.text) for t in tokens):
        return True
    if tokens[-1].text in words.company_suffixes:
        return True
    return label == "ORG" and first.pos_ == "PROPN"


def _is_camel(word: str) -> bool:
    """A brand spelled with an inner capital ("InfoMagazine", "AstraZeneca")."""
    return (
        len(word) > 3
        and word[0].isupper()
        and any(c.isupper() for c in word[1:])
        and any(c.islower() for c in word)
    )
