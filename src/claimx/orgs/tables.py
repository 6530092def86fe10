"""The organisation data files, validated and compiled once.

Reads `data/orgs_places.yaml` (countries with their names, demonyms, leaders; cities, regions),
`data/orgs_words.yaml` (heads, connectors, titles, company nouns ...), `data/orgs.tsv` (the
lexicon of known bodies and their canonical names) and `data/orgs_patterns.yaml` (generic
patterns); writes frozen tables: `Places`, `Words`, `Lexicon` and the `Pattern`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.strings import get_string_id

from ..datafiles import (
    expand_references,
    load_orgs,
    load_orgs_patterns,
    load_orgs_places,
    load_orgs_words,
)
from ..errors import DataFileError
from ..textpatterns import fold, fold_accents, trie_alternation
from .folding import Search, alias_piece, name_key

# A pattern opening with "\b", then groups, then a letter or a character class.
_KEYWORD_AFTER_BOUNDARY = re.compile(r"\\b(?:\(\?P<\w+>|\(\?:)*(?:\[|[^\W\d_])")


@dataclass(frozen=True)
class Country:
    name: str
    of: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    leaders: tuple[str, ...]


@dataclass(frozen=True)
class Places:
    default: Country
    countries: tuple[Country, ...]
    by_name: dict[str, Country]
    """Folded country name, alias, demonym or leader -> country."""
    names_re: Search
    """Country names and aliases, matched on accent-folded text with their case."""
    demonyms_re: Search
    """Demonyms, matched on folded (lower-case) text."""
    places_re: re.Pattern[str]
    """Every place name (countries, cities, regions) and demonym, on folded text."""
    demonyms: frozenset[str] = frozenset()
    """Folded demonyms ("tunisienne")."""


@cache
def load_places() -> Places:
    data = load_orgs_places()
    countries = tuple(
        Country(
            name=c.name, of=c.of, names=(c.name, *c.aliases), demonyms=c.demonyms, leaders=c.leaders
        )
        for c in data.countries
    )
    cities = [city for c in data.countries for city in c.cities]
    others = [*data.cities, *cities, *data.regions]
    default_name = data.default_country
    by_name = {fold(w): c for c in countries for w in (*c.names, *c.demonyms, *c.leaders)}
    if fold(default_name) not in by_name:
        raise DataFileError(
            f"claimx data file 'orgs_places.yaml': default_country {default_name!r} is not listed"
        )
    names = [fold_accents(n) for c in countries for n in c.names]
    demonyms = [fold(d) for c in countries for d in c.demonyms]
    every = [fold(n) for n in names] + demonyms + [fold(p) for p in others]
    return Places(
        default=by_name[fold(default_name)],
        countries=countries,
        by_name=by_name,
        names_re=Search.compile(r"(?<!\w)", rf"(?:{trie_alternation(names)})(?!\w)"),
        demonyms_re=Search.compile(r"(?<!\w)", rf"(?:{trie_alternation(demonyms)})(?!\w)", False),
        places_re=re.compile(rf"(?<!\w)(?:{trie_alternation(every)})(?!\w)"),
        demonyms=frozenset(demonyms),
    )


@dataclass(frozen=True)
class Words:
    determiners_re: re.Pattern[str]
    title_words: frozenset[str]
    title_before: re.Pattern[str]
    not_org_heads: frozenset[str]
    event_words: frozenset[str]
    not_org_acronyms: frozenset[str]
    heads: frozenset[str]
    head_ids: frozenset[int]
    """spaCy string ids of `heads`, to find them in a document's LOWER array."""
    lowercase_heads: frozenset[str]
    head_prefixes: frozenset[str]
    connectors: frozenset[str]
    lowercase_connectors: frozenset[str]
    coordinators: frozenset[str]
    articles: frozenset[str]
    stop_words: frozenset[str]
    company_nouns: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    not_org_phrases: frozenset[str]
    scale_currency_tokens: frozenset[str]
    programme_before: re.Pattern[str]
    verb_objects: frozenset[str]
    back_reference_heads: frozenset[str]
    lowercase_back_references: frozenset[str]


@cache
def load_words() -> Words:
    data = load_orgs_words()

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in getattr(data, key))

    elided = [d.lower() for d in data.determiners if d.endswith(("'", "’"))]
    plain = [d.lower() for d in data.determiners if not d.endswith(("'", "’"))]
    determiners = (
        rf"^(?:(?:{trie_alternation(plain)})[ \u00a0]+|(?:{trie_alternation(elided)})[ \u00a0]*)+"
    )
    return Words(
        determiners_re=re.compile(determiners, re.IGNORECASE),
        title_words=words("title_words"),
        title_before=re.compile(data.title_before),
        not_org_heads=words("not_org_heads"),
        event_words=words("event_words"),
        not_org_acronyms=frozenset(data.not_org_acronyms),
        heads=words("institution_heads"),
        head_ids=frozenset(get_string_id(w) for w in words("institution_heads")),
        lowercase_heads=words("lowercase_heads"),
        head_prefixes=words("head_prefixes"),
        connectors=words("name_connectors"),
        lowercase_connectors=words("lowercase_connectors"),
        coordinators=words("name_coordinators"),
        articles=words("name_articles"),
        stop_words=words("name_stop_words"),
        company_nouns=data.company_nouns,
        company_suffixes=data.company_suffixes,
        not_org_phrases=frozenset(fold(p) for p in data.not_org_phrases),
        scale_currency_tokens=words("scale_currency_tokens"),
        programme_before=re.compile(data.programme_before),
        verb_objects=words("verb_objects"),
        back_reference_heads=frozenset(fold(w) for w in data.back_reference_heads),
        lowercase_back_references=words("lowercase_back_references"),
    )


@dataclass(frozen=True)
class Lexicon:
    exact_re: Search | None
    """Names without a space (acronyms, brands), on accent-folded text, case kept."""
    loose_re: Search | None
    """Names with spaces, on folded (lower-case) text."""
    exact: dict[str, str]
    loose: dict[str, str]

    def canonical(self, text: str) -> str | None:
        """Canonical name of `text` when the lexicon knows it."""
        return self.folded_canonical(fold_accents(text), fold(text))

    def folded_canonical(self, accents: str, lower: str) -> str | None:
        """`canonical` of a text given folded: its `fold_accents` and its `fold`."""
        return self.exact.get(name_key(accents)) or self.loose.get(name_key(lower))


@cache
def load_lexicon() -> Lexicon:
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for row in load_orgs().rows:
        canonical = row.canonical.strip()
        names = [canonical, *(a.strip() for a in row.aliases.split("|") if a.strip())]
        for name in names:
            table, key = (
                (exact, name_key(fold_accents(name)))
                if " " not in name
                else (loose, name_key(fold(name)))
            )
            if table.get(key, canonical) != canonical:
                raise DataFileError(
                    f"claimx data file 'orgs.tsv': {name!r} names both {table[key]!r} and "
                    f"{canonical!r}"
                )
            table[key] = canonical

    def compile_(keys: list[str], probe: bool) -> Search | None:
        if not keys:
            return None
        body = rf"(?:{trie_alternation(keys, alias_piece)})(?![\w&])"
        return Search.compile(r"(?<![\w&])", body, probe)

    return Lexicon(compile_(list(exact), True), compile_(list(loose), False), exact, loose)


@dataclass(frozen=True)
class Pattern:
    name: str
    search: Search
    canonical: str
    after_title: bool
    judge: bool
    company: bool


@cache
def load_patterns() -> tuple[Pattern, ...]:
    data = load_orgs_patterns()
    places, words = load_places(), load_words()
    nouns = {n.lower() for n in words.company_nouns}
    # Under (?i) the engine enters every branch of a trie; a class of first letters fails faster.
    first_letters = "".join(sorted({re.escape(n[0]) for n in nouns}))
    fills = {
        "DEMONYM": trie_alternation([d for c in places.countries for d in c.demonyms]),
        "COUNTRY": trie_alternation([n for c in places.countries for n in c.names]),
        "LEADER": trie_alternation([n for c in places.countries for n in c.leaders]),
        "COMPANY_NOUN": f"(?i:(?=[{first_letters}]){trie_alternation(nouns)})",
        "COMPANY_SUFFIX": trie_alternation(list(words.company_suffixes)),
        **data.references,
    }
    blocks = {name: f"(?:{source})" for name, source in fills.items()}
    patterns = []
    for entry in data.patterns:
        where = f"pattern {entry.name!r}"
        source = expand_references(entry.regex, blocks, "orgs_patterns.yaml", where)
        try:
            if _KEYWORD_AFTER_BOUNDARY.match(source):  # probe for the keyword (see Search)
                search = Search.compile(r"\b", source.removeprefix(r"\b"))
            else:
                search = Search(re.compile(source))
        except re.error as exc:
            raise DataFileError(f"claimx data file 'orgs_patterns.yaml': {where}: {exc}") from None
        patterns.append(
            Pattern(
                name=entry.name,
                search=search,
                canonical=entry.canonical,
                after_title=entry.after_title,
                judge=entry.judge,
                company=entry.company,
            )
        )
    return tuple(patterns)
