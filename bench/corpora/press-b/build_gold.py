#!/usr/bin/env python3
"""Build meta.jsonl and gold.jsonl of the press-b development corpus (schema v1, GOLD_FORMAT.md).

    python3 build_gold.py          # rewrites meta.jsonl and gold.jsonl beside this file
    python3 build_gold.py --check  # also lists digits and capitalised words left unannotated

The annotations are data: `annotations.tsv` beside this file (its format:
../gold_annotations.py). Every annotation names its surface text; when the surface occurs more
than once in the document, either `n` (0-based occurrence index, counted with str.find over the raw text,
overlapping substrings included) or `ctx` (a string that occurs once and contains the
surface once) picks the occurrence.  Offsets come from str.find and are asserted
(text[start:end] == surface).  Nothing is counted by hand.
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

TEXTS: dict[str, str] = {}
for _f in sorted(os.listdir(DOCS)):
    if _f.endswith(".txt"):
        with open(os.path.join(DOCS, _f), encoding="utf-8", newline="") as fh:
            TEXTS[_f[:-4]] = fh.read()

# doc id -> (published, source)
META = {
    "ci01-lfr2025": ("2025-06-19", "Le Plateau Éco"),
    "ci02-cacao": ("2025-10-02", "Abidjan Matières Premières"),
    "ci03-mobilemoney": ("2025-09-11", "Lagune Numérique"),
    "cm01-dette": ("2025-03-20", "Douala Finances"),
    "cm02-eneo": ("2025-07-08", "Yaoundé Éco Hebdo"),
    "cm03-coton": ("2025-11-13", "Le Nord Agricole"),
    "sn01-cour-comptes": ("2025-05-28", "Dakar Éco Plus"),
    "sn02-tabaski": ("2025-06-03", "Le Quotidien de la Corniche"),
    "ma01-plf2026": ("2025-10-23", "Casablanca Finances Hebdo"),
    "ma02-football": ("2025-04-10", "Le Boulevard Éco"),
    "dz01-lfc2025": ("2025-07-02", "Alger Finances"),
    "dz02-sonatrach": ("2025-02-17", "Le Sahara Énergie"),
    "tn01-inflation": ("2025-08-26", "Tunis Affaires Hebdo"),
    "tn02-dessalement": ("2025-11-05", "Sfax Éco"),
    "fr01-finances-publiques": ("2025-10-15", "Le Journal des Comptes Publics"),
    "fr02-prix": ("2025-12-04", "Lyon Économie Hebdo"),
}

# canonical conversion factors (GOLD_FORMAT.md: l, kg, m, m2, Wh, W, s)
BBL = 158.987294928          # litres in one barrel
YEAR = 365.25 * 86400        # seconds in a (Julian) year
MONTH = YEAR / 12
DAY = 86400.0
HA = 1e4                     # m2
M3 = 1e3                     # l
M, B = 1e6, 1e9              # millions, billions
UNITS = {"BBL": BBL, "YEAR": YEAR, "MONTH": MONTH, "DAY": DAY, "HA": HA, "M3": M3, "M": M, "B": B}
"""The constants the numbers of annotations.tsv may use ("462 * B", "3 * YEAR")."""

GOLD: list[dict] = []


def locate(doc: str, surface: str, n: int | None = None, ctx: str | None = None) -> tuple[int, int]:
    assert doc in TEXTS, doc
    text = TEXTS[doc]
    if ctx is not None:
        first = text.find(ctx)
        if first < 0 or text.find(ctx, first + 1) >= 0:
            raise SystemExit(f"{doc}: context missing or not unique: {ctx!r}")
        inner = ctx.find(surface)
        if inner < 0 or ctx.find(surface, inner + 1) >= 0:
            raise SystemExit(f"{doc}: surface {surface!r} not once in context {ctx!r}")
        start = first + inner
    else:
        hits, i = [], text.find(surface)
        while i >= 0:
            hits.append(i)
            i = text.find(surface, i + 1)
        if not hits:
            raise SystemExit(f"{doc}: surface not found: {surface!r}")
        if n is None:
            if len(hits) > 1:
                raise SystemExit(f"{doc}: surface {surface!r} occurs {len(hits)} times: give n or ctx")
            n = 0
        if n >= len(hits):
            raise SystemExit(f"{doc}: surface {surface!r} has no occurrence {n}")
        start = hits[n]
    end = start + len(surface)
    assert text[start:end] == surface
    return start, end


def quantity(doc, surface, unit, dimension, qualifier, subject=None, org=None, when=None,
             n=None, ctx=None, value=None, low=None, high=None):
    """A quantity.  For a range leave out value, give low and high and qualifier=range."""
    start, end = locate(doc, surface, n, ctx)
    if value is None:
        assert low is not None and high is not None and qualifier == "range", surface
    else:
        assert low is None and high is None and qualifier != "range", surface
    clean = lambda x: None if x is None else (int(x) if float(x).is_integer() and abs(x) < 1e15 else float(f"{x:.12g}"))
    value, low, high = clean(value), clean(low), clean(high)
    GOLD.append({"doc": doc, "type": "quantity", "start": start, "end": end, "text": surface,
                 "value": value, "low": low, "high": high, "unit": unit, "dimension": dimension,
                 "qualifier": qualifier, "subject": subject, "org": org, "when": when})


def date(doc, surface, value, granularity, n=None, ctx=None):
    start, end = locate(doc, surface, n, ctx)
    assert granularity in ("day", "month", "year", "range", "relative"), granularity
    GOLD.append({"doc": doc, "type": "date", "start": start, "end": end, "text": surface,
                 "value": value, "granularity": granularity})


def org(doc, surface, canonical=None, n=None, ctx=None):
    start, end = locate(doc, surface, n, ctx)
    GOLD.append({"doc": doc, "type": "org", "start": start, "end": end, "text": surface,
                 "canonical": canonical or surface})


# ==========================================================================
# checks and output
# ==========================================================================

def check_overlaps() -> None:
    by_doc: dict[str, list[dict]] = {}
    for g in GOLD:
        by_doc.setdefault(g["doc"], []).append(g)
    for d, gs in by_doc.items():
        gs = sorted(gs, key=lambda g: (g["start"], g["end"]))
        for a, b in zip(gs, gs[1:]):
            if b["start"] < a["end"]:
                raise SystemExit(f"{d}: overlapping gold spans {a['text']!r} / {b['text']!r}")


def report_uncovered() -> None:
    """List digits, number words and capitalised tokens outside every gold span (for review)."""
    words = r"\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|" \
            r"quarante|cinquante|soixante|cent|mille|moitié|tiers|quart|dizaine|quinzaine|vingtaine|" \
            r"trentaine|quarantaine|cinquantaine|centaine|millier)s?\b"
    for d, text in TEXTS.items():
        spans = [(g["start"], g["end"]) for g in GOLD if g["doc"] == d]
        inside = lambda i: any(s <= i < e for s, e in spans)
        out = []
        for m in re.finditer(r"\d[\d\s\u202f,./-]*\d|\d|" + words + r"|\b[A-ZÉ][\w'’-]+", text):
            if not inside(m.start()):
                out.append(m.group(0))
        print(f"{d}: {' | '.join(out)}")


def main() -> None:
    assert set(META) == set(TEXTS), set(META) ^ set(TEXTS)
    read_annotations(os.path.join(HERE, "annotations.tsv"), UNITS,
                     {"quantity": quantity, "date": date, "org": org})
    check_overlaps()
    GOLD.sort(key=lambda g: (list(META).index(g["doc"]), g["start"]))
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as fh:
        for d, (pub, src) in META.items():
            fh.write(json.dumps({"doc": d, "published": pub, "source": src, "url": None},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    counts = {t: sum(g["type"] == t for g in GOLD) for t in ("quantity", "date", "org")}
    print(f"{len(TEXTS)} docs, {len(GOLD)} gold mentions: {counts}")
    if "--check" in sys.argv:
        report_uncovered()


if __name__ == "__main__":
    main()
