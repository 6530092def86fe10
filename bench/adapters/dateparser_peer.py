"""dateparser's `search_dates(languages=["fr"])` as a claimx peer (dates only).

search_dates gives substrings and datetimes but no offsets nor granularity: the substrings are
re-found in order in the source, and each is re-read by one `DateDataParser` to get its period
(day, month, year), which sets the ISO value's precision. Relative expressions are resolved
against the document's publication date (RELATIVE_BASE) where it is known.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from common import DocText, Record

NAME = "dateparser"
TYPES = frozenset({"date"})
LIMITS = {"*": "no date ranges (each end of one is read as a separate date)"}
_FORMATS = {"year": "%Y", "month": "%Y-%m"}


@cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["fr"])


def _search(text: str, base: datetime | None) -> list[tuple[str, datetime]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": base} if base else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return search_dates(text, languages=["fr"], settings=settings) or []


def load() -> None:
    """Load the French language data and the search machinery."""
    _search("Le contrat a été signé le 22 juillet 2025 à Rabat.", None)
    _parser().get_date_data("juillet 2025")


def extract(docs: Sequence[DocText], types: frozenset[str]) -> Iterator[list[Record]]:
    """Records for each document (dates only)."""
    for doc in docs:
        if "date" not in types:
            yield []
            continue
        base = datetime.combine(doc.published, datetime.min.time()) if doc.published else None
        records: list[Record] = []
        pos = 0
        for surface, when in _search(doc.text, base):
            start = doc.text.find(surface, pos)
            if start < 0:
                continue
            pos = end = start + len(surface)
            period = _parser().get_date_data(surface).period or "day"
            records.append(
                {
                    "doc": doc.doc,
                    "type": "date",
                    "start": start,
                    "end": end,
                    "text": surface,
                    "value": when.strftime(_FORMATS.get(period, "%Y-%m-%d")),
                    "granularity": period if period in ("day", "month", "year") else "day",
                }
            )
        yield records
