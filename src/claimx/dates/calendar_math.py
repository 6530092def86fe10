"""Calendar arithmetic shared by the date readers: years, months, counts and shifts.

Reads the raw strings a pattern captured and the lexicon's tables; writes integers, ISO months
and dates.
"""

from __future__ import annotations

import calendar
import datetime

from ..textpatterns import fold_key
from .lexicon import Lexicon


def read_year(raw: str) -> int:
    """A stated year; two digits pivot at 50 ("78" -> 1978, "27" -> 2027)."""
    digits = raw.lstrip("'’")
    value = int(digits)
    if len(digits) == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def read_month(raw: str, lex: Lexicon) -> int:
    if raw.isdigit():
        return int(raw)
    key = fold_key(raw).rstrip(".")
    for form in (key, key + "."):  # "Mar", "mar." and "Sept", "sept."
        if form in lex.months:
            return lex.months[form]
    raise KeyError(raw)


def read_count(raw: str, lex: Lexicon) -> int:
    return int(raw) if raw.isdigit() else lex.numbers[fold_key(raw)]


def read_shift(raw: str | None, lex: Lexicon) -> int:
    if not raw:
        return 0
    return lex.shifts[fold_key(raw)]


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def relative_month(raw: str, published: datetime.date, lex: Lexicon) -> tuple[int, int]:
    """(year, month) of "ce mois", "du mois prochain", "le mois dernier"."""
    shift = sum(lex.shifts.get(word, 0) for word in fold_key(raw).split())
    return add_months(published.year, published.month, shift)


def move_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by whole months, its day of month clipped to the target month."""
    year, month = add_months(day.year, day.month, months)
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def nearest_year(published: datetime.date, month: int, day: int | None = None) -> int:
    """The year of a month (or a day of it) stated without one: the publication year, unless
    the same date in the year before or after lies within four months of the publication date
    and nearer ("le 10 janvier" in an article of 29 December is next January; "le 3 mars" in
    one of September is the March just past)."""
    here = published.year * 12 + published.month - 1

    def distance(year: int) -> int | None:
        if day is None:
            return abs(year * 12 + month - 1 - here) * 30
        date = valid_day(year, month, day)
        return abs((date - published).days) if date else None

    best, best_distance = published.year, distance(published.year)
    for year in (published.year - 1, published.year + 1):
        near = distance(year)
        if near is not None and near <= 122 and (best_distance is None or near < best_distance):
            best, best_distance = year, near
    return best


def weekday_day(published: datetime.date, weekday: int, day: int) -> datetime.date | None:
    """The date nearest `published` whose day of month is `day` and weekday `weekday`
    ("mercredi 14" in an article of 2 May 2025 -> 2025-05-14), within three months."""
    found = []
    for delta in range(-3, 4):
        year, month = add_months(published.year, published.month, delta)
        date = valid_day(year, month, day)
        if date is not None and date.weekday() == weekday:
            found.append(date)
    return min(found, key=lambda d: abs((d - published).days), default=None)
