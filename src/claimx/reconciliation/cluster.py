"""Group the figures of several articles into facts and say whether their values can all be true.

Two figures state the same fact when they measure the same thing (subject lemma, or lemmas of
one group of `data/synonyms.yaml`), for the same actor (`org`), at the same horizon (`when`),
in the same dimension (and unit, except money, which converts). Values then compare as the
intervals they allow (`intervals.py`): equal values `agree`, meeting intervals are `compatible`,
disjoint ones `conflict` (../shared/GOLD_FORMAT.md, "Clusters"). The README, section
"Reconciliation", states the rules for journalists; the comments below say why each holds.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..datafiles import load_synonyms
from ..errors import DataFileError
from .fx import Rate, stated_rate, table_rate
from .intervals import DEFAULT_APPROX_TOLERANCE, Interval, value_interval
from ..records import DateMention, Dimension, Evidence, OrgMention, Qualifier, Quantity
from ..textpatterns import fold

Verdict = Literal["agree", "compatible", "conflict"]
Relation = Literal["same", "maybe", "differ"]

_BOUNDS = ("at_least", "more_than", "at_most", "less_than")
_VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2}


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


# --------------------------------------------------------------------------- subject keys


def _word_key(text: str) -> str:
    """Lemma comparison key: folded case and accents, straight apostrophe, no plural -s/-x."""
    words = re.sub(r"['’‘`]", "' ", fold(text)).split()
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words)


@cache
def _synonym_groups() -> dict[str, str]:
    """Lemma key -> group name, from `data/synonyms.yaml` (a lemma in one group only)."""
    groups: dict[str, str] = {}
    for group in load_synonyms().groups:
        for lemma in group.lemmas:
            key = _word_key(lemma)
            if key in groups:
                raise DataFileError(
                    f"claimx data file 'synonyms.yaml': groups {group.name!r}: lemma {lemma!r} "
                    f"is also in group {groups[key]!r}"
                )
            groups[key] = group.name
    return groups


def subject_key(subject: str | None) -> str | None:
    """The synonym group of a subject lemma, or its own key; the head word is tried second."""
    if not subject or not subject.strip():
        return None
    key = _word_key(subject)
    groups = _synonym_groups()
    if key in groups:
        return groups[key]
    head = key.split()[0]
    return groups.get(head, key)


# --------------------------------------------------------------------------- horizons


def _normal_when(when: str | None) -> str | None:
    if not when or not when.strip():
        return None
    when = when.strip()
    # "2024-2026" (a range written with a hyphen) reads as "2024/2026", as in score.py.
    return re.sub(r"^(\d{4})-(\d{4})$", r"\1/\2", when)


def same_horizon(a: str, b: str) -> bool:
    """True when two `when` values name the same horizon.

    Equal values; a date and a coarser date containing it ("2025" and "2025-07-22"); or a
    year and a range ending that year, a deadline read both ways ("d'ici 2029" and "dans les
    quatre prochaines années" written in July 2025 = "2025/2029"). Two ranges must be equal.
    """
    if a == b:
        return True
    a_range, b_range = "/" in a, "/" in b
    if a_range and b_range:
        return False
    if a_range or b_range:
        period, point = (a, b) if a_range else (b, a)
        end = period.split("/")[1]
        return end.startswith(point) or point.startswith(end)
    return a.startswith(b) or b.startswith(a)


# --------------------------------------------------------------------------- figures


@dataclass
class _Figure:
    """A quantity with the comparison keys reconciliation needs, computed once."""

    q: Quantity
    subject: str | None
    org: str | None
    org_named: bool
    """True when the figure's own sentence names its actor (else the actor was inherited
    from the article's context, a weaker key: see `relation`)."""
    when: str | None
    allowed: Interval


@dataclass
class _Group:
    """A growing cluster: its figures and the rates its own articles state."""

    figures: list[_Figure]
    rates: list[Rate] = field(default_factory=list)


_OrgSpans = dict[str, list[tuple[int, str]]]
"""Per document, the start and folded canonical name of each org mention."""


def _org_named(q: Quantity, org: str, orgs: _OrgSpans) -> bool:
    """Whether the sentence of `q` names `org`: an org mention inside it, or the name itself."""
    ev = q.evidence
    if ev is None:
        return True
    if any(ev.start <= start < ev.end and name == org for start, name in orgs.get(q.doc, [])):
        return True
    return re.search(rf"(?<!\w){re.escape(org)}(?!\w)", fold(ev.text)) is not None


_GOVERNMENT = re.compile(
    r"^(?:gouvernement|etat|royaume|republique)\s+(?:du|de la|de l'|des|de)\s*"
)
"""A country and its government are one actor: "Gouvernement du Sénégal" is keyed "senegal"."""


def _actor_key(org: str) -> str:
    return _GOVERNMENT.sub("", fold(org).strip())


def _figure(q: Quantity, orgs: _OrgSpans, approx_tolerance: float) -> _Figure:
    org = _actor_key(q.org) if q.org and q.org.strip() else None
    named = org is not None and _org_named(q, org, orgs)
    return _Figure(
        q,
        subject_key(q.subject),
        org,
        named,
        _normal_when(q.when),
        value_interval(q, approx_tolerance),
    )


def _compare(a: str | None, b: str | None) -> Relation:
    """Two optional attributes: equal, unknown on one side, or different."""
    if a is None and b is None:
        return "same"
    if a is None or b is None:
        return "maybe"
    return "same" if a == b else "differ"


def relation(a: _Figure, b: _Figure) -> Relation:
    """Whether two figures state the same fact: `same`, `maybe` (an attribute is unknown on one
    side, so only matching values may link them) or `differ`.

    A subject is required on both sides: without it, two equal numbers are a coincidence more
    often than one fact. Two undated figures count as having the same horizon (the current
    state of the same thing).

    The actor is the weakest attribute extraction gives: often it is inherited from the
    article's context ("Le projet vise à recruter plus de 500 ingénieurs"). So two different
    actors split a fact only when both sentences name them, and an equal actor makes a strong
    link (one whose values may conflict) only when at least one sentence names it; otherwise
    the actor counts as unknown and only values that can both be true link the figures. A
    conflict is thus never reported between figures whose actor no sentence names.
    """
    qa, qb = a.q, b.q
    if qa.dimension != qb.dimension or (qa.dimension != "money" and qa.unit != qb.unit):
        return "differ"
    if a.subject is None or b.subject is None or a.subject != b.subject:
        return "differ"
    if a.when is not None and b.when is not None:
        when: Relation = "same" if same_horizon(a.when, b.when) else "differ"
    else:
        when = _compare(a.when, b.when)
    org = _compare(a.org, b.org)
    if org == "differ" and not (a.org_named and b.org_named):
        org = "maybe"
    elif org == "same" and not (a.org_named or b.org_named):
        org = "maybe"
    if "differ" in (when, org):
        return "differ"
    if "maybe" in (when, org):
        return "maybe"
    # Two different values for one subject in one sentence are a breakdown or a comparison
    # ("50 000 emplois en 2030 contre 30 000 en 2025" with the year lost), not a restatement.
    if _same_sentence(qa, qb) and qa.interval != qb.interval:
        return "maybe"
    return "same"


def _same_sentence(a: Quantity, b: Quantity) -> bool:
    return (
        a.doc == b.doc
        and a.evidence is not None
        and b.evidence is not None
        and a.evidence.start == b.evidence.start
    )


# --------------------------------------------------------------------------- conversion


def _rate(base: str, quote: str, rates: list[Rate], when: str | None) -> Rate | None:
    """The rate from `base` to `quote`: one the cluster's articles state, else the table's."""
    for r in rates:
        if (r.base, r.quote) == (base, quote):
            return r
        if (r.quote, r.base) == (base, quote):
            return r.inverse()
    return table_rate(base, quote, when)


def _in_unit(f: _Figure, unit: str, rates: list[Rate]) -> tuple[Interval, Rate | None] | None:
    """The interval `f` allows, expressed in `unit` (None when no rate links the currencies)."""
    if f.q.unit == unit:
        return f.allowed, None
    rate = _rate(f.q.unit, unit, rates, f.when)
    if rate is None:
        return None
    return f.allowed.scaled(rate.per_unit).widened(rate.margin), rate


def _values_meet(a: _Figure, b: _Figure, rates: list[Rate]) -> bool:
    converted = _in_unit(b, a.q.unit, rates)
    return converted is not None and a.allowed.meets(converted[0])


# --------------------------------------------------------------------------- clustering


def _stated_pairs(figures: list[_Figure]) -> Iterator[tuple[int, int, Rate]]:
    """Money figures followed, in the same sentence, by their conversion into another currency."""
    for i, a in enumerate(figures):
        ev = a.q.evidence
        if ev is None:
            continue
        for j in range(i + 1, min(i + 3, len(figures))):
            b = figures[j]
            if not _same_sentence(a.q, b.q):
                break
            rate = stated_rate(a.q, b.q, ev.text, ev.start)
            if rate is not None:
                yield i, j, rate


def _link_score(a: _Figure, b: _Figure, rates: list[Rate]) -> int | None:
    """How strongly two figures belong together (None: they cannot be one fact)."""
    rel = relation(a, b)
    if rel == "differ":
        return None
    meet = _values_meet(a, b, rates)
    if rel == "maybe":
        return 1 if meet else None
    return 3 if meet else 2


_Link = tuple[int, int, int]
"""Complete-linkage statistics of two groups: weakest figure-pair score, sum, pair count."""


def _group_link(g: _Group, h: _Group) -> _Link | None:
    """Every cross pair must be linkable (complete linkage); None as soon as one is not."""
    rates = g.rates + h.rates
    weakest, total, count = 3, 0, 0
    for a in g.figures:
        for b in h.figures:
            s = _link_score(a, b, rates)
            if s is None:
                return None
            weakest, total, count = min(weakest, s), total + s, count + 1
    return weakest, total, count


def _cluster(figures: list[_Figure]) -> list[_Group]:
    """Agglomerate figures into facts, strongest merges first, never chaining through a figure
    whose unknown horizon or actor would join two facts that differ."""
    groups = [_Group([f]) for f in figures]
    absorbed: set[int] = set()
    for i, j, rate in _stated_pairs(figures):
        if i in absorbed or j in absorbed:
            continue
        groups[i].figures.extend(groups[j].figures)
        groups[i].rates.append(rate)
        absorbed.add(j)
    live = [g for k, g in enumerate(groups) if k not in absorbed]
    blocks: dict[tuple[str, str | None], list[_Group]] = {}
    for g in live:
        first = g.figures[0]
        blocks.setdefault((first.q.dimension, first.subject), []).append(g)
    out: list[_Group] = []
    loose: list[_Group] = []
    for (_, subject), block in blocks.items():
        # Without a subject a figure is never the same fact as another (see `relation`)...
        if subject is None:
            loose.extend(block)
        else:
            out.extend(_agglomerate(block))
    # ... unless it restates one fact exactly: see `_restates`.
    for g in loose:
        homes = [h for h in out if _restates(g, h)]
        if len(homes) == 1:
            homes[0].figures.extend(g.figures)
            homes[0].rates.extend(g.rates)
        else:
            out.append(g)
    return out


def _restates(g: _Group, h: _Group) -> bool:
    """Whether a group of figures with no subject restates the fact `h`: the same actor, named
    or not, on every figure, compatible horizons, and the same value stated in the same unit
    ("va investir 12 milliards de dirhams" beside "un investissement de 12 milliards de dirhams").
    Only one such fact may qualify, or the figure stays alone."""
    same_value = False
    for a in g.figures:
        for b in h.figures:
            qa, qb = a.q, b.q
            if qa.dimension != qb.dimension or a.org is None or a.org != b.org:
                return False
            if a.when is not None and b.when is not None and not same_horizon(a.when, b.when):
                return False
            if qa.unit == qb.unit and qa.interval == qb.interval:
                same_value = True
            elif not _values_meet(a, b, g.rates + h.rates):
                return False
    return same_value


def _agglomerate(groups: list[_Group]) -> list[_Group]:
    """Merge the best-linked pair of groups first, until no pair may merge.

    Pair statistics are computed once and combined on each merge (the weakest link of a
    merged group to another is the weaker of its parts' links), and candidates sit in a heap,
    so a block of n figures costs about n² pair checks, not n³.
    """
    alive = dict(enumerate(groups))
    links: dict[tuple[int, int], _Link] = {}
    heap: list[tuple[int, float, int, int]] = []

    def note(i: int, j: int, link: _Link | None) -> None:
        if link is not None:
            links[(i, j)] = link
            heapq.heappush(heap, (-link[0], -link[1] / link[2], i, j))

    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            note(i, j, _group_link(groups[i], groups[j]))
    next_id = len(groups)
    while heap:
        _, _, i, j = heapq.heappop(heap)
        if i not in alive or j not in alive:
            continue
        first, second = alive.pop(i), alive.pop(j)
        merged = _Group(first.figures + second.figures, first.rates + second.rates)
        for k in alive:
            a, b = links.get((min(i, k), max(i, k))), links.get((min(j, k), max(j, k)))
            if a is not None and b is not None:
                note(k, next_id, (min(a[0], b[0]), a[1] + b[1], a[2] + b[2]))
        alive[next_id] = merged
        next_id += 1
    return list(alive.values())


# --------------------------------------------------------------------------- verdicts


def _fr(x: float, significant: int = 4) -> str:
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
        return f"conversion donnée par la source (1 {r.base} = {_fr(r.per_unit)} {r.quote})"
    return (
        f"converti au taux de référence du {rate.date} (1 {r.base} = {_fr(r.per_unit)} "
        f"{r.quote}, ±{_fr(rate.margin * 100)} %)"
    )


def _shown(text: str) -> str:
    """A figure as quoted in an explanation: one line, whatever the article's wrapping."""
    return " ".join(text.split())


def _figures_phrase(members: list[_Figure]) -> str:
    texts = list(dict.fromkeys(_shown(f.q.text) for f in members))
    shown = " / ".join(f"« {t} »" for t in texts[:4])
    return shown + (f" (+{len(texts) - 4})" if len(texts) > 4 else "")


def _reference_unit(figures: list[_Figure]) -> str:
    counts = Counter(f.q.unit for f in figures)
    return max(counts, key=lambda u: (counts[u], -[f.q.unit for f in figures].index(u)))


def _judge(group: _Group, approx_tolerance: float) -> tuple[Verdict, str, str]:
    """Verdict, explanation and comparison unit of a cluster."""
    figures = group.figures
    unit = _reference_unit(figures)
    n_docs = len({f.q.doc for f in figures})
    if len(figures) == 1:
        return "agree", "Chiffre cité une seule fois.", unit
    converted: list[tuple[_Figure, Interval]] = []
    rates_used: list[Rate] = []
    missing: list[_Figure] = []
    for f in figures:
        got = _in_unit(f, unit, group.rates)
        if got is None:
            missing.append(f)
            continue
        converted.append((f, got[0]))
        if got[1] is not None and got[1] not in rates_used:
            rates_used.append(got[1])
    clash = _worst_clash(converted)
    if clash is not None:
        a, b = clash
        return "conflict", _conflict_phrase(a, b, unit, group.rates), unit
    stated = {(f.q.unit, f.q.interval) for f in figures}
    if len(stated) == 1 and not any(f.q.qualifier in _BOUNDS for f in figures):
        where = f"{len(figures)} mentions, {n_docs} article{'s' if n_docs > 1 else ''}"
        return "agree", f"{_figures_phrase(figures)} : même valeur ({where}).", unit
    reasons = _compatible_reasons(figures, rates_used, missing, approx_tolerance)
    return "compatible", f"{_figures_phrase(figures)} : compatibles, {', '.join(reasons)}.", unit


def _worst_clash(converted: list[tuple[_Figure, Interval]]) -> tuple[_Figure, _Figure] | None:
    """The two figures whose intervals lie furthest apart, or None when all pairs meet."""
    worst: tuple[float, _Figure, _Figure] | None = None
    for i, (a, ia) in enumerate(converted):
        for b, ib in converted[i + 1 :]:
            if ia.meets(ib):
                continue
            gap = max(ia.low - ib.high, ib.low - ia.high)
            if worst is None or gap > worst[0]:
                worst = (gap, a, b)
    return None if worst is None else (worst[1], worst[2])


def _conflict_phrase(a: _Figure, b: _Figure, unit: str, rates: list[Rate]) -> str:
    la, lb = a.q.interval[0], b.q.interval[0]
    via = ""
    if a.q.unit != b.q.unit:
        rate = _rate(b.q.unit, a.q.unit, rates, b.when)
        if rate is not None:
            lb *= rate.per_unit
            via = f" ({_rate_phrase(rate)})"
    small, big = sorted((abs(la), abs(lb)))
    ratio = f"l'un vaut {_fr(big / small, 2)} fois l'autre" if small else "l'un est nul"
    return (
        f"« {_shown(a.q.text)} » ({a.q.doc}) et « {_shown(b.q.text)} » ({b.q.doc}) : en conflit, "
        f"même sujet, acteur et horizon mais {ratio}{via}."
    )


def _compatible_reasons(
    figures: list[_Figure], rates: list[Rate], missing: list[_Figure], approx_tolerance: float
) -> list[str]:
    reasons = []
    if any(f.q.qualifier in _BOUNDS for f in figures):
        reasons.append("une borne et une valeur qui la respecte")
    if any(f.q.qualifier == "range" for f in figures):
        reasons.append("une fourchette qui contient les autres valeurs")
    if any(f.q.qualifier == "approx" for f in figures):
        reasons.append(f"une valeur approchée (« environ » : ±{_fr(approx_tolerance * 100)} %)")
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


# --------------------------------------------------------------------------- facts


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _bound(x: float) -> float | None:
    return None if math.isinf(x) else x


def _fact(group: _Group, ids: set[str], approx_tolerance: float) -> Fact:
    verdict, explanation, unit = _judge(group, approx_tolerance)
    qs = sorted((f.q for f in group.figures), key=lambda q: (q.doc, q.start))
    key = FactKey(
        subject=_most_common(q.subject for q in qs),
        org=_most_common(q.org for q in qs),
        when=_most_common(_normal_when(q.when) for q in qs),
        dimension=qs[0].dimension,
        unit=unit,
    )
    base = "-".join(_slug(p) for p in (key.org, key.subject, key.when) if p) or _slug(qs[0].text)
    fact_id, n = base, 2
    while fact_id in ids:
        fact_id, n = f"{base}-{n}", n + 1
    ids.add(fact_id)
    description = (
        f"{key.org or 'acteur non précisé'} — {key.subject or 'sans sujet'}, "
        f"{key.when or 'sans horizon'} ({key.unit})"
    )
    allowed = {id(f.q): f.allowed for f in group.figures}
    members = [
        Member(
            doc=q.doc,
            start=q.start,
            end=q.end,
            text=q.text,
            value=q.value,
            low=_bound(allowed[id(q)].low),
            high=_bound(allowed[id(q)].high),
            unit=q.unit,
            qualifier=q.qualifier,
            evidence=q.evidence,
        )
        for q in qs
    ]
    return Fact(
        id=fact_id,
        fact=description,
        key=key,
        verdict=verdict,
        explanation=explanation,
        members=members,
    )


def _records(extractions: Iterable[object]) -> Iterator[Quantity | OrgMention]:
    """Quantities and orgs from records or batches of records (as `extract_batch` yields them)."""
    for item in extractions:
        if isinstance(item, Quantity | OrgMention):
            yield item
        elif isinstance(item, DateMention):
            continue
        elif isinstance(item, Iterable) and not isinstance(item, str | bytes):
            yield from _records(item)
        else:
            raise TypeError(f"reconcile expects claimx records, got {type(item).__name__}")


def reconcile(
    extractions: Iterable[object], *, approx_tolerance: float = DEFAULT_APPROX_TOLERANCE
) -> Reconciliation:
    """Cluster the quantities of `extractions` into facts, each with a verdict.

    `extractions`: records (`Quantity`, `DateMention`, `OrgMention`; quantities are
    clustered, org mentions tell which sentences name an actor) or batches of records, e.g.
    `claimx.extract_batch(...)` as is.
    `approx_tolerance`: relative tolerance of an `approx` figure ("environ"), 10 % by default.
    Figures stated once are kept as single-member facts.
    """
    seen: dict[tuple[str, int, int], Quantity] = {}
    orgs: _OrgSpans = {}
    for rec in _records(extractions):
        if isinstance(rec, OrgMention):
            orgs.setdefault(rec.doc, []).append((rec.start, _actor_key(rec.canonical)))
        else:
            seen.setdefault((rec.doc, rec.start, rec.end), rec)
    ordered = sorted(seen.values(), key=lambda q: (q.doc, q.start))
    groups = _cluster([_figure(q, orgs, approx_tolerance) for q in ordered])
    ids: set[str] = set()
    facts = [
        _fact(g, ids, approx_tolerance)
        for g in sorted(groups, key=lambda g: (g.figures[0].q.doc, g.figures[0].q.start))
    ]
    facts.sort(key=lambda f: (f.single, _VERDICT_ORDER[f.verdict], -len(f.members)))
    return Reconciliation(facts=facts)
