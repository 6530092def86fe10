"""Currencies the figure leaves to its context: the document's country, the sentence, the article.

Reads the text and the figures read so far; writes the same figures with their currency decided:

- a currency several countries write alike ("dinars", "FCFA": `ambiguous` in
  `data/currencies.yaml`) takes the currency of the document's country (`claimx.country`): DZD
  in an Algerian article, TND in a Tunisian one, XAF in a Cameroonian one, else its default;
- a bare amount with a scale word and no counted noun ("24 milliards", "2 291 milliards"), or
  counting a money noun ("1,2 milliard de subventions", `money_nouns` in `currencies.yaml`),
  inherits the currency established before it in its sentence, else the one the article's amounts
  before it use (when there are some): "134 milliards de dirhams ... dont 24 milliards" is 24e9 MAD;
  with none before it, an amount of a money noun takes the document country's currency.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..country import Country, document_country
from ..datafiles import load_currencies
from ..textpatterns import fold

if TYPE_CHECKING:  # quantities.py calls this module: import its types for annotations only
    from .quantities import QuantityReading
    from .unit_context import Figure

# Scale words from which a bare amount is an amount of money when the text states money: a
# million people is written "un million de personnes" (a counted noun), not "un million".
_MIN_SCALE = 1e6
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def resolve_shared_currencies(
    text: str, figures: list[Figure], country: Country | None = None
) -> list[Figure]:
    """`figures` with each shared currency ("dinars", "FCFA") decided by the document's
    country (`country`, else the one `text` points to), else by its default; with no default
    either, the figure is a bare number."""
    if not any(f.unit is not None and f.unit.choices for f in figures):
        return figures
    known = _document_country(text, country)
    out = []
    for fig in figures:
        unit = fig.unit
        if unit is None or not unit.choices:
            out.append(fig)
            continue
        default = next((c for c in unit.choices if unit.unit.startswith(c)), "")
        found = known()
        code = found.currency if found and found.currency in unit.choices else default
        if not code:
            out.append(replace(fig, unit=None, end=fig.number.end))
            continue
        resolved = replace(unit, unit=code + unit.unit[len(default) :], choices=())
        out.append(replace(fig, unit=resolved))
    return out


def _document_country(text: str, country: Country | None) -> Callable[[], Country | None]:
    """The document's country: `country` when known, else searched in `text` on the first call
    only (a pass over the whole text)."""
    if country is not None:
        return lambda: country
    return cache(lambda: document_country(text))


def _currency(reading: QuantityReading) -> str | None:
    """The currency of a money amount (or a price: "XOF/kg"), else None."""
    if reading.dimension == "money":
        return reading.unit
    return None


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos):
        start = m.end()
    return start


def inherit_currencies(
    text: str, found: list[tuple[QuantityReading, str | None]], country: Country | None = None
) -> list[tuple[QuantityReading, str | None]]:
    """Bare scaled amounts with no counted noun take the currency established in their
    sentence (the last money amount before them), else the currency most used by the amounts
    before them in the article; with no money amount before them, they stay counts."""
    money = [(r.start, c) for r, _ in found if (c := _currency(r))]
    document = _document_country(text, country)
    nouns = _money_nouns()
    out: list[tuple[QuantityReading, str | None]] = []
    for reading, lemma in found:
        listed = _listed_amount(text, out[-1][0], reading, lemma) if out else None
        if listed is not None:  # "3 800 MDT pour X et 5 300 pour Y"
            out.append((listed, lemma))
            continue
        money_noun = lemma is not None and fold(lemma) in nouns
        if (
            reading.has_unit
            or reading.scale < _MIN_SCALE
            or not reading.value  # "2, 0 milliards": no amount
            or not (lemma is None or money_noun)
        ):
            out.append((reading, lemma))
            continue
        established = [(start, c) for start, c in money if start < reading.start]
        opens = _sentence_start(text, reading.start)
        in_sentence = [c for start, c in established if start >= opens]
        if in_sentence:
            code: str | None = in_sentence[-1]
        elif established:
            code = Counter(c for _, c in established).most_common(1)[0][0]
        else:
            country = document() if money_noun else None
            code = country.currency if country else None
        if code is None:
            out.append((reading, lemma))
            continue
        out.append((replace(reading, unit=code, dimension="money", has_unit=True), lemma))
    return out


def _listed_amount(
    text: str, prev: QuantityReading, reading: QuantityReading, lemma: str | None
) -> QuantityReading | None:
    """A bare integer listed right after a scaled amount of money in its sentence takes that
    amount's currency and scale: "dont 3 800 MDT pour les produits de base et 5 300 pour les
    carburants" is 5.3e9 TND. The two must be of one magnitude (within tenfold), joined by a
    list word, with no other number between, and the bare one must say what it goes to
    ("pour", "à", "aux")."""
    multiplier = prev.scale * prev.unit_factor
    if (
        lemma is not None
        or reading.has_unit
        or reading.value is None
        or reading.scale != 1
        or not reading.value.is_integer()
        or (reading.integer_digits and 1900 <= reading.value <= 2099)
        or prev.value is None
        or prev.dimension != "money"
        or multiplier < _MIN_SCALE
    ):
        return None
    between = text[prev.end : reading.start]
    if len(between) > 80 or not _LIST_JOIN.search(between) or _SENTENCE_END.search(between):
        return None
    if any(ch.isdigit() for ch in between) or not _DESTINATION.match(text, reading.end):
        return None
    raw = prev.value / multiplier
    if not (raw > 0 and max(raw, reading.value) / min(raw, reading.value) <= 10):
        return None
    return replace(
        reading,
        value=reading.value * multiplier,
        unit=prev.unit,
        dimension="money",
        has_unit=True,
        integer_digits=False,
    )


_DESTINATION = re.compile(r"[ \u00a0]+(?:pour|à|au|aux)(?!\w)")
_LIST_JOIN = re.compile(r"(?<!\w)(?:et|dont)(?!\w)|,")


@cache
def _money_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in load_currencies().money_nouns)
