"""Sentence boundaries decided before the parser runs, so evidence sentences are stable.

The small French model's parser splits sentences erratically on news pages, which glue headlines
and captions with runs of spaces or line breaks instead of punctuation. claimx sets every
token's `is_sent_start` itself and the parser keeps those boundaries: a sentence starts after a
blank line, after three or more spaces, after `.`, `!`, `?`, `…` followed by a word that starts
with a capital, a digit or a quote — unless the dot closes an abbreviation listed in
`data/sentences.yaml` ("M. Akhannouch") — and after a single line break that ends a short line
(a heading) before a capital. Other single line breaks are the hard wrapping of a paragraph.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .datafiles import load_yaml

_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_HEADING_CHARS = 70
"""A line shorter than this, ended by a line break before a capital, is a heading."""
_OPENERS = {"«", '"', "“", "(", "-", "–", "—"}


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_yaml("sentences.yaml")["abbreviations"])


def _starts_sentence(prev_text: str, before_prev: str, token_text: str) -> bool:
    if prev_text not in _ENDS:
        return False
    if prev_text == "." and before_prev.lower() in _abbreviations():
        return False
    first = token_text[:1]
    return first.isupper() or first.isdigit() or token_text in _OPENERS


def mark_sentences(doc: Doc) -> Doc:
    """Set `is_sent_start` on every token from punctuation and page layout."""
    if len(doc) == 0:
        return doc
    doc[0].is_sent_start = True
    text = doc.text  # built on each access: read it once
    for token in doc[1:]:
        prev = doc[token.i - 1]
        gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
        before_prev = doc[token.i - 2].text if token.i >= 2 else ""
        if token.is_space:
            start = False
        elif gap.count("\n") >= 2 or (len(gap) >= 3 and "\n" not in gap):
            start = True
        elif "\n" in gap:
            prev_word = prev if not prev.is_space else doc[token.i - 2]
            line_start = text.rfind("\n", 0, prev_word.idx) + 1
            short = prev_word.idx + len(prev_word.text) - line_start < _HEADING_CHARS
            capital = token.text[:1].isupper() or token.text[:1].isdigit()
            start = prev_word.text in _ENDS or prev_word.text == ":" or (short and capital)
        elif prev.is_space:
            prev_word = doc[token.i - 2] if token.i >= 2 else prev
            start = _starts_sentence(prev_word.text, "", token.text)
        else:
            start = _starts_sentence(prev.text, before_prev, token.text)
        token.is_sent_start = start
    return doc


@Language.component("claimx_sentences")
def sentence_component(doc: Doc) -> Doc:
    return mark_sentences(doc)
