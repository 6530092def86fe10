"""The lexicon of French number words (`data/number_words.yaml`), validated and compiled once.

Reads the YAML file; writes a frozen `Lexicon` (word tables, the regexes that find runs of number
words and their tokens) and the one-character-for-one lower-casing and folding the finder and the
grammar share, so that offsets never move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import load_number_words
from ..errors import DataFileError
from ..textpatterns import letter_class, trie_alternation

DATA_FILE = "number_words.yaml"


@dataclass(frozen=True)
class Lexicon:
    """The YAML lexicon, validated, with the run regex compiled once."""

    units: dict[str, int]
    teens: dict[str, int]
    ten_word: str
    ten_takes: frozenset[str]
    and_teens: frozenset[str]
    tens: dict[str, int]
    tens_taking_teens: frozenset[str]
    eighty_first: str
    eighty_second: str
    eighty_plural: str
    hundreds: frozenset[str]
    hundreds_need_unit: frozenset[str]
    scales: dict[str, float]
    zero: frozenset[str]
    fraction_nouns: dict[str, int]
    half_noun: str
    half_determiners: frozenset[str]
    half_change_before: frozenset[str]
    fraction_determiners: frozenset[str]
    fraction_not_before: frozenset[str]
    ordinals: dict[str, str]
    ordinals_never_first: frozenset[str]
    approx_nouns: dict[str, tuple[float, bool]]
    approx_scales: dict[str, float]
    and_word: str
    over_word: str
    decimal_word: str
    never_alone: frozenset[str]
    neuf_word: str
    neuf_number_after: frozenset[str]
    neuf_not_before: frozenset[str]
    percent_words: frozenset[str]
    percent_intro: str
    digit_scale_words: frozenset[str]
    ordinal_determiners: frozenset[str]
    fraction_followers: frozenset[str]
    max_digit_numerator: int
    run_re: re.Pattern[str]
    token_re: re.Pattern[str]


def _plurals(words: dict[str, Any]) -> dict[str, Any]:
    """The entries plus their plural in -s ("cinquiemes", "dizaines")."""
    out = dict(words)
    for word, value in words.items():
        if not word.endswith(("s", "x")):
            out.setdefault(word + "s", value)
    return out


@cache
def load_lexicon() -> Lexicon:
    data = load_number_words()
    eighty, ten = data.eighty, data.ten
    approx = {word: (entry.value, entry.approx) for word, entry in data.approx_nouns.items()}
    lex_words: dict[str, Any] = {
        "units": dict(data.units),
        "teens": dict(data.teens),
        "tens": dict(data.tens),
        "scales": dict(data.scales),
        "fraction_nouns": dict(data.fraction_nouns),
        "ordinals": _plurals(dict(data.ordinals)),
        "approx_nouns": _plurals(approx),
        "approx_scales": dict(data.approx_scales),
    }
    sets = {
        key: frozenset(getattr(data, key))
        for key in (
            "tens_taking_teens",
            "and_teens",
            "hundreds",
            "hundreds_need_unit",
            "zero",
            "half_determiners",
            "half_change_before",
            "fraction_determiners",
            "fraction_not_before",
            "ordinals_never_first",
            "never_alone",
            "neuf_number_after",
            "neuf_not_before",
            "percent_words",
            "digit_scale_words",
            "ordinal_determiners",
            "fraction_followers",
        )
    }
    words = {
        key: str(getattr(data, key))
        for key in ("half_noun", "and_word", "over_word", "decimal_word", "neuf_word")
    }
    for ordinal, cardinal in lex_words["ordinals"].items():
        if cardinal not in {**lex_words["units"], **lex_words["teens"], **lex_words["tens"]} and (
            cardinal not in lex_words["scales"] and cardinal not in sets["hundreds"]
        ):
            raise DataFileError(
                f"claimx data file {DATA_FILE!r}: ordinal {ordinal!r} names an unknown "
                f"cardinal {cardinal!r}"
            )
    vocabulary = {
        *lex_words["units"],
        *lex_words["teens"],
        *lex_words["tens"],
        *lex_words["scales"],
        *lex_words["fraction_nouns"],
        *lex_words["ordinals"],
        *lex_words["approx_nouns"],
        *lex_words["approx_scales"],
        *sets["hundreds"],
        *sets["zero"],
        eighty.second,
        eighty.plural,
        words["half_noun"],
        words["and_word"],
        words["over_word"],
        words["decimal_word"],
    }
    word_alt = trie_alternation(vocabulary, _letter)  # one branch per next letter: fast
    digits = r"\d+(?!\w|[,.]\d)"
    token = rf"(?:(?:{word_alt})(?!\w)|{digits})"
    sep = r"(?:-|[^\S\n]+)"
    # Digits start a run only before "sur" or an approximate noun ("1 sur 3", "3 douzaines").
    digit_next = "|".join(map(re.escape, [words["over_word"], *_plurals(approx)]))
    first = rf"(?:(?:{word_alt})(?!\w)|{digits}(?={sep}(?:{digit_next})(?!\w)))"
    # A run starts after no word, number or hyphen ("Pont-Neuf", "13,8", "€1000" are not
    # runs) and ends before no hyphenated word ("deux-roues", "demi-finale").
    run_re = re.compile(rf"(?<![\w.,\-€$£]){first}(?:{sep}{token})*(?!-[^\W\d_])")
    return Lexicon(
        units=lex_words["units"],
        teens=lex_words["teens"],
        ten_word=str(ten.word),
        ten_takes=frozenset(ten.takes),
        and_teens=sets["and_teens"],
        tens=lex_words["tens"],
        tens_taking_teens=sets["tens_taking_teens"],
        eighty_first=str(eighty.first),
        eighty_second=str(eighty.second),
        eighty_plural=str(eighty.plural),
        hundreds=sets["hundreds"],
        hundreds_need_unit=sets["hundreds_need_unit"],
        scales=lex_words["scales"],
        zero=sets["zero"],
        fraction_nouns=lex_words["fraction_nouns"],
        half_noun=words["half_noun"],
        half_determiners=sets["half_determiners"],
        half_change_before=sets["half_change_before"],
        fraction_determiners=sets["fraction_determiners"],
        fraction_not_before=sets["fraction_not_before"],
        ordinals=lex_words["ordinals"],
        ordinals_never_first=sets["ordinals_never_first"],
        approx_nouns=lex_words["approx_nouns"],
        approx_scales=lex_words["approx_scales"],
        and_word=words["and_word"],
        over_word=words["over_word"],
        decimal_word=words["decimal_word"],
        never_alone=sets["never_alone"],
        neuf_word=words["neuf_word"],
        neuf_number_after=sets["neuf_number_after"],
        neuf_not_before=sets["neuf_not_before"],
        percent_words=sets["percent_words"],
        percent_intro=str(data.percent_intro),
        digit_scale_words=sets["digit_scale_words"],
        ordinal_determiners=sets["ordinal_determiners"],
        fraction_followers=sets["fraction_followers"],
        max_digit_numerator=int(data.max_digit_numerator),
        run_re=run_re,
        token_re=re.compile(token),
    )


def _letter(char: str) -> str:
    """A lexicon letter as a regex that also accepts its accented forms."""
    variants = letter_class(char)
    return f"[{variants}]" if len(variants) > 1 else re.escape(char)


def lower_keep_offsets(text: str) -> str:
    """Lower case, one character for one, so offsets carry over."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low
