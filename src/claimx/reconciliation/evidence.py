"""How strongly two figures state one fact: the evidence for and against linking them.

Reads `Figure`s (a record and its comparison keys) and the weights of `data/matching.yaml`;
writes a `Link` (score and the reasons a journalist can read) or None when a rule rules the pair
out. Extraction is never perfect, so no single attribute decides: the subject, the value, the
horizon and the actor each add or remove evidence. What rules a pair out whatever the score:
- another dimension, or another unit outside money (currencies convert);
- two figures of one article with different values: a breakdown or a comparison, not a
  restatement (one article rarely states one fact twice with two values); two figures of one
  sentence are never one fact unless the sentence converts one into the other (`cluster.py`);
- two known horizons that differ (a 2026 step and a 2030 target);
- two actors both named in their sentences that differ (BAD 120 M$, Banque mondiale 125 M$),
  unless one is the party above the other (Senelec and Sénégal: related, so unknown);
- values that cannot both be true, unless the subject is shared, an actor named in one sentence
  is shared too, and both are dated (or both undated): only then is it a conflict rather than
  two facts (a past figure and a target).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from ..datafiles import load_matching
from ..errors import DataFileError
from ..records import Quantity
from .fx import Rate, table_rate
from .intervals import Interval, value_interval
from .keys import actor_key, normal_when, same_horizon, subject_head, subject_key


@dataclass(frozen=True)
class Weights:
    threshold: float
    subject_same: float
    subject_same_head: float
    subject_unknown: float
    subject_differ: dict[str, float]
    value_same: float
    value_meet: float
    value_unknown: float
    value_disjoint: float
    precise_bonus: float
    bound_reach: float
    horizon_same: float
    horizon_unknown: float
    actor_same_named: float
    actor_same: float
    actor_unknown: float
    actor_differ_one_named: float
    actor_differ_unnamed: float
    conflict_min_subject: float


@cache
def weights() -> Weights:
    """The evidence weights, read once from `data/matching.yaml`."""
    raw = load_matching()
    s, v, h, a = raw.subject, raw.value, raw.horizon, raw.actor
    if "other" not in s.differ:
        raise DataFileError("claimx data file 'matching.yaml': subject.differ needs an 'other' entry")
    return Weights(
        threshold=raw.threshold,
        subject_same=s.same,
        subject_same_head=s.same_head,
        subject_unknown=s.unknown,
        subject_differ=dict(s.differ),
        value_same=v.same,
        value_meet=v.meet,
        value_unknown=v.unknown,
        value_disjoint=v.disjoint,
        precise_bonus=v.precise_bonus,
        bound_reach=v.bound_reach,
        horizon_same=h.same,
        horizon_unknown=h.unknown,
        actor_same_named=a.same_named,
        actor_same=a.same,
        actor_unknown=a.unknown,
        actor_differ_one_named=a.differ_one_named,
        actor_differ_unnamed=a.differ_unnamed,
        conflict_min_subject=raw.conflict_min_subject,
    )


@dataclass(frozen=True)
class Figure:
    """A quantity with the comparison keys reconciliation needs, computed once."""

    q: Quantity
    subject: str | None
    head: str | None
    org: str | None
    parent: str | None
    """Key of the party above the actor (a public company's country): related, not different."""
    org_named: bool
    """True when the figure's own sentence names its actor (else it was inherited from the
    article's context: a weaker key)."""
    when: str | None
    allowed: Interval

    @property
    def sentence(self) -> tuple[str, int]:
        return (self.q.doc, self.q.evidence.start if self.q.evidence else self.q.start)


def figure(
    q: Quantity, aliases: dict[str, str], named: bool, approx_tolerance: float
) -> Figure:
    """The comparison keys of `q`; `named` says whether its sentence names its actor."""
    return Figure(
        q,
        subject_key(q.subject),
        subject_head(q.subject),
        actor_key(q.org, aliases),
        actor_key(q.org_parent, aliases),
        named,
        normal_when(q.when),
        value_interval(q, approx_tolerance, weights().bound_reach),
    )


@dataclass(frozen=True)
class Link:
    """The evidence that two figures state one fact."""

    score: float
    values: str
    """`same`, `meet`, `unknown` (no exchange rate) or `disjoint`."""
    reasons: tuple[str, ...]
    """Short French phrases: what the two figures share."""


def rate_between(base: str, quote: str, rates: list[Rate], when: str | None) -> Rate | None:
    """The rate from `base` to `quote`: one the articles state, else the reference table's."""
    for r in rates:
        if (r.base, r.quote) == (base, quote):
            return r
        if (r.quote, r.base) == (base, quote):
            return r.inverse()
    return table_rate(base, quote, when)


def in_unit(f: Figure, unit: str, rates: list[Rate]) -> tuple[Interval, Rate | None] | None:
    """The interval `f` allows, expressed in `unit` (None when no rate links the currencies)."""
    if f.q.unit == unit:
        return f.allowed, None
    rate = rate_between(f.q.unit, unit, rates, f.when)
    if rate is None:
        return None
    return f.allowed.scaled(rate.per_unit).widened(rate.margin), rate


def same_stated(a: Quantity, b: Quantity) -> bool:
    """The same value (or range) in the same unit, as stated."""
    return a.unit == b.unit and a.interval == b.interval


def _significant(q: Quantity) -> int:
    """Significant digits of a stated value ("6,48 milliards": 3, "1 500 millions": 2)."""
    if q.value is None or q.value == 0:
        return 0
    digits = f"{abs(q.value):.6g}".replace(".", "").replace("e", " ").split()[0]
    return len(digits.strip("0"))


def _values(a: Figure, b: Figure, rates: list[Rate]) -> str:
    if same_stated(a.q, b.q):
        return "same"
    converted = in_unit(b, a.q.unit, rates)
    if converted is None:
        return "unknown"
    return "meet" if a.allowed.meets(converted[0]) else "disjoint"


def _subject(a: Figure, b: Figure, w: Weights) -> tuple[float, str | None]:
    if a.subject is None or b.subject is None:
        return w.subject_unknown, None
    if a.subject == b.subject:
        return w.subject_same, f"même sujet ({a.q.subject})"
    if a.head is not None and a.head == b.head:
        return w.subject_same_head, f"même sujet ({a.head})"
    dimension = a.q.dimension if a.q.dimension in w.subject_differ else "other"
    return w.subject_differ[dimension], None


def link(a: Figure, b: Figure, rates: list[Rate]) -> Link | None:
    """The evidence that `a` and `b` state one fact, or None when a rule rules the pair out."""
    qa, qb = a.q, b.q
    if qa.dimension != qb.dimension or (qa.dimension != "money" and qa.unit != qb.unit):
        return None
    if qa.doc == qb.doc and (a.sentence == b.sentence or not same_stated(qa, qb)):
        return None
    if a.when is not None and b.when is not None and not same_horizon(a.when, b.when):
        return None
    w = weights()
    reasons: list[str] = []
    score, why = _subject(a, b, w)
    if why:
        reasons.append(why)
    if a.org is not None and b.org is not None:
        if a.org != b.org and (b.org == a.parent or a.org == b.parent):
            score += w.actor_unknown  # a public company and its state: related, not different
        elif a.org != b.org:
            if a.org_named and b.org_named:
                return None
            named = a.org_named or b.org_named
            score += w.actor_differ_one_named if named else w.actor_differ_unnamed
        else:
            score += w.actor_same_named if (a.org_named or b.org_named) else w.actor_same
            reasons.append(f"même acteur ({qa.org})")
    else:
        score += w.actor_unknown
    if a.when is not None and b.when is not None:
        score += w.horizon_same
        reasons.append(f"même horizon ({a.when})")
    else:
        score += w.horizon_unknown
    values = _values(a, b, rates)
    if values == "disjoint":
        shared_actor = a.org is not None and a.org == b.org and (a.org_named or b.org_named)
        subject_score, _ = _subject(a, b, w)
        one_dated = (a.when is None) != (b.when is None)
        if not shared_actor or subject_score < w.conflict_min_subject or one_dated:
            return None  # "a déjà formé 12 000" (undated) is no conflict with "45 000 d'ici 2030"
        score += w.value_disjoint
    elif values == "same":
        score += w.value_same + (w.precise_bonus if _significant(qa) >= 3 else 0.0)
        reasons.append("même valeur")
    else:
        score += w.value_meet if values == "meet" else w.value_unknown
    if score < w.threshold:
        return None
    return Link(score, values, tuple(reasons))


def finite(x: float) -> float | None:
    """A bound as JSON can carry it (None for an unbounded side)."""
    return None if math.isinf(x) else x
