"""Who and when each figure belongs to: `subject`, `org` and `when` from the parse.

- subject: the counted noun of a count; else the noun the figure measures, found from the
  dependency parse: "70 % des émissions" (the figure's own complement), "un budget de 11
  milliards" (the noun it modifies), "un chiffre d'affaires estimé à un milliard" (through the
  participle), "ajouter 100 milliards à son PIB" (the verb's "à" complement), "le marché devrait
  atteindre 1 500 milliards" (the verb's subject). A figure with no noun of its own takes the
  subject of the figure just before it in the sentence: a conversion in brackets ("11 milliards de
  dirhams (1,2 milliard de dollars)") or an elided noun ("45 000 talents ..., dont 20 000").
- org: the actor (organisation or country, `actors.py`) that is the subject of the governing
  verb, else the nearest one before the figure in its sentence, else after it, else in the two
  sentences before, else the document's main actor.
- when: the date of the sentence nearest to the figure, preferring one just after it.
Figures that overlap a date ("quatre prochaines années") are dates, not counts: dropped here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .actors import Actor, find_actors
from ..datafiles import load_attribution
from ..dates.find import DateReading
from ..orgs.find import OrgReading, main_actor
from ..figures.quantities import QuantityReading
from ..textpatterns import SPACE, word_alternation, word_pattern

if not Doc.has_extension("claimx_attributed"):
    Doc.set_extension("claimx_attributed", default=None)

_VERBAL = ("VERB", "AUX")
_MODIFIER_DEPS = ("amod", "acl", "acl:relcl")
_COMPLEMENT_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_FIGURE_COMPLEMENTS = ("nmod", "obl:arg", "obl:mod")
_DE = ("de", "d'", "d’", "des", "du")
_A = ("à", "au", "aux")
_CLITICS = ("ne", "n'", "n’", "se", "s'", "s’", "en", "y")


@dataclass(frozen=True)
class Attributed:
    """A figure with its attribution and evidence sentence (offsets in the doc text)."""

    reading: QuantityReading
    subject: str | None
    org: str | None
    when: str | None
    sent_start: int
    sent_end: int


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


_MONTHS_SPAN = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")
"""A period of months (a quarter, a half), as the date layer writes it."""


@dataclass(frozen=True)
class _Markers:
    comparison: re.Pattern[str]
    comparison_start: re.Pattern[str]
    not_horizons: frozenset[str]
    frame: re.Pattern[str]
    frame_chars: int


@cache
def _markers() -> _Markers:
    data = load_attribution()

    def ending(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){word_alternation(words)}(?!\w)[^.;!?]*$")

    frames = word_alternation(data.period_frames)
    return _Markers(
        not_horizons=frozenset(_key(w) for w in data.not_horizons),
        comparison=ending(data.comparison_markers),
        comparison_start=re.compile(word_alternation(data.comparison_markers) + r"(?!\w)"),
        frame=re.compile(rf"(?<!\w){frames}{SPACE}*(?:{word_pattern('de')}{SPACE}+)?$"),
        frame_chars=data.period_frame_chars,
    )


@cache
def _lexicon() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    data = load_attribution()
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
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in stop and token.is_alpha


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


def _own_complement(doc: Doc, reading: QuantityReading) -> bool:
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
        for child in head.children:
            if child.i in ids or not _is_noun(child) or child.dep_ not in _COMPLEMENT_DEPS:
                continue
            if _has_case(child, _A):
                return _subject_key(child)  # "ajouter 100 milliards à son PIB"
        return _verb_subject(head, ids)
    return None


def _governing_actor(
    doc: Doc, reading: QuantityReading, actors: list[Actor], speaker: str | None = None
) -> str | None:
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
    for _ in range(3):
        if verb.pos_ not in _VERBAL:
            return None
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.lower_ in ("nous", "je", "j'", "j’"):
                return speaker
            if child.dep_ in (*_SUBJECT_DEPS, "obl:agent"):
                sub = list(child.subtree)
                lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                for actor in actors:
                    if lo <= actor.start and actor.end <= hi:
                        return actor.canonical
        if verb.dep_ in ("xcomp", "ccomp", "conj", "acl", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def _actor_for(
    doc: Doc,
    reading: QuantityReading,
    sent: Span,
    previous_sents: list[Span],
    actors: list[Actor],
    main: str | None,
) -> str | None:
    """The actor of a figure: the subject of its verb, else the nearest actor before it in its
    sentence ("Orange (37,2 %)" included), else after it, else the subject of one of the two
    sentences before, else the document's main actor. Sources ("selon X") come last."""
    in_sent = [a for a in actors if sent.start_char <= a.start < sent.end_char]
    speaker = main_actor([a for a in actors if a.is_org and not a.is_source]) or main
    governing = _governing_actor(doc, reading, in_sent, speaker)
    if governing:
        return governing
    for pool in ([a for a in in_sent if not a.is_source], in_sent):
        before = [a for a in pool if a.end <= reading.start]
        if before:
            return before[-1].canonical
        after = [a for a in pool if a.start >= reading.end]
        if after:
            return after[0].canonical
    for prev in reversed(previous_sents):
        earlier = [a for a in actors if prev.start_char <= a.start < prev.end_char]
        subject = _subject_actor(prev, earlier)
        if subject:
            return subject
    return main


def _subject_actor(sent: Span, actors: list[Actor]) -> str | None:
    """The actor inside the subject of a sentence's main verb ("Le gouvernement ... a alloué")."""
    for child in sent.root.children:
        if child.dep_ in _SUBJECT_DEPS:
            sub = list(child.subtree)
            lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            for actor in actors:
                if lo <= actor.start and actor.end <= hi:
                    return actor.canonical
    return None


def _in_comparison(text: str, date: DateReading) -> int | None:
    """Where the comparison clause holding `date` starts ("contre ... en 2023"), or None."""
    lex = _markers()
    if lex.comparison_start.match(text, date.start):
        return date.start  # the date carries its own marker: "depuis 2022"
    m = lex.comparison.search(text, max(0, date.start - 60), date.start)
    return m.start() if m else None


def _when_for(
    text: str, reading: QuantityReading, sent: Span, dates: list[DateReading], default: str | None
) -> str | None:
    """The date the figure refers to: the nearest date of its sentence (one just after it
    first), leaving out the dates of comparison clauses the figure is not in; else the
    document's period."""
    usable = []
    for d in dates:
        if not (sent.start_char <= d.start < sent.end_char and d.value):
            continue
        if _key(d.text) in _markers().not_horizons:
            continue  # "atteint aujourd'hui 5,4 GW": now, not a horizon
        clause = _in_comparison(text, d)
        if clause is not None and not (clause <= reading.start < d.start):
            continue  # "contre 16,5 MMDH en 2025" dates 16,5 only
        usable.append(d)
    if not usable:
        return default
    after = [d for d in usable if d.start >= reading.end]
    pool = after if after and after[0].start - reading.end < 80 else usable
    best = min(pool, key=lambda d: abs(d.start - reading.end))
    return best.value


def document_period(text: str, dates: list[DateReading]) -> str | None:
    """The period a document reports on, from a frame phrase near its start ("au titre de
    l'exercice 2024", "PLF 2026", "au premier trimestre 2025"), or None."""
    lex = _markers()
    for d in dates:
        if d.start > lex.frame_chars:
            break
        if not d.value or d.granularity not in ("year", "range", "month"):
            continue
        if _MONTHS_SPAN.fullmatch(d.value) or lex.frame.search(text, max(0, d.start - 45), d.start):
            return d.value  # "au premier trimestre 2025" (2025-01/2025-03) frames a report
    return None


def _inherits(text: str, prev: Attributed, reading: QuantityReading) -> bool:
    """Whether a figure restates or continues the one before it: a conversion in brackets or
    after "soit", an elided noun after "dont" ("1 200 plaintes en 2023, dont 300 ...")."""
    _, _, links = _lexicon()
    between = text[prev.reading.end : reading.start].strip().lower()
    return bool(between) and (between in links or between.endswith(tuple(links)))


def _may_share(prev: Attributed, reading: QuantityReading) -> bool:
    """A figure with no noun of its own may be about the previous one's: a share of it ("13,8
    millions de comptes, 27 % sont actifs") or the same kind of figure."""
    return reading.dimension in ("percentage", prev.reading.dimension)


def attribute(doc: Doc) -> None:
    """Fill `doc._.claimx_attributed` from the quantities, dates and orgs found on `doc`."""
    if not doc._.claimx_quantities:
        doc._.claimx_attributed = []
        return
    dates: list[DateReading] = doc._.claimx_dates or []
    orgs: list[OrgReading] = doc._.claimx_orgs or []
    text = doc.text  # built on each access: read it once
    actors = find_actors(text, orgs)
    main = main_actor(actors)
    period = document_period(text, dates)
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    out: list[Attributed] = []
    for reading, counted in doc._.claimx_quantities or []:
        if reading.unit == "count" and any(
            d.start < reading.end and reading.start < d.end for d in dates
        ):
            continue
        k = max(0, bisect_right(sent_starts, reading.start) - 1)
        sentence = sents[k] if sents else doc[:]
        subject = measured_noun(doc, reading, counted)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.subject is not None
            and prev.sent_start == sentence.start_char
            and counted is None
            and not _own_complement(doc, reading)  # "dont 75 000 tonnes de semences"
            and (_inherits(text, prev, reading) or (subject is None and _may_share(prev, reading)))
        ):
            subject = prev.subject
        out.append(
            Attributed(
                reading=reading,
                subject=subject,
                org=_actor_for(doc, reading, sentence, sents[max(0, k - 2) : k], actors, main),
                when=_when_for(text, reading, sentence, dates, period),
                sent_start=sentence.start_char,
                sent_end=sentence.end_char,
            )
        )
    doc._.claimx_attributed = out
