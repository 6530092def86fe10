"""The verdict of a fact and the French sentence that explains it.

Reads a group of figures (`cluster.py`); writes its verdict (agree, compatible, conflict), the
unit its members are compared in, and one explanation a journalist can read: why the figures
were joined, and for a conflict the two furthest apart with the gap as a percentage and an
amount.
"""

from __future__ import annotations

import math
from collections import Counter

from .cluster import Group
from .evidence import Figure, in_unit, rate_between
from .facts import Verdict
from .fx import Rate
from .intervals import Interval

_BOUNDS = ("at_least", "more_than", "at_most", "less_than")


def fr_number(x: float, significant: int = 4) -> str:
    """A number as French copy writes it: a few significant digits, comma, thin-space thousands."""
    if x == 0:
        return "0"
    digits = max(0, significant - 1 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{x:,.0f}"
    return text.replace(",", "\u202f").replace(".", ",")


def _rate_phrase(rate: Rate) -> str:
    # Quote the rate from the weaker currency so that it reads "1 USD = 9,17 MAD".
    r = rate if rate.per_unit >= 1 else rate.inverse()
    if rate.origin == "source":
        return f"conversion donnée par la source (1 {r.base} = {fr_number(r.per_unit)} {r.quote})"
    return (
        f"converti au taux de référence du {rate.date} (1 {r.base} = {fr_number(r.per_unit)} "
        f"{r.quote}, ±{fr_number(rate.margin * 100)} %)"
    )


def _shown(text: str) -> str:
    """A figure as quoted in an explanation: one line, whatever the article's wrapping."""
    return " ".join(text.split())


def _figures_phrase(members: list[Figure]) -> str:
    texts = list(dict.fromkeys(_shown(f.q.text) for f in members))
    shown = " / ".join(f"« {t} »" for t in texts[:4])
    return shown + (f" (+{len(texts) - 4})" if len(texts) > 4 else "")


def _reference_unit(figures: list[Figure]) -> str:
    counts = Counter(f.q.unit for f in figures)
    return max(counts, key=lambda u: (counts[u], -[f.q.unit for f in figures].index(u)))


def judge(group: Group, approx_tolerance: float) -> tuple[Verdict, str, str]:
    """Verdict, explanation and comparison unit of a cluster."""
    figures = group.figures
    unit = _reference_unit(figures)
    n_docs = len({f.q.doc for f in figures})
    if len(figures) == 1:
        return "agree", "Chiffre cité une seule fois.", unit
    converted: list[tuple[Figure, Interval]] = []
    rates_used: list[Rate] = []
    missing: list[Figure] = []
    for f in figures:
        got = in_unit(f, unit, group.rates)
        if got is None:
            missing.append(f)
            continue
        converted.append((f, got[0]))
        if got[1] is not None and got[1] not in rates_used:
            rates_used.append(got[1])
    clash = _worst_clash(converted)
    if clash is not None:
        a, b = clash
        return "conflict", _conflict_phrase(a, b, unit, group.rates) + joined_because(group), unit
    stated = {(f.q.unit, f.q.interval) for f in figures}
    if len(stated) == 1 and not any(f.q.qualifier in _BOUNDS for f in figures):
        where = f"{len(figures)} mentions, {n_docs} article{'s' if n_docs > 1 else ''}"
        return "agree", f"{_figures_phrase(figures)} : même valeur ({where}).{joined_because(group)}", unit
    reasons = _compatible_reasons(figures, rates_used, missing, approx_tolerance)
    explanation = f"{_figures_phrase(figures)} : compatibles, {', '.join(reasons)}."
    return "compatible", explanation + joined_because(group), unit


def _worst_clash(converted: list[tuple[Figure, Interval]]) -> tuple[Figure, Figure] | None:
    """The two figures whose intervals lie furthest apart, or None when all pairs meet."""
    worst: tuple[float, Figure, Figure] | None = None
    for i, (a, ia) in enumerate(converted):
        for b, ib in converted[i + 1 :]:
            if ia.meets(ib):
                continue
            gap = max(ia.low - ib.high, ib.low - ia.high)
            if worst is None or gap > worst[0]:
                worst = (gap, a, b)
    return None if worst is None else (worst[1], worst[2])


def _conflict_phrase(a: Figure, b: Figure, unit: str, rates: list[Rate]) -> str:
    la, lb = a.q.interval[0], b.q.interval[0]
    via = ""
    if a.q.unit != b.q.unit:
        rate = rate_between(b.q.unit, a.q.unit, rates, b.when)
        if rate is not None:
            lb *= rate.per_unit
            via = f" ({_rate_phrase(rate)})"
    small, big = sorted((abs(la), abs(lb)))
    if small:
        amount = fr_number(big - small) + ("" if a.q.unit == "count" else f" {a.q.unit}")
        gap = (
            f"l'un vaut {fr_number(big / small, 2)} fois l'autre, un écart de "
            f"{fr_number((big - small) / small * 100, 3)} % ({amount})"
        )
    else:
        gap = "l'un est nul"
    return (
        f"« {_shown(a.q.text)} » ({a.q.doc}) et « {_shown(b.q.text)} » ({b.q.doc}) : en conflit, "
        f"{gap}{via}."
    )


def joined_because(group: Group) -> str:
    """Why the members were joined: what their links share, most frequent first."""
    counts: Counter[str] = Counter()
    for link in group.links:
        counts.update(link.reasons)
    if not counts:
        return ""
    if not group.links:
        return ""
    shared = [r for r, n in counts.most_common() if n * 2 >= len(group.links)][:3]
    return f" Réunis : {', '.join(shared)}." if shared else ""


def _compatible_reasons(
    figures: list[Figure], rates: list[Rate], missing: list[Figure], approx_tolerance: float
) -> list[str]:
    reasons = []
    if any(f.q.qualifier in _BOUNDS for f in figures):
        reasons.append("une borne et une valeur qui la respecte")
    if any(f.q.qualifier == "range" for f in figures):
        reasons.append("une fourchette qui contient les autres valeurs")
    if any(f.q.qualifier == "approx" for f in figures):
        reasons.append(f"une valeur approchée (« environ » : ±{fr_number(approx_tolerance * 100)} %)")
    points: dict[str, set[float | None]] = {}
    for f in figures:
        if f.q.qualifier == "exact":
            points.setdefault(f.q.unit, set()).add(f.q.value)
    if any(len(values) > 1 for values in points.values()):
        reasons.append("une valeur arrondie")
    reasons.extend(_rate_phrase(r) for r in rates)
    if missing:
        reasons.append(f"{_figures_phrase(missing)} non comparé faute de taux de change")
    return reasons or ["mêmes valeurs à l'arrondi près"]
