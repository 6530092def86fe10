"""The date lexicon (`data/dates.yaml`) compiled once: word tables, regex blocks, anchors, patterns.

Reads the YAML file; writes a frozen `Lexicon`: the month, weekday and number tables (keys folded
by `fold_key`), the patterns with their prefixes, checks and anchors, and the range connectors.
Accented letters written in the YAML regexes match their plain and capital forms too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import load_yaml
from ..errors import DataFileError
from ..textpatterns import APOSTROPHE, SPACE, alternation, fold, word_pattern

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


_KEY_SPACES = re.compile(r"[\s\u00a0\u202f-]+")
_TOKEN_SPLIT = re.compile(r"[ '’-]")
# One character for one: the folded text keeps the offsets of the source.
FOLD_TABLE = {
    code: folded
    for code in range(0x250)
    if len(folded := fold(chr(code))) == 1 and folded != chr(code)
} | {ord("’"): "'"}


def fold_key(word: str) -> str:
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
    return {fold_key(str(k)): v for k, v in table.items()}


def _compile(source: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {exc}") from None


@cache
def load_lexicon() -> Lexicon:
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
        for key, known in (("prefixes", prefixes), ("anchors", anchors)):
            unknown = set(entry.get(key, ())) - set(known)
            if unknown:
                raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: {key} {unknown}")
        if not entry.get("anchors"):
            raise DataFileError(f"claimx data file {DATA_FILE!r}: {where}: no anchors")
        leads = tuple(prefixes[name] for name in entry.get("prefixes", ()))
        checks = tuple(entry.get("checks", ()))
        anchor_names = tuple(entry["anchors"])
        patterns.append(Pattern(entry["name"], entry["kind"], regex, leads, checks, anchor_names))
    return Lexicon(
        months=months,
        weekdays={**weekdays, **weekday_abbr},
        numbers=_int_table(data, "numbers"),
        ordinals=_int_table(data, "ordinals"),
        relative_days=_int_table(data, "relative_days"),
        shifts=_int_table(data, "shifts"),
        day_words=_int_table(data, "day_words"),
        seasons=_int_table(data, "seasons"),
        words={k: frozenset(fold_key(w).strip() for w in v) for k, v in lexicons.items()},
        patterns=tuple(patterns),
        anchors=anchors,
        window=int(data["trigger_window"]),
        range_connector=_compile(_expand(data["range_connector"], blocks, "range"), "range"),
        range_and=_compile(_expand(data["range_and"], blocks, "range"), "range"),
        range_lead=_compile(_expand(data["range_lead"], blocks, "range"), "range"),
    )
