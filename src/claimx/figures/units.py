"""Read the unit or currency written around a number, in canonical units.

Tables come from `data/units.yaml`, `data/currencies.yaml` and quantulum3's own unit data (its
currency symbols and ISO codes); this module compiles them once into anchored regexes that the
quantity reader calls at a given position.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..datafiles import load_currencies, load_units
from ..datafiles.figures import UnitEntry
from ..textpatterns import SPACE, alternation, fold, symbol_pattern, word_pattern


@dataclass(frozen=True)
class UnitDef:
    """A unit: its canonical unit, dimension and the factor to that canonical unit."""

    unit: str
    dimension: str
    factor: float
    offset: float = 0.0
    """Added after the factor, for affine scales (°F, K → °C)."""
    choices: tuple[str, ...] = ()
    """For a currency several countries write alike ("dinars", "FCFA"): the codes it may mean;
    `unit` is the default ("" for none) until the document's country decides."""
    per_factor: float = 1.0
    """For a compound unit ("MAD/l"), the factor of its denominator: `factor * per_factor` is
    the numerator's factor (to compare a price per unit with a bare amount)."""


@dataclass(frozen=True)
class UnitMatch:
    """A unit found in text: where it ends (or starts, before a number) and what it is."""

    start: int
    end: int
    definition: UnitDef
    surface: str = ""


@dataclass(frozen=True)
class _Table:
    words: dict[str, UnitDef]
    symbols: dict[str, UnitDef]
    after: re.Pattern[str]
    before: re.Pattern[str]
    denominator: re.Pattern[str]
    money_denominator: re.Pattern[str]
    minor_default: dict[str, str]


def _quantulum_currency_symbols() -> dict[str, str]:
    """Currency symbols and ISO codes that quantulum3 ships (`$`, `€`, `US$`, `C$`, ...)."""
    try:
        raw = resources.files("quantulum3").joinpath("units.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    symbols: dict[str, str] = {}
    for entry in json.loads(raw).values():
        code = entry.get("currency_code")
        if not code:
            continue
        symbols.setdefault(code, code)
        for sym in entry.get("symbols", []):
            # Bare one-letter symbols ("R" for rand) and "Fr" are too ambiguous in French text.
            if len(sym) > 1 or not sym.isalpha():
                symbols.setdefault(sym, code)
    # "¥" is both JPY and CNY in quantulum3; the yen is what French news means by it.
    if "¥" in symbols:
        symbols["¥"] = "JPY"
    return symbols


def unit_definition(entry: UnitEntry) -> UnitDef:
    """The unit an entry of `data/units.yaml` defines."""
    return UnitDef(entry.unit, entry.dimension, entry.factor, entry.offset)


@cache
def _table() -> _Table:
    words: dict[str, UnitDef] = {}
    symbols: dict[str, UnitDef] = {}
    for item in load_units().units:
        definition = unit_definition(item)
        for w in item.words:
            words[fold(w)] = definition
        for s in item.symbols:
            symbols[s] = definition
    cur = load_currencies()
    for code, sym_code in _quantulum_currency_symbols().items():
        symbols.setdefault(code, UnitDef(sym_code, "money", 1.0))
    for item in cur.currencies:
        code = item.code
        money = UnitDef(code, "money", 1.0)
        for w in item.words:
            words[fold(w)] = money
        for s in item.symbols:
            symbols[s] = money
        for w in item.minor:
            words[fold(w)] = UnitDef(code, "money", 0.01)
        for w in item.milli:
            words[fold(w)] = UnitDef(code, "money", 0.001)
    for item in cur.ambiguous:
        shared = UnitDef(item.default or "", "money", 1.0, choices=item.codes)
        for w in item.words:
            words[fold(w)] = shared
        for s in item.symbols:
            symbols[s] = shared
    minor_default = {fold(k): v for k, v in cur.minor_default.items()}
    for w, code in minor_default.items():
        words.setdefault(w, UnitDef(code, "money", 0.01))
    for abbr in cur.scale_abbreviations:
        if abbr.currency is not None:
            for form in abbr.forms:
                symbols[form] = UnitDef(abbr.currency, "money", abbr.factor)

    word_src = [word_pattern(w) for w in words]
    sym_src = [symbol_pattern(s) for s in symbols]
    unit_src = alternation(word_src + sym_src)
    # A unit straight before an apostrophe is an elided article or pronoun: "Le 12 mai 2025
    # l'Agence" is no litre, "en 2024 s'est" no second.
    end = r"(?![\w°²³'’])"
    # "de"/"d'" may stand before the unit ("13 millions de tonnes"); a hyphen may glue it
    # ("un camion de trois-tonnes", "2,5-km").
    after = re.compile(
        rf"(?:{SPACE}*(?:de{SPACE}+|d['’]{SPACE}*)|{SPACE}*|-)(?P<u>{unit_src}){end}"
    )
    money_syms = [symbol_pattern(s) for s, d in symbols.items() if d.dimension == "money"]
    before = re.compile(rf"(?P<u>{alternation(money_syms)}){SPACE}*$")
    denominator = re.compile(
        rf"{SPACE}*(?:/|{SPACE}par{SPACE}+|{SPACE}(?:à{SPACE}+l['’]|au{SPACE}+|à{SPACE}+la{SPACE}+)"
        rf"|(?P<article>{SPACE}l[ea]{SPACE}+)){SPACE}*"
        rf"(?P<u>{unit_src}){end}"
    )
    # an exchange rate: "135 DA pour un dollar", "10,8 dirhams pour 1 euro"
    money_denominator = re.compile(rf"{SPACE}+pour{SPACE}+(?:une?|1){SPACE}+(?P<u>{unit_src}){end}")
    return _Table(words, symbols, after, before, denominator, money_denominator, minor_default)


def _lookup(surface: str) -> UnitDef | None:
    table = _table()
    squeezed = re.sub(rf"{SPACE}+", " ", surface)
    if squeezed in table.symbols:
        return table.symbols[squeezed]
    key = fold(re.sub(r"[’‘`]", "'", squeezed)).replace("-", " ")
    if key in table.words:
        return table.words[key]
    return table.words.get(fold(squeezed))


def unit_after(text: str, pos: int) -> UnitMatch | None:
    """The unit written at `pos` (after a number), with "de"/"d'" allowed before it."""
    m = _table().after.match(text, pos)
    if not m:
        return None
    definition = _lookup(m.group("u"))
    if definition is None:
        return None
    return UnitMatch(m.start("u"), m.end("u"), definition, m.group("u"))


def per_unit_after(text: str, pos: int, money: bool = False) -> UnitMatch | None:
    """The denominator of a compound unit at `pos`: "/litre", " par kg", "/kWh", "à l'hectare",
    and for prices (`money`) "le litre", "la tonne"."""
    m = _table().denominator.match(text, pos)
    if money and not m:
        rate = _table().money_denominator.match(text, pos)
        found = _lookup(rate.group("u")) if rate else None
        if rate and found is not None and found.dimension == "money":
            return UnitMatch(rate.start(), rate.end("u"), found)
    if not m or (m.group("article") and not money):
        return None
    definition = _lookup(m.group("u"))
    # "par an", "/mois" are frequencies, not compound units; money and % never divide.
    if definition is None or definition.dimension in ("money", "percentage", "duration"):
        return None
    return UnitMatch(m.start(), m.end("u"), definition)


def currency_before(text: str, pos: int) -> UnitMatch | None:
    """A currency symbol written just before the number at `pos` ("$ 75", "€1000", "EUR 1000")."""
    window_start = max(0, pos - 12)
    m = _table().before.search(text, window_start, pos)
    if not m:
        return None
    start = m.start("u")
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return None
    definition = _lookup(m.group("u"))
    if definition is None or definition.dimension != "money":
        return None
    return UnitMatch(start, m.end("u"), definition)


def unit_named(surface: str) -> UnitDef | None:
    """The unit a word or symbol names ("litre", "kWh", "euro"), or None."""
    return _lookup(surface)


def is_unit_word(surface: str) -> bool:
    """Whether a unit was written as a word ("tonne"), not a symbol ("t")."""
    return re.sub(rf"{SPACE}+", " ", surface) not in _table().symbols
