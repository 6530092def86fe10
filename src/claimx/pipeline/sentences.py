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

import re
from functools import cache

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from ..datafiles import load_sentences

_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_HEADING_CHARS = 70
"""A line shorter than this, ended by a line break before a capital, is a heading."""
_OPENERS = {"«", '"', "“", "(", "-", "–", "—"}
_CLOSERS = {"»", '"', "”", ")"}
_SECTION = re.compile(r"\d+(?:\.\d+)*\.?")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_sentences().abbreviations)


def _starts_sentence(prev_text: str, before_prev: str, token_text: str) -> bool:
    if prev_text not in _ENDS:
        return False
    if prev_text == "." and before_prev.lower() in _abbreviations():
        return False
    first = token_text[:1]
    return first.isupper() or first.isdigit() or token_text in _OPENERS


def _section_number(text: str, word: str, start: int) -> bool:
    """A dotted number that opens its line: "1.1." of "1.1. Contexte"."""
    line_before = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(_SECTION.fullmatch(word)) and not line_before.strip()


def sentence_starts(doc: Doc, text: str | None = None) -> list[bool]:
    """Whether each token of `doc` starts a sentence, from punctuation and page layout.

    text (str | None): `doc.text`, when the caller has it (spaCy rebuilds it on each access).
    """
    strings = doc.vocab.strings
    values = doc.to_array([ORTH, SPACY, IS_SPACE])  # no Token objects: each costs an allocation
    words = [strings[int(o)] for o in values[:, 0]]
    spaces = [" " if s else "" for s in values[:, 1]]
    is_space = values[:, 2].astype(bool).tolist()
    starts_at = doc.to_array("IDX").tolist()
    text = doc.text if text is None else text
    out = [True] * len(words)
    for i in range(1, len(words)):
        word = words[i]
        j = i - 1  # the previous token that is not whitespace
        gap = spaces[j]
        if is_space[j]:
            gap = words[j] + spaces[j]
            j = max(0, j - 1)
        if is_space[i]:
            start = False
        elif gap.count("\n") >= 2 or (len(gap) >= 3 and "\n" not in gap):
            start = True
        elif "\n" in gap:
            line_start = text.rfind("\n", 0, starts_at[j]) + 1
            short = starts_at[j] + len(words[j]) - line_start < _HEADING_CHARS
            capital = word[:1].isupper() or word[:1].isdigit()
            start = words[j] in _ENDS or words[j] == ":" or (short and capital)
        else:
            before = words[j - 1] if j >= 1 and not is_space[i - 1] else ""
            if words[j] in _CLOSERS and before in _ENDS:  # « Nous continuerons. » Puis ...
                start = _starts_sentence(before, "", word)
            elif words[j] == "." and _section_number(text, before, starts_at[j - 1] if j else 0):
                start = False  # "1.1. Contexte" opens a heading, it does not end a sentence
            else:
                start = _starts_sentence(words[j], before, word)
        out[i] = start
    return out


def mark_sentences(doc: Doc, text: str | None = None) -> Doc:
    """Set every token's sentence start in one array write (the parser keeps them)."""
    if len(doc) == 0:
        return doc
    flags = numpy.array([1 if s else -1 for s in sentence_starts(doc, text)], dtype="int64")
    doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc
