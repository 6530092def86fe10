"""Exchange rates for comparing money figures stated in different currencies.

A rate comes from one of two places, and the reconciliation explanation says which:
- the article itself, when it gives an amount and the same amount in another currency right
  after it ("11 milliards de dirhams (1,2 milliard de dollars)"): the two figures are one fact
  and their ratio is the source's rate;
- a dated reference table kept as data (`data/fx_rates.yaml`), for figures from different
  sentences or articles; no rate is ever fetched or guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import load_fx_rates
from ..errors import DataFileError
from ..figures.precision import rounding_steps
from ..records import Quantity

_FILE = "fx_rates.yaml"


@dataclass(frozen=True)
class Rate:
    """`per_unit` units of `quote` for one unit of `base`, and where that rate comes from."""

    base: str
    quote: str
    per_unit: float
    origin: str
    """`source` (the article states it) or `table` (the dated reference table)."""
    date: str | None = None
    """Date of the table the rate comes from (None for a rate the source states)."""
    margin: float = 0.0
    """Relative slack of an amount converted with this rate: the table tolerance, or the
    rounding of the two figures a source rate is read from."""

    def inverse(self) -> Rate:
        """The same rate read the other way round."""
        return Rate(self.quote, self.base, 1.0 / self.per_unit, self.origin, self.date, self.margin)


@dataclass(frozen=True)
class _Table:
    date: str
    rates: dict[str, float]
    """Units of each currency for one unit of the table's base."""


@dataclass(frozen=True)
class _FxData:
    gaps: tuple[re.Pattern[str], ...]
    tolerance: float
    tables: tuple[_Table, ...]


@cache
def _data() -> _FxData:
    """The rate file, validated once."""
    raw = load_fx_rates()
    try:
        gaps = tuple(re.compile(g, re.IGNORECASE) for g in raw.stated_conversion.gaps)
    except re.error as exc:
        raise DataFileError(f"claimx data file {_FILE!r}: stated_conversion.gaps: {exc}") from None
    tables = []
    for entry in raw.tables:
        where = f"claimx data file {_FILE!r}: table {entry.date}"
        if entry.base not in entry.rates:
            raise DataFileError(f"{where}: rates lack the base {entry.base!r}")
        rates = {code: r / entry.rates[entry.base] for code, r in entry.rates.items()}
        if any(r <= 0 for r in rates.values()):
            raise DataFileError(f"{where}: rates must be positive")
        tables.append(_Table(entry.date, rates))
    ordered = tuple(sorted(tables, key=lambda t: t.date, reverse=True))
    return _FxData(gaps, raw.tolerance, ordered)


def table_rate(base: str, quote: str, when: str | None = None) -> Rate | None:
    """The reference-table rate from `base` to `quote`, or None when the table lacks either.

    The table dated closest to the year `when` starts with is used; with no `when`, the newest.
    """
    tables = [t for t in _data().tables if base in t.rates and quote in t.rates]
    if not tables:
        return None
    if when and when[:4].isdigit():
        year = int(when[:4])
        tables.sort(key=lambda t: abs(int(t.date[:4]) - year))
    table = tables[0]
    per_unit = table.rates[quote] / table.rates[base]
    return Rate(base, quote, per_unit, "table", table.date, _data().tolerance)


def stated_rate(first: Quantity, second: Quantity, sentence: str, offset: int) -> Rate | None:
    """The rate an article states by following `first` with `second` in another currency.

    `sentence` is the text both figures stand in and `offset` its start in the document. The
    figures must be money in different currencies, `second` must follow `first` with only a
    bracket, "soit" or "l'équivalent de" between them, and both must state one value.
    """
    if first.dimension != "money" or second.dimension != "money" or first.unit == second.unit:
        return None
    if first.doc != second.doc or first.value is None or second.value is None:
        return None
    if not first.value or not second.value:
        return None
    gap = sentence[first.end - offset : second.start - offset]
    if second.start < first.end or not any(p.fullmatch(gap) for p in _data().gaps):
        return None
    slack = sum(
        rounding_steps(q.text, [v])[0] / 2 / abs(v)
        for q, v in ((first, first.value), (second, second.value))
    )
    return Rate(first.unit, second.unit, second.value / first.value, "source", margin=slack)
