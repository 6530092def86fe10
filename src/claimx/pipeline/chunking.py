"""Cut long texts into pieces the parser handles well, keeping each piece's offset.

Pieces end at a paragraph break when one is close enough, else at a line end, else at a
sentence end, else at a space that stands between two words (not inside "45 000", not between
a number and its unit), else at the last place that does not split a word or a number, and only
failing all of these (a 2 MB run of letters) anywhere. The pieces are produced one at a time, so
a 20 MB text is never copied whole; offsets are shifted back when the records are merged.

`make_doc` tokenizes a piece in time linear in its length: spaCy's tokenizer strips a word's
prefixes and suffixes one at a time, each with a regex search over the rest of the word, so a
word of n characters that are all affixes ("%" × 10 000) costs n² steps. A run without a space
longer than any word of real text is tokenized in segments of `SEGMENT_CHARS`, joined back into
one Doc of the same text; no other piece is touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

# Preferred cut points, best first: each match's end is where a piece may stop.
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # paragraph break
    re.compile(r"\n"),  # line end
    re.compile(r"[.!?…»][ \u00a0\u202f]+(?=[^\W\d_])"),  # sentence end before a word
    re.compile(r"(?<![\d\s])\s+(?!\s)"),  # a space after a word (see `_cut`)
    re.compile(r"(?<=[^\w])|(?=[^\w])"),  # anywhere outside a word or number
)


_SPACE = 3
"""Index of the between-words pattern in `_BREAKS`."""
_NEAR_FIGURE = re.compile(r"\d[^.!?\n]{0,30}$")
"""A digit shortly before a space: the space may be inside "11 milliards de dirhams"."""


def _cut(text: str, start: int, max_chars: int) -> int:
    """Length of the piece that starts at `start`: the best break in its last two thirds."""
    window = text[start : start + max_chars]
    floor = max_chars // 3
    for level, pattern in enumerate(_BREAKS):
        cuts = [m.end() for m in pattern.finditer(window, floor) if m.end() > 0]
        if level == _SPACE:  # away from a figure and its unit, else just before a number
            clear = [c for c in cuts if not _NEAR_FIGURE.search(window, max(c - 32, 0), c)]
            cuts = [c for c in clear if not window[c:c + 1].isdigit()] or clear or cuts
        if cuts:
            return cuts[-1]
    return max_chars


def iter_chunks(text: str, max_chars: int) -> Iterator[tuple[int, str]]:
    """Pieces of `text` of at most `max_chars` characters, each with its start offset, in order.

    The pieces join back into `text` exactly; an empty text gives no piece.
    """
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    start = 0
    while len(text) - start > max_chars:
        cut = _cut(text, start, max_chars)
        yield start, text[start : start + cut]
        start += cut
    if start < len(text):
        yield start, text[start:]


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """`iter_chunks` as a list."""
    return list(iter_chunks(text, max_chars))


SEGMENT_CHARS = 64
"""Characters of a long run tokenized at once: its cost grows with the square of this."""
_LONG_RUN = re.compile(r"\S{501,}|[^\w\s]{%d,}" % (SEGMENT_CHARS + 1))
"""A run no real text has: longer than the longest URL (272 characters) in the public corpora
by far, or a run of more than `SEGMENT_CHARS` punctuation marks."""


def _segment_cuts(text: str) -> Iterator[int]:
    """Where to cut `text` so that no long run is tokenized whole, in order."""
    for match in _LONG_RUN.finditer(text):
        yield from range(match.start() + SEGMENT_CHARS, match.end(), SEGMENT_CHARS)


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, in time linear in the length of `text` (see the module's docstring)."""
    cuts = list(_segment_cuts(text))
    if not cuts:
        return nlp.make_doc(text)
    bounds = [0, *cuts, len(text)]
    docs = [nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs joins the segments' texts as they are
        raise AssertionError("segmented tokenization changed the text")
    return doc
