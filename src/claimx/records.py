"""Typed records claimx emits: one class per mention `type`, as in ../shared/GOLD_FORMAT.md.

Field names, canonical units and value conventions follow the gold format so that the JSONL
written by `claimx extract` is scored as is. Records are frozen: later stages build new ones.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

Dimension = Literal[
    "money",
    "power",
    "energy",
    "percentage",
    "length",
    "area",
    "mass",
    "volume",
    "duration",
    "count",
    "other",
]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
Granularity = Literal["day", "month", "year", "range", "relative"]
ActorSource = Literal["sentence", "context", "document"]

# Canonical unit of each dimension, when the dimension has a single one ("money" is any ISO 4217
# code, "other" any compound such as "MAD/l").
CANONICAL_UNITS: dict[str, str] = {
    "power": "W",
    "energy": "Wh",
    "percentage": "%",
    "length": "m",
    "area": "m2",
    "mass": "kg",
    "volume": "l",
    "duration": "s",
    "count": "count",
}


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str
    """Document id: the input file's stem (or `-` for standard input)."""
    start: Annotated[int, Field(ge=0)]
    """First character of the mention (Python str index, code points)."""
    end: Annotated[int, Field(ge=1)]
    """One past the last character (exclusive)."""
    text: str
    """The surface: always equal to source[start:end]."""

    @model_validator(mode="after")
    def _check_span(self) -> _Record:
        if self.end <= self.start:
            raise ValueError(f"empty span {self.start}:{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit span {self.start}:{self.end}")
        return self


class Evidence(BaseModel):
    """The sentence a figure was read from, with its offsets in the document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


class Quantity(_Record):
    """A numeric claim: a money amount, a count, a percentage, a power, ..."""

    type: Literal["quantity"] = "quantity"
    value: float | None = None
    """The stated number fully scaled to the canonical unit; None for a range."""
    low: float | None = None
    """Lower bound of a range (qualifier `range`), else None."""
    high: float | None = None
    """Upper bound of a range, else None."""
    unit: str
    """Canonical unit: ISO 4217 code, W, Wh, %, pp, m, m2, kg, l, s, count, or a compound a/b."""
    dimension: Dimension
    qualifier: Qualifier = "exact"
    subject: str | None = None
    """Lemma (lower case) of the head noun of what is counted or measured."""
    org: str | None = None
    """Canonical name of the actor the figure belongs to."""
    when: str | None = None
    """ISO date, year or range (`2030`, `2024/2026`) the figure refers to."""
    org_source: ActorSource | None = None
    """Where the actor was found: `sentence` (named in the figure's own sentence), `context`
    (the sentences before it), `document` (the article's main actor or country); None when
    unknown (records written by another tool). Reconciliation trusts a named actor more."""
    org_parent: str | None = None
    """The party above the actor: the home country of a company or public agency ("STEG" ->
    "Tunisie"), so that reconciliation tells a related party from a different one."""
    precision: Annotated[float, Field(ge=0)] | None = None
    """One unit of the last stated digit, in the canonical unit ("1,2 milliard" -> 1e8; 0 for a
    small whole number in words; for a range, the coarser of its two ends); None when unknown."""
    evidence: Evidence | None = None
    """The sentence the figure stands in."""

    @model_validator(mode="after")
    def _check_value(self) -> Quantity:
        if self.qualifier == "range":
            if self.value is not None or self.low is None or self.high is None:
                raise ValueError("a range has low and high and no value")
            if self.low > self.high:
                raise ValueError(f"range low {self.low} > high {self.high}")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError("a single figure has a value and no low/high")
        expected = CANONICAL_UNITS.get(self.dimension)
        if expected is not None and self.unit not in (expected, "pp"):
            raise ValueError(f"unit {self.unit!r} does not fit dimension {self.dimension!r}")
        return self

    @property
    def interval(self) -> tuple[float, float]:
        """The stated value as a closed interval (a point for a single figure)."""
        if self.value is None:
            assert self.low is not None and self.high is not None
            return (self.low, self.high)
        return (self.value, self.value)


class DateMention(_Record):
    """A temporal expression with its ISO value at the stated granularity."""

    type: Literal["date"] = "date"
    value: str | None = None
    """ISO 8601 (`2025-07-22`, `2025-07`, `2030`, `2024/2026`), None when unresolved."""
    granularity: Granularity


class OrgMention(_Record):
    """An organisation, company, institution, ministry or government body."""

    type: Literal["org"] = "org"
    canonical: str
    """Full official name where known, else the surface."""


Mention = Annotated[Quantity | DateMention | OrgMention, Field(discriminator="type")]
MentionList: TypeAdapter[list[Quantity | DateMention | OrgMention]] = TypeAdapter(list[Mention])


def mention_schema() -> dict[str, object]:
    """JSON Schema of one JSONL line of `claimx extract`."""
    return TypeAdapter(Mention).json_schema()
