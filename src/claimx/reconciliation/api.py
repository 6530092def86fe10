"""`reconcile`: the figures of several articles as facts, conflicts first.

Reads records (`Quantity`, `OrgMention`; dates are skipped) or batches of them, as
`claimx.extract_batch` yields them or as `claimx reconcile --records` reads them back; writes a
`Reconciliation`. The stages: comparison keys (`keys.py`), pairwise evidence (`evidence.py`),
clustering (`cluster.py`), verdicts and explanations (`verdicts.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ..records import DateMention, OrgMention, Quantity
from ..textpatterns import fold
from .cluster import Group, cluster
from .evidence import Figure, figure, finite
from .facts import Fact, FactKey, Member, Reconciliation
from .intervals import DEFAULT_APPROX_TOLERANCE
from .keys import actor_key, normal_when, org_aliases
from .verdicts import judge

_VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _fact(group: Group, ids: set[str], approx_tolerance: float) -> Fact:
    verdict, explanation, unit = judge(group, approx_tolerance)
    qs = sorted((f.q for f in group.figures), key=lambda q: (q.doc, q.start))
    key = FactKey(
        subject=_most_common(q.subject for q in qs),
        org=_most_common(q.org for q in qs),
        when=_most_common(normal_when(q.when) for q in qs),
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
            low=finite(allowed[id(q)].low),
            high=finite(allowed[id(q)].high),
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


_OrgSpans = dict[str, list[tuple[int, str | None]]]


def _named(q: Quantity, key: str | None, orgs: _OrgSpans, aliases: dict[str, str]) -> bool:
    """Whether the sentence of `q` names its actor. Records of claimx carry it (`org_source`);
    records from elsewhere (a gold file) are checked against the org mentions of the sentence
    and the sentence's own words."""
    if key is None:
        return False
    if q.org_source is not None:
        return q.org_source == "sentence"
    ev = q.evidence
    if ev is None:
        return True
    if any(ev.start <= start < ev.end and name == key for start, name in orgs.get(q.doc, [])):
        return True
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", fold(ev.text)) is not None


def reconcile(
    extractions: Iterable[object], *, approx_tolerance: float = DEFAULT_APPROX_TOLERANCE
) -> Reconciliation:
    """Cluster the quantities of `extractions` into facts, each with a verdict.

    `extractions`: records (`Quantity`, `DateMention`, `OrgMention`; quantities are
    clustered, org mentions tell which names are one actor and which sentences name it) or
    batches of records, e.g. `claimx.extract_batch(...)` as is.
    `approx_tolerance`: relative tolerance of an `approx` figure ("environ"), 10 % by default.
    Figures stated once are kept as single-member facts.
    """
    seen: dict[tuple[str, int, int], Quantity] = {}
    org_mentions: list[OrgMention] = []
    for rec in _records(extractions):
        if isinstance(rec, OrgMention):
            org_mentions.append(rec)
        else:
            seen.setdefault((rec.doc, rec.start, rec.end), rec)
    aliases = org_aliases(org_mentions)
    orgs: _OrgSpans = {}
    for o in org_mentions:
        orgs.setdefault(o.doc, []).append((o.start, actor_key(o.canonical, aliases)))
    ordered = sorted(seen.values(), key=lambda q: (q.doc, q.start))
    figures: list[Figure] = []
    for q in ordered:
        named = _named(q, actor_key(q.org, aliases), orgs, aliases)
        figures.append(figure(q, aliases, named, approx_tolerance))
    groups = cluster(figures)
    ids: set[str] = set()
    facts = [
        _fact(g, ids, approx_tolerance)
        for g in sorted(groups, key=lambda g: (g.figures[0].q.doc, g.figures[0].q.start))
    ]
    facts.sort(key=lambda f: (f.single, _VERDICT_ORDER[f.verdict], -len(f.members)))
    return Reconciliation(facts=facts)
