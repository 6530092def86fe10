"""Prices whose unit the sentence names away from the amount: the priced unit and the quoted
currency.

Reads the text and the figures read so far (currencies decided); writes the same figures with
a compound unit where the context gives the denominator:

- the sentence names a priced unit with an article before the amount ("le litre de gasoil
  s'affiche à 10,65 DH", "la tonne a clôturé à 6 900 livres sterling", `price_subjects` in
  `data/units.yaml`): the amount is a price per that unit (MAD/l, GBP/kg);
- a currency quoted before an exchange verb ("l'euro cotant USD1,16"): USD/EUR;
- a bare amount of the currency of a price just stated, of the same magnitude, is a price on
  the same base: "16,5 dinars le kilogramme, contre plus de 26 dinars" is 26 TND/kg. In the
  same sentence the two may differ threefold; in a later sentence of the paragraph, by half.

Only plain amounts are read so (no scale word: "3 milliards de dirhams" is no price per litre),
and another unit named between a price and an amount ("la bouteille d'un demi-litre") breaks
the inheritance.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..datafiles import load_units
from ..textpatterns import SPACE, word_alternation, word_search
from .unit_context import Figure, per_unit
from .units import UnitDef, unit_named

_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_CODE = re.compile(r"[A-Z]{3}")
_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")
_SUBJECT_REACH = 80
"""Characters from the named unit to the amount it prices."""
_SAME_SENTENCE_RATIO = 3.0
_NEXT_SENTENCE_RATIO = 1.5


def _money(unit: UnitDef | None) -> bool:
    return unit is not None and unit.dimension == "money" and "/" not in unit.unit


def _currency(unit: UnitDef) -> str:
    return unit.unit.split("/")[0]


def _amount(fig: Figure) -> float:
    """The figure's amount of money, before any division ("12,90 DH/litre" → 12.9)."""
    assert fig.unit is not None
    return fig.number.value * fig.unit.factor * fig.unit.per_factor


def _close(a: float, b: float, ratio: float) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= ratio


@cache
def _priced_unit() -> re.Pattern[str]:
    """A priced unit named with its article ("le litre", "la tonne"), the unit in group `u`."""
    data = load_units()
    articles, units = word_alternation(data.price_articles), word_alternation(data.price_subjects)
    return re.compile(rf"(?<!\w){articles}{SPACE}*(?P<u>{units})(?!\w)")


def _subject(text: str, fig: Figure, opens: int, taken: list[tuple[int, int]]) -> UnitDef | None:
    """The unit named with an article before `fig` in its sentence, not as another figure's."""
    last = None
    for m in _priced_unit().finditer(text, max(opens, fig.start - _SUBJECT_REACH), fig.start):
        if not any(s <= m.start("u") < e for s, e in taken):
            last = m
    if last is None:
        return None
    found = unit_named(last.group("u"))
    return found if found is not None and found.dimension not in ("money", "percentage") else None


@cache
def _quoting() -> re.Pattern[str]:
    """A currency and an exchange verb ending the text ("l'euro cotant "), the currency in
    group `u`."""
    verbs = word_alternation(load_units().exchange_verbs)
    currency = r"[^\W\d_]{3,}"
    return re.compile(
        rf"(?<!\w)(?:l['’]|le{SPACE}+){SPACE}*(?P<u>{currency}){SPACE}+{verbs}{SPACE}*$"
    )


def _quoted(text: str, fig: Figure) -> UnitDef | None:
    """The currency quoted before `fig`: "l'euro cotant USD1,16" → EUR."""
    m = _quoting().search(text, max(0, fig.start - 40), fig.start)
    if m is None:
        return None
    found = unit_named(m.group("u"))
    if found is None or found.dimension != "money" or found.choices or fig.unit is None:
        return None
    return found if found.unit != _currency(fig.unit) else None


def resolve_prices(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with the prices whose denominator is named apart from the amount."""
    if not any(_money(f.unit) and f.number.scale == 1 for f in figures):
        return figures
    taken = [(f.start, f.end) for f in figures]
    out: list[Figure] = []
    last_price: Figure | None = None
    priced_first: dict[int, float] = {}
    """Amount of the first figure priced by a named unit, by that unit's sentence start."""
    for fig in figures:
        unit = fig.unit
        if unit is not None and _CODE.fullmatch(unit.unit.split("/")[0]) and "/" in unit.unit:
            last_price = fig  # "12,90 DH/litre", "135 DA pour un dollar"
            out.append(fig)
            continue
        if not _money(unit) or fig.number.scale != 1 or unit is None:
            out.append(fig)
            continue
        opens = _sentence_start(text, fig.start)
        per = _quoted(text, fig) or _subject(text, fig, opens, taken)
        if per is not None and not _is_money(per):
            first = priced_first.setdefault(opens, _amount(fig))
            if _amount(fig) > first * _SAME_SENTENCE_RATIO:
                per = None  # "le litre à 12 DH ... une aide de 300 DH": not the same base
        if per is None and last_price is not None:
            per = _inherited(text, fig, last_price, opens)
        if per is None:
            out.append(fig)
            continue
        priced = replace(fig, unit=per_unit(unit, per))
        last_price = priced
        out.append(priced)
    return out


def _is_money(unit: UnitDef) -> bool:
    return unit.dimension == "money"


@cache
def _priced_unit_word() -> re.Pattern[str]:
    """Any unit a price may be given per ("litre", "tonne"), with or without an article."""
    return word_search(load_units().price_subjects)


def _inherited(text: str, fig: Figure, price: Figure, opens: int) -> UnitDef | None:
    """The denominator of the price `price` for the bare amount `fig` after it, if they share
    currency, base and magnitude."""
    assert fig.unit is not None and price.unit is not None
    if _currency(price.unit) != fig.unit.unit:
        return None
    between = text[price.end : fig.start]
    if _PARAGRAPH.search(between) or _priced_unit_word().search(between):
        return None
    ratio = _SAME_SENTENCE_RATIO if price.start >= opens else _NEXT_SENTENCE_RATIO
    if not _close(_amount(fig), _amount(price), ratio):
        return None
    per_symbol = price.unit.unit.split("/", 1)[1]
    return UnitDef(per_symbol, "other", price.unit.per_factor)


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - 400)
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start
