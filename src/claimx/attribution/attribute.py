"""Who, what and when of every figure: the three attribution stages put together.

Reads the quantities, dates and organisations a document's components found, and its parse;
writes `doc._.claimx_attributed`, one `Attributed` a figure, in document order:
- `subjects.py` — what the figure counts or measures;
- `actors.py` — whose figure it is, and whether the sentence names it;
- `horizons.py` — the date it refers to.
Then one document-level pass: a figure restated in the same article with the same value and
unit (a title repeating the body, a summary) takes the subject and horizon its better-attributed
statement has, when it has none of its own ("a title figure gets the body's horizon").
Figures that overlap a date ("quatre prochaines années") are dates, not counts: dropped here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..dates.find import DateReading
from ..figures.quantities import QuantityReading
from ..orgs.find import OrgReading
from ..country import document_country
from ..docstate import doc_text
from .actors import actor_for, find_actors, main_actor, names_a_party
from .horizons import document_period, when_for
from .subjects import inherits, may_share, measured_noun, own_complement

@dataclass(frozen=True)
class Attributed:
    """A figure with its attribution and evidence sentence (offsets in the doc text)."""

    reading: QuantityReading
    subject: str | None
    org: str | None
    when: str | None
    sent_start: int
    sent_end: int
    org_source: str | None = None
    """`sentence`, `context` or `document`: where the actor was found."""
    org_parent: str | None = None
    """The party above the actor (a company's or agency's home country)."""


def _restatements(out: list[Attributed]) -> list[Attributed]:
    """Fill a figure's missing subject and horizon from another statement of the same value
    in the same unit in the same article (the first one that has them)."""
    by_value: dict[tuple[str, float | None, float | None, float | None], list[int]] = {}
    for i, a in enumerate(out):
        r = a.reading
        by_value.setdefault((r.unit, r.value, r.low, r.high), []).append(i)
    result = list(out)
    for indices in by_value.values():
        if len(indices) < 2:
            continue
        subject = next((out[i].subject for i in indices if out[i].subject), None)
        when = next((out[i].when for i in indices if out[i].when), None)
        for i in indices:
            a = result[i]
            if (a.subject is None and subject) or (a.when is None and when):
                result[i] = replace(a, subject=a.subject or subject, when=a.when or when)
    return result


def _title_end(text: str, longest: int = 200) -> int:
    """Where the title ends: the end of the first line when it is short and text follows it."""
    end = text.find("\n", 0, longest + 1)
    return end if end > 0 and text[end:].strip() else 0


def attribute(doc: Doc) -> None:
    """Fill `doc._.claimx_attributed` from the quantities, dates and orgs found on `doc`."""
    if not doc._.claimx_quantities:
        doc._.claimx_attributed = []
        return
    dates: list[DateReading] = doc._.claimx_dates or []
    orgs: list[OrgReading] = doc._.claimx_orgs or []
    text = doc_text(doc)
    found = doc._.claimx_country or document_country(text)
    country = found.name if found else None  # the state bodies of a document naming none: None
    actors = find_actors(text, orgs, country)
    main = main_actor(actors, country, _title_end(text))
    period = document_period(text, dates)
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    out: list[Attributed] = []
    figure_starts = tuple(r.start for r, _ in doc._.claimx_quantities)
    for reading, counted in doc._.claimx_quantities or []:
        if reading.unit == "count" and any(
            d.start < reading.end and reading.start < d.end for d in dates
        ):
            continue
        k = max(0, bisect_right(sent_starts, reading.start) - 1)
        sentence = sents[k] if sents else doc[:]
        subject = measured_noun(doc, reading, counted)
        if subject and counted is None and names_a_party(subject, actors, text):
            subject = None  # "Le groupe Sonelgaz consacrera 150 Mds DA": not what is measured
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.subject is not None
            and prev.sent_start == sentence.start_char
            and counted is None
            and not own_complement(doc, reading)  # "dont 75 000 tonnes de semences"
            and (
                inherits(text, prev.reading, reading)
                or (subject is None and may_share(prev.reading, reading))
            )
        ):
            subject = prev.subject
        actor, source = actor_for(
            doc, text, reading, sentence, sents[max(0, k - 2) : k], actors, main, figure_starts, country
        )
        if actor is not None and not actor.canonical:
            actor = None  # the state of a document that does not name it
        out.append(
            Attributed(
                reading=reading,
                subject=subject,
                org=actor.canonical if actor else None,
                when=when_for(doc, reading, sentence, dates, period, doc._.claimx_published),
                sent_start=sentence.start_char,
                sent_end=sentence.end_char,
                org_source=source if actor else None,
                org_parent=actor.parent if actor else None,
            )
        )
    doc._.claimx_attributed = _restatements(out)
