"""How precisely a figure is stated: one unit of its last stated digit, in the canonical unit.

"1,2 milliard" is stated to the hundred million (1e8), "45 000" to the unit, "un milliard" (in
words) to its leading digit, "deux" (a small whole number in words) exactly. Reads the surface
and the scaled values of a quantity; the step travels on the record (`Quantity.precision`) so
that reconciliation never re-reads the text.
"""

from __future__ import annotations

import math
import re

# A written number: digits with French thousands separators (space, no-break spaces, or a dot
# followed by exactly three digits) and an optional decimal part after a comma or a dot.
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.]\d{3}(?!\d))*(?:[,.]\d+)?")


def _read_number(token: str) -> tuple[float, int]:
    """The number a digit token states and how many decimals it gives."""
    token = re.sub(r"[ \u00a0\u202f]", "", token)
    if "," in token:
        whole, frac = token.rsplit(",", 1)
        return float(whole.replace(".", "") + "." + frac), len(frac)
    parts = token.split(".")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts)), 0
    if len(parts) == 2:
        return float(token), len(parts[1])
    return float(token.replace(".", "")), 0


def _step(stated: float, decimals: int, scaled: float) -> float:
    """One unit of the last stated digit, in the scaled (canonical) unit."""
    if stated == 0:
        return 10.0**-decimals
    return abs(scaled / stated) * 10.0**-decimals


def rounding_steps(text: str, values: list[float]) -> list[float]:
    """For each scaled value, one unit of its last stated digit in `text`.

    `values` are the record's values in order (one, or low and high of a range); the digit
    tokens of the surface are read from the right, so "entre 43 et 61 centimes" pairs 61 with
    the high bound. A value with no digit token (written in words) gets its leading digit's unit.
    """
    tokens = _NUMBER.findall(text)[-len(values) :] if values else []
    offset = len(values) - len(tokens)
    steps: list[float] = []
    for i, value in enumerate(values):
        if i >= offset:
            stated, decimals = _read_number(tokens[i - offset])
            steps.append(_step(stated, decimals, value))
        elif value and abs(value) < 100 and float(value).is_integer():
            steps.append(0.0)  # "deux", "trente": a small number in words is exact
        elif value:
            steps.append(10.0 ** math.floor(math.log10(abs(value))))
        else:
            steps.append(1.0)
    return steps
