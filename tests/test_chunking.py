"""Long texts are cut at paragraph ends, then sentence ends, never inside a word."""

from __future__ import annotations

import pytest

from claimx.pipeline.chunking import chunk_text


@pytest.mark.parametrize(
    ("text", "max_chars", "pieces"),
    [
        (
            "Premier paragraphe.\n\nDeuxième paragraphe.",
            25,
            ["Premier paragraphe.\n\n", "Deuxième paragraphe."],
        ),
        (
            "Une phrase. Une autre phrase. Encore une.",
            32,
            ["Une phrase. Une autre phrase. ", "Encore une."],
        ),
        ("court", 100, ["court"]),
        ("motsansespacetreslong", 5, ["motsa", "nsesp", "acetr", "eslon", "g"]),
    ],
)
def test_chunking_cuts_at_natural_breaks(text: str, max_chars: int, pieces: list[str]) -> None:
    chunks = chunk_text(text, max_chars)
    assert [p for _, p in chunks] == pieces
    assert all(text[o : o + len(p)] == p for o, p in chunks)


def test_chunking_rejects_a_non_positive_size() -> None:
    with pytest.raises(ValueError):
        chunk_text("texte", 0)
