"""The set of true values a stated figure allows, as a closed interval.

Reconciliation compares what figures *allow*, not what they print: "plus de 500" allows
[500, +inf), "1,2 milliard" allows every amount that rounds to it, [1.15e9, 1.25e9], and
"environ 9,3 milliards" allows a tolerance around it. Two figures can both be true exactly when
their intervals meet.

Rules (also in the README, "Reconciliation"):
- an exact figure covers half a unit of its last stated digit: "1,2 milliard" ±0.05 milliard,
  "500" ±0.5, "45 000" ±0.5 (trailing zeros count as stated digits, otherwise "45 000" and
  "50 000" would both allow 45 000); a figure written in words ("un milliard", "une
  quarantaine") covers half a unit of its leading digit;
- `approx` (environ, près de, quelque ...) widens that by `approx_tolerance` of the value
  (default 10 %) on both sides;
- bounds are closed: "plus de 500" allows 500 itself, because "500" in another article may be
  the same figure rounded down (and the seeds gold calls "plus de 500" / "500" compatible);
  they reach `bound_reach` of the bound beyond it (0.5 in `data/matching.yaml`: "plus de 60
  milliards" allows up to 90 milliards, "moins de 15 %" down to 10 %): a bound is written near
  the value, and "plus de 60 milliards" is no restatement of 17 460 milliards;
- a range covers its ends, each with its rounding.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..figures.precision import rounding_steps
from ..records import Quantity

DEFAULT_APPROX_TOLERANCE = 0.10
"""Relative tolerance of an `approx` figure ("environ 600" allows 540..660)."""

@dataclass(frozen=True)
class Interval:
    """A closed interval of values in one unit; bounds may be infinite."""

    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        """True when some value lies in both intervals. Two rounding intervals that only touch
        ("deux" and "trois" read as [1.5, 2.5] and [2.5, 3.5]) do not meet."""
        if self.low == self.high or other.low == other.high:
            return self.low <= other.high and other.low <= self.high
        return self.low < other.high and other.low < self.high

    def scaled(self, factor: float) -> Interval:
        """The interval in another unit (`factor` > 0 units of the new unit per old unit)."""
        return Interval(self.low * factor, self.high * factor)

    def widened(self, fraction: float) -> Interval:
        """The interval grown by `fraction` of each bound's magnitude, outwards."""
        return Interval(self.low - abs(self.low) * fraction, self.high + abs(self.high) * fraction)


def value_interval(
    q: Quantity,
    approx_tolerance: float = DEFAULT_APPROX_TOLERANCE,
    bound_reach: float = math.inf,
) -> Interval:
    """The values `q` allows, in its canonical unit (see the module rules)."""
    if q.qualifier == "range":
        assert q.low is not None and q.high is not None
        low_step, high_step = (
            (q.precision, q.precision)
            if q.precision is not None
            else rounding_steps(q.text, [q.low, q.high])
        )
        return Interval(q.low - low_step / 2, q.high + high_step / 2)
    assert q.value is not None
    step = q.precision if q.precision is not None else rounding_steps(q.text, [q.value])[0]
    half = step / 2
    v = q.value
    if q.qualifier in ("at_least", "more_than"):
        high = v + abs(v) * bound_reach if math.isfinite(bound_reach) else math.inf
        return Interval(v - half, high)
    if q.qualifier in ("at_most", "less_than"):
        low = v - abs(v) * bound_reach / (1 + bound_reach) if math.isfinite(bound_reach) else -math.inf
        return Interval(low, v + half)
    exact = Interval(v - half, v + half)
    if q.qualifier == "approx":
        slack = abs(v) * approx_tolerance
        return Interval(exact.low - slack, exact.high + slack)
    return exact
