"""Subjects: the noun a figure counts or measures, from the dependency parse.

Reads a parsed sentence and a quantity reading (with its counted noun, from `figures.counts`);
writes the subject lemma, never a unit, a currency, a place, an organisation or a verb form:
- a count's counted noun ("500 ingénieurs");
- the figure's own complement ("70 % des émissions");
- the noun it modifies ("un budget de 11 milliards"), through a participle ("un chiffre
  d'affaires estimé à un milliard"), climbing over vague heads ("un niveau record de");
- the measure a verb names ("coûtera 6,5 milliards": coût; "consacrera 150 Mds DA":
  investissement, `verb_measures` in the data file);
- a verb's "à" complement ("ajouter 100 milliards à son PIB"), or the verb's subject ("le marché
  devrait atteindre 1 500 milliards");
- a figure with no noun of its own continuing the one before it in its sentence: a conversion
  in brackets, an elided noun after "dont".
Word lists are in `data/subjects.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..datafiles import load_subjects
from ..figures.quantities import QuantityReading
from ..figures.units import names_a_unit

_VERBAL = ("VERB", "AUX")
_MODIFIER_DEPS = ("amod", "acl", "acl:relcl")
_COMPLEMENT_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_FIGURE_COMPLEMENTS = ("nmod", "obl:arg", "obl:mod")
_DE = ("de", "d'", "d’", "des", "du")
_A = ("à", "au", "aux")
_CLITICS = ("ne", "n'", "n’", "se", "s'", "s’", "en", "y")


@cache
def _lexicon() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    data = load_subjects()
    compounds = tuple((c.words, c.subject) for c in data.compound_subjects)
    return frozenset(data.not_subjects), compounds, frozenset(data.inherit_links)


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _subject_key(token: Token) -> str:
    """The subject key of a noun: its lemma, or a lexicalised compound ("chiffre d'affaires")."""
    _, compounds, _ = _lexicon()
    ahead = token.doc[token.i : token.i + 5].text.lower().replace("’", "'")
    for words, subject in compounds:
        if ahead.startswith(words):
            return subject
    return token.lemma_.lower()


def _is_noun(token: Token) -> bool:
    stop, _, _ = _lexicon()
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.lemma_.lower() not in stop
        and token.is_alpha
        and not names_a_unit(token.lemma_.lower())
        and not names_a_unit(token.text)
    )


def _has_case(token: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("case", "fixed") and c.lower_ in words for c in token.children)


def _complement_of_figure(inside: list[Token], ids: set[int]) -> str | None:
    """A complement of the figure itself: "70 % des émissions", "45 000 m² de bureaux",
    "11 milliards de dirhams à sa stratégie" (an "à" complement must be a common noun)."""
    for token in inside:
        for child in token.children:
            if child.i in ids or child.dep_ not in _FIGURE_COMPLEMENTS or not _is_noun(child):
                continue
            if _has_case(child, _DE) or (child.pos_ == "NOUN" and _has_case(child, _A)):
                return _subject_key(child)
    return None


def _noun_before(verb: Token) -> Token | None:
    """The noun right before a verb and its auxiliaries, when the parser gave the verb no subject
    ("... et son chiffre d'affaires a atteint 24 milliards": "chiffre" hangs elsewhere)."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].pos_ in ("AUX", "ADV", "PART") or verb.doc[i].lower_ in _CLITICS):
        i -= 1
    if i < 0 or verb.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    token = verb.doc[i]
    while token.dep_ == "nmod" and token.head.i < token.i:
        token = token.head  # "chiffre d'affaires": climb from "affaires" to "chiffre"
    return token if _is_noun(token) else None


def own_complement(doc: Doc, reading: QuantityReading) -> bool:
    """Whether the figure names what it measures itself ("75 000 tonnes de semences")."""
    inside = _tokens_in(doc, reading.number_start, reading.end)
    return _complement_of_figure(inside, {t.i for t in inside}) is not None


def _verb_subject(verb: Token, ids: set[int]) -> str | None:
    """The nominal subject of `verb`, climbing "devrait atteindre" (xcomp) to the finite verb."""
    for _ in range(3):
        for child in verb.children:
            if child.i not in ids and child.dep_ in _SUBJECT_DEPS and _is_noun(child):
                return _subject_key(child)
        if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            before = _noun_before(verb)
            if before is not None and before.i not in ids:
                return _subject_key(before)
        if verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def measured_noun(doc: Doc, reading: QuantityReading, counted: str | None) -> str | None:
    """The lemma of what the figure counts or measures, or None."""
    if counted is not None:
        return counted
    inside = _tokens_in(doc, reading.number_start, reading.end)
    if not inside:
        return None
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])
    own = _complement_of_figure(inside, ids)
    if own:
        return own
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ in ("nmod", "appos", "nummod") and head.pos_ == "NOUN" and not _is_noun(head):
        root, head = head, head.head  # "atteindra un niveau record de 380 milliards": climb
    if root.dep_ in ("nmod", "appos", "nummod") and _is_noun(head):
        return _subject_key(head)  # "un budget de 11 milliards", "un centre de 500 MW"
    if head.pos_ in ("VERB", "ADJ") and head.dep_ in _MODIFIER_DEPS and _is_noun(head.head):
        return _subject_key(head.head)  # "un chiffre d'affaires estimé à un milliard"
    if head.pos_ in _VERBAL:
        measure = load_subjects().verb_measures.get(head.lemma_.lower())
        if measure and root.dep_ in ("obj", "obl", "obl:arg", "obl:mod"):
            return measure  # "la station coûtera 6,5 milliards": a coût
        for child in head.children:
            if child.i in ids or not _is_noun(child) or child.dep_ not in _COMPLEMENT_DEPS:
                continue
            if _has_case(child, _A):
                return _subject_key(child)  # "ajouter 100 milliards à son PIB"
        return _verb_subject(head, ids)
    return None


def inherits(text: str, prev: QuantityReading, reading: QuantityReading) -> bool:
    """Whether a figure restates or continues the one before it: a conversion in brackets or
    after "soit", an elided noun after "dont" ("1 200 plaintes en 2023, dont 300 ...")."""
    _, _, links = _lexicon()
    between = text[prev.end : reading.start].strip().lower()
    return bool(between) and (between in links or between.endswith(tuple(links)))


def may_share(prev: QuantityReading, reading: QuantityReading) -> bool:
    """A figure with no noun of its own may be about the previous one's: a share of it ("13,8
    millions de comptes, 27 % sont actifs") or the same kind of figure."""
    return reading.dimension in ("percentage", prev.dimension)


