"""Find French temporal expressions and read them as ISO values (GOLD_FORMAT `date`).

The patterns and word lists live in `data/dates.yaml` (compiled by `lexicon`); this module runs
them in windows around their anchors, tests the context a year needs (`checks`: a year inside a
name or an amount is not a date), picks the longest non-overlapping matches, and reads each one
(`readers`). Relative expressions are resolved against the publication date when it is known,
else kept with value None and granularity "relative"; "le lendemain" and "la veille" count from
the last day stated before them; two days linked by "au", "jusqu'à" join into a range.

Reads a text and its publication date; writes sorted, non-overlapping `DateReading`s.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from ..errors import DataFileError
from ..textpatterns import fold, fold_key
from .checks import CHECKS, Found
from .lexicon import DATA_FILE, Lexicon, Pattern, load_lexicon
from .readers import READERS, Reading


@dataclass(frozen=True)
class DateReading:
    """One temporal expression: its span in the text and its ISO reading."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # day|month|year|range|relative


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

    def __init__(self, text: str, lex: Lexicon) -> None:
        self._folded = " " + fold(text)  # a word at 0 stands after a space
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
def _lexicon() -> Lexicon:
    """The compiled lexicon, its patterns' kinds and checks known to the readers and checks."""
    lex = load_lexicon()
    for pattern in lex.patterns:
        where = f"claimx data file {DATA_FILE!r}: pattern {pattern.name!r}"
        if pattern.kind not in READERS:
            raise DataFileError(f"{where}: unknown kind")
        unknown = set(pattern.checks) - set(CHECKS)
        if unknown:
            raise DataFileError(f"{where}: checks {unknown}")
    return lex


@cache
def _pattern_groups() -> tuple[tuple[tuple[str, ...], tuple[tuple[int, Pattern], ...]], ...]:
    """The patterns (with their rank) grouped by anchors: a group without hits costs nothing."""
    groups: dict[tuple[str, ...], list[tuple[int, Pattern]]] = {}
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
                    found = Found(*_extend(text, m.start(), pattern.prefixes), match=m)
                    if not all(CHECKS[name](text, found, lex) for name in pattern.checks):
                        continue
                    reading = READERS[pattern.kind](m, lex, published)
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
    readings = []
    for p in _join_ranges(text, picks, lex):
        end = _without_period(text, p.start, p.end, lex)
        surface = text[p.start : end]
        if _acronym_like(surface) or _ends_quoted_name(text, p.start, end, lex):
            continue
        unit = p.unit if p.value else "relative"
        readings.append(DateReading(p.start, end, surface, p.value, unit))
    return readings


_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")


def _without_period(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of a span without the sentence's final period ("le 2 novembre."); the dot of
    an abbreviation stays ("1er janv.")."""
    if end - start < 2 or text[end - 1] != ".":
        return end
    word = _LAST_WORD.search(text, start, end)
    if word is not None and fold_key(word.group(1)) in lex.abbreviations:
        return end
    return end - 1


def _ends_quoted_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A bare year closing a quoted title: « Sénégal numérique 2025 », "Vision 2035"."""
    after = text[end : end + 2].lstrip()[:1]
    if not _YEAR_ONLY.fullmatch(text[start:end]) or not after or after not in '»”"':
        return False
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower().replace("’", "'") in lex.year_prepositions:
        return False  # « Nous serons prêts en 2026 »: a date inside a quotation
    opening = max(text.rfind("«", 0, start), text.rfind("“", 0, start), text.rfind('"', 0, start))
    return opening >= 0 and start - opening < 60 and text[opening + 1 :].lstrip()[:1].isupper()


_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")


def _acronym_like(surface: str) -> bool:
    """ "MAI", "MARS" alone in capitals: an acronym ("Marsa Agro Industries (MAI)"), not a
    month; a capitalised date keeps its day or year ("12 MAI 2025")."""
    word = surface.strip()
    return word.isalpha() and word.isupper() and len(word) <= 9


def _resolve_events(
    picks: list[_Pick], lex: Lexicon, published: datetime.date | None
) -> list[_Pick]:
    """Read the story-relative forms from what the text stated before them, else from the
    publication date: "Le 3 mars, ... le lendemain" is 4 March; "mardi, ... le mardi suivant"
    the Tuesday after; "en 2024, contre ... l'année précédente" 2023; "la saison 2025-2026 ...
    la saison dernière" 2024/2025."""
    day, year = published, published.year if published else None
    season = _current_season(published)
    resolved: list[_Pick] = []
    for pick in picks:
        value = _event_value(pick, lex, day, year, season)
        if value is not None:
            pick = _Pick(pick.start, pick.end, value, pick.unit, pick.kind, pick.match)
        if pick.value:
            first = pick.value.split("/")[0]
            year = int(first[:4])
            if pick.unit == "day":
                day = datetime.date.fromisoformat(pick.value)
            elif _SEASON.fullmatch(pick.value):
                season = int(first)
        resolved.append(pick)
    return resolved


_SEASON = re.compile(r"(\d{4})/(\d{4})")


def _current_season(published: datetime.date | None) -> int | None:
    """First year of the season (sport, crop) running at the publication date: from August."""
    if published is None:
        return None
    return published.year if published.month >= 8 else published.year - 1


def _event_value(
    pick: _Pick, lex: Lexicon, day: datetime.date | None, year: int | None, season: int | None
) -> str | None:
    """The value of a story-relative pick from the last day, year and season stated."""
    if pick.match is None or pick.kind not in _EVENT_KINDS:
        return None
    rel = pick.match.group("rel")
    if pick.kind == "event_day":
        if day is None:
            return None
        return (day + datetime.timedelta(days=lex.relative_days[fold_key(rel)])).isoformat()
    shift = lex.shifts[fold_key(rel)]
    if pick.kind == "event_weekday" and day is not None:
        weekday = lex.weekdays[fold_key(pick.match.group("weekday"))]
        if shift > 0:
            step = (weekday - day.weekday()) % 7 or 7
        else:
            step = -((day.weekday() - weekday) % 7 or 7)
        return (day + datetime.timedelta(days=step)).isoformat()
    if pick.kind == "event_year" and year is not None:
        return f"{year + shift:04d}"
    if pick.kind == "event_season" and season is not None:
        return f"{season + shift:04d}/{season + shift + 1:04d}"
    return None


_EVENT_KINDS = frozenset({"event_day", "event_weekday", "event_year", "event_season"})


_JOINABLE = frozenset({"day", "month"})


def _join_ranges(text: str, picks: list[_Pick], lex: Lexicon) -> list[_Pick]:
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
        between = lead is not None and fold_key(lead.group(0)).startswith("entre")
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
