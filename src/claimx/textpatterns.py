"""Turn lexicon entries into regex sources that tolerate the spellings of real articles.

French news mixes accented and plain letters ("megawatts"), straight and curly apostrophes,
hyphens and spaces ("pour-cent"), and no-break spaces inside figures. Every lexicon word goes
through `word_pattern` so that each data file lists a form once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

# Letters that news copy writes with or without their accent.
_ACCENTS = {
    "a": "aàâä",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "y": "yÿ",
}
_FOLD = {ch: base for base, chars in _ACCENTS.items() for ch in chars}

APOSTROPHE = "['’‘`]"
SPACE = r"[ \t\n\u00a0\u202f]"
"""One space, incl. the no-break spaces French typography puts in figures and the line breaks of
hard-wrapped paragraphs ("11 millions\nd'euros")."""


def fold(text: str) -> str:
    """Lower case without accents: the key under which lexicon words are compared."""
    lowered = text.lower()
    return "".join(_FOLD.get(ch, ch) for ch in unicodedata.normalize("NFC", lowered))


def word_pattern(word: str) -> str:
    """Regex source for a lexicon word, case-insensitive and accent-tolerant.

    "mégawatts" matches "Mégawatts", "megawatts"; "pour cent" matches "pour-cent" and
    "pour\u00a0cent"; "plus d'" matches "plus d’".
    """
    out: list[str] = []
    for ch in word:
        base = _FOLD.get(ch.lower(), ch.lower())
        if ch in " -":
            out.append(rf"(?:{SPACE}+|{SPACE}*-{SPACE}*)")
        elif ch in "'’":
            out.append(APOSTROPHE + f"{SPACE}?")
        elif base in _ACCENTS:
            chars = _ACCENTS[base]
            out.append("[" + chars + chars.upper() + "]")
        elif ch.isalpha():
            out.append("[" + re.escape(ch.lower()) + re.escape(ch.upper()) + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def symbol_pattern(symbol: str) -> str:
    """Regex source for a case-sensitive symbol; inner spaces may be any space."""
    return rf"{SPACE}*".join(re.escape(part) for part in symbol.split(" "))


def alternation(patterns: list[str]) -> str:
    """One non-capturing group trying the longest sources first (longest match wins)."""
    unique = sorted(set(patterns), key=len, reverse=True)
    return "(?:" + "|".join(unique) + ")"


def trie_alternation(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """Regex source matching any of `words`, longest first, factored into a trie.

    The regex engine tries each branch of a flat alternation at every position of a document;
    a trie tries one branch per distinct next character. The words matching at one position are
    prefixes of one another, so trying continuations before a word's end gives the match of the
    flat alternation sorted longest first. This needs sibling branches that never match the same
    character: under (?i), pass lower-cased words ("G" and "g" would both match; distinct
    lower-case letters do not, bar exotic pairs such as "ı"/"i"). `piece` turns one character
    into regex source.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict[str, Any]) -> str:
        branches = [piece(char) + source(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return source(trie) if trie else ""
