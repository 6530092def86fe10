"""A number with its unit: the unit the text writes around it, decided in context.

Most units are read by `units.py` alone; a few need the words around the figure, kept as lists
in `data/units.yaml`: a bare "degrés" near "angle" is an angle (not reported), "livres" near a
word of weight are pounds of mass, alone they are books, a bare "points" counts as percentage
points only near a percentage, "un pourcentage de vingt" puts the unit first, and "un an", "une
tonne" or "trois-tonnes" make a number of a word that is not one elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..datafiles import load_units
from ..textpatterns import SPACE, fold, word_alternation, word_search
from .number_words import parse_number_words
from .numbers import NumberMatch
from .qualifiers import qualifier_before
from .units import (
    UnitDef,
    UnitMatch,
    currency_before,
    is_unit_word,
    per_unit_after,
    unit_after,
    unit_definition,
)


@dataclass(frozen=True)
class Figure:
    """A number, the unit written around it (None for a bare number) and the span of both."""

    number: NumberMatch
    unit: UnitDef | None
    start: int
    end: int


ANGLE = UnitDef("deg", "other", 1.0)
"""Marks an angle, which the quantity reader drops (see `angle_words` in data/units.yaml)."""
_PERCENT = UnitDef("%", "percentage", 1.0)
_SPACED_MINUS = re.compile(r"(?<![\d\w])-[ \u00a0]$")
_NOUN_COMPLEMENT = re.compile(
    r"[ \u00a0]+(?:(?:de|des|du)[ \u00a0]+|d['’][ \u00a0]*)(?:la |l['’]|les )?[^\W\d]"
)
_CHANGE_OF = re.compile(r"(?<!\w)(?:de|d['’])[ \u00a0]*$")


@dataclass(frozen=True)
class _Context:
    angle: re.Pattern[str]
    pound_mass: re.Pattern[str]
    pound_money: re.Pattern[str]
    pound: UnitDef
    pound_words: frozenset[str]
    angle_units: frozenset[str]
    point_words: frozenset[str]
    percent_context: tuple[str, ...]
    unit_first: re.Pattern[str]
    cents: re.Pattern[str]
    one_dimensions: frozenset[str]
    not_one_before: frozenset[str]
    share_cue: re.Pattern[str]
    half_unit: re.Pattern[str]


@cache
def _context() -> _Context:
    data = load_units()
    prefix = word_alternation(data.units_before)
    followers = "|".join(re.escape(w) for w in data.minor_part_followers)
    return _Context(
        angle=word_search(data.angle_words),
        pound_mass=word_search(data.pound_mass_words),
        pound_money=word_search(data.pound_money_words),
        pound=unit_definition(data.pound_mass),
        pound_words=frozenset(fold(w) for w in data.pound_words),
        angle_units=frozenset(fold(w) for w in data.angle_units),
        point_words=frozenset(fold(w) for w in data.point_words),
        percent_context=data.percent_context,
        unit_first=re.compile(
            rf"(?<!\w)(?:un{SPACE}+)?{prefix}{SPACE}+(?:des|de|d['’]){SPACE}*$", re.I
        ),
        cents=re.compile(
            r"(?:[ \u00a0]+et)?[ \u00a0]+(?P<n>\d{1,2})(?:[ \u00a0]+(?:cents?|centimes?))?"
            r"(?![\w,.]?\d)"
            rf"(?![ \u00a0]*(?:%|(?!(?:{followers})\b)[A-Za-zÀ-ÿ]{{2,}}))"
        ),
        one_dimensions=frozenset(data.article_one_dimensions),
        not_one_before=frozenset(data.not_one_before),
        half_unit=re.compile(
            rf"(?<![\w-])(?:(?:un|une){SPACE}+)?{word_alternation(data.half_prefixes)}(?=-\w)",
            re.I,
        ),
        share_cue=re.compile(
            rf"(?<!\w){word_alternation(data.share_cues_before)}"
            r"(?:[ \u00a0]+[^\W\d]+){0,3}[ \u00a0]+$"
        ),
    )


def _near(pattern: re.Pattern[str], text: str, n: NumberMatch, width: int) -> bool:
    return bool(pattern.search(text, max(0, n.start - width), min(len(text), n.end + width)))


def _percent_context(text: str, pos: int, ctx: _Context) -> bool:
    window = text[max(0, pos - 200) : pos + 200]
    return any(word in window for word in ctx.percent_context)


def _is_share(text: str, n: NumberMatch, ctx: _Context) -> bool:
    """Whether a fraction in words is a share: followed by its noun complement, after
    "dont"/"soit" within a few words (the share of an amount just stated), the amount of a
    change ("réduire de moitié", "baisser d'un tiers") or hedged among percentages ("contre
    environ un tiers" near a "%")."""
    if _NOUN_COMPLEMENT.match(text, n.end) or _CHANGE_OF.search(text, max(0, n.start - 4), n.start):
        return True
    if qualifier_before(text, n.start) is not None and _percent_context(text, n.start, ctx):
        return True  # "contre environ un tiers" among shares; "plus d'un tiers" alone is 1/3
    return bool(ctx.share_cue.search(text, max(0, n.start - 30), n.start))


def read_figure(text: str, n: NumberMatch) -> Figure:
    """The number `n` with the unit written before or after it, in context."""
    ctx = _context()
    prefix = ctx.unit_first.search(text, max(0, n.start - 30), n.start)
    if prefix is not None:  # "un pourcentage de vingt"
        return Figure(n, _PERCENT, prefix.start(), n.end)
    before = currency_before(text, n.start)
    if before:
        after = unit_after(text, n.end)
        end = n.end
        if after and after.definition.dimension == "money":
            end = after.end  # "$ 75 millions $ usd": the trailing code repeats the currency
        unit, end = _per_unit(text, before.definition, end)  # "USD612 la tonne"
        return Figure(n, unit, before.start, end)
    found: UnitMatch | None = unit_after(text, n.end)
    if found is None:
        if n.in_words and 0 < n.value < 1 and _is_share(text, n, ctx):
            # "deux tiers des chômeurs", "la moitié de la production", "dont un quart": a share
            return Figure(replace(n, value=n.value * 100), _PERCENT, n.start, n.end)
        return Figure(n, None, n.start, n.end)
    unit, surface = found.definition, fold(found.surface.strip())
    if unit.unit == "°C" and not unit.offset and surface in ctx.angle_units:
        if _near(ctx.angle, text, n, 60):
            return Figure(n, ANGLE, n.start, found.end)
    if unit.unit == "GBP" and surface in ctx.pound_words:
        if _near(ctx.pound_mass, text, n, 80):
            unit = ctx.pound
        elif n.scale == 1 and not _near(ctx.pound_money, text, n, 60):
            return Figure(n, None, n.start, n.end)  # "25 livres" are books
    if surface in ctx.point_words and (
        not _percent_context(text, n.start, ctx) or _NOUN_COMPLEMENT.match(text, found.end)
    ):
        return Figure(n, None, n.start, n.end)  # "une centaine de points de collecte"
    end = found.end
    minus = _SPACED_MINUS.search(text, max(0, n.start - 4), n.start) if unit.unit == "°C" else None
    if minus is not None:  # "convertir - 20 degrés": a spaced hyphen before a temperature
        n = replace(n, start=minus.start(), value=-n.value)
    if unit.dimension == "money" and unit.factor == 1:
        cents = ctx.cents.match(text, end)
        if cents is not None:  # "15 dollars et 15 cents", "3 euros 50": one amount
            n = replace(n, value=n.value + int(cents.group("n")) / 100)
            end = cents.end()
    unit, end = _per_unit(text, unit, end)
    return Figure(n, unit, n.start, end)


def _per_unit(text: str, unit: UnitDef, end: int) -> tuple[UnitDef, int]:
    """`unit` divided by the denominator written at `end` ("/litre", "la tonne", "pour un
    dollar"), with the figure's new end; unchanged when none is written."""
    per = per_unit_after(text, end, money=unit.dimension == "money")
    if per is None or unit.offset:
        return unit, end
    return per_unit(unit, per.definition), per.end


def per_unit(unit: UnitDef, per: UnitDef) -> UnitDef:
    """The compound unit `unit`/`per` ("MAD" per "kWh" → "MAD/Wh", factor 1e-3)."""
    return UnitDef(
        f"{unit.unit}/{per.unit}",
        "other",
        unit.factor / per.factor,
        choices=unit.choices,
        per_factor=per.factor,
    )


_ARTICLE = re.compile(r"(?<!\w)[Uu]ne?(?=[ \u00a0]+\w)")
_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)(?=-[^\W\d_])")


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in taken)


def unit_led_numbers(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """Numbers that only a following unit makes numbers: "un an", "une tonne", "un euro"
    (the article is 1) and "trois-tonnes" (a number word hyphenated to its unit)."""
    ctx = _context()
    taken = [(n.start, n.end) for n in numbers]
    out = []
    for m in _ARTICLE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        found = unit_after(text, m.end())
        if (
            found is not None
            and found.definition.dimension in ctx.one_dimensions
            and is_unit_word(found.surface)
            and found.surface.lower() not in ctx.not_one_before
        ):
            out.append(NumberMatch(m.start(), m.end(), 1.0, in_words=True))
    for m in ctx.half_unit.finditer(text):  # "un demi-litre"
        found = unit_after(text, m.end()) if _free(taken, m.start(), m.end()) else None
        if (
            found is not None
            and found.definition.dimension in ctx.one_dimensions
            and is_unit_word(found.surface)
        ):
            out.append(NumberMatch(m.start(), m.end(), 0.5, in_words=True))
    for m in _HYPHENATED.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        value = parse_number_words(m.group(1))
        if value is not None and value > 1 and unit_after(text, m.end()) is not None:
            out.append(NumberMatch(m.start(), m.end(), value, in_words=True))
    return out
