"""Holidays and feasts as dates: "à Noël", "pendant le Ramadan", "le lundi de Pâques".

Reads `data/dates_holidays.yaml` (names and one rule each: a fixed day, days after Easter, a
weekday of a month, or a table by year); writes the ISO day or day range of the occurrence a
text means: the year stated after the name, else the occurrence nearest the publication date.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..datafiles.dates import Holiday, load_holidays
from ..textpatterns import fold_key


@dataclass(frozen=True)
class Holidays:
    by_name: Mapping[str, Holiday]
    """Every name, folded by `fold_key`."""
    names: tuple[str, ...]
    not_after: frozenset[str]


@cache
def load_holiday_table() -> Holidays:
    data = load_holidays()
    by_name = {fold_key(name): entry for entry in data.holidays for name in entry.names}
    names = tuple(name for entry in data.holidays for name in entry.names)
    return Holidays(by_name, names, frozenset(fold_key(w) for w in data.not_after))


def easter(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def occurrence(entry: Holiday, year: int) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of the holiday in `year` (the same day for a one-day feast)."""
    if entry.fixed is not None:
        month, day = (int(part) for part in entry.fixed.split("-"))
        first = datetime.date(year, month, day)
    elif entry.easter is not None:
        first = easter(year) + datetime.timedelta(days=entry.easter)
    elif entry.nth_weekday is not None:
        rule = entry.nth_weekday
        start = datetime.date(year, rule.month, 1)
        shift = (rule.weekday - start.weekday()) % 7 + 7 * (rule.rank - 1) + rule.offset
        first = start + datetime.timedelta(days=shift)
    elif entry.by_year is not None and year in entry.by_year:
        ends = [datetime.date.fromisoformat(v) for v in entry.by_year[year].split("/")]
        return ends[0], ends[-1]
    else:
        return None
    return first, first


def _distance(ends: tuple[datetime.date, datetime.date], day: datetime.date) -> int:
    if ends[0] <= day <= ends[1]:
        return 0
    return min(abs((ends[0] - day).days), abs((ends[1] - day).days))


def holiday_value(
    name: str, year: int | None, published: datetime.date | None
) -> tuple[str | None, str] | None:
    """(ISO value, granularity) of the holiday `name` in `year`, else nearest `published`;
    None when the name is no date of its own."""
    entry = load_holiday_table().by_name.get(fold_key(name))
    if entry is None or entry.skip:
        return None
    unit = "range" if entry.by_year and "/" in next(iter(entry.by_year.values())) else "day"
    if year is None:
        if published is None:
            return None, unit
        found = [
            ends
            for ends in (
                occurrence(entry, y) for y in range(published.year - 1, published.year + 2)
            )
            if ends is not None
        ]
        if not found:
            return None, unit
        ends = min(found, key=lambda e: _distance(e, published))
    else:
        found_year = occurrence(entry, year)
        if found_year is None:
            return None, unit
        ends = found_year
    if ends[0] == ends[1]:
        return ends[0].isoformat(), "day"
    return f"{ends[0].isoformat()}/{ends[1].isoformat()}", "range"
