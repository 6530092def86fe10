"""Assemble figures from numbers, units, qualifiers and ranges, on the raw text.

One direction: numbers (numbers.py) → the unit around each (figures.py, units.py) → ranges
joining two numbers → qualifiers (qualifiers.py) → regions that hold no quantity
(data/not_quantities.yaml).
The counted noun of a bare number ("500 ingénieurs") needs the parse and is attached later, in
`counts.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..country import Country
from ..datafiles import load_not_quantities, load_qualifiers
from ..textpatterns import SPACE, fold, word_alternation
from .currency_context import resolve_shared_currencies
from .numbers import find_numbers
from .price_context import resolve_prices
from .qualifiers import after_change_verb, bounds_pair, qualifier_after, qualifier_before
from .ratios import PERCENT, find_ratios
from .unit_context import ANGLE, Figure, read_figure, unit_led_numbers


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
    scale: float = 1.0
    """Factor of the scale word of the (last) number: "24 milliards" → 1e9."""


@dataclass(frozen=True)
class _RangeWords:
    join: re.Pattern[str]
    open: re.Pattern[str]
    dashes: frozenset[str]
    joiners_after: dict[str, str]
    """Joiner → the opener it needs (folded)."""


@cache
def _range_words() -> _RangeWords:
    """The words of `ranges` in `data/qualifiers.yaml`, compiled."""
    data = load_qualifiers().ranges
    joiners = [*data.joiners, *data.joiners_after]
    join = word_alternation([*joiners, *data.dashes], re.escape)  # as written, case included
    return _RangeWords(
        join=re.compile(rf"^{SPACE}*(?:{join}){SPACE}*$"),
        open=re.compile(rf"{word_alternation(data.openers)}{SPACE}*$"),
        dashes=frozenset(data.dashes),
        joiners_after={fold(k): fold(v) for k, v in data.joiners_after.items()},
    )


@cache
def _blocked_regions() -> list[re.Pattern[str]]:
    return [re.compile(src) for src in load_not_quantities().regions]


def _blocked(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for pattern in _blocked_regions() for m in pattern.finditer(text)]
    return sorted(s for s in spans if s[1] > s[0])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _reading(fig: Figure, qualifier: str, start: int, end: int) -> QuantityReading:
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
        scale=fig.number.scale,
    )


def _range(text: str, a: Figure, b: Figure) -> QuantityReading | None:
    """Join "entre 43 et 61 centimes", "de 10 à 15 %", "20-25 MW", "10 à 12 milliards"."""
    words = _range_words()
    between = text[a.end : b.start]
    if not words.join.match(between):
        return None
    opener = words.open.search(text, max(0, a.start - 12), a.start)
    if opener is not None and after_change_verb(text, opener.start()):
        by_amount = a.unit is None and b.unit is not None
        if not (by_amount and after_change_verb(text, opener.start(), by_amount=True)):
            return None  # "est passé de 13,1 % à 13,7 %": an old and a new value
    joiner = between.strip()
    needed = words.joiners_after.get(fold(joiner))
    if needed and not (opener and fold(opener.group()).startswith(needed)):
        return None
    if a.unit is not None and b.unit is not None and a.unit.unit != b.unit.unit:
        return None
    if b.unit is None and joiner in words.dashes and not opener:
        return None  # "2-1" is a score, "2024-2026" a period: a bare dash needs a unit
    if a.unit is None and a.number.integer_digits and 1900 <= a.number.value <= 2099:
        if b.unit is not None or b.number.scale != 1.0:
            return None  # "de 2023 à 18 558,9 milliards": a year, then the amount it reached
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
        scale=b.number.scale,
    )


def find_quantities(text: str, country: Country | None = None) -> list[QuantityReading]:
    """Every figure of `text`, with its unit, qualifier and range, on true offsets; `country`:
    the document's, when known (else the one `text` points to decides shared currencies)."""
    blocked = _blocked(text)
    numbers = find_numbers(text)
    numbers = sorted([*numbers, *unit_led_numbers(text, numbers)], key=lambda n: n.start)
    ratios = [r for r in find_ratios(text) if not _inside(blocked, r[0].start, r[1])]
    spans = [(n.start, end) for n, end in ratios]
    figures = [
        read_figure(text, n)
        for n in numbers
        if not _inside(blocked, n.start, n.end) and not _inside(spans, n.start, n.end)
    ]
    figures += [Figure(n, PERCENT, n.start, end) for n, end in ratios]
    figures.sort(key=lambda f: f.start)
    figures = resolve_prices(text, resolve_shared_currencies(text, figures, country))
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
            nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
            if qa is not None and (not _year_like(fig) or text[qa.end : nxt].strip()):
                # "en 2024 au moins 9 milliards": the words qualify the next figure, not 2024
                qualifier, end = qa.qualifier, qa.end
        if fig.unit is not ANGLE:
            readings.append(_reading(fig, qualifier, start, end))
        i += 1
    readings = _join_bounds(text, readings)
    return [r for r in readings if not _overlaps_previous(readings, r)]


def _year_like(fig: Figure) -> bool:
    n = fig.number
    return fig.unit is None and n.integer_digits and 1900 <= n.value <= 2099


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
