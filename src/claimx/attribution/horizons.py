"""Horizons: the date a figure refers to (`when`).

Reads the dates of the document (`dates`) and the figure's sentence; writes the ISO value of the
date that governs the figure: the nearest date of its sentence, one just after it first, leaving
out the dates of comparison clauses the figure is not in ("contre 14 000 en 2022") and dates that
say "now"; else the period the whole document reports on (a frame phrase in the title or lead:
"au titre de l'exercice 2024", "PLF 2026"). Word lists are in `data/horizons.yaml`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..datafiles import load_horizons
from ..dates.find import DateReading
from ..figures.quantities import QuantityReading
from ..docstate import doc_text
from ..textpatterns import SPACE, word_alternation, word_pattern, word_search


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
    event_window_days: int
    year_part: re.Pattern[str]
    base_before: re.Pattern[str]
    previous_period: re.Pattern[str]


@cache
def _markers() -> _Markers:
    data = load_horizons()

    def ending(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){word_alternation(words)}(?!\w)[^.;!?]*$")

    frames = word_alternation(data.period_frames)
    return _Markers(
        not_horizons=frozenset(_key(w) for w in data.not_horizons),
        comparison=ending(data.comparison_markers),
        comparison_start=re.compile(word_alternation(data.comparison_markers) + r"(?!\w)"),
        frame=re.compile(rf"(?<!\w){frames}{SPACE}*(?:{word_pattern('de')}{SPACE}+)?$"),
        frame_chars=int(data.period_frame_chars),
        event_window_days=int(data.event_window_days),
        year_part=re.compile(
            rf"(?<!\w){word_alternation(data.year_parts)}[\s-]+(?:de{SPACE}+l['’]{SPACE}*)?(?:année|\d{{4}})",
            re.IGNORECASE,
        ),
        base_before=re.compile(rf"(?<!\w){word_alternation(data.base_prepositions)}{SPACE}*$", re.IGNORECASE),
        previous_period=word_search(data.previous_period_words, re.IGNORECASE),
    )


def _in_comparison(text: str, date: DateReading) -> int | None:
    """Where the comparison clause holding `date` starts ("contre ... en 2023"), or None."""
    lex = _markers()
    if lex.comparison_start.match(text, date.start):
        return date.start  # the date carries its own marker: "depuis 2022"
    m = lex.comparison.search(text, max(0, date.start - 60), date.start)
    return m.start() if m else None


def _is_base(text: str, date: DateReading) -> bool:
    """Whether a date is a previous period a change is measured on ("sur l'année précédente")."""
    lex = _markers()
    return bool(
        lex.previous_period.search(date.text)
        and lex.base_before.search(text, max(0, date.start - 25), date.start)
    )


def _day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_event_date(text: str, d: DateReading, published: datetime.date | None) -> bool:
    """Whether a date dates the news rather than a figure: a dateline ("Dakar, 8 juillet 2025 –"),
    or a day or a week close to the publication date (the day a bill was adopted, a contract
    signed, a communiqué issued: "signé vendredi", "la semaine dernière")."""
    if not d.value:
        return False
    if re.match(r"\s*[–—-]\s", text[d.end : d.end + 3]):
        return True  # a dateline
    days = [_day(v) for v in d.value.split("/")]
    if any(x is None for x in days) or len(d.value.split("/")[0]) < 10:
        return False  # a year, a month, a season: a horizon
    if len(days) == 2 and days[0] is not None and days[1] is not None and (days[1] - days[0]).days > 7:
        return False
    if published is None:
        return False
    lead = _markers().event_window_days
    first = days[0]
    assert first is not None
    return -lead <= (first - published).days <= lead // 3


def _clause_verb(token: Token) -> Token | None:
    """The verb of a token's clause (climbing heads), or None in a verbless phrase."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in token.children):
            return token  # a coordinated clause whose verb the tagger read as a noun
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _above(verb: Token) -> list[Token]:
    """A verb and the verbs it depends on, not crossing a coordination ("... a atteint 700 000,
    et le ministère vise un million d'ici 2030": "vise" is another clause)."""
    chain = [verb]
    while verb.dep_ != "conj" and verb.head.i != verb.i and len(chain) < 8:
        verb = verb.head
        chain.append(verb)
    return chain


def _same_clause(doc: Doc, reading: QuantityReading, d: DateReading) -> bool:
    fig = doc.char_span(reading.number_start, reading.number_end, alignment_mode="expand")
    when = doc.char_span(d.start, d.end, alignment_mode="expand")
    if fig is None or when is None:
        return True
    va, vb = _clause_verb(fig.root), _clause_verb(when.root)
    if va is None or vb is None:
        return True
    return va in _above(vb) or vb in _above(va)


def when_for(
    doc: Doc,
    reading: QuantityReading,
    sent: Span,
    dates: list[DateReading],
    default: str | None,
    published: datetime.date | None = None,
) -> str | None:
    """The date the figure refers to: the nearest date of its clause (one just after it first),
    leaving out the dates of comparison clauses the figure is not in, dates that say "now" and
    dates of the news itself; else the document's period."""
    text = doc_text(doc)
    usable = []
    for d in dates:
        if not (sent.start_char <= d.start < sent.end_char and d.value):
            continue
        if _key(d.text) in _markers().not_horizons:
            continue  # "atteint aujourd'hui 5,4 GW": now, not a horizon
        if is_event_date(text, d, published):
            continue  # "Le contrat, signé mardi, ..."
        if _is_base(text, d):
            continue  # "en hausse de 20 % sur la saison précédente": the base of a change
        clause = _in_comparison(text, d)
        if clause is not None and not (clause <= reading.start < d.start):
            continue  # "contre 16,5 MMDH en 2025" dates 16,5 only
        if not _same_clause(doc, reading, d):
            continue
        usable.append(d)
    if not usable:
        return default
    after = [d for d in usable if d.start >= reading.end]
    pool = after if after and after[0].start - reading.end < 80 else usable
    best = min(pool, key=lambda d: abs(d.start - reading.end))
    if best.granularity == "month" and _markers().year_part.search(best.text):
        return best.value[:4]  # "d'ici fin 2026": the year
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


