"""Long texts are cut at paragraph ends, then sentence ends, never inside a word."""

from __future__ import annotations

from typing import Any

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


# One text per kind of boundary a piece can end at, each repeating two figures; the test cuts it
# at every size from about one unit of text to the whole, so each figure meets the boundary
# before it, after it and (for the space and hard cuts) in its middle.
BOUNDARIES = {
    "paragraph": "Le groupe a recruté 45 000 ingénieurs.\n\nLe budget atteint 11 milliards de "
    "dirhams.\n\n",
    "line": "Le groupe a recruté 45 000 ingénieurs.\nLe budget atteint 11 milliards de dirhams.\n",
    "sentence": "Le groupe a recruté 45 000 ingénieurs. Le budget atteint 11 milliards de "
    "dirhams. ",
    "space": "le groupe a recruté 45 000 ingénieurs et le budget atteint 11 milliards de "
    "dirhams et ",
    "no space": "(27%)(45%)",
}


def _figures(text: str) -> list[tuple[int, int, str, float | None]]:
    import claimx

    return [
        (r.start, r.end, r.text, r.value) for r in claimx.extract(text) if r.type == "quantity"
    ]


@pytest.mark.parametrize("kind", list(BOUNDARIES))
def test_chunking_keeps_every_figure_across_a_boundary(
    claimx_nlp: Any, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from claimx.pipeline.api import pipeline_config

    unit = BOUNDARIES[kind]
    text = unit * 3
    whole = _figures(text)
    assert len(whole) == 6
    chunking = pipeline_config()["chunking"]
    smallest = len(unit) // 2 if kind != "no space" else 4
    for size in range(smallest, len(text) + 1, 3):
        monkeypatch.setitem(chunking, "max_chars", size)
        cut = _figures(text)
        assert cut == whole, (size, [p for _, p in chunk_text(text, size)])


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_chunking_pieces_join_back_at_any_size(size: int) -> None:
    text = "Un été 2025 : 45 000 ingénieurs.\r\n\r\nFin… «\u00a0oui\u00a0» 12,5 %"
    pieces = chunk_text(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(0 < len(p) <= size and text[o : o + len(p)] == p for o, p in pieces)
