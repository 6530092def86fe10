"""The date lexicon (`data/dates.yaml`) compiled once: word tables, regex blocks, anchors, patterns.

Reads the YAML file; writes a frozen `Lexicon`: the month, weekday and number tables (keys folded
by `fold_key`), the patterns with their prefixes, checks and anchors, and the range connectors.
Accented letters written in the YAML regexes match their plain and capital forms too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from ..datafiles import expand_references, load_dates
from ..errors import DataFileError
from ..textpatterns import (
    APOSTROPHE,
    SPACE,
    accent_tolerant,
    alternation,
    fold,
    fold_key,
    longest_first,
    word_pattern,
)
from .holidays import load_holiday_table

DATA_FILE = "dates.yaml"


@dataclass(frozen=True)
class Pattern:
    name: str
    kind: str
    regex: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    checks: tuple[str, ...]
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    relative_days: Mapping[str, int]
    shifts: Mapping[str, int]
    day_words: Mapping[str, int]
    seasons: Mapping[str, int]
    words: Mapping[str, frozenset[str]]
    patterns: tuple[Pattern, ...]
    anchors: Mapping[str, re.Pattern[str]]
    window: int
    range_connector: re.Pattern[str]
    range_and: re.Pattern[str]
    range_lead: re.Pattern[str]
    year_prepositions: frozenset[str]
    """A year in quotes after one of these is a date ("« prêts en 2026 »"), not a title."""
    abbreviations: frozenset[str]
    """Month and weekday abbreviations (folded, no dot): their dot belongs to the date."""


_FIXED_BLOCKS = {"S": SPACE, "A": APOSTROPHE}
_TOKEN_SPLIT = re.compile(r"[ '’-]")


def _lexicon_block(words: Iterable[str]) -> str:
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


def _anchor_block(words: Iterable[str]) -> str:
    """The folded first words of a word list, for the anchors run on the folded text. No test
    before the word: a regex starting with letters lets the engine skip ahead fast."""
    firsts = {_TOKEN_SPLIT.split(fold(w))[0].rstrip(".") for w in words}
    return "(?:" + "|".join(longest_first(firsts)) + r")(?![a-z])"


def _expand(source: str, blocks: Mapping[str, str], where: str) -> str:
    return expand_references(source, blocks, DATA_FILE, where)


def _int_table(table: Mapping[str, int]) -> dict[str, int]:
    return {fold_key(k): v for k, v in table.items()}


def _compile(source: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {exc}") from None


@cache
def load_lexicon() -> Lexicon:
    """Compile dates.yaml once: word tables, blocks, anchors and patterns."""
    data = load_dates()
    tables: dict[str, Iterable[str]] = {
        "MONTHS": [*data.months, *data.month_abbreviations],
        "MONTH_NAMES": data.months,
        "MONTH_ABBR": data.month_abbreviations,
        "WEEKDAYS": data.weekdays,
        "WEEKDAY_ABBR": data.weekday_abbreviations,
        "NUMBERS": data.numbers,
        "ORDINALS": data.ordinals,
        "DAY_WORDS": data.day_words,
        "SEASONS": data.seasons,
        "HOLIDAYS": load_holiday_table().names,
        **data.lexicons,
    }
    blocks = dict(_FIXED_BLOCKS)
    for name, source in data.blocks.items():  # a block may use the blocks above it
        blocks[name] = f"(?:{_expand(accent_tolerant(source), blocks, f'block {name}')})"
    blocks.update({k: _lexicon_block(v) for k, v in tables.items()})
    anchor_blocks = {k: _anchor_block(v) for k, v in tables.items()}
    anchors = {
        name: _compile(_expand(src, anchor_blocks, f"anchor {name}"), name, 0)
        for name, src in data.anchors.items()
    }
    prefixes = {
        name: _compile(_expand(accent_tolerant(src), blocks, f"prefix {name}") + "$", name)
        for name, src in data.prefixes.items()
    }
    patterns = []
    for entry in data.patterns:
        where = f"pattern {entry.name!r}"
        regex = _compile(_expand(accent_tolerant(entry.regex), blocks, where), where)
        for key, known in (("prefixes", prefixes), ("anchors", anchors)):
            unknown = set(getattr(entry, key)) - set(known)
            if unknown:
                raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {key} {unknown}")
        if not entry.anchors:
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: no anchors")
        leads = tuple(prefixes[name] for name in entry.prefixes)
        patterns.append(Pattern(entry.name, entry.kind, regex, leads, entry.checks, entry.anchors))
    return Lexicon(
        months={**_int_table(data.months), **_int_table(data.month_abbreviations)},
        weekdays={**_int_table(data.weekdays), **_int_table(data.weekday_abbreviations)},
        numbers=_int_table(data.numbers),
        ordinals=_int_table(data.ordinals),
        relative_days=_int_table(data.relative_days),
        shifts=_int_table(data.shifts),
        day_words=_int_table(data.day_words),
        seasons=_int_table(data.seasons),
        words={k: frozenset(fold_key(w).strip() for w in v) for k, v in data.lexicons.items()},
        patterns=tuple(patterns),
        anchors=anchors,
        window=data.trigger_window,
        range_connector=_compile(_expand(data.range_connector, blocks, "range"), "range"),
        range_and=_compile(_expand(data.range_and, blocks, "range"), "range"),
        range_lead=_compile(_expand(data.range_lead, blocks, "range"), "range"),
        year_prepositions=frozenset(data.quoted_year_prepositions),
        abbreviations=frozenset(
            fold_key(w).rstrip(".")
            for w in (*data.month_abbreviations, *data.weekday_abbreviations)
        ),
    )
