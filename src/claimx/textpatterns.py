"""The one text toolkit of claimx: accent folding, lexicon words as regexes, longest-first
alternations and whole-word searches.

French news mixes accented and plain letters ("megawatts"), straight and curly apostrophes,
hyphens and spaces ("pour-cent"), and no-break spaces inside figures. Every stage compares words
through `fold` (or `fold_key`) and turns lexicon words into regexes through `word_pattern`,
`word_alternation` and `word_search`, so that each data file lists a form once and every stage
reads it the same way.

Folding keeps one character for one (`len(fold(t)) == len(t)`): a folded copy of a document
keeps the offsets of the source, so a match found in it is a match in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

# Letters that news copy writes with or without their accent. `word_pattern` accepts any of
# them for the plain or accented letter of a lexicon word.
ACCENT_VARIANTS = {
    "a": "aàâä",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "y": "yÿ",
}
_BASE = {ch: base for base, chars in ACCENT_VARIANTS.items() for ch in chars}

# Characters `fold` unifies besides accents: every apostrophe `APOSTROPHE` matches (so a word
# found by `word_pattern` folds to its lexicon key: "aujourd‘hui"), no-break spaces, and the
# non-breaking hyphens of typeset copy.
_CHAR_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "`": "'",
    "\u02bc": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2011": "-",
    "\u2010": "-",
}

APOSTROPHE = "['’‘`]"
SPACE = r"[ \t\n\u00a0\u202f]"
"""One space, incl. the no-break spaces French typography puts in figures and the line breaks of
hard-wrapped paragraphs ("11 millions\nd'euros")."""


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
    """`text` without accents, with unified apostrophes, spaces and hyphens; case kept and one
    character for one ("Égypte" → "Egypte")."""
    return text.translate(_ACCENTS_TABLE)


def fold(text: str) -> str:
    """`fold_accents` and lower case, one character for one: the key under which words are
    compared ("Mégawatts" → "megawatts", "l’État" → "l'etat")."""
    return lower_folded(fold_accents(text))


def lower_folded(accents: str) -> str:
    """`fold` of a text already accent-folded. `str.lower` is ten times faster than a table and
    maps each character to one here ("İ", the only capital that lower-cases to two characters,
    is folded to "I"), except that it writes a word-final "Σ" as "ς"."""
    return accents.lower() if "Σ" not in accents else accents.translate(_FOLD_TABLE)


_KEY_SPACES = re.compile(r"[\s\u00a0\u202f-]+")


def fold_key(word: str) -> str:
    """The key a phrase is looked up under: folded, hyphens and runs of spaces read as one space
    ("Après-demain" → "apres demain")."""
    return _KEY_SPACES.sub(" ", fold(word))


def letter_class(letter: str) -> str:
    """The lower-case letters a lexicon letter may be written as ("e" → "eéèêë")."""
    return ACCENT_VARIANTS.get(_BASE.get(letter, ""), letter)


def accent_tolerant(source: str) -> str:
    """A hand-written regex `source` whose accented letters also match their plain and capital
    forms ("précédent" → "pr[eéèêëEÉÈÊË]c..."; inside a class, "[ée]" gains the same letters).
    Plain letters are left as written."""
    out = []
    in_class = escaped = False
    for ch in source:
        if ch in _BASE and ch not in ACCENT_VARIANTS and not escaped:
            chars = ACCENT_VARIANTS[_BASE[ch]] + ACCENT_VARIANTS[_BASE[ch]].upper()
            out.append(chars if in_class else f"[{chars}]")
        else:
            out.append(ch)
            if not escaped and ch == "[":
                in_class = True
            elif not escaped and ch == "]":
                in_class = False
        escaped = ch == "\\" and not escaped
    return "".join(out)


def word_pattern(word: str) -> str:
    """Regex source for a lexicon word, case-insensitive and accent-tolerant.

    "mégawatts" matches "Mégawatts", "megawatts"; "pour cent" matches "pour-cent" and
    "pour\u00a0cent"; "plus d'" matches "plus d’".
    """
    out: list[str] = []
    for ch in word:
        base = _BASE.get(ch.lower(), ch.lower())
        if ch in " -":
            out.append(rf"(?:{SPACE}+|{SPACE}*-{SPACE}*)")
        elif ch in "'’":
            out.append(APOSTROPHE + f"{SPACE}?")
        elif base in ACCENT_VARIANTS:
            chars = ACCENT_VARIANTS[base]
            out.append("[" + chars + chars.upper() + "]")
        elif ch.isalpha():
            out.append("[" + re.escape(ch.lower()) + re.escape(ch.upper()) + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def symbol_pattern(symbol: str) -> str:
    """Regex source for a case-sensitive symbol; inner spaces may be any space."""
    return rf"{SPACE}*".join(re.escape(part) for part in symbol.split(" "))


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` without repeats, longest first (equal lengths keep their order): in an
    alternation, the longest word that matches wins ("plus de" before "plus")."""
    return sorted(dict.fromkeys(words), key=len, reverse=True)


def alternation(patterns: list[str]) -> str:
    """One non-capturing group of regex sources, the longest sources first."""
    unique = sorted(set(patterns), key=len, reverse=True)
    return "(?:" + "|".join(unique) + ")"


def word_alternation(words: Iterable[str], piece: Callable[[str], str] = word_pattern) -> str:
    """One non-capturing group matching any lexicon word, the longest words first; each word
    becomes regex source through `piece` (`word_pattern`: case- and accent-tolerant)."""
    return "(?:" + "|".join(piece(w) for w in longest_first(words)) + ")"


def word_search(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A regex finding any of `words` as a whole word (not inside a longer word)."""
    return re.compile(rf"(?<!\w){word_alternation(words)}(?!\w)", flags)


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
