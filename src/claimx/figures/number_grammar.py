"""The grammar of French numbers in words: a recursive-descent reader over one run of tokens.

Reads the tokens of a run (folded words with their offsets) and the `Lexicon`; writes `Parse`
values: the longest reading at a token, with the rule (`Kind`) that made it, which the finder's
context checks depend on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .number_lexicon import Lexicon


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int
    hyphen_before: bool


# Which rule made a reading: context checks depend on it (a lone "un" cardinal is an article,
# a singular ordinal fraction after "le" is an ordinal, ...).
Kind = Literal[
    "cardinal",
    "ordinal",
    "fraction",  # ordinal denominator, plural: "trois cinquiemes"
    "fraction_sg",  # ordinal denominator, singular: "un cinquieme"
    "fraction_noun",  # "deux tiers", "trois quarts"
    "half_scale",
    "over",
    "approx",
    "decimal",
    "mixed",
    "digits",
]


@dataclass(frozen=True)
class Parse:
    """One reading of tokens [i, end): `kind` says which rule made it."""

    value: float
    end: int
    """The index of the first token after the reading."""
    kind: Kind
    approx: bool = False
    """An approximate noun read it ("une vingtaine"), not a stated number."""
    scale: float | None = None
    """The factor of the scale word a cardinal ends on ("deux millions": 1e6), else None: the
    mixed rule halves it ("deux millions et demi"), the decimal rule reads no decimals after it."""


class Reader:
    """Recursive-descent reader over the tokens of one run; each rule returns the longest parse."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.toks = tokens
        self.words = [t.norm for t in tokens]
        self.lex = lex
        self._cardinals: dict[int, Parse | None] = {}

    def _word(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""

    def _is_denominator(self, i: int) -> bool:
        w = self._word(i)
        return w in self.lex.fraction_nouns or w in self.lex.ordinals

    def _teen(self, i: int) -> tuple[int, int] | None:
        """10-19: "onze", "dix-sept"."""
        lex, w = self.lex, self._word(i)
        if w not in lex.teens:
            return None
        if w == lex.ten_word and self._word(i + 1) in lex.ten_takes:
            return lex.teens[w] + lex.units[self._word(i + 1)], i + 2
        return lex.teens[w], i + 1

    def _below_100(self, i: int) -> tuple[int, int] | None:
        lex, w = self.lex, self._word(i)
        if w == lex.eighty_first and self._word(i + 1) == lex.eighty_plural:
            return 80, i + 2
        if w == lex.eighty_first and self._word(i + 1) == lex.eighty_second:
            teen = self._teen(i + 2)
            if teen:
                return 80 + teen[0], teen[1]
            if self._word(i + 2) in lex.units:
                return 80 + lex.units[self._word(i + 2)], i + 3
            return 80, i + 2
        if w in lex.units:
            return lex.units[w], i + 1
        if w in lex.teens:
            return self._teen(i)
        if w not in lex.tens:
            return None
        value, nxt = lex.tens[w], self._word(i + 1)
        if nxt == lex.and_word:
            after = self._word(i + 2)
            if lex.units.get(after) == 1 and not self._is_denominator(i + 3):
                return value + 1, i + 3
            if w in lex.tens_taking_teens and after in lex.and_teens:
                return value + lex.teens[after], i + 3
            return value, i + 1
        if nxt in lex.units:
            return value + lex.units[nxt], i + 2
        if w in lex.tens_taking_teens:
            teen = self._teen(i + 1)
            if teen:
                return value + teen[0], teen[1]
        return value, i + 1

    def _below_1000(self, i: int) -> tuple[int, int] | None:
        lex, w = self.lex, self._word(i)
        hundreds = 0
        if w in lex.hundreds and w not in lex.hundreds_need_unit:
            hundreds, i = 100, i + 1
        elif lex.units.get(w, 0) >= 2 and self._word(i + 1) in lex.hundreds:
            hundreds, i = 100 * lex.units[w], i + 2
        rest = self._below_100(i)
        if rest is None:
            return (hundreds, i) if hundreds else None
        return hundreds + rest[0], rest[1]

    def cardinal(self, i: int) -> Parse | None:
        """An integer: groups below 1000, each followed by a smaller scale than the last."""
        if i not in self._cardinals:
            self._cardinals[i] = self._read_cardinal(i)
        return self._cardinals[i]

    def _read_cardinal(self, i: int) -> Parse | None:
        lex = self.lex
        if self._word(i) in lex.zero:
            return Parse(0.0, i + 1, "cardinal")
        total, end, last_scale, scale = 0.0, i, float("inf"), None
        while True:
            group = self._below_1000(end)
            nxt = self._word(group[1]) if group else self._word(end)
            word_scale = lex.scales.get(nxt)
            if group and word_scale and word_scale < last_scale:
                if word_scale == 1000 and self.words[end] in lex.never_alone:
                    break
                total += group[0] * word_scale
                end, last_scale, scale = group[1] + 1, word_scale, word_scale
            elif group is None and word_scale == 1000 and last_scale > 1000:
                total += 1000
                end, last_scale, scale = end + 1, 1000, 1000
            else:
                if group:
                    total, end, scale = total + group[0], group[1], None
                break
        return Parse(total, end, "cardinal", scale=scale) if end > i else None

    def ordinal(self, i: int) -> Parse | None:
        """A cardinal ending in an ordinal word: "cinquieme" = 5, "vingt et unieme" = 21."""
        lex = self.lex
        for k in range(i, min(i + 8, len(self.words))):
            w = self.words[k]
            if w in lex.ordinals:
                if k == i and w in lex.ordinals_never_first:
                    return None
                saved = self.words[k]
                self.words[k] = lex.ordinals[w]
                try:
                    read = self._read_cardinal(i)
                finally:
                    self.words[k] = saved
                if read and read.end == k + 1:
                    return Parse(read.value, k + 1, "ordinal")
                if k == i and lex.ordinals[w] in lex.scales:
                    return Parse(lex.scales[lex.ordinals[w]], k + 1, "ordinal")
                return None
            if not (w in lex.units or w in lex.teens or w in lex.tens or w in lex.hundreds):
                if w not in lex.scales and w not in (lex.eighty_plural, lex.and_word):
                    return None
        return None

    def fraction(self, i: int) -> Parse | None:
        """Numerator and denominator: "trois quarts", "un vingt-cinquieme", "cent trente
        cinquiemes" (130/5: the numerator is the longest cardinal)."""
        num = self.cardinal(i)
        if num is None or num.value == 0:
            return None
        j, w = num.end, self._word(num.end)
        if w in self.lex.fraction_nouns and not self.lex.scales.get(self._word(j + 1)):
            return Parse(num.value / self.lex.fraction_nouns[w], j + 1, "fraction_noun")
        if j < len(self.toks) and not self.toks[j].hyphen_before:
            den = self.ordinal(j)
            if den and den.value:
                plural = self.words[den.end - 1].endswith("s")
                kind: Kind = "fraction" if plural else "fraction_sg"
                return Parse(num.value / den.value, den.end, kind)
        return None

    def _half_scale(self, i: int) -> Parse | None:
        """ "demi-million", "un demi-milliard" = half the scale."""
        j = i + 1 if self._word(i) in self.lex.never_alone else i
        if self.lex.fraction_nouns.get(self._word(j)) == 2:
            scale = self.lex.scales.get(self._word(j + 1))
            if scale and scale > 1000:
                return Parse(scale / 2, j + 2, "half_scale")
        return None

    def _digits(self, i: int, max_len: int) -> Parse | None:
        w = self._word(i)
        if w.isdigit() and len(w) <= max_len:
            return Parse(float(w), i + 1, "digits")
        return None

    def _over(self, i: int) -> Parse | None:
        """ "un sur trois", "1 sur 3" = a ratio."""
        num = self._digits(i, self.lex.max_digit_numerator) or self.cardinal(i)
        if num is None or self._word(num.end) != self.lex.over_word:
            return None
        den = self._digits(num.end + 1, 15) or self.cardinal(num.end + 1)
        if den is None or den.value == 0:
            return None
        return Parse(num.value / den.value, den.end, "over")

    def _approx(self, i: int) -> Parse | None:
        """ "une trentaine" (30, approx), "3 douzaines" (36), "une dizaine de milliers"."""
        count = self._digits(i, 3) or self.cardinal(i)
        if count is None or count.scale is not None:
            return None
        entry = self.lex.approx_nouns.get(self._word(count.end))
        if entry is None:
            return None
        return Parse(count.value * entry[0], count.end + 1, "approx", approx=entry[1])

    def _decimals(self, cardinal: Parse) -> Parse:
        """ "deux cent virgule cinquante deux" = 200.52; a scale may follow (2,5 millions)."""
        lex, j, digits = self.lex, cardinal.end + 1, ""
        while True:
            if self._word(j) in lex.zero:
                digits, j = digits + "0", j + 1
                continue
            group = self._below_1000(j)
            if group is None:
                break
            digits, j = digits + str(group[0]), group[1]
        if not digits or cardinal.scale:
            return cardinal
        value = float(f"{int(cardinal.value)}.{digits}")
        scale = lex.scales.get(self._word(j))
        if scale and scale > 1000:
            return Parse(value * scale, j + 1, "decimal", scale=scale)
        return Parse(value, j, "decimal")

    def _mixed(self, cardinal: Parse) -> Parse:
        """ "deux millions et demi", "trois et un cinquieme", "cent trois et deux tiers"."""
        lex, j = self.lex, cardinal.end + 1
        unit = cardinal.scale or 1.0
        if lex.fraction_nouns.get(self._word(j)) == 2:
            smaller = lex.scales.get(self._word(j + 1))
            if smaller and smaller < unit:
                return Parse(cardinal.value + smaller / 2, j + 2, "mixed")
            return Parse(cardinal.value + unit / 2, j + 1, "mixed")
        frac = self.fraction(j)
        if frac and frac.value < 1:
            return Parse(cardinal.value + frac.value * unit, frac.end, "mixed")
        return cardinal

    def number(self, i: int) -> Parse | None:
        """The longest reading at token i (ties go to the earlier rule)."""
        best: Parse | None = None
        card = self.cardinal(i)
        if card:
            nxt = self._word(card.end)
            if nxt == self.lex.decimal_word:
                card = self._decimals(card)
            elif nxt == self.lex.and_word:
                card = self._mixed(card)
        for parse in (self._over(i), self._approx(i), self._half_scale(i), self.fraction(i), card):
            if parse and (best is None or parse.end > best.end):
                best = parse
        return best
