"""Actors: the party each figure belongs to (`org`), and where it was found.

Reads the organisations found by `orgs`, the countries the text names, the parse of the figure's
sentence and the document; writes the actor's canonical name and its source: `sentence` (named
in the figure's sentence), `context` (the sentences before it) or `document` (the article's main
party). The conventions are those of ../shared/GOLD_FORMAT.md:
- a state's figures take the country, even when a ministry, the government, the presidency or a
  statistics office announces them: those bodies stand for their state (the hierarchy of
  `data/actors.yaml`; "le pays", "le royaume", "l'État" stand for the document's country);
- a company, a public company, an agency or an international body keeps its own name;
- sources ("selon l'AMICA", "d'après Fitch") and media are never actors, except a state body
  quoted as a source ("selon le HCP"): national statistics are the state's figures; a lender or
  partner named after the figure ("apportés par un consortium mené par la BAD") is not its owner;
- a country after "en", "au", "dans" is a place, not a party.
The document's country comes from the countries, demonyms, cities, currencies and institutions it
names (`document_country`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..datafiles import load_actors, load_orgs, load_orgs_places
from ..figures.quantities import QuantityReading
from ..records import ActorSource
from ..orgs.find import LEAD_CHARS, OrgReading
from ..textpatterns import (
    SPACE,
    fold_accents,
    fold_key,
    longest_first,
    trie_alternation,
    word_alternation,
    word_search,
)
from .subjects import _SUBJECT_DEPS, _VERBAL, _tokens_in



@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    canonical: str
    is_org: bool
    is_source: bool = False
    """Named as the source of what the sentence reports ("selon l'AMDIE", "d'après le HCP")."""
    parent: str | None = None
    """The party above it: the home country of a company or agency (STEG -> Tunisie)."""
    indirect: bool = False
    """A state word standing for the state ("le pays", "le plan national")."""
    metonym: bool = False
    """A country named by its adjective ("le secteur marocain") or its capital ("Rabat lance"):
    an actor only as the subject of the figure's verb, never by nearness."""
    lender: bool = False
    """Named as a lender or co-financer ("cofinancé par l'AMDIE", "apportés par la BAD")."""


@dataclass(frozen=True)
class _Data:
    countries: re.Pattern[str]
    country_names: dict[str, str]
    demonyms: re.Pattern[str]
    demonym_country: dict[str, str]
    capitals: re.Pattern[str]
    capital_country: dict[str, str]
    state_kinds: frozenset[str]
    state_heads: re.Pattern[str]
    state_words: re.Pattern[str]
    lexicon: dict[str, tuple[str, str]]
    """Folded canonical name -> (kind, home country name or "")."""
    media: frozenset[str]
    place: re.Pattern[str]
    source: re.Pattern[str]
    agent: re.Pattern[str]
    lender: re.Pattern[str]
    national: re.Pattern[str]
    lender_verbs: frozenset[str]
    commentators: frozenset[str]
    """Folded canonical names of the bodies that comment more than they own."""


def _ending(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words that end the text just before an actor ("selon l'", "apportés par la")."""
    return re.compile(
        rf"(?<!\w)(?:{word_alternation(words)})"
        rf"(?:{SPACE}+(?:la|le|les|du|de|des|un|une))?{SPACE}*(?:l['’])?$"
    )


@cache
def _data() -> _Data:
    places = load_orgs_places()
    data = load_actors()
    names: dict[str, str] = {}
    for country in places.countries:
        for name in (country.name, *country.aliases):
            for spelling in {name, fold_accents(name)}:  # "Egypte" for "Égypte"
                names[spelling] = country.name
    names["Royaume"] = ""
    demonyms = {fold_key(d): c.name for c in places.countries for d in c.demonyms}
    capitals = {fold_key(c): country.name for country in places.countries for c in country.capitals}
    lexicon = {
        fold_key(r.canonical): (r.kind, data.country_codes.get(r.country, ""))
        for r in load_orgs().rows
    }
    return _Data(
        # Capitalised as written ("la France", not "france" in a URL); the word boundaries are
        # checked in code.
        countries=re.compile(rf"(?P<n>{trie_alternation(names)})(?![\w-])(?![ \u00a0][A-Z][a-z])"),
        country_names=names,
        demonyms=word_search(demonyms, re.IGNORECASE),
        demonym_country=demonyms,
        # Capitalised as written: "Tunis", not "tunis" in an address.
        # Not a dateline ("Yaoundé, 2 juin 2025 –", "TUNIS –").
        capitals=re.compile(
            rf"(?<![\w-])(?:{trie_alternation([c for k in places.countries for c in k.capitals])})"
            r"(?![\w-])(?!\s*[,–—(-])"
        ),
        capital_country=capitals,
        state_kinds=frozenset(data.state_kinds),
        state_heads=re.compile(
            r"^(?:" + "|".join(re.escape(fold_key(h)) for h in longest_first(data.state_heads)) + r")\b"
        ),
        state_words=word_search(data.state_words, re.IGNORECASE),
        lexicon=lexicon,
        media=frozenset(k for k, (kind, _) in lexicon.items() if kind == "media"),
        place=_ending(data.place_prepositions),
        source=_ending(data.source_markers),
        agent=_ending(data.agent_markers),
        lender=_ending(data.lender_markers),
        national=word_search(data.national_measures, re.IGNORECASE),
        lender_verbs=frozenset(data.lender_verbs),
        commentators=frozenset(k for k, (kind, _) in lexicon.items() if kind in data.commentator_kinds),
    )


def find_countries(text: str) -> list[Actor]:
    """Countries named in `text` as possible actors; "le Royaume" -> the most named country."""
    data = _data()
    found: list[tuple[int, int, str | None]] = []
    for m in data.countries.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        found.append((start, m.end(), data.country_names[m.group("n")] or None))
    counts = Counter(name for _, _, name in found if name)
    kingdom = counts.most_common(1)[0][0] if counts else None
    return [Actor(s, e, name or kingdom, False) for s, e, name in found if name or kingdom]


def _state_of(canonical: str, surface: str, country: str | None) -> str | None:
    """The country a body stands for when it is an organ of a state, else None: the country its
    mention names ("le gouvernement sénégalais"), else the document's; "" (a state the document
    does not name) when neither tells, whatever country the lexicon or the org layer's default
    gives a bare "l'État" or "le Trésor"."""
    data = _data()
    key = fold_key(canonical)
    kind, _home = data.lexicon.get(key, ("", ""))
    if kind in data.state_kinds or data.state_heads.match(key):
        named = [c.canonical for c in find_countries(surface)]
        return named[0] if named else (country or "")
    return None


def _source_of(actor: Actor | None) -> bool:
    return actor is not None and actor.is_source


def _lender_of(actor: Actor | None) -> bool:
    return actor is not None and actor.lender


def _apostrophes(name: str) -> str:
    """One apostrophe for names taken as written ("Banque de l’habitat" = "Banque de l'habitat")."""
    return name.replace("’", "'")


def _parent_of(canonical: str, country: str | None) -> str | None:
    """The home country of a national body or company (lexicon row, else the document's)."""
    data = _data()
    kind, home = data.lexicon.get(fold_key(canonical), ("", ""))
    if kind in ("international", "media"):
        return None
    return home or country


def find_actors(text: str, orgs: list[OrgReading], country: str | None) -> list[Actor]:
    """Organisations and countries that can own a figure, sorted, organisations winning overlaps;
    bodies of a state stand for their country (see the module docstring)."""
    data = _data()

    def is_source(start: int) -> bool:
        return bool(data.source.search(text, max(0, start - 30), start))

    def is_lender(start: int) -> bool:
        return bool(data.lender.search(text, max(0, start - 40), start))

    def bracketed_after(start: int) -> Actor | None:
        """The actor whose name a bracketed acronym follows ("... du patronat citoyen (CAPC)")."""
        if actors and text[actors[-1].end : start].strip() == "(":
            return actors[-1]
        return None

    actors = []
    for o in orgs:
        if fold_key(o.canonical) in data.media:
            continue
        state = _state_of(o.canonical, o.text, country)
        parent = None if state is not None else _parent_of(o.canonical, country)
        actors.append(
            # A state body quoted as a source ("selon le HCP", "selon le gouvernement") stands
            # for the state, whose national figures they are: kept as the actor. A body of a
            # state the document does not name stands for that unnamed state (canonical "").
            Actor(
                o.start,
                o.end,
                _apostrophes(o.canonical) if state is None else state,
                state is None,
                state is None and (is_source(o.start) or _source_of(bracketed_after(o.start))),
                parent,
                lender=is_lender(o.start) or _lender_of(bracketed_after(o.start)),
            )
        )
    for c in find_countries(text):
        if any(a.start < c.end and c.start < a.end for a in actors):
            continue
        if data.place.search(text, max(0, c.start - 30), c.start):
            continue
        actors.append(replace(c, is_source=is_source(c.start)))
    for m in data.state_words.finditer(text):
        if not any(a.start < m.end() and m.start() < a.end for a in actors):
            actors.append(
                Actor(m.start(), m.end(), country or "", False, is_source(m.start()), indirect=True)
            )
    for regex, table in ((data.demonyms, data.demonym_country), (data.capitals, data.capital_country)):
        for m in regex.finditer(text):
            if not any(a.start < m.end() and m.start() < a.end for a in actors):
                name = table.get(fold_key(m.group()))
                if name:
                    actors.append(Actor(m.start(), m.end(), name, False, metonym=True))
    return sorted(actors, key=lambda a: a.start)


def main_actor(actors: list[Actor], country: str | None, title_end: int = 0) -> Actor | None:
    """The party a document is mostly about: the most mentioned actor that is not a source, the
    title (up to `title_end`) and the lead counting more (`data/actors.yaml`), international
    bodies (commentators more than owners) and state words ("le pays") half, ties going to the first mentioned; else its
    country."""
    commentators, weights = _data().commentators, load_actors()
    weight: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for a in actors:
        if a.is_source or a.metonym:
            continue
        scale = weights.commentator_weight if fold_key(a.canonical) in commentators else 1.0
        if a.indirect:
            scale *= weights.state_word_weight
        if a.lender:
            scale *= weights.lender_weight
        place = (
            weights.title_weight
            if a.start < title_end
            else weights.lead_weight if a.start < LEAD_CHARS else 1.0
        )
        weight[a.canonical] += place * scale  # type: ignore[assignment]
        first.setdefault(a.canonical, a)
    if not weight:
        return Actor(0, 0, country, False) if country else None
    return first[max(weight, key=lambda name: (weight[name], -first[name].start))]


def _governing_actor(
    doc: Doc, reading: QuantityReading, actors: list[Actor], speaker: Actor | None = None
) -> Actor | None:
    """The actor inside the subject of the figure's verb; a first-person subject ("Nous
    investirons 12 milliards") is the `speaker`, the document's main organisation."""
    inside = _tokens_in(doc, reading.number_start, reading.end)
    if not inside:
        return None
    verb: Token = inside[0]
    for _ in range(8):
        if verb.pos_ in _VERBAL or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(4):
        if verb.pos_ not in _VERBAL and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.lower_ in ("nous", "je", "j'", "j’"):
                return speaker
            if child.dep_ in _SUBJECT_DEPS or (
                child.dep_ == "obl:agent" and verb.lemma_ not in _data().lender_verbs
            ):  # "dévoilé par le ministère" is the ministry's; "cofinancé par l'AMDIE" is not
                found = _in_phrase(child, actors)
                if found:
                    return found
        if verb.dep_ in ("xcomp", "ccomp", "conj", "acl", "advcl", "dep", "parataxis") and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "acl:relcl" and verb.head.head.pos_ in _VERBAL:
            verb = verb.head.head  # "... a décidé un centre qui emploiera 500 ingénieurs"
        else:
            break
    return None


def actor_for(
    doc: Doc,
    text: str,
    reading: QuantityReading,
    sent: Span,
    previous_sents: list[Span],
    actors: list[Actor],
    main: Actor | None,
    figure_starts: tuple[int, ...] = (),
    country: str | None = None,
) -> tuple[Actor | None, ActorSource | None]:
    """The actor of a figure and where it was found: the subject of its verb, else the nearest
    actor before it in its sentence ("Orange (37,2 %)" included), else one after it that is not
    a lender or partner ("par ...", "avec ...") or named after one, nor a state word ("s'inscrit
    dans le plan national"), else the document's `country` when the sentence states a national
    aggregate ("la part des renouvelables dans le mix électrique"), else the subject of one of
    the two sentences before, else the document's main actor. Sources ("selon X") are never
    taken. `figure_starts`: where the other figures of the document start (an enumeration gives
    each party its figures)."""
    in_sent = [a for a in actors if sent.start_char <= a.start < sent.end_char and not a.is_source]
    governing = _governing_actor(doc, reading, in_sent, main)
    in_sent = [a for a in in_sent if not a.metonym]
    before = [a for a in in_sent if a.end <= reading.start]
    if governing:
        # An enumeration "la BAD, avec 120 M$, et la Banque mondiale, avec 125 M$": the verb's
        # subject owns the first figure, each later party the figures that follow its name.
        nearest = before[-1] if before else None
        if (
            nearest is not None
            and nearest.start >= governing.end
            and nearest.canonical != governing.canonical
            and any(governing.end <= f < nearest.start for f in figure_starts)
        ):
            return nearest, "sentence"
        return governing, "sentence"
    if before:
        return before[-1], "sentence"
    agent = _data().agent
    for a in (a for a in in_sent if a.start >= reading.end and not a.indirect):
        if agent.search(text, max(reading.end, a.start - 40), a.start):
            break  # a lender or partner, and the ones named with it ("avec la BEI (BEI) et la BAD")
        return a, "sentence"
    if country and _data().national.search(sent.text):
        return Actor(reading.start, reading.start, country, False), "document"
    for prev in reversed(previous_sents):
        earlier = [a for a in actors if prev.start_char <= a.start < prev.end_char and not a.is_source]
        subject = _subject_actor(prev, earlier)
        if subject:
            return subject, "context"
    return main, ("document" if main else None)


def _subject_actor(sent: Span, actors: list[Actor]) -> Actor | None:
    """The actor inside the subject of a sentence's main verb ("Le gouvernement ... a alloué"),
    unless that verb lends ("La BAD apporte un prêt de 120 M$": the BAD does not own what the
    next sentences count)."""
    if sent.root.lemma_ in _data().lender_verbs:
        return None
    for child in sent.root.children:
        if child.dep_ in _SUBJECT_DEPS:
            found = _in_phrase(child, actors)
            if found:
                return found
    return None


def _in_phrase(head: Token, actors: list[Actor]) -> Actor | None:
    """The actor a noun phrase names: the one at its head ("La société française Onepoint, en
    partenariat avec les autorités marocaines" is Onepoint's) — an organisation coordinated with a
    state at the head winning —, else its first organisation, else its first actor."""
    sub = list(head.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    inside = [a for a in actors if lo <= a.start and a.end <= hi]
    if not inside:
        return None
    at_head = [a for a in inside if a.start <= head.idx < a.end]
    if at_head and not at_head[0].is_org:
        # "Le gouvernement camerounais et l'EDC ont signé ...": a state and an organisation
        # together; the organisation carries out what they sign, and owns its figures.
        for conj in (c for c in head.children if c.dep_ == "conj"):
            found = [a for a in inside if a.is_org and a.start <= conj.idx < a.end]
            if found:
                return found[0]
    if at_head:
        return at_head[0]
    near = [a for a in inside if a.is_org and a.start <= head.idx + 60]
    return near[0] if near else inside[0]




def names_a_party(subject: str, actors: list[Actor], text: str) -> bool:
    """Whether a subject lemma names a party rather than what a figure measures: a party noun
    ("groupe", "opérateur") or a word of an actor named in the document ("sonelgaz", "ghana")."""
    key = fold_key(subject)
    if key in {fold_key(w) for w in load_actors().party_nouns}:
        return True
    for a in actors:
        words = set(fold_key(text[a.start : a.end]).split()) | set(fold_key(a.canonical).split())
        if key in words and len(key) > 3:
            return True
    return False
