"""Microsoft Recognizers-Text (Python packages 1.0.2a2, French culture) as a claimx peer.

Runs the number, percentage, currency, dimension, temperature, age and date-time models and maps
their results to GOLD_FORMAT records: values read from the decimal-comma strings, unit names mapped
to ISO codes / canonical units with score.py's own table (plus the few French names it lacks),
inclusive ends made exclusive, spans re-found in the source (the models lower-case the text).
A bare number that a unit or date model also covers is dropped, as the .NET suite's merge does;
the date-time model runs only where dates are scored (on the number corpora a year is a number).
Two concessions to the peer: the models are built for utterances, so a document is fed sentence
by sentence (on a whole article the date-time model returns ranges thousands of characters long),
and a lone indefinite article ("un", "une") read as the number 1 is dropped, as the French spec
itself treats it as don't-care inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from common import (
    DocText,
    Record,
    canonical_unit,
    dimension_of,
    drop_overlaps,
    locate,
    quantity_record,
    sentences,
)

NAME = "Recognizers-Text"
TYPES = frozenset({"quantity", "date"})
LIMITS = {
    "rt-numberrange": "no French number-range model in the Python port",
    "seeds:quantity": "no MW/GW units; no 'dirhams', 'DH', 'MDH' in its French currency list",
}

# French unit names of the Python port that score.py's table does not know: name -> (unit, scale).
EXTRA_UNITS: dict[str, tuple[str, float]] = {
    "Décamètre": ("m", 10.0),
    "Picomètres": ("m", 1e-12),
    "Hectomètre carré": ("m2", 1e4),
    "Décamètre carré": ("m2", 100.0),
    "Décimètre carré": ("m2", 1e-2),
    "Millimètre carré": ("m2", 1e-6),
    "Pouce carré": ("m2", 6.4516e-4),
    "Mile carré": ("m2", 2589988.110336),
    "Millimètre cube": ("l", 1e-6),
    "Kilobit": ("bit", 1e3),
    "Megabit": ("bit", 1e6),
    "Gigabit": ("bit", 1e9),
    "Terabit": ("bit", 1e12),
    "Petabit": ("bit", 1e15),
    "Pétaoctet": ("bit", 8e15),
}

_ARTICLES = frozenset({"un", "une"})
_TIMEX_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIMEX_MONTH = re.compile(r"\d{4}-\d{2}")
_TIMEX_YEAR = re.compile(r"\d{4}")
_TIMEX_RANGE = re.compile(r"\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),P\d+D\)")


@cache
def _models() -> dict[str, Any]:
    """The French models, built once (building them is most of a first call's 3 s)."""
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    number = NumberRecognizer(Culture.French)
    unit = NumberWithUnitRecognizer(Culture.French)
    return {
        "number": number.get_number_model(),
        "percentage": number.get_percentage_model(),
        "currency": unit.get_currency_model(),
        "dimension": unit.get_dimension_model(),
        "temperature": unit.get_temperature_model(),
        "age": unit.get_age_model(),
        "datetime": DateTimeRecognizer(Culture.French).get_datetime_model(),
    }


@cache
def _unit_dimensions() -> dict[str, str]:
    """French unit name -> dimension hint, from the suffix list the name comes from."""
    from recognizers_number_with_unit.resources.french_numeric_with_unit import (
        FrenchNumericWithUnit as French,
    )

    hints = {"WeightSuffixList": "mass", "CurrencySuffixList": "money"}
    hints |= {"CurrencyPrefixList": "money", "AreaSuffixList": "area"}
    hints |= {"VolumeSuffixList": "volume", "LengthSuffixList": "length"}
    out: dict[str, str] = {}
    for table, dim in hints.items():
        out |= dict.fromkeys(getattr(French, table), dim)
    return out


def load() -> None:
    """Build every model and run each once (the first parse compiles the regexes)."""
    for model in _models().values():
        model.parse("le 3 mai 2024, 12,5 km et 70 % de 3 millions d'euros")


def extract(docs: Sequence[DocText], types: frozenset[str]) -> Iterator[list[Record]]:
    """Records for each document, of the requested types this peer has models for."""
    for doc in docs:
        yield _extract_one(doc, types)


def _extract_one(doc: DocText, types: frozenset[str]) -> list[Record]:
    models = _models()
    ref = datetime.combine(doc.published or date.today(), datetime.min.time())
    dates: list[Record] = []
    quantities: list[Record] = []
    for base, piece in sentences(doc.text):
        found_dates = []
        if "date" in types:
            for res in models["datetime"].parse(piece, ref):
                found_dates += _some(_date_record(doc, res, base))
        found = []
        if "quantity" in types:
            for kind in ("currency", "dimension", "temperature", "age", "percentage"):
                for res in models[kind].parse(piece):
                    found += _some(_quantity_record(doc, res, base, kind))
            covered = found + found_dates
            for res in models["number"].parse(piece):
                rec = _quantity_record(doc, res, base, "number")
                if rec is None or rec["text"].lower() in _ARTICLES:
                    continue
                if not any(_overlap(rec, c) for c in covered):
                    found.append(rec)
        dates += found_dates
        quantities += found
    return drop_overlaps(quantities) + drop_overlaps(dates)


def _some(rec: Record | None) -> list[Record]:
    return [] if rec is None else [rec]


def _overlap(a: Record, b: Record) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _span(doc: DocText, res: Any, base: int) -> tuple[int, int] | None:
    return locate(doc.text, res.text, base + res.start)


def _number(raw: object) -> float | None:
    """A resolution value: '12,5', '-1,2732E+15', '70%' -> float."""
    if raw is None:
        return None
    text = str(raw).strip().rstrip("%").replace("\u00a0", "").replace(" ", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _quantity_record(doc: DocText, res: Any, base: int, kind: str) -> Record | None:
    span = _span(doc, res, base)
    value = _number(res.resolution.get("value")) if res.resolution else None
    if span is None or value is None:
        return None
    unit, dimension = "count", "count"
    if kind == "percentage":
        unit, dimension = "%", "percentage"
    elif kind != "number":
        name = str(res.resolution.get("unit") or "")
        hint = _unit_dimensions().get(name)
        iso = res.resolution.get("isoCurrency")
        mapped = canonical_unit(name, hint) if not iso else (str(iso), 1.0, 0.0)
        if mapped is None and name in EXTRA_UNITS:
            mapped = (*EXTRA_UNITS[name], 0.0)
        if mapped is None:
            unit, dimension = name, hint or "other"
        else:
            unit, scale, offset = mapped
            value = value * scale + offset
            dimension = dimension_of(unit)
    start, end = span
    return quantity_record(doc, start, end, value, unit, dimension)


def _date_record(doc: DocText, res: Any, base: int) -> Record | None:
    kind = res.type_name.rsplit(".", 1)[-1]
    if kind not in ("date", "daterange", "datetime"):
        return None
    span = _span(doc, res, base)
    if span is None:
        return None
    values = (res.resolution or {}).get("values") or []
    value, granularity = _date_value(values, doc.published)
    start, end = span
    return {
        "doc": doc.doc,
        "type": "date",
        "start": start,
        "end": end,
        "text": doc.text[start:end],
        "value": value,
        "granularity": granularity,
    }


def _date_value(values: list[dict[str, str]], published: date | None) -> tuple[str | None, str]:
    """ISO value and granularity from a timex; of several readings (unknown year or weekday),
    the one nearest `published`."""
    if not values:
        return None, "relative"
    ref = (published or date.today()).isoformat()
    entry = min(values, key=lambda v: abs(_days(v.get("value") or v.get("start") or ref, ref)))
    timex = entry.get("timex", "")
    if _TIMEX_DAY.fullmatch(timex):
        return timex, "day"
    if _TIMEX_MONTH.fullmatch(timex):
        return timex, "month"
    if _TIMEX_YEAR.fullmatch(timex):
        return timex, "year"
    ranged = _TIMEX_RANGE.fullmatch(timex)
    if ranged:
        return f"{ranged.group(1)}/{ranged.group(2)}", "range"
    if entry.get("type") in ("date", "datetime") and entry.get("value"):
        return entry["value"][:10], "day"
    if entry.get("start") and entry.get("end"):
        return f"{entry['start']}/{entry['end']}", "range"
    return None, "relative"


def _days(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days
    except ValueError:
        return 0
