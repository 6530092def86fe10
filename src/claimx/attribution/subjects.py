"""Subjects: the noun a figure counts or measures, from the dependency parse.

Reads a parsed sentence (`Doc`, with `doc._.claimx_orgs`), a quantity reading and its counted
noun (from `figures.counts`); writes the subject key: the lemma of the measured noun, or that
noun with its complement when it says nothing alone ("taux de chômage", "dépense
d'investissement", "masse salariale"). Never a unit, a currency, a scale word, a place, an
organisation, a proper noun or a verb form. In order:
- a count's counted noun ("500 ingénieurs");
- the figure's own complement ("70 % des émissions", "3,3 milliards de dinars
  d'investissements"), except a ratio's denominator ("3 % du PIB");
- the noun it modifies ("un budget de 11 milliards"), climbing over vague heads ("un niveau
  record de", "la barre des"), but not a heading's topic ("Commerce extérieur : 5 milliards");
- a verb's object when the figure is its "à" complement ("porter à 35 % la part", "fixe le
  budget à"), a verb's "à" complement ("consacrer 112 milliards aux dépenses de personnel");
- the noun a participle or a relative clause hangs on ("un déficit ramené à 3 %", "le déficit,
  qui avait atteint 4 %");
- the noun a verb names ("investir 150 milliards" → investissement, "coûtera" → coût);
- the verb's subject ("les exportations ont atteint 157 milliards"), or for a head that only
  counts its complement ("le nombre d'entreprises est passé à 1 800" → entreprise);
- "prix" for a price with no noun ("2 150 FCFA le kilo").
A figure with no noun of its own continuing the one before it (a conversion in brackets, an
elided noun after "dont") takes that one's subject: see `inherits` and `may_share`.
Word lists and verb → noun tables are in `data/subjects.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ..datafiles import load_subjects
from ..figures.quantities import QuantityReading
from ..figures.units import unit_after
from ..docstate import doc_text

_VERBAL = ("VERB", "AUX")
_MODIFIER_DEPS = ("amod", "acl", "acl:relcl")
_COMPLEMENT_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_FIGURE_COMPLEMENTS = ("nmod", "obl:arg", "obl:mod")
_NOUN_LINKS = ("nmod", "appos", "nummod", "obj")
_DE = ("de", "d'", "d’", "des", "du")
_A = ("à", "au", "aux")
_ARTICLES = ("le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs")
_CLITICS = ("ne", "n'", "n’", "se", "s'", "s’", "en", "y")
_NOT_SUBJECT_UNITS = ("angle", "other")


@dataclass(frozen=True)
class _Lexicon:
    stop: frozenset[str]
    compounds: tuple[tuple[str, str], ...]
    links: frozenset[str]
    proper: frozenset[str]
    denominators: frozenset[str]
    vague_de: frozenset[str]
    vague_adj: frozenset[str]
    verb_nouns: dict[str, str]
    price: str
    allocation: frozenset[str]
    count_heads: frozenset[str]
    aliases: dict[str, str]


@cache
def _lexicon() -> _Lexicon:
    data = load_subjects()
    return _Lexicon(
        stop=frozenset(data.not_subjects),
        compounds=tuple((c.words, c.subject) for c in data.compound_subjects),
        links=frozenset(data.inherit_links),
        proper=frozenset(data.proper_subjects),
        denominators=frozenset(data.ratio_denominators),
        vague_de=frozenset(data.vague_heads.with_complement),
        vague_adj=frozenset(data.vague_heads.with_adjective),
        verb_nouns={v: n for n, verbs in data.verb_nouns.items() for v in verbs},
        price=data.price_subject,
        allocation=frozenset(data.allocation_verbs),
        count_heads=frozenset(data.count_heads),
        aliases=dict(data.noun_aliases),
    )


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


@cache
def _unit_word(word: str) -> bool:
    """Whether a word is a unit or currency ("dinars", "tonne", "MDT", "kilo")."""
    m = unit_after(word, 0)
    return m is not None and m.end == len(word) and m.definition.dimension not in _NOT_SUBJECT_UNITS


def _in_org(token: Token) -> bool:
    orgs = getattr(token.doc._, "claimx_orgs", None) or []
    return any(o.start <= token.idx < o.end for o in orgs)


def _is_noun(token: Token) -> bool:
    """A noun that may be a subject: not a unit, a scale or vague word, a place or an org."""
    lex = _lexicon()
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN":
        return lemma in lex.proper or token.lower_ in lex.proper
    if token.pos_ != "NOUN" or not token.is_alpha or lemma in lex.stop:
        return False
    if token.ent_type_ in ("LOC", "PER") or _unit_word(token.text) or _unit_word(lemma):
        return False
    return not _in_org(token)


def _adjective_form(token: Token) -> str:
    """An adjective of a compound subject in the singular ("sociaux" → "social", "fiscales"
    → "fiscale")."""
    text = token.lower_
    if text.endswith("aux"):
        return token.lemma_.lower()
    return text[:-1] if text.endswith("s") and len(text) > 3 else text


def _bare_complement(token: Token) -> Token | None:
    """A "de" complement without article right after a head: "taux de chômage", "dépenses
    d'investissement" (not "taux de 13 %", "part de la santé")."""
    for child in token.children:
        if child.dep_ != "nmod" or child.i <= token.i or child.i > token.i + 3:
            continue
        # The words between: "de", "d'" (which the parser may hang on the head when typographic:
        # "taux d’électrification"), never an article.
        between = [t.lower_ for t in token.doc[token.i + 1 : child.i]]
        if not between or between[0] not in ("de", "d'", "d’") or any(w in _ARTICLES for w in between):
            continue
        if not child.is_alpha:
            continue
        if _is_noun(child):
            return child
    return None


def _subject_key(token: Token) -> str:
    """The subject key of a noun: a lexicalised compound ("chiffre d'affaires"), a vague head
    with its complement ("taux de chômage", "masse salariale"), else its lemma."""
    lex = _lexicon()
    ahead = token.doc[token.i : token.i + 5].text.lower().replace("’", "'")
    for words, subject in lex.compounds:
        if ahead.startswith(words):
            return subject
    lemma = token.lemma_.lower()
    lemma = lex.aliases.get(lemma, lemma)
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    adjective = nxt is not None and nxt.is_alpha and nxt.head == token and nxt.dep_ == "amod"
    if lemma in lex.vague_adj and adjective:
        return f"{lemma} {_adjective_form(nxt)}"
    if lemma in lex.vague_de:
        comp = _bare_complement(token)
        if comp is not None:
            sep = "d'" if comp.lower_[0] in "aeiouhéèêâîôû" else "de "
            return f"{lemma} {sep}{_subject_key(comp)}"
    return lemma


def _has_case(token: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("case", "fixed") and c.lower_ in words for c in token.children)


def _complement_of_figure(inside: list[Token], ids: set[int], to: bool = True) -> str | None:
    """A complement of the figure itself: "70 % des émissions", "45 000 m² de bureaux",
    "11 milliards de dirhams à sa stratégie" (an "à" complement must be a common noun).
    A ratio's denominator ("3 % du PIB") is not what the figure measures."""
    lex = _lexicon()
    for token in inside:
        for child in token.children:
            if child.i in ids or child.dep_ not in _FIGURE_COMPLEMENTS or not _is_noun(child):
                continue
            if child.lemma_.lower() in lex.denominators:
                continue
            if _has_case(child, _DE) or (to and child.pos_ == "NOUN" and _has_case(child, _A)):
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


def _counted_of(token: Token) -> Token | None:
    """The "de" complement of a head that only counts ("le nombre d'entreprises")."""
    if token.lemma_.lower() not in _lexicon().count_heads:
        return None
    for child in token.children:
        if child.dep_ == "nmod" and child.i > token.i and _has_case(child, _DE) and _is_noun(child):
            return child
    return None


def _verb_subject(verb: Token, ids: set[int]) -> str | None:
    """The nominal subject of `verb`, climbing "devrait atteindre" (xcomp) to the finite verb;
    a relative pronoun stands for the noun its clause hangs on ("le déficit, qui a atteint")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        for child in subjects:
            counted = _counted_of(child)  # "le nombre d'entreprises est passé à 1 800"
            if counted is not None:
                return _subject_key(counted)
            if child.i not in ids and _is_noun(child):
                return _subject_key(child)
        if verb.dep_ == "acl:relcl" and any(c.pos_ == "PRON" for c in subjects):
            if _is_noun(verb.head) and verb.head.i not in ids:
                return _subject_key(verb.head)
        if not subjects:
            before = _noun_before(verb)
            if before is not None and before.i not in ids:
                return _subject_key(before)
        if verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def _verb_noun(verb: Token) -> str | None:
    """The noun a verb names ("investir" → investissement), through "va investir"."""
    table = _lexicon().verb_nouns
    return table.get(verb.lemma_.lower()) or table.get(verb.lower_)


def _to_complement(verb: Token, ids: set[int]) -> str | None:
    """The verb's "à" complement: "consacrer 112 milliards aux dépenses de personnel"."""
    for child in verb.children:
        if child.i in ids or not _is_noun(child) or child.dep_ not in _COMPLEMENT_DEPS:
            continue
        if child.pos_ == "NOUN" and _has_case(child, _A):
            return _subject_key(child)
    return None


def _named_by_verb(verb: Token, ids: set[int]) -> str | None:
    """The noun a verb names, or for a verb of allocation its "à" complement first."""
    named = _verb_noun(verb)
    if named is None:
        return None
    if verb.lemma_.lower() in _lexicon().allocation:
        return _to_complement(verb, ids) or named
    return named


def _from_verb(verb: Token, figure: Token, ids: set[int]) -> str | None:
    """What a figure governed by a verb measures."""
    if figure.dep_ in _COMPLEMENT_DEPS and _has_case(figure, _A):
        for child in verb.children:  # "porter à 35 % la part", "fixe le budget à"
            if child.i not in ids and child.dep_ == "obj" and _is_noun(child):
                return _subject_key(child)
    named = _named_by_verb(verb, ids)
    if named is not None:
        return named
    complement = _to_complement(verb, ids)  # "ajouter 100 milliards à son PIB"
    if complement is not None:
        return complement
    if verb.dep_ in _MODIFIER_DEPS and _is_noun(verb.head) and verb.head.i not in ids:
        return _subject_key(_top_of_chain(verb.head))  # "un chiffre d'affaires estimé à"
    return _verb_subject(verb, ids)


def _verb_just_before(inside: list[Token]) -> Token | None:
    """A verb that names a measure right before the figure, whatever the parser made of it
    ("la station coûtera 6,5 milliards", "Sonelgaz mobilise 150 Mds DA")."""
    doc, i = inside[0].doc, inside[0].i - 1
    while i >= 0 and i >= inside[0].i - 3 and doc[i].pos_ in ("ADV", "ADP", "DET"):
        i -= 1
    if i >= 0 and doc[i].pos_ != "NOUN" and _verb_noun(doc[i]) is not None:
        return doc[i]
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _top_of_chain(noun: Token) -> Token:
    """The first noun of a "de" chain: "la part des renouvelables" → "part"."""
    while noun.dep_ == "nmod" and noun.head.i < noun.i and _has_case(noun, _DE):
        if not _is_noun(noun.head):
            break
        noun = noun.head
    return noun


def _from_parse(doc: Doc, reading: QuantityReading) -> str | None:
    inside = _tokens_in(doc, reading.number_start, reading.end)
    if not inside:
        return None
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    linked = [t for t in tops if t.dep_ not in ("dep", "det", "case", "cc", "punct", "conj")]
    root = linked[0] if linked else min(inside, key=_depth)
    verb = _verb_just_before(inside)  # "vendu 4 120 GWh aux ménages": not "ménage"
    own = _complement_of_figure(inside, ids, to=verb is None)
    if own:
        return own
    head = root.head
    if head.i == root.i:
        return None
    if verb is not None:
        return _named_by_verb(verb, ids)
    for _ in range(2):  # "atteindra un niveau record de", "franchi la barre des": climb
        if root.dep_ in _NOUN_LINKS and head.pos_ == "NOUN" and not _is_noun(head):
            root, head = head, head.head
    if root.dep_ in ("nmod", "appos", "nummod") and _is_noun(head):
        between = doc[min(head.i, root.i) : max(head.i, root.i)]
        if any(t.text == ":" for t in between):
            return None  # "Commerce extérieur : 5,1 milliards": a heading's topic
        return _subject_key(head)  # "un budget de 11 milliards", "un centre de 500 MW"
    if head.pos_ == "ADJ" and head.dep_ in _MODIFIER_DEPS and _is_noun(head.head):
        return _subject_key(head.head)
    if head.pos_ in _VERBAL or head.pos_ == "ADJ" or root.dep_ in ("obj", "obl:arg"):
        return _from_verb(head, root, ids)
    return None


def measured_noun(doc: Doc, reading: QuantityReading, counted: str | None) -> str | None:
    """The lemma of what the figure counts or measures, or None."""
    lex = _lexicon()
    if counted is not None and counted not in lex.stop and not _unit_word(counted):
        # "Trois appels d'offres": the counted noun starts a compound kept whole.
        text = doc_text(doc)
        word = text.rfind(" ", reading.start, reading.end) + 1 or reading.start
        ahead = text[word : reading.end + 40].lower().replace("’", "'")
        return next((subject for words, subject in lex.compounds if ahead.startswith(words)), counted)
    subject = _from_parse(doc, reading)
    if re.fullmatch(r"[A-Z]{3}/.+", reading.unit):  # a price: "XOF/kg"
        if subject is None or subject in lex.verb_nouns.values():
            return lex.price  # "2 150 FCFA le kilo"
    return subject


def inherits(text: str, prev: QuantityReading, reading: QuantityReading) -> bool:
    """Whether a figure restates or continues the one before it: a conversion in brackets or
    after "soit", an elided noun after "dont" ("1 200 plaintes en 2023, dont 300 ...")."""
    links = _lexicon().links
    between = text[prev.end : reading.start].strip().lower()
    return bool(between) and (between in links or between.endswith(tuple(links)))


def may_share(prev: QuantityReading, reading: QuantityReading) -> bool:
    """A figure with no noun of its own may be about the previous one's: a share of it ("13,8
    millions de comptes, 27 % sont actifs") or the same kind of figure."""
    return reading.dimension in ("percentage", prev.dimension)
