"""Find French numbers written in words ("vingt et un", "deux millions et demi", "trois quarts").

Digits are read elsewhere; this module reads the spelled-out forms a news text uses, with their
true offsets. text2num reads whole strings only and rejects lenient forms ("vingt-un"), so a
small grammar driven by `data/number_words.yaml` does the work: one regex finds runs of number
words, then a recursive-descent reader takes the longest number at each token of a run.
The text is only lower-cased (one character for one, so offsets never move); the regex accepts
accented or plain letters ("cinquieme", "cinquième") and each token is lowered on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..datafiles import load_yaml
from ..errors import DataFileError
from ..textpatterns import trie_alternation

_DATA_FILE = "number_words.yaml"
_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñÿ’", "aaaaaeeeeiiiiooooouuuucny'")
# Letters of the (unaccented) lexicon and the accented forms a text may use in their place.
_ACCENTED = {"a": "àâä", "e": "éèêë", "i": "îï", "o": "ôö", "u": "ùûü", "c": "ç"}
_SENTENCE_BREAK = '.!?;:,(«"“—–'


@dataclass(frozen=True)
class WordNumber:
    """A number written in words: its span in the source text and its value."""

    start: int
    end: int
    value: float
    approx: bool


@dataclass(frozen=True)
class _Lexicon:
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


@dataclass(frozen=True)
class _Token:
    norm: str
    start: int
    end: int
    hyphen_before: bool


# Which rule made a reading: context checks depend on it (a lone "un" cardinal is an article,
# a singular ordinal fraction after "le" is an ordinal, ...).
_Kind = Literal[
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
class _Parse:
    """One reading of tokens [i, end): `kind` says which rule made it."""

    value: float
    end: int
    kind: _Kind
    approx: bool = False
    scale: float | None = None


def _field(raw: dict[str, Any], key: str) -> Any:
    if key not in raw:
        raise DataFileError(f"claimx data file {_DATA_FILE!r}: missing key {key!r}")
    return raw[key]


def _plurals(words: dict[str, Any]) -> dict[str, Any]:
    """The entries plus their plural in -s ("cinquiemes", "dizaines")."""
    out = dict(words)
    for word, value in words.items():
        if not word.endswith(("s", "x")):
            out.setdefault(word + "s", value)
    return out


@cache
def _lexicon() -> _Lexicon:
    raw = load_yaml(_DATA_FILE)
    if not isinstance(raw, dict):
        raise DataFileError(f"claimx data file {_DATA_FILE!r} is not a mapping")
    eighty, ten = _field(raw, "eighty"), _field(raw, "ten")
    approx = {
        word: (float(entry["value"]), bool(entry["approx"]))
        for word, entry in _field(raw, "approx_nouns").items()
    }
    lex_words: dict[str, Any] = {
        "units": dict(_field(raw, "units")),
        "teens": dict(_field(raw, "teens")),
        "tens": dict(_field(raw, "tens")),
        "scales": {k: float(v) for k, v in _field(raw, "scales").items()},
        "fraction_nouns": dict(_field(raw, "fraction_nouns")),
        "ordinals": _plurals(dict(_field(raw, "ordinals"))),
        "approx_nouns": _plurals(approx),
        "approx_scales": {k: float(v) for k, v in _field(raw, "approx_scales").items()},
    }
    sets = {
        key: frozenset(_field(raw, key))
        for key in (
            "tens_taking_teens",
            "and_teens",
            "hundreds",
            "hundreds_need_unit",
            "zero",
            "half_determiners",
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
        key: str(_field(raw, key))
        for key in ("half_noun", "and_word", "over_word", "decimal_word", "neuf_word")
    }
    for ordinal, cardinal in lex_words["ordinals"].items():
        if cardinal not in {**lex_words["units"], **lex_words["teens"], **lex_words["tens"]} and (
            cardinal not in lex_words["scales"] and cardinal not in sets["hundreds"]
        ):
            raise DataFileError(
                f"claimx data file {_DATA_FILE!r}: ordinal {ordinal!r} names an unknown "
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
        eighty["second"],
        eighty["plural"],
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
    return _Lexicon(
        units=lex_words["units"],
        teens=lex_words["teens"],
        ten_word=str(ten["word"]),
        ten_takes=frozenset(ten["takes"]),
        and_teens=sets["and_teens"],
        tens=lex_words["tens"],
        tens_taking_teens=sets["tens_taking_teens"],
        eighty_first=str(eighty["first"]),
        eighty_second=str(eighty["second"]),
        eighty_plural=str(eighty["plural"]),
        hundreds=sets["hundreds"],
        hundreds_need_unit=sets["hundreds_need_unit"],
        scales=lex_words["scales"],
        zero=sets["zero"],
        fraction_nouns=lex_words["fraction_nouns"],
        half_noun=words["half_noun"],
        half_determiners=sets["half_determiners"],
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
        percent_intro=str(_field(raw, "percent_intro")),
        digit_scale_words=sets["digit_scale_words"],
        ordinal_determiners=sets["ordinal_determiners"],
        fraction_followers=sets["fraction_followers"],
        max_digit_numerator=int(_field(raw, "max_digit_numerator")),
        run_re=run_re,
        token_re=re.compile(token),
    )


def _letter(char: str) -> str:
    """A lexicon letter as a regex that also accepts its accented forms."""
    return f"[{char}{_ACCENTED[char]}]" if char in _ACCENTED else re.escape(char)


def _lower(text: str) -> str:
    """Lower case, one character for one, so offsets carry over."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _fold(text: str) -> str:
    """Lower case without accents: how the lexicon spells its words."""
    return _lower(text).translate(_ACCENTS)


class _Reader:
    """Recursive-descent reader over the tokens of one run; each rule returns the longest parse."""

    def __init__(self, tokens: list[_Token], lex: _Lexicon) -> None:
        self.toks = tokens
        self.words = [t.norm for t in tokens]
        self.lex = lex
        self._cardinals: dict[int, _Parse | None] = {}

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

    def cardinal(self, i: int) -> _Parse | None:
        """An integer: groups below 1000, each followed by a smaller scale than the last."""
        if i not in self._cardinals:
            self._cardinals[i] = self._read_cardinal(i)
        return self._cardinals[i]

    def _read_cardinal(self, i: int) -> _Parse | None:
        lex = self.lex
        if self._word(i) in lex.zero:
            return _Parse(0.0, i + 1, "cardinal")
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
        return _Parse(total, end, "cardinal", scale=scale) if end > i else None

    def ordinal(self, i: int) -> _Parse | None:
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
                    return _Parse(read.value, k + 1, "ordinal")
                if k == i and lex.ordinals[w] in lex.scales:
                    return _Parse(lex.scales[lex.ordinals[w]], k + 1, "ordinal")
                return None
            if not (w in lex.units or w in lex.teens or w in lex.tens or w in lex.hundreds):
                if w not in lex.scales and w not in (lex.eighty_plural, lex.and_word):
                    return None
        return None

    def fraction(self, i: int) -> _Parse | None:
        """Numerator and denominator: "trois quarts", "un vingt-cinquieme", "cent trente
        cinquiemes" (130/5: the numerator is the longest cardinal)."""
        num = self.cardinal(i)
        if num is None or num.value == 0:
            return None
        j, w = num.end, self._word(num.end)
        if w in self.lex.fraction_nouns and not self.lex.scales.get(self._word(j + 1)):
            return _Parse(num.value / self.lex.fraction_nouns[w], j + 1, "fraction_noun")
        if j < len(self.toks) and not self.toks[j].hyphen_before:
            den = self.ordinal(j)
            if den and den.value:
                plural = self.words[den.end - 1].endswith("s")
                kind: _Kind = "fraction" if plural else "fraction_sg"
                return _Parse(num.value / den.value, den.end, kind)
        return None

    def _half_scale(self, i: int) -> _Parse | None:
        """ "demi-million", "un demi-milliard" = half the scale."""
        j = i + 1 if self._word(i) in self.lex.never_alone else i
        if self.lex.fraction_nouns.get(self._word(j)) == 2:
            scale = self.lex.scales.get(self._word(j + 1))
            if scale and scale > 1000:
                return _Parse(scale / 2, j + 2, "half_scale")
        return None

    def _digits(self, i: int, max_len: int) -> _Parse | None:
        w = self._word(i)
        if w.isdigit() and len(w) <= max_len:
            return _Parse(float(w), i + 1, "digits")
        return None

    def _over(self, i: int) -> _Parse | None:
        """ "un sur trois", "1 sur 3" = a ratio."""
        num = self._digits(i, self.lex.max_digit_numerator) or self.cardinal(i)
        if num is None or self._word(num.end) != self.lex.over_word:
            return None
        den = self._digits(num.end + 1, 15) or self.cardinal(num.end + 1)
        if den is None or den.value == 0:
            return None
        return _Parse(num.value / den.value, den.end, "over")

    def _approx(self, i: int) -> _Parse | None:
        """ "une trentaine" (30, approx), "3 douzaines" (36), "une dizaine de milliers"."""
        count = self._digits(i, 3) or self.cardinal(i)
        if count is None or count.scale is not None:
            return None
        entry = self.lex.approx_nouns.get(self._word(count.end))
        if entry is None:
            return None
        return _Parse(count.value * entry[0], count.end + 1, "approx", approx=entry[1])

    def _decimals(self, cardinal: _Parse) -> _Parse:
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
            return _Parse(value * scale, j + 1, "decimal", scale=scale)
        return _Parse(value, j, "decimal")

    def _mixed(self, cardinal: _Parse) -> _Parse:
        """ "deux millions et demi", "trois et un cinquieme", "cent trois et deux tiers"."""
        lex, j = self.lex, cardinal.end + 1
        unit = cardinal.scale or 1.0
        if lex.fraction_nouns.get(self._word(j)) == 2:
            smaller = lex.scales.get(self._word(j + 1))
            if smaller and smaller < unit:
                return _Parse(cardinal.value + smaller / 2, j + 2, "mixed")
            return _Parse(cardinal.value + unit / 2, j + 1, "mixed")
        frac = self.fraction(j)
        if frac and frac.value < 1:
            return _Parse(cardinal.value + frac.value * unit, frac.end, "mixed")
        return cardinal

    def number(self, i: int) -> _Parse | None:
        """The longest reading at token i (ties go to the earlier rule)."""
        best: _Parse | None = None
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


def _runs(lowered: str, lex: _Lexicon) -> list[list[_Token]]:
    runs = []
    for run in lex.run_re.finditer(lowered):
        tokens = []
        for m in lex.token_re.finditer(lowered, run.start(), run.end()):
            hyphen = m.start() > 0 and lowered[m.start() - 1] == "-"
            tokens.append(_Token(_fold(m.group()), m.start(), m.end(), hyphen))
        runs.append(tokens)
    return runs


def _word_before(lowered: str, start: int) -> str:
    """The word just before `start` ("" after a sentence break or at the start)."""
    window = _fold(lowered[max(0, start - 40) : start]).rstrip()
    if not window or window[-1] in _SENTENCE_BREAK:
        return ""
    m = _LAST_WORD.search(window)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*(\w*)")
_NON_SPACE = re.compile(r"\S")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _rejected(parse: _Parse, reader: _Reader, i: int, lowered: str) -> bool:
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
            following = _fold(nxt.group(1)) if nxt else ""
            return not following.endswith(("s", "x")) or following in lex.neuf_not_before
    if parse.kind in ("fraction", "fraction_sg"):
        after = _NEXT_WORD.match(lowered, tokens[parse.end - 1].end)
        if after and after.group(1) and _fold(after.group(1)) not in lex.fraction_followers:
            return True
    return (
        parse.kind == "fraction_sg"
        and before in lex.ordinal_determiners
        and word not in lex.never_alone
    )


def _half(lowered: str, token: _Token, lex: _Lexicon) -> WordNumber | None:
    """ "la moitie", "une moitie" = 0.5, the span starting at the determiner."""
    m = re.search(r"(\w+)\s+$", _fold(lowered[max(0, token.start - 12) : token.start]))
    if m and m.group(1) in lex.half_determiners:
        return WordNumber(token.start - len(m.group(0)), token.end, 0.5, False)
    return None


def _scan(lowered: str, lex: _Lexicon) -> list[WordNumber]:
    found: list[WordNumber] = []
    for tokens in _runs(lowered, lex):
        reader, i = _Reader(tokens, lex), 0
        while i < len(tokens):
            if tokens[i].norm == lex.half_noun:
                half = _half(lowered, tokens[i], lex)
                if half:
                    found.append(half)
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
                parse = _Parse(value, parse.end, "approx", parse.approx)
            found.append(WordNumber(tokens[i].start, end, parse.value, parse.approx))
            i = parse.end
    return found


def _approx_scale(lowered: str, end: int, value: float, lex: _Lexicon) -> tuple[int, float]:
    """Extend "une dizaine" over "de milliers" (10 000)."""
    m = re.match(r"\s+de\s+(\w+)(?!\w)", lowered[end : end + 30])
    if m and m.group(1) in lex.approx_scales:
        return end + m.end(), value * lex.approx_scales[m.group(1)]
    return end, value


def find_word_numbers(text: str) -> list[WordNumber]:
    """Every number written in words in `text`: longest match, sorted, non-overlapping.

    text: any French text; offsets are str indices into it (end exclusive).
    """
    lex = _lexicon()
    found = sorted(_scan(_lower(text), lex), key=lambda n: (n.start, -n.end))
    kept: list[WordNumber] = []
    for number in found:
        if not kept or number.start >= kept[-1].end:
            kept.append(number)
    return kept


def parse_number_words(s: str) -> float | None:
    """The value of `s` when the whole string is one number in words, else None."""
    lex = _lexicon()
    lowered = _lower(s).strip()
    run = lex.run_re.fullmatch(lowered)
    if run is None:
        return None
    tokens = _runs(lowered, lex)[0]
    parse = _Reader(tokens, lex).number(0)
    if parse is None or parse.end != len(tokens) or parse.kind == "digits":
        return None
    return parse.value
