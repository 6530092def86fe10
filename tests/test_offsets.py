"""Offsets are always true: text[start:end] == record.text, on any input, chunked or not."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.pipeline import api
from claimx.pipeline.api import extract_batch
from claimx.pipeline.chunking import chunk_text

# Text made of the pieces figures are built from, so that the property exercises the readers,
# not only the tokenizer: digits, separators, scale words, units, qualifiers, dates, names.
PIECES = [
    "45",
    "000",
    " ",
    "\u00a0",
    "\u202f",
    ",",
    ".",
    "8",
    "1,2",
    "13,8",
    "100.000",
    "milliards",
    "millions",
    " de ",
    "dirhams",
    "DH",
    "MDH",
    "€",
    "$",
    "%",
    "pour cent",
    "MW",
    "km²",
    "centimes/litre",
    "plus de ",
    "environ ",
    "jusqu'à ",
    "entre ",
    " et ",
    " à ",
    "-",
    "d'ici ",
    "2030",
    "2024-2026",
    "mardi",
    "22 juillet 2025",
    "l'AMDIE",
    "Onepoint",
    "Maroc",
    "ingénieurs",
    "\n",
    "\n\n",
    "(",
    ")",
    "vingt",
    "deux",
    "cents",
    "une trentaine",
    "CAN 2024",
    "1.1.",
    "98e",
    "é",
    "’",
    "«",
    "»",
    "Le ",
    "gouvernement",
    " recrute ",
    "😀",
    "\t",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
)


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_offsets_match_surface_on_any_text(claimx_nlp: Any, text: str) -> None:
    for rec in claimx.extract(text):
        assert 0 <= rec.start < rec.end <= len(text)
        assert text[rec.start : rec.end] == rec.text
        if rec.type == "quantity" and rec.evidence is not None:
            assert text[rec.evidence.start : rec.evidence.end] == rec.evidence.text


@settings(
    deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(st.sampled_from(PIECES), min_size=20, max_size=120).map("".join))
def test_offsets_chunks_cover_the_text(text: str) -> None:
    pieces = chunk_text(text, 50)
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece


SENTENCES = [
    "Le groupe Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029.",
    "L'investissement atteint 120 millions de dirhams (près de 11 millions d'euros).",
    "La centrale solaire produira 1,2 gigawatt.",
    "Le taux de chômage atteint 13,1 %.",
    "Environ 45 000 talents seront formés en trois ans.",
    "Le budget du ministère est de 3,5 milliards de dirhams.",
]


def _figures(records: list[Any]) -> set[tuple[int, float | None, str]]:
    return {(r.start, r.value, r.unit) for r in records if r.type == "quantity"}


@settings(
    deadline=None,
    max_examples=15,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join),
        min_size=2,
        max_size=6,
    )
)
def test_offsets_chunked_texts_keep_every_figure(claimx_nlp: Any, paragraphs: list[str]) -> None:
    """Cut into pieces of about one paragraph, a text yields the figures it yields whole, at the
    same offsets: no figure is lost or split at a cut."""
    text = "\n\n".join(paragraphs)
    whole = _figures(next(extract_batch([("t", text, None)])))
    with pytest.MonkeyPatch.context() as patch:
        config = {**api.pipeline_config(), "chunking": {"max_chars": 160}}
        patch.setattr(api, "pipeline_config", lambda: config)
        chunked = _figures(next(extract_batch([("t", text, None)])))
    assert len(chunk_text(text, 160)) > 1 or len(text) <= 160
    assert chunked == whole


@pytest.mark.parametrize("paragraphs", [400])
def test_offsets_long_text_chunked_equals_paragraph_by_paragraph(
    claimx_nlp: Any, paragraphs: int
) -> None:
    para = (
        "Le groupe Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029. "
        "L'investissement atteint 120 millions de dirhams (près de 11 millions d'euros).\n\n"
    )
    text = para * paragraphs  # about 64 000 characters: cut into pieces by the pipeline
    records = claimx.extract(text, doc="long")
    quantities = [r for r in records if r.type == "quantity"]
    assert len(quantities) == 3 * paragraphs
    for rec in records:
        assert text[rec.start : rec.end] == rec.text
    one = [r for r in next(extract_batch([("p", para, None)])) if r.type == "quantity"]
    expected = {(q.start % len(para), q.end % len(para), q.value) for q in one}
    assert {(q.start % len(para), q.end % len(para), q.value) for q in quantities} == expected


@settings(
    deadline=None, max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map("".join))
def test_offsets_streamed_pieces_are_deterministic_and_true(claimx_nlp: Any, text: str) -> None:
    from claimx.pipeline.api import stream_pieces

    first = [r for p in stream_pieces([("d", text, None), ("e", text, None)]) for r in p.records]
    again = [r for p in stream_pieces([("d", text, None), ("e", text, None)]) for r in p.records]
    assert first == again
    assert [r for r in first if r.doc == "d"] == claimx.extract(text, doc="d")
    for rec in first:
        assert text[rec.start : rec.end] == rec.text


@pytest.mark.parametrize(
    "number", ["10^400", "9" * 401, "1e999", "10^99999", "7" * 100_000, "12/" + "3" * 5000]
)
def test_offsets_unrepresentable_numbers_give_no_record_and_no_error(
    claimx_nlp: Any, number: str
) -> None:
    import json

    text = f"Il a gagné {number} euros, et 27 % de plus."
    records = claimx.extract(text)
    for rec in records:
        json.dumps(rec.model_dump(mode="json"), allow_nan=False)
    assert [r.text for r in records if r.type == "quantity"][-1] == "27 %"
