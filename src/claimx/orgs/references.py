"""Later mentions of an organisation already named: repeats and bare heads.

Reads the text and the candidates `find_orgs` chose; writes more candidates, each with the
canonical name of the mention it refers to:

- repeats: a name the NER or a company cue found once names the same body wherever else it
  stands in the document, even where the sentence around it gave the NER too little context
  ("Le Medef réclame ..." after "le Mouvement des entreprises de France (Medef)");
- back-references: a bare head after a definite article ("la Cour", "l'Office", "le Conseil",
  "la commission") names the last body named before it with that head ("la Cour des comptes"
  ... "la Cour note"). Without such a body before it, a bare head names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..textpatterns import fold, trie_alternation
from .sources import RANK_NER, Candidate
from .tables import load_places, load_words

Canonical = Callable[[Candidate], str]


def _free(chosen: list[Candidate], start: int, end: int) -> bool:
    return all(end <= c.start or start >= c.end for c in chosen)


def after_not_org_head(text: str, start: int) -> bool:
    """The name at `start` follows a capitalised head of a site, project or event: "l'Usine
    Baoshan", "le Projet Zhenghe" name no company."""
    previous = re.search(r"(\w+)[ \u00a0]+$", text[max(0, start - 30) : start])
    return bool(
        previous
        and previous.group(1).istitle()
        and previous.group(1).lower() in load_words().not_org_heads
    )


def with_repeats(text: str, chosen: list[Candidate], canonical: Canonical) -> list[Candidate]:
    """`chosen` plus every other occurrence of a capitalised name the NER or a company cue
    found (the lexicon and the rules find every occurrence by themselves)."""
    places = load_places()
    names: dict[str, str] = {}
    for cand in chosen:
        surface = text[cand.start : cand.end]
        if (
            (cand.rank == RANK_NER or cand.company)
            and len(surface) > 2
            and surface[0].isupper()
            and not places.places_re.fullmatch(fold(surface))
        ):
            names.setdefault(surface, canonical(cand))
    if not names:
        return chosen
    regex = re.compile(rf"(?<![\w&])(?:{trie_alternation(list(names))})(?![\w&+-])")
    found = list(chosen)
    for m in regex.finditer(text):
        if _free(chosen, m.start(), m.end()) and not after_not_org_head(text, m.start()):
            found.append(Candidate(m.start(), m.end(), RANK_NER, names[m.group()]))
    return sorted(found, key=lambda c: c.start)


@cache
def _bare_head() -> re.Pattern[str]:
    """A definite article, then a head alone: not followed by a complement ("la Cour
    d'appel"), a hyphen or a capitalised word, which would make another name."""
    words = load_words()
    heads = trie_alternation(sorted(words.back_reference_heads))
    lower = trie_alternation(sorted(words.lowercase_back_references))
    return re.compile(
        rf"(?<![\w])(?:[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]et|[Dd]u|[Aa]u)[ \u00a0]*"
        rf"(?P<head>(?=[A-ZÀ-Ý])(?i:{heads})|{lower})"
        r"(?![\w'’-]|[ \u00a0]+(?:de|du|des|d['’]|[A-ZÀ-Ý])\b)"
    )


def _first_word(name: str) -> str:
    words = load_words()
    folded = fold(name).split()
    while folded and folded[0] in words.head_prefixes:
        folded = folded[1:]
    return folded[0] if folded else ""


def with_back_references(
    text: str, chosen: list[Candidate], canonical: Canonical
) -> list[Candidate]:
    """`chosen` plus the bare heads that refer back to a body named before them."""
    heads = load_words().back_reference_heads
    named: list[tuple[int, str, str]] = []  # (start, folded first word, canonical)
    for cand in chosen:
        name = canonical(cand)
        for word in {_first_word(text[cand.start : cand.end]), _first_word(name)}:
            if word in heads:
                named.append((cand.start, word, name))
    if not named:
        return chosen
    found = list(chosen)
    for m in _bare_head().finditer(text):
        start, end = m.span("head")
        head = fold(m.group("head"))
        before = [name for pos, word, name in named if pos < start and word == head]
        if before and _free(chosen, start, end):
            found.append(Candidate(start, end, RANK_NER, before[-1]))
    return sorted(found, key=lambda c: c.start)
