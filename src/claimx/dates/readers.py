"""Readers: one per date pattern kind, from a match's named groups to an ISO value.

Reads a match, the lexicon and the publication date (None: relative forms stay unresolved);
writes a `Reading` (value, unit) or None when the match is no date. Absolute forms are read from
the groups (calendar arithmetic is exact and far cheaper than a general parser); dateparser
normalises the relative offsets ("il y a deux ans", "dans trois semaines"), once per phrase and
publication date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from functools import lru_cache

from dateparser.date import DateDataParser

from ..figures.number_words import parse_number_words
from ..textpatterns import fold_key
from .calendar_math import (
    add_months,
    iso_month,
    move_months,
    nearest_year,
    read_count,
    read_month,
    read_shift,
    read_year,
    relative_month,
    valid_day,
    weekday_day,
)
from .holidays import holiday_value
from .lexicon import Lexicon

Reading = tuple[str | None, str]
"""(value, unit) of one match; the unit is the granularity once the value is known."""


def _read_date(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading | None:
    """Day, month or year stated absolutely, or missing its year (taken from `published`), or a
    day of a month named from `published` ("le 20 du mois prochain", "le 27")."""
    groups = m.groupdict()
    month = read_month(groups["month"], lex) if groups.get("month") else None
    day: int | None = None
    if groups.get("day"):
        day = int(groups["day"])
    elif groups.get("dayword"):
        day = lex.day_words[fold_key(groups["dayword"])]
    if day is not None and month is not None and month > 12 >= day:
        day, month = month, day  # "02/22/2016": month first
    if month is not None and not 1 <= month <= 12:
        return None
    unit = "day" if day is not None else "month" if month is not None else "year"
    if groups.get("year"):
        year = read_year(groups["year"])
    elif published is None:
        return (None, unit) if day is not None or month is not None else None
    elif month is None:
        if groups.get("monthrel"):
            year, month = relative_month(groups["monthrel"], published, lex)
        else:
            year, month = published.year, published.month
    else:
        year = published.year
        shift = read_shift(groups.get("shift") or groups.get("shift0"), lex)
        stated = (month, day or 0)
        here = (published.month, published.day if day else 0)
        if shift > 0 and stated <= here:
            year += 1
        elif shift < 0 and stated >= here:
            year -= 1
        elif not shift and not groups.get("this"):
            year = nearest_year(published, month, day)  # "cette février": the current year
    if day is not None and month is not None:
        date = valid_day(year, month, day)
        return (date.isoformat(), "day") if date else None
    if month is not None:
        return iso_month(year, month), "month"
    return f"{year:04d}", "year"


def _read_year_month(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """A month ("2016-11"), or a range when the tail is the next year ("2024-25")."""
    year, tail = int(m.group("year")), m.group("month")
    if len(tail) == 2 and int(tail) == (year + 1) % 100:
        return f"{year}/{year + 1}", "range"
    month = int(tail)
    return (iso_month(year, month), "month") if 1 <= month <= 12 else None


def _read_range(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading | None:
    """Two years ("2024/2026") or two days sharing what the text states once."""
    groups = m.groupdict()
    if groups.get("year2") and not groups.get("day"):
        first, second = read_year(groups["year"]), read_year(groups["year2"])
        if first >= second:
            return None
        if groups.get("month2"):  # "entre 2019 et mars 2024"
            return f"{first}/{iso_month(second, read_month(groups['month2'], lex))}", "range"
        return f"{first}/{second}", "range"
    end_month: int | None = None
    if groups.get("month2"):
        end_month = read_month(groups["month2"], lex)
    end_year = read_year(groups["year2"]) if groups.get("year2") else None
    if groups.get("monthrel"):
        if published is None:
            return None, "range"
        end_year, end_month = relative_month(groups["monthrel"], published, lex)
    start_year = read_year(groups["year"]) if groups.get("year") else end_year
    if end_year is None:
        if published is None:
            return None, "range"
        end_year = published.year
        start_year = start_year or end_year
    start_month = read_month(groups["month"], lex) if groups.get("month") else end_month
    end_month = end_month or start_month  # "novembre 19-20"
    assert start_month is not None and end_month is not None and start_year is not None
    first_day = valid_day(start_year, start_month, int(groups["day"]))
    last_day = valid_day(end_year, end_month, int(groups["day2"]))
    if first_day is None or last_day is None or first_day >= last_day:
        return None
    return f"{first_day.isoformat()}/{last_day.isoformat()}", "range"


def _read_month_range(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """Two months: "de janvier à mars 2025" -> "2025-01/2025-03"; a year stated once is shared,
    none stated is the publication year."""
    groups = m.groupdict()
    first, last = read_month(groups["month"], lex), read_month(groups["month2"], lex)
    if groups.get("year2"):
        last_year = int(groups["year2"])
    elif groups.get("year"):
        last_year = int(groups["year"]) + (first > last)
    elif published is not None:
        last_year = published.year
    else:
        return None, "range"
    first_year = int(groups["year"]) if groups.get("year") else last_year - (first > last)
    if (first_year, first) >= (last_year, last):
        return None
    return f"{iso_month(first_year, first)}/{iso_month(last_year, last)}", "range"


def _read_decade(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading | None:
    """A decade as its years: "les années 70" -> "1970/1979", "années soixante-dix" too,
    "les années dix-neuf cent quatre-vingt" -> "1980/1989"."""
    groups = m.groupdict()
    if groups.get("decade"):
        raw = groups["decade"]
        first = int(raw) if len(raw) == 4 else 1900 + int(raw)
        return f"{first}/{first + 9}", "range"
    tokens = fold_key(groups["words"]).split()
    value = parse_number_words(" ".join(tokens))
    for cut in range(1, len(tokens)):  # "dix-neuf soixante-dix": a century, then a decade
        if value is not None:
            break
        century = parse_number_words(" ".join(tokens[:cut]))
        tail = parse_number_words(" ".join(tokens[cut:]))
        if century is not None and tail is not None and 10 <= century <= 20 and tail < 100:
            value = century * 100 + tail
    if value is None or value % 10 or not 10 <= value <= 2090:
        return None
    first = int(value) + (1900 if value < 100 else 0)
    return f"{first}/{first + 9}", "range"


def _read_quarter(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """Quarters and halves as the months they cover: T1 2024 -> "2024-01/2024-03"."""
    groups = m.groupdict()
    code = (groups.get("code") or groups.get("period") or "").lower()
    raw_rank = groups["rank"]
    rank = int(raw_rank) if raw_rank.isdigit() else lex.ordinals[fold_key(raw_rank)]
    length = 6 if code[0] in "sh" else 3
    if rank * length > 12:
        return None
    if groups.get("year"):
        year = int(groups["year"])
    elif published is not None:
        shifts = fold_key(groups.get("yearrel") or "").split()
        year = published.year + sum(lex.shifts.get(word, 0) for word in shifts)
    else:
        return None, "range"
    first = (rank - 1) * length + 1
    return f"{iso_month(year, first)}/{iso_month(year, first + length - 1)}", "range"


def _read_first_months(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """The first months of a year: "les neuf premiers mois de 2024" -> "2024-01/2024-09"."""
    count = read_count(m.group("n"), lex)
    if not 1 <= count <= 12:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif published is not None:
        year = published.year
    else:
        return None, "range"
    return f"{iso_month(year, 1)}/{iso_month(year, count)}", "range"


def _read_weekday(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """A weekday from the publication date.

    News tells what happened: a bare "mardi" is the closest Tuesday on or before the publication
    date. "ce mardi" / "mardi cette semaine" is the Tuesday of the publication week; "mardi
    prochain" the Tuesday of the next week (as "mardi de la semaine prochaine"), "mardi
    dernier" the last one before the publication date.
    """
    if published is None:
        return None, "day"
    weekday = lex.weekdays[fold_key(m.group("weekday"))]
    monday = published - datetime.timedelta(days=published.weekday())
    if m.group("week"):
        weeks = read_shift(m.group("weekshift"), lex)
        date = monday + datetime.timedelta(days=7 * weeks + weekday)
    elif m.group("this"):
        date = monday + datetime.timedelta(days=weekday)
    else:
        shift = read_shift(m.group("shift"), lex)
        back = (published.weekday() - weekday) % 7
        if shift > 0:
            date = monday + datetime.timedelta(days=7 + weekday)
        elif shift < 0:
            date = published - datetime.timedelta(days=back or 7)
        else:
            date = published - datetime.timedelta(days=back)
    return date.isoformat(), "day"


def _read_nth_weekday(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """ "le premier vendredi de juillet", "le dernier lundi du mois" -> that day."""
    groups = m.groupdict()
    weekday = lex.weekdays[fold_key(groups["weekday"])]
    if groups.get("month"):
        month = read_month(groups["month"], lex)
        if groups.get("year"):
            year = int(groups["year"])
        elif published is not None:
            year = published.year
        else:
            return None, "day"
    elif published is not None:
        year, month = relative_month(groups.get("monthrel") or "", published, lex)
    else:
        return None, "day"
    rank_key = fold_key(groups["rank"])
    if rank_key == "dernier":
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        date = last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    else:
        first = datetime.date(year, month, 1)
        offset = (weekday - first.weekday()) % 7 + 7 * (lex.ordinals[rank_key] - 1)
        date = first + datetime.timedelta(days=offset)
        if date.month != month:
            return None
    return date.isoformat(), "day"


def _read_day_offset(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "day"
    days = lex.relative_days[fold_key(m.group("rel"))]
    return (published + datetime.timedelta(days=days)).isoformat(), "day"


def _read_event_day(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """Resolved after the matches are chosen, from the day stated before (`_resolve_events`)."""
    return None, "day"


def _read_event_year(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """Resolved after the matches are chosen, from the year stated before (`_resolve_events`)."""
    return None, "year"


def _read_event_season(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """Resolved after the matches are chosen, from the season stated before."""
    return None, "range"


def _read_unresolved(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    return None, "relative"


def _read_year_shift(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "year"
    return f"{published.year + read_shift(m.group('shift'), lex):04d}", "year"


def _read_month_shift(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "month"
    shift = read_shift(m.group("shift") or m.group("shift0"), lex)
    return iso_month(*add_months(published.year, published.month, shift)), "month"


def _read_week_shift(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """A week as its Monday/Sunday range."""
    if published is None:
        return None, "range"
    monday = published - datetime.timedelta(days=published.weekday())
    monday += datetime.timedelta(days=7 * read_shift(m.group("shift"), lex))
    return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}", "range"


def _read_weekend(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """A week-end as its Saturday/Sunday range, in the publication week unless shifted."""
    if published is None:
        return None, "range"
    monday = published - datetime.timedelta(days=published.weekday())
    saturday = monday + datetime.timedelta(days=5 + 7 * read_shift(m.group("shift"), lex))
    return f"{saturday.isoformat()}/{(saturday + datetime.timedelta(days=1)).isoformat()}", "range"


def _read_season(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading | None:
    """A season as the three months it covers ("l'été 2016" -> "2016-06/2016-08"); without a
    year, the one around the publication date, or the next or last one."""
    groups = m.groupdict()
    first = lex.seasons[fold_key(groups["season"])]
    if groups.get("year"):
        year = int(groups["year"])
    elif published is None:
        return None, "range"
    else:
        here = (published.year, published.month)
        shift = read_shift(groups.get("shift") or groups.get("shift0"), lex)
        year = published.year
        if shift > 0:
            while (year, first) <= here:
                year += 1
        elif shift < 0:
            while add_months(year, first, 2) >= here:
                year -= 1
        elif add_months(year - 1, first, 2) >= here:
            year -= 1  # "cet hiver" in January: the winter that began in December
    last = add_months(year, first, 2)
    return f"{iso_month(year, first)}/{iso_month(*last)}", "range"


def _read_next_n(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """A horizon: "dans les quatre prochaines années" from 2025-07-23 -> "2025/2029"."""
    if published is None:
        return None, "range"
    count = read_count(m.group("n"), lex)
    direction = read_shift(m.group("shift") or m.group("shift2") or m.group("shift3"), lex)
    unit = fold_key(m.group("unit"))
    if unit in ("jours", "semaines"):
        days = count * (7 if unit == "semaines" else 1)
        ends = sorted([published, published + datetime.timedelta(days=direction * days)])
        return f"{ends[0].isoformat()}/{ends[1].isoformat()}", "range"
    if unit == "mois":
        here = (published.year, published.month)
        there = add_months(published.year, published.month, direction * count)
        first, last = sorted([here, there])
        return f"{iso_month(*first)}/{iso_month(*last)}", "range"
    years = sorted([published.year, published.year + direction * count])
    return f"{years[0]}/{years[1]}", "range"


def _read_within_n(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """A deadline: "d'ici cinq ans" from 2025 -> "2030"."""
    months = fold_key(m.group("unit")) == "mois"
    if published is None:
        return None, "month" if months else "year"
    count = read_count(m.group("n"), lex)
    if months:
        return iso_month(*add_months(published.year, published.month, count)), "month"
    return f"{published.year + count:04d}", "year"


@lru_cache(maxsize=4096)
def _dateparser_offset(surface: str, published: datetime.date) -> datetime.date | None:
    """dateparser's reading of a relative offset ("il y a deux ans") from the publication day."""
    parser = DateDataParser(
        languages=["fr"],
        settings={"RELATIVE_BASE": datetime.datetime.combine(published, datetime.time())},
    )
    found = parser.get_date_data(surface).date_obj
    return found.date() if found is not None else None


def _read_offset(m: re.Match[str], lex: Lexicon, published: datetime.date | None) -> Reading:
    """ "il y a deux ans", "dans trois semaines": the publication date moved by the count.

    dateparser normalises the phrase; the count-and-unit arithmetic below is the fallback for
    the forms it does not read.
    """
    if published is None:
        return None, "day"
    surface = " ".join(m.group(0).split()).lower().replace("’", "'")
    parsed = _dateparser_offset(surface, published)
    if parsed is not None:
        return parsed.isoformat(), "day"
    count = read_count(m.group("n"), lex) * (-1 if m.group("ago") else 1)
    unit = fold_key(m.group("unit")).rstrip("s")
    if unit == "jour":
        date = published + datetime.timedelta(days=count)
    elif unit == "semaine":
        date = published + datetime.timedelta(days=7 * count)
    else:
        date = move_months(published, count * (1 if unit == "moi" else 12))
    return date.isoformat(), "day"


def _read_weekday_day(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """ "mercredi 14": the day near the publication date that falls on that weekday."""
    if published is None:
        return None, "day"
    weekday = lex.weekdays[fold_key(m.group("weekday"))]
    date = weekday_day(published, weekday, int(m.group("day")))
    return (date.isoformat(), "day") if date else None


def _read_year_end(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """ "fin 2023" -> "2023-12"; "la fin de l'année" -> the publication year's December."""
    if m.group("year"):
        return iso_month(int(m.group("year")), 12), "month"
    if published is None:
        return None, "month"
    return iso_month(published.year + read_shift(m.group("shift"), lex), 12), "month"


def _read_holiday(
    m: re.Match[str], lex: Lexicon, published: datetime.date | None
) -> Reading | None:
    """A holiday: "Noël 2024", "à Noël" (the one nearest the publication date)."""
    year = int(m.group("year")) if m.group("year") else None
    return holiday_value(m.group("holiday"), year, published)


READERS: dict[str, Callable[[re.Match[str], Lexicon, datetime.date | None], Reading | None]] = {
    "date": _read_date,
    "year_month": _read_year_month,
    "range": _read_range,
    "month_range": _read_month_range,
    "decade": _read_decade,
    "quarter": _read_quarter,
    "first_months": _read_first_months,
    "weekday": _read_weekday,
    "nth_weekday": _read_nth_weekday,
    "day_offset": _read_day_offset,
    "event_day": _read_event_day,
    "event_weekday": _read_event_day,
    "event_year": _read_event_year,
    "event_season": _read_event_season,
    "unresolved": _read_unresolved,
    "year_shift": _read_year_shift,
    "month_shift": _read_month_shift,
    "week_shift": _read_week_shift,
    "weekend": _read_weekend,
    "season": _read_season,
    "next_n": _read_next_n,
    "within_n": _read_within_n,
    "offset": _read_offset,
    "holiday": _read_holiday,
    "year_end": _read_year_end,
    "weekday_day": _read_weekday_day,
}
