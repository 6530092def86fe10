"""Comparison keys of a figure's attributes: subject, horizon and actor.

Reads records (`Quantity`, `OrgMention`) and `data/synonyms.yaml`; writes plain keys that
`evidence.py` compares. No text is re-read here: what extraction knew travels on the records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from ..datafiles import load_synonyms
from ..errors import DataFileError
from ..orgs.tables import load_words
from ..records import OrgMention
from ..textpatterns import fold


def word_key(text: str) -> str:
    """Lemma comparison key: folded case and accents, straight apostrophe, no plural -s/-x."""
    words = re.sub(r"['’‘`]", "' ", fold(text)).split()
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words)


@cache
def _synonym_groups() -> dict[str, str]:
    """Lemma key -> group name, from `data/synonyms.yaml` (a lemma in one group only)."""
    groups: dict[str, str] = {}
    for group in load_synonyms().groups:
        for lemma in group.lemmas:
            key = word_key(lemma)
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
    key = word_key(subject)
    groups = _synonym_groups()
    if key in groups:
        return groups[key]
    head = key.split()[0]
    return groups.get(head, key)


def subject_head(subject: str | None) -> str | None:
    """The head word of a subject ("taux d'intégration" -> "taux"), as a key."""
    if not subject or not subject.strip():
        return None
    return word_key(subject).split()[0]


def normal_when(when: str | None) -> str | None:
    """A horizon as one spelling: "2024-2026" (a range with a hyphen) reads "2024/2026"."""
    if not when or not when.strip():
        return None
    return re.sub(r"^(\d{4})-(\d{4})$", r"\1/\2", when.strip())


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


_GOVERNMENT = re.compile(
    r"^(?:le |l')?(?:gouvernement|etat|royaume|republique)\s+(?:du |de la |de l'|des |de |d')\s*"
)
"""A country and its government are one actor: "Gouvernement du Sénégal" is keyed "senegal"."""


def actor_key(org: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The comparison key of an actor name: folded, a government keyed by its country, and an
    acronym replaced by the full name another record of the batch gives it."""
    if not org or not org.strip():
        return None
    key = fold(org).strip().replace("’", "'")
    if aliases:
        key = aliases.get(key, key)
    return _GOVERNMENT.sub("", key)


def org_aliases(orgs: Iterable[OrgMention]) -> dict[str, str]:
    """Folded surface -> folded canonical name, from the org mentions of the batch: "STEG" in one
    article and "Société tunisienne de l'électricité et du gaz (STEG)" in another are one actor.
    A surface given two canonical names is ambiguous and left out."""
    seen: dict[str, set[str]] = {}
    for o in orgs:
        surface = fold(o.text).strip().replace("’", "'")
        canonical = fold(o.canonical).strip().replace("’", "'")
        seen.setdefault(surface, set()).add(canonical)
    aliases = {s: next(iter(c)) for s, c in seen.items() if len(c) == 1}
    canonicals = {c for names in seen.values() for c in names}
    shortened = _shortened(canonicals)
    aliases = {s: shortened.get(c, c) for s, c in aliases.items()}
    for short, full in shortened.items():
        aliases.setdefault(short, full)
    return {s: c for s, c in aliases.items() if s != c}


def _opens_complement(rest: str) -> bool:
    """Whether the rest of a name opens a "de" complement: " de la cour", " d'investissement"
    (the connectors of `data/orgs_words.yaml`)."""
    words = rest.split()
    if not rest.startswith(" ") or not words:
        return False
    connectors = load_words().lowercase_connectors
    return words[0] in connectors or words[0].startswith(
        tuple(c for c in connectors if c.endswith(("'", "’")))
    )


def _shortened(names: set[str]) -> dict[str, str]:
    """Names of two words or more that another name of the batch goes on with a complement
    ("chambre des comptes" of "chambre des comptes de la cour supreme", "banque centrale" of
    "banque centrale de tunisie"): the short form names the same body when only one name
    extends it, or names that each go on from the shortest of them (a name read too far).
    The longer names are found by prefix in the sorted names, not by a scan of them all."""
    ordered = sorted(names)
    out: dict[str, str] = {}
    for short in names:
        if len(short.split()) < 2:
            continue
        prefix = short + " "
        longer = []
        for name in ordered[bisect_left(ordered, prefix) :]:
            if not name.startswith(prefix):
                break
            if _opens_complement(name[len(short) :]):
                longer.append(name)
        if not longer:
            continue
        first = min(longer, key=len)
        if all(n.startswith(first) for n in longer):
            out[short] = first
    return out
