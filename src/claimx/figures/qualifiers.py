"""Read the words that bound or hedge a figure ("plus de", "environ", "jusqu'à" ...).

The words live in `data/qualifiers.yaml`; this module compiles them into two anchored regexes:
one that ends where the figure starts, one that starts where it ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import load_qualifiers
from ..textpatterns import SPACE, fold, word_alternation


@dataclass(frozen=True)
class QualifierMatch:
    start: int
    end: int
    qualifier: str


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    data = load_qualifiers()

    def table(section: dict[str, tuple[str, ...]]) -> dict[str, str]:
        return {fold(w): qual for qual, words in section.items() for w in words}

    before, after = table(data.before), table(data.after)

    # A qualifier ends right before the figure ("plus de 500", "plus d'un million", "~ 40").
    before_re = re.compile(rf"(?<![\w])(?P<q>{word_alternation(before)}){SPACE}*$")
    # Not across a comma: in "12 milliards de DH, environ 1,1 milliard €" the hedge is the
    # next figure's.
    after_re = re.compile(rf"[ \u00a0]*(?P<q>{word_alternation(after)})(?![\w])")
    return before_re, after_re, before, after


def _key(surface: str) -> str:
    key = fold(re.sub(r"[’‘`]", "'", surface))
    key = re.sub(r"\s*-\s*", "-", re.sub(r"[\s\u00a0\u202f]+", " ", key))
    return re.sub(r"' ", "'", key)


def _lookup(surface: str, table: dict[str, str]) -> str | None:
    key = _key(surface)
    return table.get(key) or table.get(key.replace("-", " "))


def qualifier_before(text: str, start: int) -> QualifierMatch | None:
    """The qualifier written just before a figure starting at `start`."""
    before_re, _, before, _ = _compiled()
    m = before_re.search(text, max(0, start - 40), start)
    if not m:
        return None
    qual = _lookup(m.group("q"), before)
    return QualifierMatch(m.start("q"), m.start("q") + len(m.group("q")), qual) if qual else None


def qualifier_after(text: str, end: int) -> QualifierMatch | None:
    """A qualifier written right after a figure ("500 personnes environ", "10 % au moins")."""
    _, after_re, _, after = _compiled()
    m = after_re.match(text, end)
    if not m:
        return None
    qual = _lookup(m.group("q"), after)
    return QualifierMatch(m.start("q"), m.end("q"), qual) if qual else None


_LOWER_BOUNDS = {"more_than", "at_least"}
_UPPER_BOUNDS = {"less_than", "at_most"}


@cache
def _joiners() -> frozenset[str]:
    return frozenset(j.strip().lower() for j in load_qualifiers().bound_joiners)


def bounds_pair(first: str, second: str, between: str) -> tuple[int, int] | None:
    """Whether two bounded figures form one range ("plus de 10 et moins de 40"): the indexes
    (0 or 1) of the lower and the upper bound, or None."""
    if " ".join(between.split()).lower() not in _joiners():
        return None
    if first in _LOWER_BOUNDS and second in _UPPER_BOUNDS:
        return (0, 1)
    if first in _UPPER_BOUNDS and second in _LOWER_BOUNDS:
        return (1, 0)
    return None


@cache
def _change_verbs(by_amount: bool) -> re.Pattern[str]:
    data = load_qualifiers()
    alt = word_alternation(data.change_by_verbs if by_amount else data.change_verbs)
    return re.compile(rf"(?<!\w){alt}(?:{SPACE}+\w+)?{SPACE}*,?{SPACE}*$")


def after_change_verb(text: str, pos: int, by_amount: bool = False) -> bool:
    """Whether a verb of change ends right before `pos` ("est passé | de 13,1 % à 13,7 %");
    with `by_amount`, a verb that takes the amount of its change ("a progressé | de 6 à 8 %")."""
    return bool(_change_verbs(by_amount).search(text, max(0, pos - 40), pos))
