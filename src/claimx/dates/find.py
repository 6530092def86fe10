"""Find French temporal expressions and read them as ISO values (GOLD_FORMAT `date`).

The patterns and word lists live in `data/dates.yaml`; this module only compiles them, tests the
context a year needs (a year inside a name or an amount is not a date), picks the longest
non-overlapping matches, and reads each one from the pattern's named groups. Relative
expressions are resolved against the publication date when it is known, else kept with value
None and granularity "relative"; "le lendemain" and "la veille" count from the last day stated
before them. Absolute forms are read from the pattern's named groups (calendar arithmetic is exact
and far cheaper than a general parser); dateparser normalises the relative offsets ("il y a deux
ans", "dans trois semaines"), once per phrase and publication date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from dateparser.date import DateDataParser

from ..datafiles import load_yaml
from ..errors import DataFileError
from ..figures.number_words import parse_number_words
from ..textpatterns import APOSTROPHE, SPACE, alternation, fold, word_pattern

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
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class _Found:
    """A pattern match, its start moved left over the prefix words it stands after."""

    start: int
    prefixed: bool
    match: re.Match[str]


@dataclass(frozen=True)
class _Pick:
    """A chosen match: its span, its reading and the unit it is stated in (known even when the
    value is not, so that two unresolved days still join into a range)."""

    start: int
    end: int
    value: str | None
    unit: str
    kind: str
    match: re.Match[str] | None


@dataclass(frozen=True)
class _Lexicon:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    relative_days: Mapping[str, int]
    shifts: Mapping[str, int]
    day_words: Mapping[str, int]
    seasons: Mapping[str, int]
    words: Mapping[str, frozenset[str]]
    patterns: tuple[_Pattern, ...]
    anchors: Mapping[str, re.Pattern[str]]
    window: int
    range_connector: re.Pattern[str]
    range_and: re.Pattern[str]
    range_lead: re.Pattern[str]


Reading = tuple[str | None, str]
"""(value, unit) of one match; the unit is the granularity once the value is known."""

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
_KEY_SPACES = re.compile(r"[\s\u00a0\u202f-]+")
_TOKEN_SPLIT = re.compile(r"[ '’-]")
# One character for one: the folded text keeps the offsets of the source.
_FOLD_TABLE = {
    code: folded
    for code in range(0x250)
    if len(folded := fold(chr(code))) == 1 and folded != chr(code)
} | {ord("’"): "'"}


def _fold_key(word: str) -> str:
    """The key a word is looked up under: folded, one apostrophe, hyphens read as spaces."""
    return _KEY_SPACES.sub(" ", fold(word).replace("’", "'"))


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


def _anchor_block(words: list[str]) -> str:
    """The folded first words of a word list, for the anchors run on the folded text. No test
    before the word: a regex starting with letters lets the engine skip ahead fast."""
    firsts = {_TOKEN_SPLIT.split(fold(w))[0].rstrip(".") for w in words}
    return "(?:" + "|".join(sorted(firsts, key=len, reverse=True)) + r")(?![a-z])"


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


def _compile(source: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {exc}") from None


@cache
def _lexicon() -> _Lexicon:
    """Compile dates.yaml once: word tables, blocks, anchors and patterns."""
    data = load_yaml(DATA_FILE)
    if not isinstance(data, dict):
        raise DataFileError(f"claimx data file {DATA_FILE!r} must be a mapping")
    month_names = _int_table(data, "months")
    months = {**month_names, **_int_table(data, "month_abbreviations")}
    weekdays = _int_table(data, "weekdays")
    weekday_abbr = _int_table(data, "weekday_abbreviations")
    lexicons: dict[str, list[str]] = {k: [str(w) for w in v] for k, v in data["lexicons"].items()}
    tables = {
        "MONTHS": list(data["months"]) + list(data["month_abbreviations"]),
        "MONTH_NAMES": list(data["months"]),
        "MONTH_ABBR": list(data["month_abbreviations"]),
        "WEEKDAYS": list(data["weekdays"]),
        "WEEKDAY_ABBR": list(data["weekday_abbreviations"]),
        "NUMBERS": list(data["numbers"]),
        "ORDINALS": list(data["ordinals"]),
        "DAY_WORDS": list(data["day_words"]),
        "SEASONS": list(data["seasons"]),
        **lexicons,
    }
    blocks = dict(_FIXED_BLOCKS)
    for name, source in data["blocks"].items():  # a block may use the blocks above it
        blocks[name] = f"(?:{_expand(_accent_tolerant(source), blocks, f'block {name}')})"
    blocks.update({k: _lexicon_block(v) for k, v in tables.items()})
    anchor_blocks = {k: _anchor_block(v) for k, v in tables.items()}
    anchors = {
        name: _compile(_expand(src, anchor_blocks, f"anchor {name}"), name, 0)
        for name, src in data["anchors"].items()
    }
    prefixes = {
        name: _compile(_expand(_accent_tolerant(src), blocks, f"prefix {name}") + "$", name)
        for name, src in data["prefixes"].items()
    }
    patterns = []
    for entry in data["patterns"]:
        where = f"pattern {entry.get('name')!r}"
        regex = _compile(_expand(_accent_tolerant(entry["regex"]), blocks, where), where)
        if entry["kind"] not in _READERS:
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: unknown kind")
        for key, known in (("prefixes", prefixes), ("checks", _CHECKS), ("anchors", anchors)):
            unknown = set(entry.get(key, ())) - set(known)
            if unknown:
                raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {key} {unknown}")
        if not entry.get("anchors"):
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: no anchors")
        leads = tuple(prefixes[name] for name in entry.get("prefixes", ()))
        checks = tuple(entry.get("checks", ()))
        anchor_names = tuple(entry["anchors"])
        patterns.append(_Pattern(entry["name"], entry["kind"], regex, leads, checks, anchor_names))
    return _Lexicon(
        months=months,
        weekdays={**weekdays, **weekday_abbr},
        numbers=_int_table(data, "numbers"),
        ordinals=_int_table(data, "ordinals"),
        relative_days=_int_table(data, "relative_days"),
        shifts=_int_table(data, "shifts"),
        day_words=_int_table(data, "day_words"),
        seasons=_int_table(data, "seasons"),
        words={k: frozenset(_fold_key(w).strip() for w in v) for k, v in lexicons.items()},
        patterns=tuple(patterns),
        anchors=anchors,
        window=int(data["trigger_window"]),
        range_connector=_compile(_expand(data["range_connector"], blocks, "range"), "range"),
        range_and=_compile(_expand(data["range_and"], blocks, "range"), "range"),
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
    """ "entre" goes with "et", "de"/"du" with "au"/"à"/"jusqu'à". Two days joined by "et"
    without "entre" are a range only when they follow each other ("les 4 et 5 juillet") or
    stand bare ("4 et 22 ce mois"); "les 4 et 22 juillet" are two days."""
    groups = found.match.groupdict()
    conn = _fold_key(groups["conn"])
    opened = _fold_key(found.match.group(0)).startswith("entre")
    if not conn.startswith("et"):
        return not opened
    if opened:
        return True
    if not groups.get("day"):
        return False
    if int(groups["day2"]) == int(groups["day"]) + 1:
        return True
    return not _tail_in(text, found.start, lex.words["DAY_ARTICLES"])


def _has_shift(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A count of years is a horizon only with a direction: "les trois prochaines années"; a
    direction after the count needs a lead word ("au cours des", "les")."""
    groups = found.match.groupdict()
    if groups.get("shift3"):
        return True
    return bool(groups.get("lead") and (groups.get("shift") or groups.get("shift2")))


def _season_context(text: str, found: _Found, lex: _Lexicon) -> bool:
    """A season needs a determiner, a year or a direction: "a été" is a verb, "l'été" a date."""
    groups = found.match.groupdict()
    return bool(groups.get("lead") or groups.get("year") or groups.get("shift"))


_CHECKS: dict[str, Callable[[str, _Found, _Lexicon], bool]] = {
    "not_name": _not_name,
    "not_glued": _not_glued,
    "not_amount": _not_amount,
    "not_numbered": _not_numbered,
    "not_frequency": _not_frequency,
    "range_lead": _range_lead,
    "has_shift": _has_shift,
    "season_context": _season_context,
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
    key = _fold_key(raw).rstrip(".")
    for form in (key, key + "."):  # "Mar", "mar." and "Sept", "sept."
        if form in lex.months:
            return lex.months[form]
    raise KeyError(raw)


def _count(raw: str, lex: _Lexicon) -> int:
    return int(raw) if raw.isdigit() else lex.numbers[_fold_key(raw)]


def _shift(raw: str | None, lex: _Lexicon) -> int:
    if not raw:
        return 0
    return lex.shifts[_fold_key(raw)]


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


def _relative_month(raw: str, published: datetime.date, lex: _Lexicon) -> tuple[int, int]:
    """(year, month) of "ce mois", "du mois prochain", "le mois dernier"."""
    shift = sum(lex.shifts.get(word, 0) for word in _fold_key(raw).split())
    return _add_months(published.year, published.month, shift)


def _move(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by whole months, its day of month clipped to the target month."""
    year, month = _add_months(day.year, day.month, months)
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---- readers: one per pattern kind -------------------------------------------------------------


def _read_date(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading | None:
    """Day, month or year stated absolutely, or missing its year (taken from `published`), or a
    day of a month named from `published` ("le 20 du mois prochain", "le 27")."""
    groups = m.groupdict()
    month = _month(groups["month"], lex) if groups.get("month") else None
    day: int | None = None
    if groups.get("day"):
        day = int(groups["day"])
    elif groups.get("dayword"):
        day = lex.day_words[_fold_key(groups["dayword"])]
    if day is not None and month is not None and month > 12 >= day:
        day, month = month, day  # "02/22/2016": month first
    if month is not None and not 1 <= month <= 12:
        return None
    unit = "day" if day is not None else "month" if month is not None else "year"
    if groups.get("year"):
        year = _year(groups["year"])
    elif published is None:
        return (None, unit) if day is not None or month is not None else None
    elif month is None:
        if groups.get("monthrel"):
            year, month = _relative_month(groups["monthrel"], published, lex)
        else:
            year, month = published.year, published.month
    else:
        year = published.year
        shift = _shift(groups.get("shift") or groups.get("shift0"), lex)
        if shift > 0 and month <= published.month:
            year += 1
        elif shift < 0 and month >= published.month:
            year -= 1
    if day is not None and month is not None:
        date = _valid_day(year, month, day)
        return (date.isoformat(), "day") if date else None
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
            return None, "range"
        end_year, end_month = _relative_month(groups["monthrel"], published, lex)
    start_year = _year(groups["year"]) if groups.get("year") else end_year
    if end_year is None:
        if published is None:
            return None, "range"
        end_year = published.year
        start_year = start_year or end_year
    start_month = _month(groups["month"], lex) if groups.get("month") else end_month
    end_month = end_month or start_month  # "novembre 19-20"
    assert start_month is not None and end_month is not None and start_year is not None
    first_day = _valid_day(start_year, start_month, int(groups["day"]))
    last_day = _valid_day(end_year, end_month, int(groups["day2"]))
    if first_day is None or last_day is None or first_day >= last_day:
        return None
    return f"{first_day.isoformat()}/{last_day.isoformat()}", "range"


def _read_month_range(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """Two months: "de janvier à mars 2025" -> "2025-01/2025-03"; a year stated once is shared,
    none stated is the publication year."""
    groups = m.groupdict()
    first, last = _month(groups["month"], lex), _month(groups["month2"], lex)
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
    return f"{_iso_month(first_year, first)}/{_iso_month(last_year, last)}", "range"


def _read_decade(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A decade as its years: "les années 70" -> "1970/1979", "années soixante-dix" too,
    "les années dix-neuf cent quatre-vingt" -> "1980/1989"."""
    groups = m.groupdict()
    if groups.get("decade"):
        raw = groups["decade"]
        first = int(raw) if len(raw) == 4 else 1900 + int(raw)
        return f"{first}/{first + 9}", "range"
    tokens = _fold_key(groups["words"]).split()
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
        shifts = _fold_key(groups.get("yearrel") or "").split()
        year = published.year + sum(lex.shifts.get(word, 0) for word in shifts)
    else:
        return None, "range"
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
        return None, "range"
    return f"{_iso_month(year, 1)}/{_iso_month(year, count)}", "range"


def _read_weekday(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A weekday from the publication date.

    News tells what happened: a bare "mardi" is the closest Tuesday on or before the publication
    date. "ce mardi" / "mardi cette semaine" is the Tuesday of the publication week; "mardi
    prochain" the Tuesday of the next week (as "mardi de la semaine prochaine"), "mardi
    dernier" the last one before the publication date.
    """
    if published is None:
        return None, "day"
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
            date = monday + datetime.timedelta(days=7 + weekday)
        elif shift < 0:
            date = published - datetime.timedelta(days=back or 7)
        else:
            date = published - datetime.timedelta(days=back)
    return date.isoformat(), "day"


def _read_nth_weekday(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """ "le premier vendredi de juillet", "le dernier lundi du mois" -> that day."""
    groups = m.groupdict()
    weekday = lex.weekdays[_fold_key(groups["weekday"])]
    if groups.get("month"):
        month = _month(groups["month"], lex)
        if groups.get("year"):
            year = int(groups["year"])
        elif published is not None:
            year = published.year
        else:
            return None, "day"
    elif published is not None:
        year, month = _relative_month(groups.get("monthrel") or "", published, lex)
    else:
        return None, "day"
    rank_key = _fold_key(groups["rank"])
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
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "day"
    days = lex.relative_days[_fold_key(m.group("rel"))]
    return (published + datetime.timedelta(days=days)).isoformat(), "day"


def _read_event_day(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """Resolved after the matches are chosen, from the day stated before (`_resolve_events`)."""
    return None, "day"


def _read_unresolved(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    return None, "relative"


def _read_year_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "year"
    return f"{published.year + _shift(m.group('shift'), lex):04d}", "year"


def _read_month_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    if published is None:
        return None, "month"
    shift = _shift(m.group("shift") or m.group("shift0"), lex)
    return _iso_month(*_add_months(published.year, published.month, shift)), "month"


def _read_week_shift(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A week as its Monday/Sunday range."""
    if published is None:
        return None, "range"
    monday = published - datetime.timedelta(days=published.weekday())
    monday += datetime.timedelta(days=7 * _shift(m.group("shift"), lex))
    return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}", "range"


def _read_weekend(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A week-end as its Saturday/Sunday range, in the publication week unless shifted."""
    if published is None:
        return None, "range"
    monday = published - datetime.timedelta(days=published.weekday())
    saturday = monday + datetime.timedelta(days=5 + 7 * _shift(m.group("shift"), lex))
    return f"{saturday.isoformat()}/{(saturday + datetime.timedelta(days=1)).isoformat()}", "range"


def _read_season(
    m: re.Match[str], lex: _Lexicon, published: datetime.date | None
) -> Reading | None:
    """A season as the three months it covers ("l'été 2016" -> "2016-06/2016-08"); without a
    year, the one around the publication date, or the next or last one."""
    groups = m.groupdict()
    first = lex.seasons[_fold_key(groups["season"])]
    if groups.get("year"):
        year = int(groups["year"])
    elif published is None:
        return None, "range"
    else:
        here = (published.year, published.month)
        shift = _shift(groups.get("shift") or groups.get("shift0"), lex)
        year = published.year
        if shift > 0:
            while (year, first) <= here:
                year += 1
        elif shift < 0:
            while _add_months(year, first, 2) >= here:
                year -= 1
        elif _add_months(year - 1, first, 2) >= here:
            year -= 1  # "cet hiver" in January: the winter that began in December
    last = _add_months(year, first, 2)
    return f"{_iso_month(year, first)}/{_iso_month(*last)}", "range"


def _read_next_n(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """A horizon: "dans les quatre prochaines années" from 2025-07-23 -> "2025/2029"."""
    if published is None:
        return None, "range"
    count = _count(m.group("n"), lex)
    direction = _shift(m.group("shift") or m.group("shift2") or m.group("shift3"), lex)
    unit = _fold_key(m.group("unit"))
    if unit in ("jours", "semaines"):
        days = count * (7 if unit == "semaines" else 1)
        ends = sorted([published, published + datetime.timedelta(days=direction * days)])
        return f"{ends[0].isoformat()}/{ends[1].isoformat()}", "range"
    if unit == "mois":
        here = (published.year, published.month)
        there = _add_months(published.year, published.month, direction * count)
        first, last = sorted([here, there])
        return f"{_iso_month(*first)}/{_iso_month(*last)}", "range"
    years = sorted([published.year, published.year + direction * count])
    return f"{years[0]}/{years[1]}", "range"


def _read_within_n(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
    """A deadline: "d'ici cinq ans" from 2025 -> "2030"."""
    months = _fold_key(m.group("unit")) == "mois"
    if published is None:
        return None, "month" if months else "year"
    count = _count(m.group("n"), lex)
    if months:
        return _iso_month(*_add_months(published.year, published.month, count)), "month"
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


def _read_offset(m: re.Match[str], lex: _Lexicon, published: datetime.date | None) -> Reading:
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
    count = _count(m.group("n"), lex) * (-1 if m.group("ago") else 1)
    unit = _fold_key(m.group("unit")).rstrip("s")
    if unit == "jour":
        date = published + datetime.timedelta(days=count)
    elif unit == "semaine":
        date = published + datetime.timedelta(days=7 * count)
    else:
        date = _move(published, count * (1 if unit == "moi" else 12))
    return date.isoformat(), "day"


_READERS: dict[str, Callable[[re.Match[str], _Lexicon, datetime.date | None], Reading | None]] = {
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
    "unresolved": _read_unresolved,
    "year_shift": _read_year_shift,
    "month_shift": _read_month_shift,
    "week_shift": _read_week_shift,
    "weekend": _read_weekend,
    "season": _read_season,
    "next_n": _read_next_n,
    "within_n": _read_within_n,
    "offset": _read_offset,
}


# ---- finding -----------------------------------------------------------------------------------


def _extend(text: str, start: int, prefixes: tuple[re.Pattern[str], ...]) -> tuple[int, bool]:
    """Move `start` left over the prefix words ending right before it."""
    moved = False
    for prefix in prefixes:
        lead = prefix.search(text, max(0, start - 40), start)
        if lead is not None and lead.start() < start:
            start, moved = lead.start(), True
    return start, moved


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged


class _Windows:
    """Stretches of text around each anchor's hits, where a pattern naming it may match.

    Anchors run once per text, on the folded copy (lower case, no accents, same offsets), and
    only when a pattern asks for them.
    """

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self._folded = " " + text.translate(_FOLD_TABLE)  # a word at 0 stands after a space
        self._lex = lex
        self._by_anchor: dict[str, list[tuple[int, int]]] = {}

    def _anchor(self, name: str) -> list[tuple[int, int]]:
        if name not in self._by_anchor:
            size, width = self._lex.window, len(self._folded)
            hits = self._lex.anchors[name].finditer(self._folded)
            spans = [(max(0, h.start() - 1 - size), min(width, h.end() + size)) for h in hits]
            self._by_anchor[name] = _merge(spans)
        return self._by_anchor[name]

    def of(self, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
        if len(anchors) == 1:
            return self._anchor(anchors[0])
        return _merge([span for name in anchors for span in self._anchor(name)])


@cache
def _pattern_groups() -> tuple[tuple[tuple[str, ...], tuple[tuple[int, _Pattern], ...]], ...]:
    """The patterns (with their rank) grouped by anchors: a group without hits costs nothing."""
    groups: dict[tuple[str, ...], list[tuple[int, _Pattern]]] = {}
    for order, pattern in enumerate(_lexicon().patterns):
        groups.setdefault(pattern.anchors, []).append((order, pattern))
    return tuple((anchors, tuple(members)) for anchors, members in groups.items())


def find_dates(text: str, published: datetime.date | None = None) -> list[DateReading]:
    """Temporal expressions of `text`, sorted, non-overlapping, with their ISO readings.

    Arguments:
        text: the document (or any part of it); offsets are indices into it.
        published: the publication date relative expressions are resolved against; without it
            they keep value None and granularity "relative".
    """
    lex = _lexicon()
    candidates: list[tuple[int, int, int, Reading, str, re.Match[str]]] = []
    windows = _Windows(text, lex)
    for anchors, members in _pattern_groups():
        spans = windows.of(anchors)
        if not spans:
            continue
        for order, pattern in members:
            for low, high in spans:
                for m in pattern.regex.finditer(text, low, high):
                    if m.end() == m.start():
                        continue
                    found = _Found(*_extend(text, m.start(), pattern.prefixes), match=m)
                    if not all(_CHECKS[name](text, found, lex) for name in pattern.checks):
                        continue
                    reading = _READERS[pattern.kind](m, lex, published)
                    if reading is not None:
                        candidates.append((found.start, m.end(), order, reading, pattern.kind, m))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    occupied = bytearray(len(text))
    picks: list[_Pick] = []
    for start, end, _, (value, unit), kind, m in candidates:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        picks.append(_Pick(start, end, value, unit, kind, m))
    picks = _resolve_events(sorted(picks, key=lambda p: p.start), lex, published)
    return [
        DateReading(
            p.start, p.end, text[p.start : p.end], p.value, p.unit if p.value else "relative"
        )
        for p in _join_ranges(text, picks, lex)
        if not _acronym_like(text[p.start : p.end]) and not _ends_quoted_name(text, p.start, p.end)
    ]


def _ends_quoted_name(text: str, start: int, end: int) -> bool:
    """A bare year closing a quoted title: « Sénégal numérique 2025 », "Vision 2035"."""
    after = text[end : end + 2].lstrip()[:1]
    if not _YEAR_ONLY.fullmatch(text[start:end]) or not after or after not in '»”"':
        return False
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower().replace("’", "'") in _YEAR_PREPOSITIONS:
        return False  # « Nous serons prêts en 2026 »: a date inside a quotation
    opening = max(text.rfind("«", 0, start), text.rfind("“", 0, start), text.rfind('"', 0, start))
    return opening >= 0 and start - opening < 60 and text[opening + 1 :].lstrip()[:1].isupper()


_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_YEAR_PREPOSITIONS = frozenset(
    {"en", "d'ici", "ici", "dès", "avant", "après", "depuis", "à", "vers", "pour", "de"}
)


def _acronym_like(surface: str) -> bool:
    """ "MAI", "MARS" alone in capitals: an acronym ("Marsa Agro Industries (MAI)"), not a
    month; a capitalised date keeps its day or year ("12 MAI 2025")."""
    word = surface.strip()
    return word.isalpha() and word.isupper() and len(word) <= 9


def _resolve_events(
    picks: list[_Pick], lex: _Lexicon, published: datetime.date | None
) -> list[_Pick]:
    """Read "le lendemain", "la veille" from the last day stated before them, else from the
    publication date: "Le 3 mars, ... le lendemain" is 4 March."""
    anchor = published
    resolved: list[_Pick] = []
    for pick in picks:
        if pick.kind == "event_day" and anchor is not None and pick.match is not None:
            days = lex.relative_days[_fold_key(pick.match.group("rel"))]
            value = (anchor + datetime.timedelta(days=days)).isoformat()
            pick = _Pick(pick.start, pick.end, value, "day", pick.kind, pick.match)
        if pick.unit == "day" and pick.value:
            anchor = datetime.date.fromisoformat(pick.value)
        resolved.append(pick)
    return resolved


_JOINABLE = frozenset({"day", "month"})


def _join_ranges(text: str, picks: list[_Pick], lex: _Lexicon) -> list[_Pick]:
    """Join two days (or months) linked by "au", "-", "jusqu'à", or "et" after "entre", into
    one range: "aujourd'hui jusqu'à demain", "du 3 mars au 12/04/2025"."""
    joined: list[_Pick] = []
    for pick in picks:
        first = joined[-1] if joined else None
        if first is None or first.unit not in _JOINABLE or pick.unit not in _JOINABLE:
            joined.append(pick)
            continue
        gap = text[first.end : pick.match.start() if pick.match else pick.start]  # "jusqu'à"
        lead = lex.range_lead.search(text, max(0, first.start - 10), first.start)
        between = lead is not None and _fold_key(lead.group(0)).startswith("entre")
        if not (lex.range_connector.search(gap) or (between and lex.range_and.search(gap))):
            joined.append(pick)
            continue
        value: str | None = None
        if first.value and pick.value:
            if first.value >= pick.value:
                joined.append(pick)
                continue
            value = f"{first.value}/{pick.value}"
        start = lead.start() if lead else first.start
        joined[-1] = _Pick(start, pick.end, value, "range", "range", None)
    return joined
