"""Models and loaders of the data files the dates stage reads."""

from __future__ import annotations

from pydantic import model_validator

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


class NthWeekday(DataModel):
    """The `rank`-th `weekday` (Monday 0) of `month`, moved by `offset` days."""

    month: int
    weekday: int
    rank: int
    offset: int = 0


class Holiday(DataModel):
    """One holiday of `dates_holidays.yaml`: its names and the one rule that dates it."""

    names: tuple[str, ...]
    fixed: str | None = None
    """ "MM-DD", the same day every year."""
    easter: int | None = None
    """Days after Easter Sunday."""
    nth_weekday: NthWeekday | None = None
    by_year: dict[int, str] | None = None
    """Year -> ISO day or day range (feasts of the Hijri calendar)."""
    skip: bool = False
    """A longer name that is no date the text can fix; it shadows the shorter one."""
    capitalised: bool = False
    """Found only with a capital ("l'Ascension", not "l'ascension sociale")."""

    @model_validator(mode="after")
    def _one_rule(self) -> Holiday:
        rules = [self.fixed, self.easter, self.nth_weekday, self.by_year, self.skip or None]
        if sum(rule is not None for rule in rules) != 1:
            raise ValueError(
                f"{self.names[0]!r}: give exactly one of fixed, easter, nth_weekday, by_year, skip"
            )
        return self


class HolidaysFile(DataModel):
    """`dates_holidays.yaml`: holidays and feasts read as dates."""

    holidays: tuple[Holiday, ...]
    not_after: tuple[str, ...]
    """Words before a feast that make it part of a name ("marché de Noël")."""


load_holidays = data_file("dates_holidays.yaml", HolidaysFile)
