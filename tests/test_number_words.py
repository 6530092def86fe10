"""Tests for claimx.figures.number_words: numbers written in words, with offsets and values."""

from __future__ import annotations

import copy
import itertools
import math
import re
from typing import Any

import pytest
from conftest import load_cases
from hypothesis import given, settings
from hypothesis import strategies as st
from text_to_num import text2num

from claimx.datafiles import load_yaml
from claimx.datafiles.figures import NumberWordsFile
from claimx.datafiles.reading import validate
from claimx.errors import DataFileError
from claimx.figures import number_lexicon
from claimx.figures.number_words import WordNumber, find_word_numbers, parse_number_words

TABLE = load_cases("number_words.yaml")


def _close(got: float, want: float) -> bool:
    return math.isclose(got, want, rel_tol=1e-5, abs_tol=1e-9)


@pytest.mark.parametrize("case", TABLE["cases"], ids=lambda c: c["text"][:50])
def test_number_words_finds_spans_and_values(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_word_numbers(text)
    assert [text[n.start : n.end] for n in found] == [e["text"] for e in case["expect"]]
    pos = 0
    for number, want in zip(found, case["expect"], strict=True):
        start = re.compile(rf"(?<!\w){re.escape(want['text'])}(?!\w)").search(text, pos).start()
        assert (number.start, number.end) == (start, start + len(want["text"]))
        assert _close(number.value, float(want["value"])), (want["text"], number.value)
        assert number.approx is want.get("approx", False)
        pos = number.end


@pytest.mark.parametrize("case", TABLE["negatives"], ids=lambda c: c["reason"])
def test_number_words_rejects_non_numbers(case: dict[str, str]) -> None:
    assert find_word_numbers(case["text"]) == []


@pytest.mark.parametrize("case", TABLE["parse"], ids=lambda c: repr(c["text"]))
def test_number_words_parses_whole_strings(case: dict[str, Any]) -> None:
    got = parse_number_words(case["text"])
    if case["value"] is None:
        assert got is None
    else:
        assert got is not None and _close(got, float(case["value"]))


@pytest.mark.parametrize(
    "phrase",
    [
        "vingt et un",
        "soixante-dix-sept",
        "quatre-vingt-onze",
        "cent seize",
        "trois cent douze",
        "neuf cent quatre-vingt-dix-neuf",
        "mille deux cent trente-quatre",
        "deux cent deux mille",
        "dix-huit millions cinq cent mille",
        "trois milliards quarante",
    ],
)
def test_number_words_agrees_with_text2num(phrase: str) -> None:
    assert parse_number_words(phrase) == text2num(phrase, "fr")


@pytest.mark.parametrize(
    ("text", "standalone"),
    [("un", True), ("  une ", True), ("un accord", False), ("le un", False)],
)
def test_number_words_reads_lone_article_only_as_whole_text(text: str, standalone: bool) -> None:
    assert (find_word_numbers(text) != []) is standalone


@pytest.mark.parametrize(
    "text",
    [case["text"] for case in TABLE["cases"]] + [" ".join(case["text"] for case in TABLE["cases"])],
    ids=lambda t: t[:40],
)
def test_number_words_spans_are_sorted_disjoint_and_in_bounds(text: str) -> None:
    found = find_word_numbers(text)
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start
    for number in found:
        assert 0 <= number.start < number.end <= len(text)
        assert text[number.start : number.end].strip() == text[number.start : number.end]


@pytest.mark.parametrize(
    ("text", "shift"), [("Vingt-deux agences.", 0), ("Selon l'ONU, vingt-deux agences.", 13)]
)
def test_number_words_offsets_follow_the_original_text(text: str, shift: int) -> None:
    assert find_word_numbers(text) == [WordNumber(shift, shift + 10, 22.0, False)]


def test_number_words_missing_key_names_the_file() -> None:
    raw = copy.deepcopy(load_yaml("number_words.yaml"))
    raw.pop("scales")
    with pytest.raises(DataFileError, match="'number_words.yaml': scales: Field required"):
        validate("number_words.yaml", NumberWordsFile, raw)


def test_number_words_bad_ordinal_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = copy.deepcopy(load_yaml("number_words.yaml"))
    raw["ordinals"]["zieme"] = "zz"
    edited = validate("number_words.yaml", NumberWordsFile, raw)
    monkeypatch.setattr(number_lexicon, "load_number_words", lambda: edited)
    with pytest.raises(DataFileError, match="number_words.yaml.*unknown cardinal 'zz'"):
        number_lexicon.load_lexicon.__wrapped__()


_PIECES = st.sampled_from(
    [
        "un",
        "une",
        "vingt",
        "et",
        "-",
        " ",
        "  ",
        "cent",
        "mille",
        "millions",
        "demi",
        "tiers",
        "sur",
        "3",
        "virgule",
        "cinquième",
        "neuf",
        "pour",
        "l'",
        "É",
        "trentaine",
        ",",
        "\n",
    ]
)


@settings(deadline=None, max_examples=150)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join))
def test_number_words_invariants_hold_on_any_text(text: str) -> None:
    found = find_word_numbers(text)
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start
    for number in found:
        assert 0 <= number.start < number.end <= len(text)
        assert math.isfinite(number.value)
