"""The country a document is about, from the places, currencies and bodies it names.

Reads a text and `data/orgs_places.yaml` (countries with names, demonyms, cities, signals and
currency) plus `data/currencies.yaml` (the words and symbols of each currency); writes the
`Country` the text points to most, or None when it points to none.

Every mention of a country's name or alias, demonym ("algérien"), city ("Sfax"), signal (a body,
agency or outlet of that country: "Sonatrach", "STEG", "Bank Al-Maghrib", and the lexicon's
national agencies, central banks and statistics offices: "Algex", "ANSD") or of its own currency
("dirhams", "DA", "DT") counts one vote; a currency shared by several countries (the CFA francs,
the euro) votes for none. Ties go to the country mentioned first. Used where the text leaves a
reading to the country: a bare "dinars" is DZD in an Algerian article and TND in a Tunisian
one, "FCFA" is XAF in a Cameroonian one; and a state's figures take the country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from .datafiles import load_actors, load_currencies, load_orgs, load_orgs_places
from .datafiles.orgs import Country
from .errors import DataFileError
from .textpatterns import fold, trie_alternation

__all__ = ["Country", "document_country", "country_currency"]


@dataclass(frozen=True)
class _Votes:
    folded_re: re.Pattern[str] | None
    """Names, demonyms, cities and currency words, on `fold`ed text."""
    exact_re: re.Pattern[str] | None
    """Signals and currency symbols, case-sensitive, on the text as written."""
    folded: dict[str, Country]
    exact: dict[str, Country]


def _compile(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?<![\w&])(?:{trie_alternation(words)})(?![\w&])")


_PROPER_NAME = re.compile(r"[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+[a-z]")
"""A name of one word that no common noun spells: an acronym, or a coined name ("Algex")."""


@cache
def _votes() -> _Votes:
    countries = load_orgs_places().countries
    holders = Counter(c.currency for c in countries if c.currency)
    by_code = {c.currency: c for c in countries if c.currency and holders[c.currency] == 1}
    folded: dict[str, Country] = {}
    exact: dict[str, Country] = {}
    ambiguous: set[str] = set()

    def vote(table: dict[str, Country], key: str, country: Country) -> None:
        if table.get(key, country) is not country:
            ambiguous.add(key)  # a form two countries share points to neither
        table[key] = country

    for country in countries:
        for word in (country.name, *country.aliases, *country.demonyms, *country.cities):
            vote(folded, fold(word), country)
        for signal in country.signals:
            vote(exact, signal, country)
    codes = load_actors().country_codes
    by_name = {c.name: c for c in countries}
    for row in load_orgs().rows:
        home = by_name.get(codes.get(row.country, ""))
        if home is None or row.kind not in load_orgs_places().signal_kinds:
            continue
        for name in (row.canonical, *row.aliases.split("|")):
            if _PROPER_NAME.fullmatch(name):  # "ANSD", "Algex"; not "Trésor", "Cour des comptes"
                vote(exact, name, home)
    for entry in load_currencies().currencies:
        country = by_code.get(entry.code)
        if country is None:
            continue
        for word in entry.words:
            vote(folded, fold(word), country)
        for symbol in entry.symbols:
            if len(symbol) > 1:
                vote(exact, symbol, country)
    folded = {k: v for k, v in folded.items() if k not in ambiguous}
    exact = {k: v for k, v in exact.items() if k not in ambiguous}
    return _Votes(_compile(list(folded)), _compile(list(exact)), folded, exact)


def document_country(text: str, outlet: str | None = None) -> Country | None:
    """The country `text` points to most (see the module docstring), else the one its outlet
    points to (`outlet_country`), or None.

    text: a document (or any part of it), as written. The answers for the last documents are
    kept: the figure and attribution stages of one document both ask, with the same text.
    outlet: the document's source and URL, if known ("Abidjan Économie", "https://...").
    """
    found = _text_country(text)
    if found is None and outlet:
        return outlet_country(outlet)
    return found


def outlet_country(outlet: str) -> Country | None:
    """The country of an outlet, from its source name and URL (space-separated): a known
    outlet's name, a web domain of the country's press, else a place its name holds
    ("L'Écho de Casablanca")."""
    table = _outlets()
    for word in outlet.split():
        host = _HOST.match(word)
        if host is None:
            continue
        labels = host.group(1).lower().removeprefix("www.").split(".")
        for k in range(len(labels)):
            country = table.domains.get(".".join(labels[k:]))
            if country is not None:
                return country
    key = fold(outlet).strip()
    if key in table.names:
        return table.names[key]
    return _text_country(" ".join(w for w in outlet.split() if _HOST.match(w) is None))


_HOST = re.compile(r"(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _OutletTable:
    names: dict[str, Country]
    domains: dict[str, Country]


@cache
def _outlets() -> _OutletTable:
    data = load_orgs_places()
    by_name = {c.name: c for c in data.countries}
    names: dict[str, Country] = {}
    domains: dict[str, Country] = {}
    for press in data.outlets:
        country = by_name.get(press.country)
        if country is None:
            raise DataFileError(
                f"claimx data file 'orgs_places.yaml': outlets of {press.country!r}, "
                "a country not listed"
            )
        names.update((fold(n), country) for n in press.names)
        domains.update((d.lower(), country) for d in press.domains)
    return _OutletTable(names, domains)


@lru_cache(maxsize=16)
def _text_country(text: str) -> Country | None:
    votes = _votes()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    named: dict[str, Country] = {}
    for regex, searched, table in (
        (votes.folded_re, fold(text), votes.folded),
        (votes.exact_re, text, votes.exact),
    ):
        if regex is None:
            continue
        for m in regex.finditer(searched):
            country = table[m.group()]
            counts[country.name] += 1
            first.setdefault(country.name, m.start())
            named[country.name] = country
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], -first[name]))
    return named[best]


def country_currency(text: str, codes: tuple[str, ...]) -> str | None:
    """The currency among `codes` that the document's country uses, else None: "dinars" (DZD,
    TND, LYD ...) in an article about Algeria are DZD."""
    country = document_country(text)
    if country is not None and country.currency in codes:
        return country.currency
    return None

