"""Name keys and the probed regex search of organisation matching.

Reads text; writes the key a name is looked up under (`name_key`), the regex of a lexicon key
(`alias_piece`) and the `Search` that finds a regex's matches fast by probing for its body first.
Folding itself is `textpatterns.fold`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


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
