"""Who and when each figure belongs to: `subject`, `org` and `when` from the parse.

- subject: the counted noun of a count; otherwise the noun the figure measures, found by
  climbing the dependency tree from the figure ("un budget de 11 milliards" → budget; "ajouter
  100 milliards à son PIB" → pib; "le chiffre d'affaires atteint 1 milliard" → chiffre d'affaires).
- org: an organisation in the same sentence (the subject of the governing verb first, then the
  nearest one before the figure), else the document's main actor.
- when: the date of the same sentence nearest to the figure, preferring one after it in the
  same clause ("500 ingénieurs d'ici 2029").
Figures that overlap a date ("quatre prochaines années") are dates, not counts: dropped here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .datafiles import load_yaml
from .dates import DateReading
from .orgs import OrgReading, main_actor
from .quantities import QuantityReading

if not Doc.has_extension("claimx_attributed"):
    Doc.set_extension("claimx_attributed", default=None)


@dataclass(frozen=True)
class Attributed:
    """A figure with its attribution and evidence sentence (offsets in the doc text)."""

    reading: QuantityReading
    subject: str | None
    org: str | None
    when: str | None
    sent_start: int
    sent_end: int


@cache
def _lexicon() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    data = load_yaml("attribution.yaml")
    compounds = tuple((c["words"], c["subject"]) for c in data["compound_subjects"])
    return frozenset(data["not_subjects"]), compounds


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _compound(token: Token) -> str:
    """The subject key of a noun: its lemma, or a lexicalised compound ("chiffre d'affaires")."""
    _, compounds = _lexicon()
    ahead = token.doc[token.i : token.i + 5].text.lower().replace("’", "'")
    for words, subject in compounds:
        if ahead.startswith(words):
            return subject
    return token.lemma_.lower()


def _is_noun(token: Token) -> bool:
    stop, _ = _lexicon()
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in stop


def measured_noun(doc: Doc, reading: QuantityReading, counted: str | None) -> str | None:
    """The lemma of what the figure counts or measures."""
    if counted is not None:
        return counted
    inside = _tokens_in(doc, reading.number_start, reading.end)
    if not inside:
        return None
    ids = {t.i for t in inside}
    root = next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])
    # "un budget de 11 milliards": the figure is a modifier of the noun it measures.
    if root.dep_ in ("nmod", "appos", "nummod", "amod") and _is_noun(root.head):
        return _compound(root.head)
    head = root.head
    if head.pos_ in ("VERB", "AUX", "ADJ") or root.dep_ in ("obj", "obl", "obl:arg", "nsubj"):
        verb = head if head.pos_ in ("VERB", "AUX") else root
        # "ajouter 100 milliards à son PIB", "alloué 11 milliards à sa stratégie"
        for child in verb.children:
            if child.i in ids or not _is_noun(child):
                continue
            if child.dep_ in ("obl:arg", "obl", "iobj") and any(
                c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in child.children
            ):
                return _compound(child)
        # "le chiffre d'affaires atteint un milliard", "les marges s'établissent entre ..."
        for child in verb.children:
            if child.i not in ids and child.dep_ in ("nsubj", "nsubj:pass") and _is_noun(child):
                return _compound(child)
    return None


def _governing_org(doc: Doc, reading: QuantityReading, orgs: list[OrgReading]) -> str | None:
    inside = _tokens_in(doc, reading.number_start, reading.end)
    if not inside:
        return None
    verb: Token | None = inside[0]
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            sub = [t for t in child.subtree]
            lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            for org in orgs:
                if lo <= org.start and org.end <= hi:
                    return org.canonical
    return None


def _org_for(
    doc: Doc, reading: QuantityReading, sent: Span, orgs: list[OrgReading], main: str | None
) -> str | None:
    in_sent = [o for o in orgs if sent.start_char <= o.start < sent.end_char]
    governing = _governing_org(doc, reading, in_sent)
    if governing:
        return governing
    before = [o for o in in_sent if o.end <= reading.start]
    if before:
        return before[-1].canonical
    if in_sent:
        return in_sent[0].canonical
    return main


def _when_for(reading: QuantityReading, sent: Span, dates: list[DateReading]) -> str | None:
    in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.value]
    if not in_sent:
        return None
    after = [d for d in in_sent if d.start >= reading.end]
    pool = after if after and after[0].start - reading.end < 80 else in_sent
    best = min(pool, key=lambda d: abs(d.start - reading.end))
    return best.value


def attribute(doc: Doc) -> None:
    """Fill `doc._.claimx_attributed` from the quantities, dates and orgs found on `doc`."""
    dates: list[DateReading] = doc._.claimx_dates or []
    orgs: list[OrgReading] = doc._.claimx_orgs or []
    main = main_actor(orgs) if orgs else None
    out: list[Attributed] = []
    for reading, counted in doc._.claimx_quantities or []:
        if reading.unit == "count" and any(
            d.start < reading.end and reading.start < d.end for d in dates
        ):
            continue
        sent = doc.char_span(reading.start, reading.end, alignment_mode="expand")
        sentence = sent.sent if sent is not None else doc[:]
        out.append(
            Attributed(
                reading=reading,
                subject=measured_noun(doc, reading, counted),
                org=_org_for(doc, reading, sentence, orgs, main),
                when=_when_for(reading, sentence, dates),
                sent_start=sentence.start_char,
                sent_end=sentence.end_char,
            )
        )
    doc._.claimx_attributed = out
