"""Horizons: the date a figure refers to (`when`).

Reads the dates of the document (`dates`) and the figure's sentence; writes the ISO value of the
date that governs the figure: the nearest date of its sentence, one just after it first, leaving
out the dates of comparison clauses the figure is not in ("contre 14 000 en 2022") and dates that
say "now"; else the period the whole document reports on (a frame phrase in the title or lead:
"au titre de l'exercice 2024", "PLF 2026"). Word lists are in `data/horizons.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from ..datafiles import load_horizons
from ..dates.find import DateReading
from ..figures.quantities import QuantityReading
from ..textpatterns import SPACE, word_pattern


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
    data = load_horizons()

    def ending(words: list[str]) -> re.Pattern[str]:
        alt = "|".join(word_pattern(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alt})(?!\w)[^.;!?]*$")

    frames = "|".join(word_pattern(w) for w in sorted(data.period_frames, key=len, reverse=True))
    markers = sorted(data.comparison_markers, key=len, reverse=True)
    return _Markers(
        not_horizons=frozenset(_key(w) for w in data.not_horizons),
        comparison=ending(data.comparison_markers),
        comparison_start=re.compile(
            "(?:" + "|".join(word_pattern(w) for w in markers) + r")(?!\w)"
        ),
        frame=re.compile(rf"(?<!\w)(?:{frames}){SPACE}*(?:{word_pattern('de')}{SPACE}+)?$"),
        frame_chars=int(data.period_frame_chars),
    )


def _in_comparison(text: str, date: DateReading) -> int | None:
    """Where the comparison clause holding `date` starts ("contre ... en 2023"), or None."""
    lex = _markers()
    if lex.comparison_start.match(text, date.start):
        return date.start  # the date carries its own marker: "depuis 2022"
    m = lex.comparison.search(text, max(0, date.start - 60), date.start)
    return m.start() if m else None


def when_for(
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


