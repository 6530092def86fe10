"""Context checks on a date pattern's match: a year inside a name or an amount is not a date.

Reads the text around a match (`Found`) and the lexicon's word lists; writes a yes/no per check.
`CHECKS` names them for the patterns of `data/dates.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..textpatterns import fold_key
from .holidays import load_holiday_table
from .lexicon import Lexicon


@dataclass(frozen=True)
class Found:
    """A pattern match, its start moved left over the prefix words it stands after."""

    start: int
    prefixed: bool
    match: re.Match[str]


_WORD_BEFORE = re.compile(r"([\w°'’.-]+)[\s\u00a0\u202f]*(?:\([^()\n]{1,8}\)[\s\u00a0\u202f]*)?$")
_WORD_AFTER = re.compile(r"^[\s\u00a0\u202f]*([%€$]|[^\W\d_][\w'’²³-]*)")


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, skipping a short bracket such as "(f)" in "CAN (f) 2024"."""
    match = _WORD_BEFORE.search(text, max(0, start - 60), start)
    return match.group(1) if match else ""


def _tail_in(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the text before `start` ends with one of `words` (folded, whole words)."""
    window = fold_key(text[max(0, start - 30) : start]).rstrip()
    return any(
        window.endswith(w) and (len(window) == len(w) or not window[-len(w) - 1].isalnum())
        for w in words
    )


def _is_name_word(word: str, lex: Lexicon) -> bool:
    last = re.split(r"['’]", word)[-1].strip(".-")
    if not last or not (last[0].isupper() or last.isupper()):
        return False
    return fold_key(last) not in lex.words["NOT_NAMES"]


def _not_name(text: str, found: Found, lex: Lexicon) -> bool:
    """A year right after a name word is part of the name: "CAN 2024", "Maroc Digital 2030",
    "EURO féminin 2025" (a name inside the sentence or an acronym, then one lower-case word)."""
    if found.prefixed:
        return True
    before = _word_before(text, found.start)
    if _is_name_word(before, lex):
        return False
    if not before or fold_key(before) in lex.words["NOT_NAMES"] or not before.isalpha():
        return True
    at = text.rindex(before, 0, found.start)
    further = _word_before(text, at)
    if not _is_name_word(further, lex):
        return True
    opens_sentence = not text[: text.rindex(further, 0, at)].rstrip(" \t\u00a0")[-1:].isalnum()
    return opens_sentence and not further.isupper()


def _not_glued(text: str, found: Found, lex: Lexicon) -> bool:
    """A year hyphenated to a word is part of a name ("CHAN-2024"), to a number part of a
    range rejected as a name ("Génération Green 2020-2030")."""
    start = found.start
    glued = start >= 2 and text[start - 1] in "-/‑–" and text[start - 2].isalnum()
    return found.prefixed or not glued


def _not_amount(text: str, found: Found, lex: Lexicon) -> bool:
    """A four-digit number that counts is an amount: "2000 personnes", "plus de 2000"."""
    start, end = found.start, found.match.end()
    if found.prefixed or _tail_in(text, start, lex.words["YEAR_CUES"]):
        return True
    if _tail_in(text, start, lex.words["AMOUNT_BEFORE"]):
        return False
    if re.search(r"\d[ \u00a0\u202f]$", text[max(0, start - 2) : start]):
        return False
    after = _WORD_AFTER.match(text[end : end + 40])
    if after is None:
        return True
    word = after.group(1)
    if fold_key(word) in lex.words["AMOUNT_UNITS"] or word in "%€$":
        return False
    plural = len(word) >= 3 and word[-1] in "sx" and word.islower()
    return not plural or fold_key(word) in lex.words["YEAR_FOLLOWERS"]


def _not_numbered(text: str, found: Found, lex: Lexicon) -> bool:
    """Numbers of legal texts are not dates: "loi n° 3/2015", "décret n° 2-24-1187"."""
    return not _tail_in(text, found.start, lex.words["AMOUNT_BEFORE"])


def _not_frequency(text: str, found: Found, lex: Lexicon) -> bool:
    """Frequencies are not dates: "chaque vendredi", "tous les lundis"."""
    return not _tail_in(text, found.start, lex.words["FREQUENCY"])


def _range_lead(text: str, found: Found, lex: Lexicon) -> bool:
    """ "entre" goes with "et", "de"/"du" with "au"/"à"/"jusqu'à". Two days joined by "et"
    without "entre" are a range only when they follow each other ("les 4 et 5 juillet") or
    stand bare ("4 et 22 ce mois"); "les 4 et 22 juillet" are two days. Two months joined by
    "et" are a range when they follow each other ("juillet et août")."""
    groups = found.match.groupdict()
    conn = fold_key(groups["conn"])
    opened = fold_key(found.match.group(0)).startswith("entre")
    if not conn.startswith("et"):
        return not opened
    if opened:
        return True
    if groups.get("month2") and not groups.get("day"):  # "juillet et août"
        first, second = (lex.months[fold_key(groups[k])] for k in ("month", "month2"))
        return second == first % 12 + 1
    if not groups.get("day"):
        return False
    if int(groups["day2"]) == int(groups["day"]) + 1:
        return True
    return not _tail_in(text, found.start, lex.words["DAY_ARTICLES"])


def _has_shift(text: str, found: Found, lex: Lexicon) -> bool:
    """A count of years is a horizon only with a direction: "les trois prochaines années"; a
    direction after the count needs a lead word ("au cours des", "les")."""
    groups = found.match.groupdict()
    if groups.get("shift3"):
        return True
    return bool(groups.get("lead") and (groups.get("shift") or groups.get("shift2")))


def _season_context(text: str, found: Found, lex: Lexicon) -> bool:
    """A season needs a determiner, a year or a direction: "a été" is a verb, "l'été" a date."""
    groups = found.match.groupdict()
    return bool(groups.get("lead") or groups.get("year") or groups.get("shift"))


_ARTICLES = frozenset({"de", "du", "des", "d", "l", "la", "le", "les"})
_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-ZÀ-Ý][a-zà-ÿ]")


def _holiday_context(text: str, found: Found, lex: Lexicon) -> bool:
    """A feast that is a date, not part of a name: "le Père Noël", "un marché de Noël",
    "Tariq Ramadan", "Toussaint Louverture", "l'ascension sociale" are none."""
    m = found.match
    name = m.group("holiday")
    entry = load_holiday_table().by_name.get(fold_key(name))
    if entry is None or (entry.capitalised and name.islower()):
        return False
    before = _LETTERS.findall(text[max(0, m.start() - 40) : m.start()])
    while before and before[-1].lower() in _ARTICLES:
        before.pop()
    if before and fold_key(before[-1]) in load_holiday_table().not_after:
        return False
    if _CAPITAL_NEXT.match(text, m.end()):
        return False
    word = _word_before(text, m.start())
    return found.prefixed or not _is_name_word(word, lex) or _opens_sentence(text, word, m.start())


def _opens_sentence(text: str, word: str, start: int) -> bool:
    at = text.rfind(word, 0, start)
    return not text[:at].rstrip(" \t\u00a0")[-1:].isalnum()


CHECKS: dict[str, Callable[[str, Found, Lexicon], bool]] = {
    "not_name": _not_name,
    "not_glued": _not_glued,
    "not_amount": _not_amount,
    "not_numbered": _not_numbered,
    "not_frequency": _not_frequency,
    "range_lead": _range_lead,
    "has_shift": _has_shift,
    "season_context": _season_context,
    "holiday_context": _holiday_context,
}
