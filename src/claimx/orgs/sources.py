"""The sources of organisation candidates: lexicon, generic patterns, institution names, NER.

Reads a parsed spaCy `Doc` (through `Document`, computed once) and the tables; writes
`Candidate`s with their source rank, and a canonical name when the source knows it:

1. the lexicon of Moroccan, francophone-African and international bodies (acronyms and names);
2. generic patterns ("le gouvernement marocain", "l'administration Trump", "le groupe X");
3. institution names read on from a head noun ("ministère de ...", "Office National des ...");
4. the NER's ORG and MISC spans, cleaned (determiners, punctuation) and judged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..docstate import doc_text
from ..textpatterns import fold, fold_accents, lower_folded
from .judge import ACRONYM_AFTER, clean, is_acronym, is_not_org, looks_like_org
from .tables import Country, load_lexicon, load_patterns, load_places, load_words

# Rank of each source when two candidates of the same length overlap.
RANK_NER, RANK_RULE, RANK_LEXICON, RANK_DEFINED = 1, 2, 3, 4


_SPLIT = re.compile(r"[ \t\u00a0\u202f]*\n\s*|[ \t\u00a0\u202f]{2,}")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rank: int
    canonical: str | None = None
    company: bool = False
    """Found by a company cue: its first word alone names it later in the document."""


@dataclass(frozen=True)
class Document:
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
    def read(cls, doc: Doc) -> Document:
        text = doc_text(doc)
        accents = fold_accents(text)
        return cls(doc, text, accents, lower_folded(accents), tuple(doc.ents))


def main_country(document: Document) -> Country:
    """The country a document names most (names and demonyms), else the default one."""
    places = load_places()
    # Matches come from the folded copies already: lower-casing is all `fold` has left to do.
    found = [m.group().lower() for m in places.names_re.finditer(document.accents)]
    found += [m.group() for m in places.demonyms_re.finditer(document.lower)]
    counts = Counter(places.by_name[f].name for f in found if f in places.by_name)
    if not counts:
        return places.default
    return places.by_name[fold(counts.most_common(1)[0][0])]


def lexicon_candidates(accents: str, lower: str) -> list[Candidate]:
    """The lexicon's bodies in a text, from its `fold_accents` and `fold` copies."""
    lexicon = load_lexicon()
    found = []
    for regex, searched in ((lexicon.exact_re, accents), (lexicon.loose_re, lower)):
        if regex is None:
            continue
        for m in regex.finditer(searched):
            start, end = m.span()
            canonical = lexicon.folded_canonical(accents[start:end], lower[start:end])
            found.append(Candidate(start, end, RANK_LEXICON, canonical))
    return found


def known_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the lexicon's bodies and of places (countries, their demonyms,
    cities, regions) in `text`: the names the NER is not needed for."""
    places = load_places()
    accents = fold_accents(text)
    lower = lower_folded(accents)
    spans = [(c.start, c.end) for c in lexicon_candidates(accents, lower)]
    spans += [m.span() for m in places.places_re.finditer(lower)]
    return spans


def pattern_candidates(
    text: str, main: Callable[[], Country], person_words: frozenset[str]
) -> list[Candidate]:
    """Candidates of the generic patterns; `main` gives the document's country, computed
    only when a pattern needs it ("le gouvernement" with no country named)."""
    places, words = load_places(), load_words()
    found = []
    for pattern in load_patterns():
        for m in pattern.search.finditer(text):
            group = "org" if "org" in pattern.search.regex.groupindex else 0
            start, end = m.span(group)
            surface = text[start:end]
            if not pattern.after_title and words.title_before.search(
                text[max(0, start - 40) : start]
            ):
                continue
            if pattern.judge and is_not_org(surface, person_words, pattern.company):
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
            found.append(Candidate(start, end, RANK_RULE, canonical, pattern.company))
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


def institution_candidates(doc: Doc) -> list[Candidate]:
    """Institution names read on from a head noun: "ministère de la Transition numérique ..."."""
    words = load_words()
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
            found.append(Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), RANK_RULE))
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
        and is_acronym(doc[j + 1].text)
        and doc[j + 2].text == ")"
    ):
        return j
    return end


def _lower_coordination(span: Span) -> int:
    """Token count of an institution name proposed by the NER, cut before an "et" that goes on
    with a lower-case noun: "École ... des télécommunications et des partenaires privés". Not
    called on a name its acronym follows, which is whole ("... des transports et de la
    logistique (SNTL)")."""
    words = load_words()
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
    words = load_words()
    demonyms = load_places().demonyms  # "Union générale tunisienne du travail"
    capitalised = False
    end = i
    while end < len(doc) and end - i < 20:
        j = end
        if doc[j].lower_ in words.coordinators and _joined(doc, j) and _joined(doc, j + 1):
            j += 1
        coordinated = j > end
        # adjectives: "National", "nationale", "Économique, Social et Environnemental"
        after_place = end > i and load_places().places_re.fullmatch(fold(doc[end - 1].text))
        if (
            _joined(doc, j)
            and (doc[j].pos_ == "ADJ" or (doc[j].is_lower and fold(doc[j].text) in demonyms))
            and doc[j].is_alpha
            and not after_place
            and not _is_verb(doc, j)
            and not _disagrees(doc, end, j)
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
        article = ""
        if j < len(doc) and doc[j].lower_ in words.articles and _joined(doc, j):
            article = doc[j].lower_
            j += 1
        if j >= len(doc) or not _joined(doc, j) or not doc[j].is_alpha:
            break
        word = doc[j]
        if word.is_upper and len(word) > 1:
            break  # "Conseil d'administration de l'ONCF": the acronym is its own mention
        upper = _is_capitalised(word)
        # after "et", only a capitalised word goes on ("des télécommunications et des
        # partenaires"), or one more singular complement: "de l'électricité et du gaz", "du
        # cacao et du café", "de la concurrence, de la consommation et de la répression"
        singular = connector == "du" or (connector != "des" and article not in ("", "les"))
        lower_ok = (
            (proper_head or capitalised)
            and (not coordinated or singular)
            and connector in words.lowercase_connectors
            and word.pos_ in ("NOUN", "PROPN")
            and word.lower_ not in words.stop_words
        )
        if not (upper or lower_ok):
            break
        capitalised |= upper
        end = j + 1
    return end, capitalised


def _disagrees(doc: Doc, end: int, j: int) -> bool:
    """A lower-case word tagged adjective that does not agree in number with the noun before
    it is a verb: "la Cour des comptes relève", "la Chambre des représentants adopte"."""
    noun, word = doc[end - 1], doc[j]
    if j != end or noun.pos_ != "NOUN" or not word.is_lower:
        return False
    number, other = noun.morph.get("Number"), word.morph.get("Number")
    return bool(number and other and number != other)


def _is_verb(doc: Doc, i: int) -> bool:
    """A lower-case word tagged adjective but followed by its object is a verb: "la Banque
    centrale prête ses ressources"."""
    return (
        doc[i].is_lower
        and i + 1 < len(doc)
        and _joined(doc, i + 1)
        and doc[i + 1].lower_ in load_words().verb_objects
    )


def ner_candidates(document: Document, person_words: frozenset[str]) -> list[Candidate]:
    doc, text = document.doc, document.text
    found = []
    for ent in document.ents:
        if ent.label_ not in ("ORG", "MISC"):
            continue
        offset = ent.start_char
        for piece in _SPLIT.split(ent.text):
            piece_start = text.index(piece, offset) if piece else offset
            offset = piece_start + len(piece)
            start, end = clean(text, piece_start, piece_start + len(piece))
            if end <= start:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            surface = text[start:end]
            if span is None or is_not_org(surface, person_words):
                continue
            if (
                span[0].lower_ in load_words().heads
                and not ACRONYM_AFTER.match(text, end)
                and (cut := _lower_coordination(span)) > 1
            ):
                span = span[:cut]
                end = span.end_char
                surface = text[start:end]
            if span[0].lower_ in load_words().heads and len(span) > 1:
                # a name read on from its head ends where the institution reader ends it: "la
                # Chambre des représentants adopte le texte" names "Chambre des représentants"
                name_end, _ = _read_name(doc, span[0].i + 1, True)
                if (
                    span.start + 1 == name_end
                    and span[1].is_lower
                    and (len(span) == 2 or span[1].pos_ in ("VERB", "AUX"))
                ):
                    continue  # "la Cour juge", "la Banque versera": a bare head, then a verb
                if span.start + 1 < name_end < span.end:
                    span = doc[span.start : name_end]
                    end = span.end_char
                    surface = text[start:end]
            if len(span) == 1 and span[0].lower_ in load_words().heads:
                continue  # a bare head ("l'Union") names no body by itself
            if load_lexicon().canonical(surface) or looks_like_org(span, ent.label_):
                found.append(Candidate(start, end, RANK_NER))
    return found


def person_words(ents: Sequence[Span]) -> frozenset[str]:
    return frozenset(fold(t.text) for e in ents if e.label_ == "PER" for t in e if t.is_alpha)
