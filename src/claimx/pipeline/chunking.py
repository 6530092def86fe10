"""Cut long texts into pieces the parser handles well, keeping each piece's offset.

Pieces end at a paragraph break when one is close enough, else at a sentence end, else at a
space, so a figure is never split. Offsets are shifted back when the pieces are merged.
"""

from __future__ import annotations

import re

_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?…][ \u00a0]+"),
    re.compile(r"\s"),
)


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Pieces of `text` of at most `max_chars` characters, each with its start offset."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > max_chars // 3]
            if ends:
                cut = ends[-1]
                break
        if cut == 0:
            cut = max_chars
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return [(offset, piece) for offset, piece in pieces if piece]
