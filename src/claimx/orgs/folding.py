"""Length-preserving folding of text for organisation matching, and the probed regex search.

Reads text; writes the same text with accents dropped, apostrophes, spaces and hyphens unified
(`fold_accents`) and lower-cased (`fold`), one character for one so offsets stay valid, and the
`Search` that finds a regex's matches fast by probing for its body first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Length-preserving character folding: apostrophes, spaces and hyphens unified, accents dropped.
_CHAR_MAP = {
    "\u2019": "'",
    "\u02bc": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2011": "-",
    "\u2010": "-",
}


class _FoldTable(dict[int, str]):
    """`str.translate` table folding one character to one character, filled on first use of each
    character: folding a whole document is then a single C-level pass."""

    def __init__(self, lower: bool) -> None:
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        char = _CHAR_MAP.get(chr(code), chr(code))
        char = unicodedata.normalize("NFD", char)[0]
        if self.lower and len(low := char.lower()) == 1:
            char = low
        self[code] = char
        return char


_ACCENTS_TABLE = _FoldTable(lower=False)
_FOLD_TABLE = _FoldTable(lower=True)


def fold_accents(text: str) -> str:
    """`text` without accents, with unified apostrophes and spaces; same length as `text`."""
    return text.translate(_ACCENTS_TABLE)


def fold(text: str) -> str:
    """`fold_accents` and lower case, keeping the length (offsets stay valid)."""
    return lower_folded(fold_accents(text))


def lower_folded(accents: str) -> str:
    """`fold` of a text already accent-folded. `str.lower` is ten times faster than a table and
    maps each character to one here ("İ", the only capital that lower-cases to two characters,
    is folded to "I"), except that it writes a word-final "Σ" as "ς"."""
    return accents.lower() if "Σ" not in accents else accents.translate(_FOLD_TABLE)


def name_key(text: str) -> str:
    """The key a name is looked up under: its spaces and hyphens as one space."""
    return re.sub(r"[\s-]+", " ", text).strip()


def alias_piece(char: str) -> str:
    """Regex of one character of a lexicon key: its spaces also match hyphens ("Al-Maghrib")."""
    return r"[-\s]+" if char == " " else re.escape(char)


@dataclass(frozen=True)
class Search:
    r"""A regex and, when it opens with a zero-width test (`\b`, `(?<!\w)`), a probe: the
    regex without that test.

    Python's regex engine jumps straight to the possible first characters of a pattern that
    opens with a letter, a character class or an alternation of words, but tries every position
    of the document when it opens with a test. The probe matches wherever the regex does, so it
    finds the candidate positions fast and the regex decides at each. Several times faster when
    few characters can begin a match (capitals of case-kept text, a keyword); on lower-cased
    text, where most letters can, there is no probe.
    """

    regex: re.Pattern[str]
    probe: re.Pattern[str] | None = None

    @classmethod
    def compile(cls, test: str, body: str, probe: bool = True) -> Search:
        """Search for `test` + `body`, probing with `body` alone when `probe`."""
        return cls(re.compile(test + body), re.compile(body) if probe else None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of `regex.finditer(text)`, for a regex matching one character at least."""
        if self.probe is None:
            yield from self.regex.finditer(text)
            return
        pos = 0
        while candidate := self.probe.search(text, pos):
            start = candidate.start()
            if m := self.regex.match(text, start):
                yield m
                pos = max(m.end(), start + 1)
            else:
                pos = start + 1
