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
from dataclasses import dataclass
from functools import cache

from .datafiles import load_yaml
from .orgs import OrgReading
from .textpatterns import alternation, word_pattern


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    canonical: str
    is_org: bool


@cache
def _country_regex() -> tuple[re.Pattern[str], dict[str, str], str]:
    data = load_yaml("orgs_places.yaml")
    names: dict[str, str] = {}
    for country in data["countries"]:
        for name in (country["name"], *country.get("aliases", [])):
            names[name.lower()] = country["name"]
    pattern = alternation([word_pattern(n) for n in names] + [word_pattern("Royaume")])
    # Capitalised only: "la France", not "france" inside a URL; not glued to a name on either side.
    regex = re.compile(rf"(?<![\w-])(?P<n>{pattern})(?![\w-])(?![ \u00a0][A-Z][a-z])")
    return regex, names, str(data["default_country"])


def find_countries(text: str) -> list[Actor]:
    """Countries named in `text` as possible actors; "le Royaume" → the most named country."""
    regex, names, default = _country_regex()
    found: list[tuple[int, int, str | None]] = []
    for m in regex.finditer(text):
        surface = m.group("n")
        if not surface[:1].isupper():
            continue
        key = surface.lower()
        found.append((m.start(), m.end(), names.get(key)))
    counts = Counter(name for _, _, name in found if name)
    kingdom = counts.most_common(1)[0][0] if counts else default
    return [Actor(s, e, name or kingdom, False) for s, e, name in found]


def find_actors(text: str, orgs: list[OrgReading]) -> list[Actor]:
    """Organisations and countries of a text, sorted, organisations winning overlaps."""
    actors = [Actor(o.start, o.end, o.canonical, True) for o in orgs]
    for c in find_countries(text):
        if not any(a.start < c.end and c.start < a.end for a in actors):
            actors.append(c)
    return sorted(actors, key=lambda a: a.start)
