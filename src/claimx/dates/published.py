"""Find the publication date of a document: the date relative expressions are resolved against.

Three sources, in this order: the `--published` option, a `meta.jsonl` beside the documents
(`{"doc", "published"}` lines, as in the corpora), and the article's own date line ("Publié le
23 - 07 - 2025"). Only explicit publication lines count: the first date of a story is often the
date of the event it reports ("Le 22 juillet 2025, un protocole d'accord a été signé").
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..datafiles import load_published
from ..errors import DataFileError, InputError
from .find import find_dates

DATA_FILE = "dates_published.yaml"
META_FILE = "meta.jsonl"


@dataclass(frozen=True)
class _LinePatterns:
    labelled: tuple[re.Pattern[str], ...]
    """Lines that say what the date is ("Publié le ...")."""
    top_line: re.Pattern[str]
    """A line holding only a date, trusted near the top of the article."""
    top_chars: int


@cache
def _line_patterns() -> _LinePatterns:
    data = load_published()
    flags = re.IGNORECASE | re.MULTILINE
    try:
        return _LinePatterns(
            labelled=tuple(re.compile(p, flags) for p in data.lines),
            top_line=re.compile(data.top_line, flags),
            top_chars=data.top_chars,
        )
    except re.error as exc:
        raise DataFileError(f"claimx data file {DATA_FILE!r}: a line pattern: {exc}") from None


def _day_in(fragment: str) -> datetime.date | None:
    for reading in find_dates(fragment):
        if reading.granularity == "day" and reading.value:
            return datetime.date.fromisoformat(reading.value)
    return None


def find_published(text: str) -> datetime.date | None:
    """The date of the article's own publication line, or None.

    Recognised: "Publié le 23 - 07 - 2025", "Publié dans InfoMagazine le 23/07/2025", "Mis à jour
    le 12 mars 2024", and near the very top a line holding only a date, optionally with a time
    ("Le 12 mars 2024 à 10h05"). Any other date in the text is not a publication date.
    """
    patterns = _line_patterns()
    for pattern in patterns.labelled:
        for match in pattern.finditer(text):
            day = _day_in(match.group("date"))
            if day is not None:
                return day
    for match in patterns.top_line.finditer(text[: patterns.top_chars]):
        day = _day_in(match.group("date"))
        if day is not None:
            return day
    return None


def _meta_path(folder: Path) -> Path | None:
    for candidate in (folder / META_FILE, folder.parent / META_FILE):
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Meta:
    """What a `meta.jsonl` says of each document id."""

    published: dict[str, datetime.date | None]
    outlets: dict[str, str]
    """The "source" and "url" of the document, space-separated, when it gives either."""


def read_meta_file(folder: Path, on_error: Callable[[str], None] | None = None) -> Meta:
    """Publication dates and outlets by document id from the `meta.jsonl` in `folder` or
    beside it, read once.

    `folder` is the documents folder (`corpus/docs`): its `meta.jsonl`, else its parent's, is
    read. No file gives empty mappings. A line that is not a JSON object with a "doc" string
    and a "published" ISO date (or null) raises InputError naming the file and the line, or,
    given `on_error`, is reported through it and skipped (one bad line fails no document).
    """
    meta = Meta({}, {})
    path = _meta_path(folder)
    if path is None:
        return meta
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            doc = entry["doc"]
            raw = entry.get("published")
            if not isinstance(doc, str) or not (raw is None or isinstance(raw, str)):
                raise TypeError("doc must be a string and published a string or null")
            meta.published[doc] = datetime.date.fromisoformat(raw) if raw else None
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            if on_error is None:
                raise InputError(f"{path}: line {number}: {exc}") from None
            on_error(f"{path}: line {number} ignored: {exc}")
            continue
        parts = [entry.get(k) for k in ("source", "url")]
        outlet = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        if outlet:
            meta.outlets[doc] = outlet
    return meta


def read_meta(
    folder: Path, on_error: Callable[[str], None] | None = None
) -> dict[str, datetime.date | None]:
    """Publication dates by document id from the `meta.jsonl` in `folder` or beside it (see
    `read_meta_file`)."""
    return read_meta_file(folder, on_error).published


def resolve_published(
    doc_id: str,
    text: str,
    cli_published: datetime.date | None,
    meta: Mapping[str, datetime.date | None],
) -> datetime.date | None:
    """The publication date of one document: `--published`, then meta.jsonl, then its own line.

    A meta.jsonl entry of null means "unknown", so the article's own line is still tried.
    """
    if cli_published is not None:
        return cli_published
    known = meta.get(doc_id)
    if known is not None:
        return known
    return find_published(text)
