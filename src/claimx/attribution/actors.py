"""Who can own a figure: the organisations found by `orgs`, plus the countries acting as parties.

GOLD_FORMAT keeps countries out of the org mentions (they are places), but a figure's actor is
often a country ("le Maroc a alloué 11 milliards"). Country names come from the places table of
the org layer (`data/orgs_places.yaml`); "le Royaume" designates the country the document names
most. A country name inside a proper name ("Maroc Digital 2030", "Royaume du Maroc" aside) is not
an actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from ..datafiles import load_attribution, load_orgs, load_orgs_places
from ..orgs.find import OrgReading
from ..textpatterns import SPACE, fold_accents, trie_alternation, word_alternation


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    canonical: str
    is_org: bool
    is_source: bool = False
    """Named as the source of what the sentence reports ("selon l'AMDIE", "d'après le HCP")."""


@cache
def _country_regex() -> tuple[re.Pattern[str], dict[str, str], str]:
    data = load_orgs_places()
    names: dict[str, str] = {}
    for country in data.countries:
        for name in (country.name, *country.aliases):
            for spelling in {name, fold_accents(name)}:  # "Egypte" for "Égypte"
                names[spelling] = country.name
    names.update(dict.fromkeys(data.country_designators, ""))  # "le Royaume"
    # Capitalised as written ("la France", not "france" in a URL), one branch per next letter
    # (a trie: this runs on every document); the word boundaries are checked in code.
    regex = re.compile(rf"(?P<n>{trie_alternation(names)})(?![\w-])(?![ \u00a0][A-Z][a-z])")
    return regex, names, data.default_country


def find_countries(text: str) -> list[Actor]:
    """Countries named in `text` as possible actors; "le Royaume" → the most named country."""
    regex, names, default = _country_regex()
    found: list[tuple[int, int, str | None]] = []
    for m in regex.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        found.append((start, m.end(), names[m.group("n")] or None))
    counts = Counter(name for _, _, name in found if name)
    kingdom = counts.most_common(1)[0][0] if counts else default
    return [Actor(s, e, name or kingdom, False) for s, e, name in found]


@cache
def _roles() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load_attribution()

    def before(words: tuple[str, ...]) -> re.Pattern[str]:
        alt = word_alternation(words)
        return re.compile(rf"(?<!\w){alt}(?:{SPACE}+(?:la|le|les|du|de|des))?{SPACE}*(?:l['’])?$")

    media = frozenset(r.canonical for r in load_orgs().rows if r.kind == "media")
    return before(data.place_prepositions), before(data.source_markers), media


def find_actors(text: str, orgs: list[OrgReading]) -> list[Actor]:
    """Organisations and countries that can own a figure, sorted, organisations winning
    overlaps. Media and wire agencies never do ("(MAP)" in a dateline); a country after "en",
    "au", "dans" is a place; an actor after "selon", "d'après" is the sentence's source."""
    place, source, media = _roles()

    def is_source(start: int) -> bool:
        return bool(source.search(text, max(0, start - 30), start))

    actors = [
        Actor(o.start, o.end, o.canonical, True, is_source(o.start))
        for o in orgs
        if o.canonical not in media
    ]
    for c in find_countries(text):
        if any(a.start < c.end and c.start < a.end for a in actors):
            continue
        if place.search(text, max(0, c.start - 30), c.start):
            continue
        actors.append(replace(c, is_source=is_source(c.start)))
    return sorted(actors, key=lambda a: a.start)
