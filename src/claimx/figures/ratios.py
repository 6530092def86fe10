"""Ratios written as "one in N": "un jeune sur quatre" is 25 %, "deux Marocains sur trois"
66.67 % (GOLD_FORMAT: fractions in words are percentages).

Reads the text and the numbers found; writes figures in percent whose span runs from the first
number to the second, and the numbers they hold (to be dropped as figures of their own). The
joining words (`ratio_joiners` in `data/units.yaml`) are data.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import load_units
from ..textpatterns import SPACE, fold, word_alternation
from .number_words import parse_number_words
from .numbers import NumberMatch
from .units import UnitDef, unit_after

PERCENT = UnitDef("%", "percentage", 1.0)
_NUMBER = r"(?:\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)*)"
_NOUN = r"[^\W\d_][\w-]*"


@cache
def _ratio() -> re.Pattern[str]:
    joiners = word_alternation(load_units().ratio_joiners)
    return re.compile(
        rf"(?<![\w,.])(?P<a>{_NUMBER}){SPACE}+(?P<noun>{_NOUN}(?:{SPACE}+{_NOUN})?)"
        rf"{SPACE}+{joiners}{SPACE}+(?P<b>{_NUMBER})(?![\w,.]?\d|\w)"
    )


def _value(surface: str) -> float | None:
    if surface.isdigit():
        return float(surface)
    if fold(surface) in _ones():
        return 1.0
    return parse_number_words(surface)


@cache
def _ones() -> frozenset[str]:
    return frozenset(fold(w) for w in load_units().ratio_one)


@cache
def _not_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load_units().ratio_not_nouns)


def find_ratios(text: str) -> list[tuple[NumberMatch, int]]:
    """Each "a <noun> sur b" ratio as a number in percent with the end of its span (the
    numerator's start is the span's start)."""
    out: list[tuple[NumberMatch, int]] = []
    for m in _ratio().finditer(text):
        a, b = _value(m.group("a")), _value(m.group("b"))
        if a is None or b is None or not 0 < a < b or b > 100:
            continue
        if fold(m.group("noun").split()[0]) in _not_nouns():
            continue
        if unit_after(text, m.end("a")) is not None or unit_after(text, m.end("b")) is not None:
            continue  # "5 km sur 10", "un an sur deux ans"
        number = NumberMatch(m.start("a"), m.end("a"), a / b * 100, in_words=True)
        out.append((number, m.end("b")))
    return out
