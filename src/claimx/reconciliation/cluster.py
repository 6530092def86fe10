"""Group figures into facts from the pairwise evidence of `evidence.py`.

Reads `Figure`s in document order; writes groups of figures (each with the exchange rates its
own articles state). A figure and its conversion in brackets ("11 milliards de dirhams (1,2
milliard de dollars)") are joined first. Then groups merge best-evidence first (average
linkage): two groups merge when no pair across them is ruled out and the mean score of their
pairs reaches the threshold. One missing link no longer keeps a restatement out of its fact, and
one ruled-out pair (two horizons, two named actors, two values of one article) still keeps two
facts apart however well the rest is linked.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field

from .evidence import Figure, Link, link, weights
from .fx import Rate, stated_rate


@dataclass
class Group:
    """A growing cluster: its figures and the rates its own articles state."""

    figures: list[Figure]
    rates: list[Rate] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    """The pair links the group was merged on (for the explanation)."""


def _stated_pairs(figures: list[Figure]) -> Iterator[tuple[int, int, Rate]]:
    """Money figures followed, in the same sentence, by their conversion into another currency."""
    for i, a in enumerate(figures):
        ev = a.q.evidence
        if ev is None:
            continue
        for j in range(i + 1, min(i + 3, len(figures))):
            b = figures[j]
            if b.sentence != a.sentence:
                break
            rate = stated_rate(a.q, b.q, ev.text, ev.start)
            if rate is not None:
                yield i, j, rate


_Stats = tuple[float, int]
"""Sum of pair scores and pair count between two groups (None: some pair is ruled out)."""


def cluster(figures: list[Figure]) -> list[Group]:
    """Agglomerate figures into facts, best-evidence first."""
    groups = [Group([f]) for f in figures]
    absorbed: set[int] = set()
    for i, j, rate in _stated_pairs(figures):
        if i in absorbed or j in absorbed:
            continue
        groups[i].figures.extend(groups[j].figures)
        groups[i].rates.append(rate)
        absorbed.add(j)
    live = [g for k, g in enumerate(groups) if k not in absorbed]
    blocks: dict[str, list[Group]] = {}
    for g in live:
        blocks.setdefault(g.figures[0].q.dimension, []).append(g)
    out: list[Group] = []
    for block in blocks.values():
        out.extend(_agglomerate(block))
    return out


def _pair_stats(g: Group, h: Group) -> tuple[_Stats, list[Link]] | None:
    rates = g.rates + h.rates
    total, count, links = 0.0, 0, []
    for a in g.figures:
        for b in h.figures:
            got = link(a, b, rates)
            if got is None:
                return None
            total, count = total + got.score, count + 1
            links.append(got)
    return (total, count), links


def _agglomerate(groups: list[Group]) -> list[Group]:
    """Merge the pair of groups with the best mean link first, until no pair may merge.

    Pair statistics are computed once and combined on each merge (the sum and count of a merged
    group's pairs with another group are the sums of its parts'), so a block of n figures costs
    about n² pair checks.
    """
    threshold = weights().threshold
    alive = dict(enumerate(groups))
    stats: dict[tuple[int, int], tuple[_Stats, list[Link]]] = {}
    heap: list[tuple[float, int, int]] = []

    def note(i: int, j: int, got: tuple[_Stats, list[Link]] | None) -> None:
        if got is None:
            return
        (total, count), _ = got
        if total / count >= threshold:
            stats[(i, j)] = got
            heapq.heappush(heap, (-total / count, i, j))
        else:
            stats[(i, j)] = got  # kept: may still combine into a good mean after a merge

    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            note(i, j, _pair_stats(groups[i], groups[j]))
    next_id = len(groups)
    while heap:
        _, i, j = heapq.heappop(heap)
        if i not in alive or j not in alive:
            continue
        first, second = alive.pop(i), alive.pop(j)
        merged = Group(
            first.figures + second.figures,
            first.rates + second.rates,
            first.links + second.links + stats[(i, j)][1],
        )
        for k in alive:
            a, b = stats.get((min(i, k), max(i, k))), stats.get((min(j, k), max(j, k)))
            if a is not None and b is not None:
                (ta, ca), la = a
                (tb, cb), lb = b
                note(k, next_id, ((ta + tb, ca + cb), la + lb))
        alive[next_id] = merged
        next_id += 1
    return list(alive.values())
