#!/usr/bin/env python3
"""Build gold.jsonl and meta.jsonl of the `press-a` corpus (schema v1, /work/shared/GOLD_FORMAT.md).

    python3 build_gold.py        # writes meta.jsonl and gold.jsonl beside this file

The annotations are data: `annotations.tsv` beside this file (its format: ../gold_annotations.py).
Every annotation is written by its surface text, with either an occurrence index `n`
(n-th whole-token occurrence in the document, counting from 0) or a context string `ctx`
that occurs exactly once and contains the surface once. Offsets are computed with
str.find and checked (text[start:end] == surface). Nothing is counted by hand.

Surfaces are written with straight apostrophes and ordinary spaces; the locator also
tries the typographic apostrophe (pa04, pa13) and the narrow no-break space between
digit groups / no-break space before % (pa15).
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
sys.path.insert(0, os.path.dirname(HERE))
from gold_annotations import read_annotations  # noqa: E402  (bench/corpora/gold_annotations.py)

META = [
    ("pa01_dz-plf2026", "2025-10-16", "Djazaïr Finances"),
    ("pa02_dz-sonelgaz", "2025-04-02", "Alger Soir Éco"),
    ("pa03_dz-stades", "2025-11-03", "Le Jeune Algérien Éco"),
    ("pa04_tn-lf2026", "2025-10-22", "La Presse de Carthage"),
    ("pa05_tn-prix", "2025-03-07", "Tunis Économie"),
    ("pa06_ma-onee-cour", "2025-02-19", "Le Matin de Rabat Éco"),
    ("pa07_ma-investissement", "2025-07-10", "Casa Finances"),
    ("pa08_ma-carburants", "2025-05-02", "Atlas Économie"),
    ("pa09_sn-dette", "2025-02-14", "Dakar Matin Finances"),
    ("pa10_sn-sante", "2025-12-18", "Le Quotidien du Cap-Vert"),
    ("pa11_cm-eneo", "2025-09-05", "Douala Business"),
    ("pa12_cm-cacao", "2024-07-10", "Yaoundé Tribune"),
    ("pa13_ci-lf2026", "2025-10-09", "Abidjan Économie"),
    ("pa14_ci-football", "2025-12-29", "Le Sport Ivoirien"),
    ("pa15_fr-hopital", "2025-10-28", "Le Courrier économique"),
    ("pa16_fr-blackfriday", "2025-11-27", "Conso Hebdo"),
]

TEXTS = {}
for _doc, _, _ in META:
    with open(os.path.join(DOCS, _doc + ".txt"), encoding="utf-8", newline="") as _fh:
        TEXTS[_doc] = _fh.read()

GOLD: list[dict] = []

# scale constants
Y = 365.25 * 86400          # one year in seconds (as score.py)
MO = Y / 12                 # one month
DAY = 86400
BBL = 158.987294928         # litres in a barrel
T3 = 100 / 3                # one third in %
UNITS = {"Y": Y, "MO": MO, "DAY": DAY, "BBL": BBL, "T3": T3}
"""The constants the numbers of annotations.tsv may use ("60 / BBL", "3 * Y")."""

ISO = {"DZD", "TND", "MAD", "XOF", "XAF", "EUR", "USD", "GBP"}


def dimension_of(unit: str) -> str:
    if "/" in unit:
        return "other"
    if unit in ISO:
        return "money"
    return {"W": "power", "Wh": "energy", "%": "percentage", "pp": "percentage", "m": "length",
            "m2": "area", "kg": "mass", "l": "volume", "s": "duration", "count": "count"}[unit]


# --------------------------------------------------------------------------
# locating spans
# --------------------------------------------------------------------------

def _variants(s: str):
    out = [s]
    t = s.replace("'", "\u2019")
    if t != s:
        out.append(t)
    nb = re.sub(r"(\d) (?=\d)", "\\1\u202f", s).replace(" %", "\u00a0%")
    if nb != s:
        out.append(nb)
        out.append(nb.replace("'", "\u2019"))
    return out


def _token_occurrences(text: str, surface: str):
    """Start offsets of `surface` that are not glued to a letter/digit on either side."""
    res, i = [], text.find(surface)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        ok_before = not (before.isalnum() and surface[0].isalnum())
        ok_after = not (after.isalnum() and surface[-1].isalnum())
        if ok_before and ok_after:
            res.append(i)
        i = text.find(surface, i + 1)
    return res


def locate(doc: str, surface: str, n: int = 0, ctx: str | None = None):
    text = TEXTS[doc]
    for sv in _variants(surface):
        if ctx is not None:
            for cv in _variants(ctx):
                first = text.find(cv)
                if first < 0:
                    continue
                if text.find(cv, first + 1) >= 0:
                    raise SystemExit(f"{doc}: context not unique: {ctx!r}")
                inner = cv.find(sv)
                if inner < 0:
                    continue
                if cv.find(sv, inner + 1) >= 0:
                    raise SystemExit(f"{doc}: surface {surface!r} twice in context {ctx!r}")
                start = first + inner
                break
            else:
                continue
        else:
            occ = _token_occurrences(text, sv)
            if len(occ) <= n:
                continue
            start = occ[n]
        end = start + len(sv)
        assert text[start:end] == sv
        return start, end, sv
    raise SystemExit(f"{doc}: not found: {surface!r} n={n} ctx={ctx!r}")


# --------------------------------------------------------------------------
# annotation helpers
# --------------------------------------------------------------------------

def quantity(doc, surface, unit, value=None, qualifier="exact", subject=None, org=None,
             when=None, n=0, ctx=None, low=None, high=None):
    start, end, sv = locate(doc, surface, n, ctx)
    if qualifier == "range":
        assert value is None and low is not None and high is not None, surface
    else:
        assert value is not None and low is None and high is None, surface
    GOLD.append({"doc": doc, "type": "quantity", "start": start, "end": end, "text": sv,
                 "value": value, "low": low, "high": high, "unit": unit,
                 "dimension": dimension_of(unit), "qualifier": qualifier,
                 "subject": subject, "org": org, "when": when})


def date(doc, surface, value, granularity, n=0, ctx=None):
    assert granularity in ("day", "month", "year", "range", "relative")
    start, end, sv = locate(doc, surface, n, ctx)
    GOLD.append({"doc": doc, "type": "date", "start": start, "end": end, "text": sv,
                 "value": value, "granularity": granularity})


def org(doc, surface, canonical=None, n=0, ctx=None):
    start, end, sv = locate(doc, surface, n, ctx)
    GOLD.append({"doc": doc, "type": "org", "start": start, "end": end, "text": sv,
                 "canonical": canonical or surface})


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------

def check():
    bad = 0
    by_doc = {}
    for m in GOLD:
        by_doc.setdefault(m["doc"], []).append(m)
        assert TEXTS[m["doc"]][m["start"]:m["end"]] == m["text"]
    for doc, ms in by_doc.items():
        ms.sort(key=lambda m: (m["start"], m["end"]))
        for a, b in zip(ms, ms[1:]):
            if b["start"] < a["end"]:
                print(f"OVERLAP {doc}: {a['text']!r} / {b['text']!r}", file=sys.stderr)
                bad += 1
    return bad


def uncovered(doc):
    """Digit runs and capitalised acronyms not covered by any gold span (for review)."""
    text = TEXTS[doc]
    cov = [False] * len(text)
    for m in GOLD:
        if m["doc"] == doc:
            for i in range(m["start"], m["end"]):
                cov[i] = True
    out = []
    for mt in re.finditer(r"\d[\d\s\u202f,./-]*\d|\d|\b[A-Z][A-Za-z]*[A-Z]+\w*\b", text):
        if not any(cov[mt.start():mt.end()]):
            out.append(mt.group())
    return out


if __name__ == "__main__":
    read_annotations(os.path.join(HERE, "annotations.tsv"), UNITS,
                     {"quantity": quantity, "date": date, "org": org})
    n_bad = check()
    GOLD.sort(key=lambda m: (m["doc"], m["start"]))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for m in GOLD:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as fh:
        for doc, pub, src in META:
            fh.write(json.dumps({"doc": doc, "published": pub, "source": src, "url": None},
                                ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(m["type"] for m in GOLD)
    print(dict(c), "total", len(GOLD))
    if "-v" in sys.argv:
        for doc, _, _ in META:
            print(doc, uncovered(doc))
    sys.exit(1 if n_bad else 0)
