"""Find French temporal expressions and read them as ISO values (GOLD_FORMAT `date`).

The patterns and word lists live in `data/dates.yaml`; this module only compiles them, tests the
context a year needs (a year inside a name or an amount is not a date), picks the longest
non-overlapping matches, and reads each one. Relative expressions are resolved against the
publication date when it is known, else kept with value None and granularity "relative".
dateparser reads the offsets it handles well ("il y a deux ans"); the forms it misses in French
("l'an dernier", "T1 2024", "dans les quatre prochaines années") are read here from the pattern's
named groups.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from dateparser.date import DateDataParser  # type: ignore[import-untyped]

from .datafiles import load_yaml
from .errors import DataFileError
from .textpatterns import APOSTROPHE, SPACE, alternation, fold, word_pattern

DATA_FILE = "dates.yaml"


@dataclass(frozen=True)
class DateReading:
    """One temporal expression: its span in the text and its ISO reading."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # day|month|year|range|relative


@dataclass(frozen=True)
class _Pattern:
    name: str
    kind: str
    regex: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    checks: tuple[str, ...]


@dataclass(frozen=True)
class _Found:
    """A pattern match, its start moved left over the prefix words it stands after."""

    start: int
    prefixed: bool
    match: re.Match[str]


@dataclass(frozen=True)
class _Lexicon:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    relative_days: Mapping[str, int]
    shifts: Mapping[str, int]
    words: Mapping[str, frozenset[str]]
    patterns: tuple[_Pattern, ...]
    triggers: re.Pattern[str]
    window: int
    range_connector: re.Pattern[str]
    range_lead: re.Pattern[str]


Reading = tuple[str | None, str]
"""(value, granularity) of one match."""

# Accented letters written in the YAML regexes match their plain and capital forms too.
_ACCENT_CLASSES = {
    "é": "[eéèêEÉÈÊ]",
    "è": "[eéèêEÉÈÊ]",
    "ê": "[eéèêEÉÈÊ]",
    "à": "[aàâAÀÂ]",
    "â": "[aàâAÀÂ]",
    "û": "[uûùUÛÙ]",
    "ô": "[oôOÔ]",
    "î": "[iîIÎ]",
}
_FIXED_BLOCKS = {"S": SPACE, "A": APOSTROPHE}
_BLOCK_REF = re.compile(r"\{([A-Z_]+)\}")
_WORD_BEFORE = re.compile(r"([\w°'’.-]+)[\s\u00a0\u202f]*(?:\([^()\n]{1,8}\)[\s\u00a0\u202f]*)?$")
_WORD_AFTER = re.compile(r"^[\s\u00a0\u202f]*([%€$]|[^\W\d_][\w'’²³-]*)")


def _fold_key(word: str) -> str:
    return fold(word).replace("’", "'")


def _lexicon_block(words: list[str]) -> str:
    """Alternation of lexicon words, anchored at a word start (and end when it ends a word).

    A lookahead on the possible first letters lets the regex engine skip most positions fast.
    """
    sources = []
    firsts: set[str] = set()
    for word in words:
        source = word_pattern(word)
        if word[-1].isalnum():
            source += r"(?!\w)"
        sources.append(source)
        for ch in (word[0], fold(word[0])):
            firsts.update((ch.lower(), ch.upper()))
    lead = "".join(sorted(re.escape(ch) for ch in firsts))
    return rf"(?<!\w)(?=[{lead}])" + alternation(sources)


def _accent_tolerant(source: str) -> str:
    return "".join(_ACCENT_CLASSES.get(ch, ch) for ch in source)


def _expand(source: str, blocks: Mapping[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in blocks:
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where} uses unknown {{{name}}}")
        return blocks[name]

    return _BLOCK_REF.sub(replace, source)


def _int_table(data: dict[str, Any], key: str) -> dict[str, int]:
    table = data.get(key)
    if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
        raise DataFileError(f"claimx data file {DATA_FILE!r}: {key!r} must map words to integers")
    return {_fold_key(str(k)): v for k, v in table.items()}


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {exc}") from None


@cache
def _lexicon() -> _Lexicon:
    """Compile dates.yaml once: word tables, blocks and patterns."""
    data = load_yaml(DATA_FILE)
    if not isinstance(data, dict):
        raise DataFileError(f"claimx data file {DATA_FILE!r} must be a mapping")
    month_names = _int_table(data, "months")
    months = {**month_names, **_int_table(data, "month_abbreviations")}
    weekdays = _int_table(data, "weekdays")
    weekday_abbr = _int_table(data, "weekday_abbreviations")
    numbers = _int_table(data, "numbers")
    ordinals = _int_table(data, "ordinals")
    lexicons: dict[str, list[str]] = {k: [str(w) for w in v] for k, v in data["lexicons"].items()}
    blocks = dict(_FIXED_BLOCKS)
    blocks.update({k: f"(?:{v})" for k, v in data["blocks"].items()})
    tables = {
        "MONTHS": list(data["months"]) + list(data["month_abbreviations"]),
        "MONTH_NAMES": list(data["months"]),
        "WEEKDAYS": list(data["weekdays"]),
        "WEEKDAY_ABBR": list(data["weekday_abbreviations"]),
        "NUMBERS": list(data["numbers"]),
        "ORDINALS": list(data["ordinals"]),
        **lexicons,
    }
    blocks.update({k: _lexicon_block(v) for k, v in tables.items()})
    prefixes = {
        name: _compile(_expand(_accent_tolerant(src), blocks, f"prefix {name}") + "$", name)
        for name, src in data["prefixes"].items()
    }
    patterns = []
    for entry in data["patterns"]:
        where = f"pattern {entry.get('name')!r}"
        regex = _compile(_expand(_accent_tolerant(entry["regex"]), blocks, where), where)
        unknown_prefixes = set(entry.get("prefixes", ())) - set(prefixes)
        if unknown_prefixes:
            raise DataFileError(f"{DATA_FILE!r}: {where}: prefixes {unknown_prefixes}")
        if entry["kind"] not in _READERS:
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: unknown kind")
        checks = tuple(entry.get("checks", ()))
        unknown = set(checks) - set(_CHECKS)
        if unknown:
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: checks {unknown}")
        leads = tuple(prefixes[name] for name in entry.get("prefixes", ()))
        patterns.append(_Pattern(entry["name"], entry["kind"], regex, leads, checks))
    return _Lexicon(
        months=months,
        weekdays={**weekdays, **weekday_abbr},
        numbers=numbers,
        ordinals=ordinals,
        relative_days=_int_table(data, "relative_days"),
        shifts=_int_table(data, "shifts"),
        words={k: frozenset(_fold_key(w) for w in v) for k, v in lexicons.items()},
        patterns=tuple(patterns),
        triggers=_compile(_expand(data["triggers"], blocks, "triggers"), "triggers"),
        window=int(data["trigger_window"]),
        range_connector=_compile(_expand(data["range_connector"], blocks, "range"), "range"),
        range_lead=_compile(_expand(data["range_lead"], blocks, "range"), "range"),
    )


# ---- context checks --------------------------------------------------------------------------


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, skipping a short bracket such as "(f)" in "CAN (f) 2024"."""
    match = _WORD_BEFORE.search(text, max(0, start - 60), start)
    return match.group(1) if match else ""


def _tail_in(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the text before `start` ends with one of `words` (folded, whole words)."""
    window = _fold_key(text[max(0, start - 30) : start]).rstrip()
    return any(
        window.endswith(w) and (len(window) == len(w) or not window[-len(w) - 1].isalnum())
        for w in words
    )


def _is_name_word(word: str, lex: _Lexicon) -> bool:
    last = re.split(r"['’]", word)[-1].strip(".-")
    if not last or not (last[0].isupper() or last.isupper()):
        return False
    return _fold_key(last) not in lex.words["NOT_NAMES"]


def _not_name(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A year right after a name word is part of the name: "CAN 2024", "Maroc Digital 2030",
    "EURO féminin 2025" (a name inside the sentence or an acronym, then one lower-case word)."""
    if found.prefixed:
        return True
    before = _word_before(text, found.start)
    if _is_name_word(before, lex):
        return False
    if not before or _fold_key(before) in lex.words["NOT_NAMES"] or not before.isalpha():
        return True
    at = text.rindex(before, 0, found.start)
    further = _word_before(text, at)
    if not _is_name_word(further, lex):
        return True
    opens_sentence = not text[: text.rindex(further, 0, at)].rstrip(" \t\u00a0")[-1:].isalnum()
    return opens_sentence and not further.isupper()


def _not_glued(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A year hyphenated to a word is part of a name ("CHAN-2024"), to a number part of a
    range rejected as a name ("Génération Green 2020-2030")."""
    start = found.start
    glued = start >= 2 and text[start - 1] in "-/‑–" and text[start - 2].isalnum()
    return found.prefixed or not glued


def _not_amount(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A four-digit number that counts is an amount: "2000 personnes", "plus de 2000"."""
    start, end = found.start, found.match.end()
    if found.prefixed or _tail_in(text, start, lex.words["YEAR_CUES"]):
        return True
    if _tail_in(text, start, lex.words["AMOUNT_BEFORE"]):
        return False
    if re.search(r"\d[ \u00a0\u202f]$", text[max(0, start - 2) : start]):
        return False
    after = _WORD_AFTER.match(text[end : end + 40])
    if after is None:
        return True
    word = after.group(1)
    if _fold_key(word) in lex.words["AMOUNT_UNITS"] or word in "%€$":
        return False
    plural = len(word) >= 3 and word[-1] in "sx" and word.islower()
    return not plural or _fold_key(word) in lex.words["YEAR_FOLLOWERS"]


def _not_numbered(text: str, found: _Found, lex: _Lexicon) -> bool:
    """Numbers of legal texts are not dates: "loi n° 3/2015", "décret n° 2-24-1187"."""
    return not _tail_in(text, found.start, lex.words["AMOUNT_BEFORE"])


def _not_frequency(text: str, found: _Found, lex: _Lexicon) -> bool:
    """Frequencies are not dates: "chaque vendredi", "tous les lundis"."""
    return not _tail_in(text, found.start, lex.words["FREQUENCY"])


def _range_lead(text: str, found: _Found, lex: _Lexicon) -> bool:
    """Two days joined by "et" are a range only after "entre" ("les 4 et 22 juillet": two)."""
    conn = _fold_key(found.match.group("conn"))
    return not conn.startswith("et") or _fold_key(found.match.group(0)).startswith("entre")


def _has_shift(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A count of years is a horizon only with a direction: "les trois prochaines années"."""
    return bool(found.match.group("shift") or found.match.group("shift2"))


_CHECKS: dict[str, Callable[[str, _Found, _Lexicon], bool]] = {
    "not_name": _not_name,
    "not_glued": _not_glued,
    "not_amount": _not_amount,
    "not_numbered": _not_numbered,
    "not_frequency": _not_frequency,
    "range_lead": _range_lead,
    "has_shift": _has_shift,
}


# ---- value helpers ---------------------------------------------------------------------------


def _year(raw: str) -> int:
    """A stated year; two digits pivot at 50 ("78" -> 1978, "27" -> 2027)."""
    digits = raw.lstrip("'’")
    value = int(digits)
    if len(digits) == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def _month(raw: str, lex: _Lexicon) -> int:
    if raw.isdigit():
        return int(raw)
    key = _fold_key(raw)
    return lex.months[key] if key in lex.months else lex.months[key.rstrip(".")]


def _count(raw: str, lex: _Lexicon) -> int:
    return int(raw) if raw.isdigit() else lex.numbers[_fold_key(raw)]


def _shift(raw: str | None, lex: _Lexicon) -> int:
    if not raw:
        return 0
    return lex.shifts[re.sub(r"\s+", " ", _fold_key(raw))]


def _iso_day(day: datetime.date) -> str:
    return day.isoformat()


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_UNRESOLVED: Reading = (None, "relative")


# ---- readers: one per pattern kind -------------------------------------------------------------


def _read_date(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading | None:
    """Day, month or year stated absolutely, or missing its year (taken from `published`)."""
    groups = m.groupdict()
    month = _month(groups["month"], lex) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and month is not None and month > 12 >= day:
        day, month = month, day  # "02/22/2016": month first
    if month is not None and not 1 <= month <= 12:
        return None
    if groups.get("year"):
        year = _year(groups["year"])
    elif published is None or month is None:
        return _UNRESOLVED if month is not None else None
    else:
        year = published.year
        shift = _shift(groups.get("shift"), lex)
        if shift > 0 and month <= published.month:
            year += 1
        elif shift < 0 and month >= published.month:
            year -= 1
    if day is not None and month is not None:
        date = _valid_day(year, month, day)
        return (_iso_day(date), "day") if date else None
    if month is not None:
        return _iso_month(year, month), "month"
    return f"{year:04d}", "year"


def _read_year_month(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A month ("2016-11"), or a range when the tail is the next year ("2024-25")."""
    year, tail = int(m.group("year")), m.group("month")
    if len(tail) == 2 and int(tail) == (year + 1) % 100:
        return f"{year}/{year + 1}", "range"
    month = int(tail)
    return (_iso_month(year, month), "month") if 1 <= month <= 12 else None


def _read_range(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading | None:
    """Two years ("2024/2026") or two days sharing what the text states once."""
    groups = m.groupdict()
    if groups.get("year2") and not groups.get("day"):
        first, second = _year(groups["year"]), _year(groups["year2"])
        return (f"{first}/{second}", "range") if first < second else None
    end_month: int | None = None
    if groups.get("month2"):
        end_month = _month(groups["month2"], lex)
    end_year = _year(groups["year2"]) if groups.get("year2") else None
    if groups.get("monthrel"):
        if published is None:
            return _UNRESOLVED
        shift = sum(lex.shifts.get(w, 0) for w in _fold_key(groups["monthrel"]).split())
        end_year, end_month = _add_months(published.year, published.month, shift)
    start_year = _year(groups["year"]) if groups.get("year") else end_year
    if end_year is None:
        if published is None:
            return _UNRESOLVED
        end_year = published.year
        start_year = start_year or end_year
    assert end_month is not None and start_year is not None
    start_month = _month(groups["month"], lex) if groups.get("month") else end_month
    first_day = _valid_day(start_year, start_month, int(groups["day"]))
    last_day = _valid_day(end_year, end_month, int(groups["day2"]))
    if first_day is None or last_day is None or first_day >= last_day:
        return None
    return f"{_iso_day(first_day)}/{_iso_day(last_day)}", "range"


def _read_decade(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """A decade as its years: "les années 70" -> "1970/1979"."""
    raw = m.group("decade")
    first = int(raw) if len(raw) == 4 else 1900 + int(raw)
    return f"{first}/{first + 9}", "range"


def _read_quarter(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """Quarters and halves as the months they cover: T1 2024 -> "2024-01/2024-03"."""
    groups = m.groupdict()
    code = (groups.get("code") or groups.get("period") or "").lower()
    raw_rank = groups["rank"]
    rank = int(raw_rank) if raw_rank.isdigit() else lex.ordinals[_fold_key(raw_rank)]
    length = 6 if code[0] in "sh" else 3
    if rank * length > 12:
        return None
    if groups.get("year"):
        year = int(groups["year"])
    elif published is not None:
        year = published.year
    else:
        return _UNRESOLVED
    first = (rank - 1) * length + 1
    return f"{_iso_month(year, first)}/{_iso_month(year, first + length - 1)}", "range"


def _read_first_months(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """The first months of a year: "les neuf premiers mois de 2024" -> "2024-01/2024-09"."""
    count = _count(m.group("n"), lex)
    if not 1 <= count <= 12:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif published is not None:
        year = published.year
    else:
        return _UNRESOLVED
    return f"{_iso_month(year, 1)}/{_iso_month(year, count)}", "range"


def _read_weekday(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A weekday from the publication date.

    News tells what happened: a bare "mardi" is the closest Tuesday on or before the publication
    date. "ce mardi" / "mardi cette semaine" is the Tuesday of the publication week; "mardi
    prochain" the first one after it, "mardi dernier" the last one before it; "mardi de la
    semaine prochaine" the Tuesday of the next week.
    """
    if published is None:
        return _UNRESOLVED
    weekday = lex.weekdays[_fold_key(m.group("weekday"))]
    monday = published - datetime.timedelta(days=published.weekday())
    if m.group("week"):
        weeks = _shift(m.group("weekshift"), lex)
        date = monday + datetime.timedelta(days=7 * weeks + weekday)
    elif m.group("this"):
        date = monday + datetime.timedelta(days=weekday)
    else:
        shift = _shift(m.group("shift"), lex)
        back = (published.weekday() - weekday) % 7
        if shift > 0:
            date = published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
        elif shift < 0:
            date = published - datetime.timedelta(days=back or 7)
        else:
            date = published - datetime.timedelta(days=back)
    return _iso_day(date), "day"


def _read_day_offset(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return _UNRESOLVED
    key = re.sub(r"[\s\u00a0]+", "-", _fold_key(m.group("rel")))
    days = lex.relative_days[key]
    return _iso_day(published + datetime.timedelta(days=days)), "day"


def _read_unresolved(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    return _UNRESOLVED


def _read_year_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return _UNRESOLVED
    return f"{published.year + _shift(m.group('shift'), lex):04d}", "year"


def _read_month_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return _UNRESOLVED
    year, month = _add_months(published.year, published.month, _shift(m.group("shift"), lex))
    return _iso_month(year, month), "month"


def _read_week_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A week as its Monday/Sunday range."""
    if published is None:
        return _UNRESOLVED
    monday = published - datetime.timedelta(days=published.weekday())
    monday += datetime.timedelta(days=7 * _shift(m.group("shift"), lex))
    return f"{_iso_day(monday)}/{_iso_day(monday + datetime.timedelta(days=6))}", "range"


def _read_next_n(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """A horizon: "dans les quatre prochaines années" from 2025-07-23 -> "2025/2029"."""
    if published is None:
        return _UNRESOLVED
    count = _count(m.group("n"), lex)
    direction = _shift(m.group("shift") or m.group("shift2"), lex)
    if _fold_key(m.group("unit")) == "mois":
        here = (published.year, published.month)
        there = _add_months(published.year, published.month, direction * count)
        first, last = sorted([here, there])
        return f"{_iso_month(*first)}/{_iso_month(*last)}", "range"
    years = sorted([published.year, published.year + direction * count])
    return f"{years[0]}/{years[1]}", "range"


def _read_within_n(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """A deadline: "d'ici cinq ans" from 2025 -> "2030"."""
    if published is None:
        return _UNRESOLVED
    count = _count(m.group("n"), lex)
    if _fold_key(m.group("unit")) == "mois":
        return _iso_month(*_add_months(published.year, published.month, count)), "month"
    return f"{published.year + count:04d}", "year"


@lru_cache(maxsize=64)
def _date_parser(published: datetime.date) -> DateDataParser:
    base = datetime.datetime.combine(published, datetime.time())
    return DateDataParser(languages=["fr"], settings={"RELATIVE_BASE": base})


@lru_cache(maxsize=4096)
def _parse_offset(text: str, published: datetime.date) -> str | None:
    found = _date_parser(published).get_date_data(text).date_obj
    return found.date().isoformat() if found else None


def _read_dateparser(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """Offsets counted from the publication date ("il y a deux ans"), read by dateparser."""
    if published is None:
        return _UNRESOLVED
    value = _parse_offset(re.sub(r"\s+", " ", m.group(0).lower()), published)
    return (value, "day") if value else _UNRESOLVED


_READERS: dict[str, Callable[[re.Match[str], _Lexicon, datetime.date | None], Reading | None]] = {
    "date": _read_date,
    "year_month": _read_year_month,
    "range": _read_range,
    "decade": _read_decade,
    "quarter": _read_quarter,
    "first_months": _read_first_months,
    "weekday": _read_weekday,
    "day_offset": _read_day_offset,
    "unresolved": _read_unresolved,
    "year_shift": _read_year_shift,
    "month_shift": _read_month_shift,
    "week_shift": _read_week_shift,
    "next_n": _read_next_n,
    "within_n": _read_within_n,
    "dateparser": _read_dateparser,
}


def _extend(text: str, start: int, prefixes: tuple[re.Pattern[str], ...]) -> tuple[int, bool]:
    """Move `start` left over the prefix words ending right before it."""
    moved = False
    for prefix in prefixes:
        lead = prefix.search(text, max(0, start - 40), start)
        if lead is not None and lead.start() < start:
            start, moved = lead.start(), True
    return start, moved


def _windows(text: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Merged stretches of text around the trigger words, where any date must stand."""
    windows: list[tuple[int, int]] = []
    for hit in lex.triggers.finditer(text):
        low, high = max(0, hit.start() - lex.window), min(len(text), hit.end() + lex.window)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _matches(
    regex: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    for low, high in windows:
        yield from regex.finditer(text, low, high)


def find_dates(text: str, published: datetime.date | None = None) -> list[DateReading]:
    """Temporal expressions of `text`, sorted, non-overlapping, with their ISO readings.

    Arguments:
        text: the document (or any part of it); offsets are indices into it.
        published: the publication date relative expressions are resolved against; without it
            they keep value None and granularity "relative".
    """
    lex = _lexicon()
    candidates: list[tuple[int, int, int, Reading]] = []
    windows = _windows(text, lex)
    for order, pattern in enumerate(lex.patterns):
        reader = _READERS[pattern.kind]
        for m in _matches(pattern.regex, text, windows):
            if m.end() == m.start():
                continue
            found = _Found(*_extend(text, m.start(), pattern.prefixes), match=m)
            if not all(_CHECKS[name](text, found, lex) for name in pattern.checks):
                continue
            reading = reader(m, lex, published)
            if reading is not None:
                candidates.append((found.start, m.end(), order, reading))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    occupied = bytearray(len(text))
    chosen: list[DateReading] = []
    for start, end, _, (value, granularity) in candidates:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append(DateReading(start, end, text[start:end], value, granularity))
    return _join_ranges(text, sorted(chosen, key=lambda r: r.start), lex)


def _join_ranges(text: str, readings: list[DateReading], lex: _Lexicon) -> list[DateReading]:
    """Join two days linked by "au", "-" or "jusqu'à" into one range reading."""
    joined: list[DateReading] = []
    for reading in readings:
        first = joined[-1] if joined else None
        days = first is not None and {first.granularity, reading.granularity} <= {"day", "relative"}
        if first is None or not days or first.granularity == reading.granularity == "relative":
            joined.append(reading)
            continue
        if not lex.range_connector.search(text[first.end : reading.start]):
            joined.append(reading)
            continue
        if first.value and reading.value:
            if first.value >= reading.value:
                joined.append(reading)
                continue
            value: str | None = f"{first.value}/{reading.value}"
        else:
            value = None
        lead = lex.range_lead.search(text, max(0, first.start - 10), first.start)
        start = lead.start() if lead else first.start
        granularity = "range" if value else "relative"
        joined[-1] = DateReading(start, reading.end, text[start : reading.end], value, granularity)
    return joined
