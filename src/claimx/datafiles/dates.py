"""Models and loaders of the data files the dates stage reads."""

from __future__ import annotations

from .reading import DataModel, data_file


class DatePattern(DataModel):
    """One date pattern of `dates.yaml`: a regex (with `{BLOCK}` references) and how to read it."""

    name: str
    kind: str
    """The reader that turns a match into an ISO value."""
    regex: str
    anchors: tuple[str, ...]
    """Cheap regexes (of `anchors`) that must match near a position before the pattern is tried."""
    prefixes: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()


class DatesFile(DataModel):
    """`dates.yaml`: word tables, regex blocks, anchors and patterns of temporal expressions."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    relative_days: dict[str, int]
    day_words: dict[str, int]
    seasons: dict[str, int]
    shifts: dict[str, int]
    lexicons: dict[str, tuple[str, ...]]
    """Word lists, usable as `{NAME}` blocks in the regexes."""
    trigger_window: int
    anchors: dict[str, str]
    range_connector: str
    range_and: str
    range_lead: str
    prefixes: dict[str, str]
    blocks: dict[str, str]
    """Regex pieces; a block may use the blocks above it."""
    patterns: tuple[DatePattern, ...]
    quoted_year_prepositions: tuple[str, ...]
    """Before a year closing a quotation, these make it a date, not a title (lower case)."""


class PublishedFile(DataModel):
    """`dates_published.yaml`: the lines that state an article's publication date."""

    lines: tuple[str, ...]
    """Lines that say what the date is ("Publié le ...")."""
    top_chars: int
    top_line: str
    """A line holding only a date, trusted in the first `top_chars` characters."""


load_dates = data_file("dates.yaml", DatesFile)
load_published = data_file("dates_published.yaml", PublishedFile)
