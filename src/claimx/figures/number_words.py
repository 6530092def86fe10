"""Find French numbers written in words ("vingt et un", "deux millions et demi", "trois quarts").

Digits are read elsewhere; this module reads the spelled-out forms a news text uses, with their
true offsets. text2num reads whole strings only and rejects lenient forms ("vingt-un"), so a
small grammar driven by `data/number_words.yaml` does the work: one regex finds runs of number
words (`number_lexicon`), then a recursive-descent reader (`number_grammar`) takes the longest
number at each token of a run, and the context checks here reject articles, "neuf" (new) and
ordinals. The text is only lower-cased (one character for one, so offsets never move).

Reads a text; writes `WordNumber` spans with their values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textpatterns import fold
from .number_grammar import Parse, Reader, Token
from .number_lexicon import Lexicon, load_lexicon, lower_keep_offsets

_SENTENCE_BREAK = '.!?;:,(«"“—–'


@dataclass(frozen=True)
class WordNumber:
    """A number written in words: its span in the source text and its value."""

    start: int
    end: int
    value: float
    approx: bool


def _runs(lowered: str, lex: Lexicon) -> list[list[Token]]:
    runs = []
    for run in lex.run_re.finditer(lowered):
        tokens = []
        for m in lex.token_re.finditer(lowered, run.start(), run.end()):
            hyphen = m.start() > 0 and lowered[m.start() - 1] == "-"
            tokens.append(Token(fold(m.group()), m.start(), m.end(), hyphen))
        runs.append(tokens)
    return runs


def _word_before(lowered: str, start: int) -> str:
    """The word just before `start` ("" after a sentence break or at the start)."""
    window = fold(lowered[max(0, start - 40) : start]).rstrip()
    if not window or window[-1] in _SENTENCE_BREAK:
        return ""
    m = _LAST_WORD.search(window)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*(\w*)")
_NON_SPACE = re.compile(r"\S")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _rejected(parse: Parse, reader: Reader, i: int, lowered: str) -> bool:
    """Readings that are not numbers in context: articles, "neuf" (new), "pour cent", ordinals."""
    lex, tokens = reader.lex, reader.toks
    word, before = tokens[i].norm, _word_before(lowered, tokens[i].start)
    if word in lex.digit_scale_words and before.isdigit():
        return True
    if word in lex.percent_words and before == lex.percent_intro:
        cardinal = reader.cardinal(i)
        return cardinal is not None and cardinal.end == i + 1
    if parse.kind == "cardinal" and parse.end == i + 1:
        if word in lex.never_alone:
            alone = _NON_SPACE.search(lowered, 0, tokens[i].start) is None
            return not alone or _NON_SPACE.search(lowered, tokens[i].end) is not None
        if word == lex.neuf_word and before and before not in lex.neuf_number_after:
            nxt = _NEXT_WORD.match(lowered, tokens[i].end)
            following = fold(nxt.group(1)) if nxt else ""
            return not following.endswith(("s", "x")) or following in lex.neuf_not_before
    if parse.kind in ("fraction", "fraction_sg"):
        after = _NEXT_WORD.match(lowered, tokens[parse.end - 1].end)
        if after and after.group(1) and fold(after.group(1)) not in lex.fraction_followers:
            return True
    return (
        parse.kind == "fraction_sg"
        and before in lex.ordinal_determiners
        and word not in lex.never_alone
    )


def _half(lowered: str, token: Token, lex: Lexicon) -> WordNumber | None:
    """ "la moitie", "une moitie" = 0.5, the span starting at the determiner."""
    m = re.search(r"(\w+)\s+$", fold(lowered[max(0, token.start - 12) : token.start]))
    if m and m.group(1) in lex.half_determiners:
        return WordNumber(token.start - len(m.group(0)), token.end, 0.5, False)
    if m and m.group(1) in lex.half_change_before:
        return WordNumber(token.start, token.end, 0.5, False)
    return None


def _determined_fraction(lowered: str, token: Token, lex: Lexicon) -> WordNumber | None:
    """ "le tiers", "plus du tiers" = 1/3: a fraction noun after a determiner, no numerator
    ("le quart de finale" is no fraction)."""
    m = re.search(r"(\w+)\s+$", fold(lowered[max(0, token.start - 12) : token.start]))
    after = _NEXT_WORD.match(lowered, token.end)
    following = re.match(r"\s*(?:de|d')\s*(\w+)", fold(lowered[token.end : token.end + 30]))
    if following and following.group(1) in lex.fraction_not_before:
        return None
    if not m or m.group(1) not in lex.fraction_determiners or after is None:
        return None
    return WordNumber(token.start, token.end, 1 / lex.fraction_nouns[token.norm], False)


def _scan(lowered: str, lex: Lexicon) -> list[WordNumber]:
    found: list[WordNumber] = []
    for tokens in _runs(lowered, lex):
        reader, i = Reader(tokens, lex), 0
        while i < len(tokens):
            if tokens[i].norm == lex.half_noun:
                half = _half(lowered, tokens[i], lex)
                if half:
                    found.append(half)
                i += 1
                continue
            if i == 0 and tokens[i].norm in lex.fraction_nouns:
                part = _determined_fraction(lowered, tokens[i], lex)
                if part:
                    found.append(part)
                    i += 1
                    continue
            parse = reader.number(i)
            ordinal = reader.ordinal(i)
            if ordinal and (parse is None or ordinal.end > parse.end):
                i = ordinal.end
                continue
            if parse is None or parse.kind == "digits":
                i += 1
                continue
            if _rejected(parse, reader, i, lowered):
                i = parse.end if parse.kind in ("fraction", "fraction_sg") else i + 1
                continue
            end = tokens[parse.end - 1].end
            if parse.kind == "approx":
                end, value = _approx_scale(lowered, end, parse.value, lex)
                parse = Parse(value, parse.end, "approx", parse.approx)
            found.append(WordNumber(tokens[i].start, end, parse.value, parse.approx))
            i = parse.end
    return found


def _approx_scale(lowered: str, end: int, value: float, lex: Lexicon) -> tuple[int, float]:
    """Extend "une dizaine" over "de milliers" (10 000)."""
    m = re.match(r"\s+de\s+(\w+)(?!\w)", lowered[end : end + 30])
    if m and m.group(1) in lex.approx_scales:
        return end + m.end(), value * lex.approx_scales[m.group(1)]
    return end, value


def find_word_numbers(text: str) -> list[WordNumber]:
    """Every number written in words in `text`: longest match, sorted, non-overlapping.

    text: any French text; offsets are str indices into it (end exclusive).
    """
    lex = load_lexicon()
    found = sorted(_scan(lower_keep_offsets(text), lex), key=lambda n: (n.start, -n.end))
    kept: list[WordNumber] = []
    for number in found:
        if not kept or number.start >= kept[-1].end:
            kept.append(number)
    return kept


def parse_number_words(s: str) -> float | None:
    """The value of `s` when the whole string is one number in words, else None."""
    lex = load_lexicon()
    lowered = lower_keep_offsets(s).strip()
    run = lex.run_re.fullmatch(lowered)
    if run is None:
        return None
    tokens = _runs(lowered, lex)[0]
    parse = Reader(tokens, lex).number(0)
    if parse is None or parse.end != len(tokens) or parse.kind == "digits":
        return None
    return parse.value
