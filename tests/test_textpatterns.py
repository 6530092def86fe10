"""The one text toolkit: folding keeps offsets, every stage folds the same way, lexicon words
become case- and accent-tolerant regexes tried longest first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.orgs import find as orgs_find
from claimx.textpatterns import (
    accent_tolerant,
    fold,
    fold_accents,
    fold_key,
    longest_first,
    word_alternation,
    word_pattern,
    word_search,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mégawatts", "megawatts"),
        ("l’État", "l'etat"),
        ("aujourd‘hui", "aujourd'hui"),  # every apostrophe word_pattern accepts
        ("45\u00a0000\u202f€", "45 000 €"),
        ("Pont\u2011Neuf", "pont-neuf"),
        ("Ça coûte", "ca coute"),
        ("mañana", "manana"),
    ],
)
def test_textpatterns_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_textpatterns_fold_accents_keeps_case() -> None:
    assert fold_accents("Égypte, Côte d’Ivoire") == "Egypte, Cote d'Ivoire"


@given(st.text(max_size=200))
def test_textpatterns_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(fold_accents(text)) == len(text)


def test_textpatterns_one_fold_everywhere() -> None:
    assert orgs_find.fold is fold and orgs_find.fold_accents is fold_accents


@pytest.mark.parametrize(
    ("word", "key"), [("Après-demain", "apres demain"), ("jour  d’après", "jour d'apres")]
)
def test_textpatterns_fold_key(word: str, key: str) -> None:
    assert fold_key(word) == key


@pytest.mark.parametrize(
    ("word", "matches", "misses"),
    [
        ("mégawatts", ["Mégawatts", "megawatts", "MEGAWATTS"], ["megawatt"]),
        ("pour cent", ["pour-cent", "pour\u00a0cent", "pour  cent"], ["pourcent"]),
        ("plus d'", ["plus d’", "plus d'", "Plus D‘"], ["plus de"]),
    ],
)
def test_textpatterns_word_pattern(word: str, matches: list[str], misses: list[str]) -> None:
    regex = re.compile(word_pattern(word))
    assert all(regex.fullmatch(m) for m in matches)
    assert not any(regex.fullmatch(m) for m in misses)


def test_textpatterns_longest_first_keeps_order_of_equal_lengths() -> None:
    assert longest_first(["de", "plus", "plus de", "au", "plus"]) == ["plus de", "plus", "de", "au"]


def test_textpatterns_word_alternation_prefers_the_longest_word() -> None:
    regex = re.compile(word_alternation(["plus", "plus de"]))
    match = regex.match("plus de 500")
    assert match is not None and match.group() == "plus de"


def test_textpatterns_word_search_finds_whole_words_only() -> None:
    regex = word_search(["tonne", "pèse"])
    assert regex.search("il pese 180 livres")
    assert not regex.search("les tonnelles")


def test_textpatterns_accent_tolerant() -> None:
    regex = re.compile(accent_tolerant("préc[ée]dent"))
    assert regex.fullmatch("precedent") and regex.fullmatch("PRÉcedent".lower())
    assert regex.fullmatch("prÉcédent")
