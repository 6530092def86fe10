"""Find the numbers of a French text and read their values.

Digits follow French typography: a space, no-break space or narrow no-break space groups
thousands ("45 000"), so does a dot ("100.000", "1.500 milliards"), and a comma is the decimal
mark ("13,8"). A scale word or abbreviation after the digits multiplies them ("13,8 millions",
"10k", "2 Mds"). Numbers in words come from `number_words`. Finding (regexes) is kept apart from
reading (`read_digits`), as Recognizers-Text does.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..datafiles import load_currencies, load_scales
from ..textpatterns import SPACE, alternation, symbol_pattern, word_pattern
from .number_words import find_word_numbers


@dataclass(frozen=True)
class NumberMatch:
    """A number in the text: its span, its value (scale words applied) and how it was written."""

    start: int
    end: int
    value: float
    approx: bool = False
    """Approximate noun ("une trentaine") rather than a stated figure."""
    scale: float = 1.0
    """Factor of the scale word or abbreviation in the span ("millions" → 1e6), else 1."""
    in_words: bool = False
    integer_digits: bool = False
    """Written as a plain integer in digits with no scale (a candidate year, section number...)."""


_SEP = "[ \u00a0\u202f]"
_DIGITS_BODY = (
    r"(?P<sign>[-−][ \u00a0]?)?"
    r"(?:"
    rf"(?P<grouped>\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d))"
    r"|(?P<dotted>\d{1,3}(?:\.\d{3})+(?![\d.]))"
    r"|(?P<plain>\d+)"
    r"|(?P<lead>(?<![\d])[,]\d+)"
    r")"
    r"(?:,(?P<frac>\d+)(?!\d|,\d|\.\d))?"
    r"(?:\.(?P<dfrac>\d{1,2}|\d{4,})(?![\d.]))?"
    r"(?P<exp>[eE][+-]?\d+\b|\^[+-]*\d+)?"
)
_DIGITS = re.compile(r"(?<![\w.,/:\d])" + _DIGITS_BODY)
_DIGITS_AFTER_CODE = re.compile(_DIGITS_BODY)
_FRACTION = re.compile(
    r"(?<![\w/.,])(?P<sign>-[ \u00a0]?)?(?:(?P<whole>\d+)[ \u00a0]+)?"
    r"(?P<num>\d+)[ \u00a0]?/[ \u00a0]?(?P<den>\d+)(?![\d/])"
)
_VULGAR = re.compile("[\u00bc-\u00be\u2150-\u215e]")


MAX_DIGITS = 15
"""Significant digits a float holds exactly: a longer number (an account or card number, a
401-digit curiosity) cannot be stated as a figure and gives no record. So does a power a float
cannot hold ("10^400", "1e999"): never an exception, never Infinity in the output."""


def read_digits(m: re.Match[str]) -> float | None:
    """The value of a `_DIGITS` match, before scale words; None when a float cannot hold it."""
    if m.group("grouped"):
        whole = re.sub(_SEP, "", m.group("grouped"))
    elif m.group("dotted"):
        whole = m.group("dotted").replace(".", "")
    elif m.group("lead"):
        whole = "0." + m.group("lead")[1:]
    else:
        whole = m.group("plain")
    frac = m.group("frac") or m.group("dfrac")
    if len((whole.replace(".", "") + (frac or "")).strip("0")) > MAX_DIGITS:
        return None
    value: float | None = float(whole + "." + frac) if frac and "." not in whole else float(whole)
    exp = m.group("exp")
    if exp and value is not None:
        power = exp.lstrip("^eE+-")
        if len(power) > 4:  # 10^99999: no float, and computing the power would take long
            return None
        if exp.startswith("^"):
            value = _power(value, -int(power) if exp.count("-") % 2 else int(power))
        else:
            value = _power(10.0, -int(power) if "-" in exp else int(power), value)
    if value is None or not math.isfinite(value):
        return None
    if m.group("sign"):
        value = -value
    return value


def _power(base: float, power: int, factor: float = 1.0) -> float | None:
    """`factor * base ** power`, or None when a float cannot hold it."""
    try:
        value = factor * base**power
    except (OverflowError, ZeroDivisionError):
        return None
    return value if math.isfinite(value) and (value != 0.0 or base * factor == 0.0) else None


@cache
def _scale_regex() -> tuple[re.Pattern[str], dict[str, float], dict[str, float]]:
    data = load_scales()
    words = {k.lower(): v for k, v in data.words.items()}
    abbrevs = dict(data.abbreviations)
    word_src = alternation([word_pattern(w) for w in words])
    abbr_src = alternation([symbol_pattern(a) for a in abbrevs])
    # "et demi(e)" after a scale word: "deux millions et demi", "3 millions et demie".
    half = rf"(?P<half>{SPACE}+et{SPACE}+demie?)?"
    pattern = re.compile(
        rf"{SPACE}*(?:(?P<word>{word_src})(?![\w]){half}|(?P<abbr>{abbr_src})(?![A-Za-zÀ-ÿ]))"
    )
    return pattern, words, abbrevs


def _apply_scale(text: str, end: int, value: float) -> tuple[float, int, float]:
    pattern, words, abbrevs = _scale_regex()
    m = pattern.match(text, end)
    if not m:
        return value, end, 1.0
    if m.group("word"):
        factor = words[re.sub(rf"{SPACE}+", " ", m.group("word")).lower()]
        if m.group("half"):
            value += 0.5
    else:
        factor = abbrevs[m.group("abbr").strip()]
    return value * factor, m.end(), factor


@cache
def _glued_code() -> re.Pattern[str]:
    """An ISO currency code glued before digits, as wire copy writes prices: "USD1,23",
    "EUR449,99". Only currency codes: "COP22" or "A320" stay names."""
    codes = {entry.code for entry in load_currencies().currencies}
    return re.compile(rf"(?<![\w.,/:])(?:{'|'.join(sorted(codes))})(?=\d)")


def _digits_matches(text: str) -> list[re.Match[str]]:
    """`_DIGITS` matches, plus those right after a glued currency code."""
    found = list(_DIGITS.finditer(text))
    for code in _glued_code().finditer(text):
        m = _DIGITS_AFTER_CODE.match(text, code.end())
        if m is not None:
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def _digit_numbers(text: str) -> list[NumberMatch]:
    found: list[NumberMatch] = []
    for m in _digits_matches(text):
        start, sign, read = m.start(), m.group("sign"), read_digits(m)
        if read is None:
            continue  # more digits or a larger power than a float holds: no figure
        value = read
        if sign:
            if start > 0 and not text[start - 1].isspace() and text[start - 1] != "(":
                continue  # "CHAN-2024": a hyphen glued to a word is not a sign
            if sign[-1] in " \u00a0" and text[text.rfind("\n", 0, start) + 1 : start].strip():
                start, value, sign = start + len(sign), -value, ""  # "ef 75 - 300mm": a dash
        end = m.end()
        if end + 1 < len(text) and text[end] in ",." and text[end + 1].isdigit():
            continue  # "1, 234" aside, a number glued to more digits is an identifier
        value, new_end, scale = _apply_scale(text, end, value)
        if not math.isfinite(value):
            continue
        plain_int = bool(m.group("plain")) and not (m.group("frac") or m.group("dfrac"))
        found.append(
            NumberMatch(
                start,
                new_end,
                value,
                scale=scale,
                integer_digits=plain_int and scale == 1.0 and not m.group("exp") and not sign,
            )
        )
    for m in _FRACTION.finditer(text):
        if max(len(g or "") for g in m.group("whole", "num", "den")) > MAX_DIGITS:
            continue
        den = int(m.group("den"))
        if den == 0:
            continue
        value = int(m.group("num")) / den + (int(m.group("whole")) if m.group("whole") else 0)
        if m.group("sign"):
            value = -value
        found.append(NumberMatch(m.start(), m.end(), value))
    for m in _VULGAR.finditer(text):
        found.append(NumberMatch(m.start(), m.end(), unicodedata.numeric(m.group())))
    return found


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, in digits or in words, longest first, without overlaps."""
    candidates = _digit_numbers(text)
    for w in find_word_numbers(text):
        value, end, scale = w.value, w.end, 1.0
        if not _ends_in_scale(text[w.start : w.end]):
            value, end, scale = _apply_scale(text, w.end, w.value)
        candidates.append(
            NumberMatch(w.start, end, value, approx=w.approx, scale=scale, in_words=True)
        )
    candidates.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[NumberMatch] = []
    for n in candidates:
        if kept and n.start < kept[-1].end:
            if n.end - n.start > kept[-1].end - kept[-1].start and n.start == kept[-1].start:
                kept[-1] = n
            continue
        kept.append(n)
    return kept


def _ends_in_scale(surface: str) -> bool:
    pattern, _, _ = _scale_regex()
    words = surface.split()
    return bool(words) and bool(pattern.fullmatch(words[-1]))
