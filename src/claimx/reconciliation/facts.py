"""What reconciliation returns: facts (clusters of figures) with their key, verdict and members."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..records import Dimension, Evidence, Qualifier

Verdict = Literal["agree", "compatible", "conflict"]


class FactKey(BaseModel):
    """What a fact measures: the attributes its members share."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    subject: str | None
    org: str | None
    when: str | None
    dimension: Dimension
    unit: str
    """Unit the members are compared in (for money, the most frequent currency)."""


class Member(BaseModel):
    """One figure of a fact, with the interval of values it allows in its own unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str
    start: int
    end: int
    text: str
    value: float | None
    """The stated value (None for a range)."""
    low: float | None
    """Lowest value the figure allows (None: unbounded), after rounding, bounds and tolerance."""
    high: float | None
    """Highest value the figure allows (None: unbounded)."""
    unit: str
    qualifier: Qualifier
    evidence: Evidence | None


class Fact(BaseModel):
    """A cluster of figures stating one fact, with a verdict and a one-line explanation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    fact: str
    """Short description of what is measured, for humans."""
    key: FactKey
    verdict: Verdict
    explanation: str
    """One French sentence a journalist can read, naming the rate used for any conversion."""
    members: list[Member]

    @property
    def single(self) -> bool:
        """True when the figure is stated once (kept, not dropped)."""
        return len(self.members) == 1

    def cluster_line(self) -> dict[str, object]:
        """The JSON line of the clusters format of GOLD_FORMAT.md, plus key and explanation."""
        return {
            "cluster": self.id,
            "verdict": self.verdict,
            "fact": self.fact,
            "key": self.key.model_dump(),
            "explanation": self.explanation,
            "members": [m.model_dump(exclude={"value", "unit", "qualifier"}) for m in self.members],
        }


class Reconciliation(BaseModel):
    """The facts of a set of articles, conflicts first, single figures last."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    facts: list[Fact]

    def __iter__(self) -> Iterator[Fact]:  # type: ignore[override]
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def to_jsonl(self) -> str:
        """One cluster a line, as `claimx reconcile --format json` writes it."""
        return "".join(
            json.dumps(f.cluster_line(), ensure_ascii=False, allow_nan=False) + "\n" for f in self
        )
