"""Assemble figures from numbers, units, qualifiers and ranges, on the raw text.

One direction: numbers (numbers.py) → the unit around each (units.py) → ranges joining two
numbers → qualifiers (qualifiers.py) → regions that hold no quantity (data/not_quantities.yaml).
The counted noun of a bare number ("500 ingénieurs") needs the parse and is attached later, in
`counts.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from .datafiles import load_yaml
from .number_words import parse_number_words
from .numbers import NumberMatch, find_numbers
from .qualifiers import bounds_pair, qualifier_after, qualifier_before
from .textpatterns import SPACE, word_pattern
from .units import UnitDef, UnitMatch, currency_before, is_unit_word, per_unit_after, unit_after


@dataclass(frozen=True)
class QuantityReading:
    """A figure read from text, before attribution. Values are in canonical units."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    dimension: str
    qualifier: str
    number_start: int
    """Where the first number starts (after any qualifier words)."""
    number_end: int
    """Where the last number and its scale end (before any unit)."""
    has_unit: bool
    integer_digits: bool = False
    unit_factor: float = 1.0
    """Factor of the unit to the canonical unit (to scale a bare bound joined to this one)."""


@dataclass(frozen=True)
class _Figure:
    number: NumberMatch
    unit: UnitDef | None
    start: int
    end: int


_RANGE_JOIN = re.compile(rf"^{SPACE}*(?:et|à|au|-|–|—|‑){SPACE}*$")
_RANGE_OPEN = re.compile(rf"(?:{word_pattern('entre')}|{word_pattern('de')}|d['’]){SPACE}*$")


@cache
def _blocked_regions() -> list[re.Pattern[str]]:
    return [re.compile(src) for src in load_yaml("not_quantities.yaml")["regions"]]


def _blocked(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for pattern in _blocked_regions() for m in pattern.finditer(text)]
    return sorted(s for s in spans if s[1] > s[0])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _percent_context(text: str, pos: int) -> bool:
    window = text[max(0, pos - 200) : pos + 200]
    return "%" in window or "pourcent" in window or "pour cent" in window or "taux" in window


@cache
def _pound_mass_words() -> re.Pattern[str]:
    words = load_yaml("units.yaml")["pound_mass_words"]
    return re.compile(r"(?<!\w)(?:" + "|".join(word_pattern(w) for w in words) + r")(?!\w)")


def _is_pound_mass(text: str, n: NumberMatch, surface: str) -> bool:
    """ "2 204,62 livres" next to "tonne" or "pèse": pounds of weight, not sterling."""
    if surface.strip().lower() not in ("livre", "livres"):
        return False
    return bool(_pound_mass_words().search(text, max(0, n.start - 80), min(len(text), n.end + 80)))


@cache
def _context_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load_yaml("units.yaml")
    angle = re.compile(
        r"(?<!\w)(?:" + "|".join(word_pattern(w) for w in data["angle_words"]) + r")(?!\w)"
    )
    prefix = "|".join(word_pattern(w) for w in data["units_before"])
    before = re.compile(
        rf"(?<!\w)(?:un{SPACE}+)?(?:{prefix}){SPACE}+(?:des|de|d['’]){SPACE}*$", re.I
    )
    return angle, before, frozenset(data["article_one_dimensions"])


_ANGLE = UnitDef("deg", "other", 1.0)
"""Marks an angle, which `find_quantities` drops (see `angle_words` in data/units.yaml)."""
_POUND = UnitDef("kg", "mass", 0.45359237)
_SPACED_MINUS = re.compile(r"(?<![\d\w])-[ \u00a0]$")
# The minor part of an amount after the major one: "15 dollars et 15 cents", "12 euros 50 dans",
# but not "15 dollars 50 fois" (a word other than a preposition makes "50" a count of its own).
_CENTS = re.compile(
    r"(?:[ \u00a0]+et)?[ \u00a0]+(?P<n>\d{1,2})(?:[ \u00a0]+(?:cents?|centimes?))?"
    r"(?![\w,.]?\d)"
    r"(?![ \u00a0]*(?:%|(?!(?:dans|pour|par|chez|le|la|les|au|aux|en|et|ou|à)\b)[A-Za-zÀ-ÿ]{2,}))"
)
_PERCENT = UnitDef("%", "percentage", 1.0)


def _is_angle(text: str, n: NumberMatch, surface: str) -> bool:
    """A bare "degrés"/"°" near "angle", "tourner", "rotation" ...: an angle, not a temperature."""
    if surface.strip().lower() not in ("degré", "degrés", "degre", "degres", "°"):
        return False
    angle, _, _ = _context_words()
    return bool(angle.search(text, max(0, n.start - 60), min(len(text), n.end + 60)))


def _with_unit(text: str, n: NumberMatch) -> _Figure:
    _, unit_first, _ = _context_words()
    prefix = unit_first.search(text, max(0, n.start - 30), n.start)
    if prefix is not None:  # "un pourcentage de vingt"
        return _Figure(n, _PERCENT, prefix.start(), n.end)
    before = currency_before(text, n.start)
    if before:
        after = unit_after(text, n.end)
        end = n.end
        if after and after.definition.dimension == "money":
            end = after.end  # "$ 75 millions $ usd": the trailing code repeats the currency
        return _Figure(n, before.definition, before.start, end)
    found: UnitMatch | None = unit_after(text, n.end)
    if found is None:
        return _Figure(n, None, n.start, n.end)
    unit = found.definition
    if unit.offset == 0 and unit.unit == "°C" and _is_angle(text, n, found.surface):
        return _Figure(n, _ANGLE, n.start, found.end)
    elif unit.unit == "GBP" and _is_pound_mass(text, n, found.surface):
        unit = _POUND
    elif unit.unit == "GBP" and found.surface.lower() in ("livre", "livres") and n.scale == 1:
        return _Figure(
            n, None, n.start, n.end
        )  # "25 livres" are books; "40 millions de livres" pounds
    bare_points = found.surface.lower() in ("point", "points")
    if bare_points and not _percent_context(text, n.start):
        return _Figure(n, None, n.start, n.end)
    end = found.end
    minus = _SPACED_MINUS.search(text, max(0, n.start - 4), n.start) if unit.unit == "°C" else None
    if minus is not None:  # "convertir - 20 degrés": a spaced hyphen before a temperature
        n = replace(n, start=minus.start(), value=-n.value)
    if unit.dimension == "money" and unit.factor == 1:
        cents = _CENTS.match(text, end)
        if cents is not None and len(cents.group("n")) <= 2:
            # "15 dollars et 15 cents", "3 euros 50": the minor part of one amount
            n = replace(n, value=n.value + int(cents.group("n")) / 100)
            end = cents.end()
    per = per_unit_after(text, end, money=unit.dimension == "money")
    if per is not None and not unit.offset:
        unit = UnitDef(
            f"{unit.unit}/{per.definition.unit}", "other", unit.factor / per.definition.factor
        )
        end = per.end
    return _Figure(n, unit, n.start, end)


def _reading(fig: _Figure, qualifier: str, start: int, end: int) -> QuantityReading:
    unit = fig.unit
    value = fig.number.value * unit.factor + unit.offset if unit else fig.number.value
    return QuantityReading(
        start=start,
        end=end,
        value=value,
        low=None,
        high=None,
        unit=unit.unit if unit else "count",
        dimension=unit.dimension if unit else "count",
        qualifier=qualifier,
        number_start=fig.number.start,
        number_end=fig.number.end,
        has_unit=unit is not None,
        integer_digits=fig.number.integer_digits and unit is None,
        unit_factor=unit.factor if unit and not unit.offset else 1.0,
    )


def _range(text: str, a: _Figure, b: _Figure) -> QuantityReading | None:
    """Join "entre 43 et 61 centimes", "de 10 à 15 %", "20-25 MW", "10 à 12 milliards"."""
    between = text[a.end : b.start]
    if not _RANGE_JOIN.match(between):
        return None
    opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
    joiner = between.strip()
    if joiner == "et" and not (opener and opener.group().lower().startswith("entre")):
        return None
    if a.unit is not None and b.unit is not None and a.unit.unit != b.unit.unit:
        return None
    if b.unit is None and joiner in ("-", "–", "—", "‑") and not opener:
        return None  # "2-1" is a score, "2024-2026" a period: a bare dash needs a unit
    unit = b.unit or a.unit
    factor = unit.factor if unit else 1.0
    low_raw, high_raw = a.number.value, b.number.value
    if b.number.scale != 1.0 and a.number.scale == 1.0 and low_raw * b.number.scale <= high_raw:
        low_raw *= b.number.scale  # "10 à 12 milliards": the scale of the high end applies
    offset = unit.offset if unit else 0.0
    low = low_raw * (a.unit.factor if a.unit else factor) + offset
    high = high_raw * factor + offset
    if low > high:
        return None
    start = opener.start() if opener else a.start
    return QuantityReading(
        start=start,
        end=b.end,
        value=None,
        low=low,
        high=high,
        unit=unit.unit if unit else "count",
        dimension=unit.dimension if unit else "count",
        qualifier="range",
        number_start=a.number.start,
        number_end=b.number.end,
        has_unit=unit is not None,
    )


_ARTICLE = re.compile(r"(?<!\w)[Uu]ne?(?=[ \u00a0]+\w)")
_NOT_ONE_AFTER_ARTICLE = frozenset({"livre", "livres", "pied", "pieds", "pouce", "pouces", "mille"})


def _article_ones(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "un an", "une tonne", "un euro": the article is the number 1 before a unit word."""
    _, _, dimensions = _context_words()
    taken = [(n.start, n.end) for n in numbers]
    out = []
    for m in _ARTICLE.finditer(text):
        if _inside(taken, m.start(), m.end()):
            continue
        found = unit_after(text, m.end())
        if (
            found is not None
            and found.definition.dimension in dimensions
            and is_unit_word(found.surface)
            and found.surface.lower() not in _NOT_ONE_AFTER_ARTICLE
        ):
            out.append(NumberMatch(m.start(), m.end(), 1.0, in_words=True))
    return out


_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)(?=-[^\W\d_])")


def _hyphenated(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "un satellite de trois-tonnes": a number word hyphenated to its unit."""
    taken = [(n.start, n.end) for n in numbers]
    out = []
    for m in _HYPHENATED.finditer(text):
        if _inside(taken, m.start(), m.end()):
            continue
        value = parse_number_words(m.group(1))
        if value is not None and value > 1 and unit_after(text, m.end()) is not None:
            out.append(NumberMatch(m.start(), m.end(), value, in_words=True))
    return out


def find_quantities(text: str) -> list[QuantityReading]:
    """Every figure of `text`, with its unit, qualifier and range, on true offsets."""
    blocked = _blocked(text)
    numbers = find_numbers(text)
    extra = [*_article_ones(text, numbers), *_hyphenated(text, numbers)]
    numbers = sorted([*numbers, *extra], key=lambda n: n.start)
    figures = [_with_unit(text, n) for n in numbers if not _inside(blocked, n.start, n.end)]
    readings: list[QuantityReading] = []
    i = 0
    while i < len(figures):
        fig = figures[i]
        if i + 1 < len(figures):
            joined = _range(text, fig, figures[i + 1])
            if joined is not None:
                readings.append(joined)
                i += 2
                continue
        qualifier, start, end = ("approx" if fig.number.approx else "exact"), fig.start, fig.end
        q = qualifier_before(text, fig.start)
        if q is not None:
            qualifier, start = q.qualifier, q.start
        else:
            qa = qualifier_after(text, fig.end)
            if qa is not None:
                qualifier, end = qa.qualifier, qa.end
        if fig.unit is not _ANGLE:
            readings.append(_reading(fig, qualifier, start, end))
        i += 1
    readings = _join_bounds(text, readings)
    return [r for r in readings if not _overlaps_previous(readings, r)]


def _join_bounds(text: str, readings: list[QuantityReading]) -> list[QuantityReading]:
    """Merge "plus de 10 et moins de 40" (two bounds of one unit) into one range."""
    out: list[QuantityReading] = []
    for r in readings:
        prev = out[-1] if out else None
        bare_first = prev is not None and not prev.has_unit and r.has_unit
        pair = (
            bounds_pair(prev.qualifier, r.qualifier, text[prev.end : r.start])
            if prev is not None and (prev.unit == r.unit or bare_first)
            else None
        )
        if prev is None or pair is None or prev.value is None:
            out.append(r)
            continue
        # "plus de 10 et moins de 40 hectares": the unit of the second applies to the first.
        first = prev.value * r.unit_factor if bare_first else prev.value
        low, high = (first, r.value)[pair[0]], (first, r.value)[pair[1]]
        if low is None or high is None or low >= high:
            out.append(r)
            continue
        out[-1] = replace(
            r,
            start=prev.start,
            value=None,
            low=low,
            high=high,
            qualifier="range",
            number_start=prev.number_start,
        )
    return out


def _overlaps_previous(readings: list[QuantityReading], r: QuantityReading) -> bool:
    return any(
        o is not r and o.start < r.end and r.start < o.end and o.start < r.start for o in readings
    )


def shift(reading: QuantityReading, offset: int) -> QuantityReading:
    """The same reading in a text that starts `offset` characters earlier (chunking)."""
    return replace(
        reading,
        start=reading.start + offset,
        end=reading.end + offset,
        number_start=reading.number_start + offset,
        number_end=reading.number_end + offset,
    )
