#!/usr/bin/env python3
"""Build gold.jsonl and meta.jsonl of the `press-a` corpus (schema v1, /work/shared/GOLD_FORMAT.md).

    python3 build_gold.py        # writes meta.jsonl and gold.jsonl beside this file

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

def Q(doc, surface, value, unit, qual="exact", subject=None, org=None, when=None,
      n=0, ctx=None, low=None, high=None):
    start, end, sv = locate(doc, surface, n, ctx)
    if qual == "range":
        assert value is None and low is not None and high is not None, surface
    else:
        assert value is not None and low is None and high is None, surface
    GOLD.append({"doc": doc, "type": "quantity", "start": start, "end": end, "text": sv,
                 "value": value, "low": low, "high": high, "unit": unit,
                 "dimension": dimension_of(unit), "qualifier": qual,
                 "subject": subject, "org": org, "when": when})


def R(doc, surface, low, high, unit, subject=None, org=None, when=None, n=0, ctx=None):
    Q(doc, surface, None, unit, "range", subject, org, when, n, ctx, low, high)


def D(doc, surface, value, gran, n=0, ctx=None):
    assert gran in ("day", "month", "year", "range", "relative")
    start, end, sv = locate(doc, surface, n, ctx)
    GOLD.append({"doc": doc, "type": "date", "start": start, "end": end, "text": sv,
                 "value": value, "granularity": gran})


def O(doc, surface, canonical=None, n=0, ctx=None):
    start, end, sv = locate(doc, surface, n, ctx)
    GOLD.append({"doc": doc, "type": "org", "start": start, "end": end, "text": sv,
                 "canonical": canonical or surface})


# canonical names used several times
SONATRACH = ("Société nationale pour la recherche, la production, le transport, la transformation "
             "et la commercialisation des hydrocarbures")
SONELGAZ = "Société nationale de l'électricité et du gaz"
ONEE = "Office national de l'électricité et de l'eau potable"
CNI = "Commission nationale des investissements"
BCT = "Banque centrale de Tunisie"
ENEO = "Eneo Cameroon S.A."
ALG, TUN, MAR, SEN, CMR, CIV, FRA = ("Algérie", "Tunisie", "Maroc", "Sénégal", "Cameroun",
                                     "Côte d'Ivoire", "France")

# ==========================================================================
# pa01 — Algérie, PLF 2026 (published 2025-10-16, a Thursday)
# ==========================================================================
d = "pa01_dz-plf2026"
D(d, "2026", "2026", "year", n=0)                       # "PLF 2026": year of a finance law
Q(d, "près de 17 000 milliards de dinars", 1.7e13, "DZD", "approx", "budget", ALG, "2026")
D(d, "2026", "2026", "year", n=1)                       # projet de loi de finances 2026
D(d, "mardi", "2025-10-14", "relative")
O(d, "commission des finances et du budget",
  "Commission des finances et du budget de l'Assemblée populaire nationale")
O(d, "Assemblée populaire nationale")
O(d, "APN", "Assemblée populaire nationale", n=0)
Q(d, "16 794 milliards de DA", 1.6794e13, "DZD", "exact", "dépense", ALG, "2026")
Q(d, "16 450 milliards", 1.645e13, "DZD", "exact", "dépense", ALG, "2025")
D(d, "2025", "2025", "year", ctx="loi de finances 2025")
Q(d, "2,1 %", 2.1, "%", "exact", "dépense", ALG, "2026")
Q(d, "10 420 Mds DA", 1.042e13, "DZD", "exact", "dépense de fonctionnement", ALG, "2026")
Q(d, "4 380 milliards", 4.38e12, "DZD", "exact", "salaire", ALG, "2026")
Q(d, "6 374 milliards", 6.374e12, "DZD", "exact", "dépense d'équipement", ALG, "2026")
O(d, "gouvernement", "Gouvernement de l'Algérie")
Q(d, "8 960 milliards de dinars", 8.96e12, "DZD", "exact", "recette", ALG, "2026")
Q(d, "environ 3 700 milliards", 3.7e12, "DZD", "approx", "fiscalité pétrolière", ALG, "2026")
O(d, "Sonatrach", SONATRACH)
Q(d, "60 dollars le baril", 60 / BBL, "USD/l", "exact", "prix de référence", ALG, "2026")
Q(d, "70 dollars", 70 / BBL, "USD/l", "exact", "prix de marché", ALG, "2026")  # per barrel, inherited
Q(d, "135 DA pour un dollar", 135, "DZD/USD", "exact", "taux de change", ALG, "2026")
R(d, "entre 7 800 et 8 000 milliards de dinars", 7.8e12, 8e12, "DZD", "déficit", ALG, "2026")
R(d, "de 18 à 19 %", 18, 19, "%", "déficit", ALG, "2026")
O(d, "commission", "Commission des finances et du budget de l'Assemblée populaire nationale",
  ctx="estimations de la commission")
O(d, "Banque d'Algérie")
D(d, "12 octobre 2025", "2025-10-12", "day")
Q(d, "4 %", 4, "%", "exact", "inflation", ALG, "2026")
D(d, "l'an prochain", "2026", "relative")
Q(d, "9,3 %", 9.3, "%", "exact", "inflation", ALG, "2023")
D(d, "2023", "2023", "year")
Q(d, "5 900 milliards de dinars", 5.9e12, "DZD", "more_than", "transfert", ALG, "2026")  # "dépassent les"
Q(d, "près du tiers", T3, "%", "approx", "transfert", ALG, "2026")
Q(d, "trois ans", 3 * Y, "s", "exact", "exonération", ALG, None)
D(d, "dimanche 26 octobre", "2025-10-26", "day")
D(d, "avant la fin novembre", "2025-11", "month")
O(d, "APN", "Assemblée populaire nationale", n=1)
O(d, "Office national des statistiques")
O(d, "ONS", "Office national des statistiques")
D(d, "deuxième trimestre", "2025-04/2025-06", "range")
D(d, "la semaine prochaine", "2025-10-20/2025-10-26", "relative")

# ==========================================================================
# pa02 — Algérie, Sonelgaz (published 2025-04-02, a Wednesday)
# ==========================================================================
d = "pa02_dz-sonelgaz"
O(d, "Sonelgaz", SONELGAZ, n=0)
Q(d, "1 200 MW", 1.2e9, "W", "exact", "capacité", SONELGAZ, "2025-06")
O(d, "Société nationale de l'électricité et du gaz", SONELGAZ)
O(d, "Sonelgaz", SONELGAZ, n=1)
Q(d, "1 200 mégawatts", 1.2e9, "W", "exact", "capacité", SONELGAZ, "2025-06")
D(d, "d'ici fin juin", "2025-06", "month")
D(d, "lundi", "2025-03-31", "relative")
Q(d, "20 500 MW", 2.05e10, "W", "exact", "pointe de consommation", ALG, "2025-07")
D(d, "juillet", "2025-07", "month", ctx="MW en juillet")
Q(d, "19 580 MW", 1.958e10, "W", "exact", "pointe de consommation", ALG, "2024-07-23")
D(d, "23 juillet 2024", "2024-07-23", "day")
D(d, "Ramadan", "2025-03-01/2025-03-29", "range")
R(d, "de 6 à 8 %", 6, 8, "%", "demande", ALG, "2025-03")
D(d, "l'an dernier", "2024", "relative")
Q(d, "412 GWh", 4.12e11, "Wh", "exact", "consommation", ALG, "2025-03-30")
D(d, "Aïd el-Fitr", "2025-03-30", "day")
Q(d, "95 milliards de DA", 9.5e10, "DZD", "exact", "investissement", SONELGAZ, "2024")
D(d, "2024", "2024", "year", ctx="en 2024")
Q(d, "38 milliards", 3.8e10, "DZD", "exact", "investissement", SONELGAZ, "2024")
Q(d, "près de 3 400 km", 3.4e6, "m", "approx", "ligne", SONELGAZ, "2024")
O(d, "Shariket Kahraba wa Takat Moutadjadida")
O(d, "SKTM", "Shariket Kahraba wa Takat Moutadjadida")
D(d, "second semestre", "2025-07/2025-12", "range")
Q(d, "2 000 MW", 2e9, "W", "exact", "centrale", "Shariket Kahraba wa Takat Moutadjadida", None)
Q(d, "une quinzaine de sites", 15, "count", "approx", "site", "Shariket Kahraba wa Takat Moutadjadida", None)
Q(d, "environ 4 000 hectares", 4e7, "m2", "approx", "superficie", "Shariket Kahraba wa Takat Moutadjadida", None)
Q(d, "80 milliards de dinars", 8e10, "DZD", "more_than", "créance", SONELGAZ, None)  # "dépassé les"
Q(d, "un quart", 25, "%", "exact", "créance", SONELGAZ, None)
O(d, "ministère de l'Energie et des Mines", "Ministère de l'Énergie et des Mines")
D(d, "mardi 15 avril", "2025-04-15", "day")
O(d, "Sonatrach", SONATRACH)
Q(d, "5 %", 5, "%", "exact", "livraison", SONATRACH, "2025-01/2025-03")
D(d, "premier trimestre 2025", "2025-01/2025-03", "range")

# ==========================================================================
# pa03 — Algérie, Cour des comptes / stades et clubs (published 2025-11-03, a Monday)
# ==========================================================================
d = "pa03_dz-stades"
O(d, "Cour des comptes", n=0)
Q(d, "40 %", 40, "%", "exact", "surcoût", ALG, None, n=0)
D(d, "dimanche", "2025-11-02", "relative")
O(d, "Cour des comptes", n=1)
Q(d, "quatre grands stades", 4, "count", "exact", "stade", ALG, None)
D(d, "entre 2021 et 2023", "2021/2023", "range")
Q(d, "182 milliards de dinars", 1.82e11, "DZD", "exact", "coût de construction", ALG, None)
Q(d, "130 milliards", 1.3e11, "DZD", "exact", "enveloppe", ALG, None)
Q(d, "40 %", 40, "%", "exact", "dépassement", ALG, None, n=1)
Q(d, "50 000 places", 50000, "count", "exact", "place", None, None)
Q(d, "près de neuf ans", 9 * Y, "s", "approx", "délai", None, None)
Q(d, "16 clubs", 16, "count", "exact", "club", None, "2024")
D(d, "2024", "2024", "year")
Q(d, "au moins 9 milliards de DA", 9e9, "DZD", "at_least", "subvention", None, "2024")
Q(d, "2,5 Mds DA", 2.5e9, "DZD", "exact", "subvention", None, "2024")
O(d, "Mouloudia Club d'Alger")
O(d, "MCA", "Mouloudia Club d'Alger", n=0)
O(d, "Sonatrach", SONATRACH)
Q(d, "100 %", 100, "%", "exact", "capital", SONATRACH, None)
Q(d, "1,2 milliard de subventions", 1.2e9, "DZD", "exact", "subvention", "Mouloudia Club d'Alger", "2024")
O(d, "CR Belouizdad", "Chabab Riadhi de Belouizdad")
O(d, "Madar Holding")
Q(d, "800 millions", 8e8, "DZD", "exact", "subvention", "Chabab Riadhi de Belouizdad", "2024")
R(d, "entre 70 et 85 %", 70, 85, "%", "masse salariale", None, None)
O(d, "Cour", "Cour des comptes", ctx="la Cour juge")
Q(d, "2 millions de dinars au maximum", 2e6, "DZD", "at_most", "salaire", "Cour des comptes", None)
D(d, "avant le 30 juin 2026", "2026-06-30", "day")
O(d, "Ligue de football professionnel")
O(d, "LFP", "Ligue de football professionnel")
D(d, "dès l'exercice 2026", "2026", "year")
O(d, "El Watan")
O(d, "MCA", "Mouloudia Club d'Alger", n=1)
O(d, "USM Alger", "Union sportive de la médina d'Alger")
D(d, "vendredi 31 octobre", "2025-10-31", "day")
Q(d, "38 000 spectateurs", 38000, "count", "exact", "spectateur", None, "2025-10-31")
O(d, "Fédération algérienne de football")
O(d, "FAF", "Fédération algérienne de football")

# ==========================================================================
# pa04 — Tunisie, PLF 2026 (published 2025-10-22, a Wednesday; typographic apostrophes)
# ==========================================================================
d = "pa04_tn-lf2026"
D(d, "2026", "2026", "year", n=0)                       # "Budget 2026"
Q(d, "63 576 MDT", 6.3576e10, "TND", "exact", "budget", TUN, "2026")
O(d, "ARP", "Assemblée des représentants du peuple", n=0)
D(d, "2026", "2026", "year", n=1)                       # exercice 2026
D(d, "15 octobre", "2025-10-15", "day")
O(d, "Assemblée des représentants du peuple")
O(d, "ARP", "Assemblée des représentants du peuple", n=1)
O(d, "Etat", "État tunisien")
Q(d, "63 576 millions de dinars", 6.3576e10, "TND", "exact", "budget", TUN, "2026")
Q(d, "5,1 %", 5.1, "%", "exact", "budget", TUN, "2026")
D(d, "2025", "2025", "year", n=0)
O(d, "présidence du gouvernement", "Présidence du gouvernement")
Q(d, "25 250 MDT", 2.525e10, "TND", "exact", "dépense de rémunération", TUN, "2026")
Q(d, "13,6 %", 13.6, "%", "exact", "dépense de rémunération", TUN, "2026")
Q(d, "11 500 MDT", 1.15e10, "TND", "exact", "compensation", TUN, "2026")
Q(d, "3 800 MDT", 3.8e9, "TND", "exact", "produit de base", TUN, "2026")
Q(d, "5 300", 5.3e9, "TND", "exact", "carburant", TUN, "2026")   # MDT inherited
O(d, "Société tunisienne de l'électricité et du gaz")
O(d, "STEG", "Société tunisienne de l'électricité et du gaz")
O(d, "gouvernement", "Gouvernement de la Tunisie", ctx="Le gouvernement évalue")
Q(d, "27 000 MDT", 2.7e10, "TND", "exact", "besoin de financement", TUN, "2026")
Q(d, "19 000 MDT", 1.9e10, "TND", "exact", "emprunt", TUN, "2026")
O(d, "Banque centrale de Tunisie")
O(d, "BCT", BCT)
Q(d, "11 milliards de dinars", 1.1e10, "TND", "exact", "facilité", BCT, "2026")
Q(d, "dix ans", 10 * Y, "s", "exact", "durée de remboursement", BCT, None)
Q(d, "trois ans", 3 * Y, "s", "exact", "différé", BCT, None)
D(d, "2025", "2025", "year", n=1)                       # En 2025
Q(d, "7 milliards de dinars", 7e9, "TND", "exact", "facilité", BCT, "2025")
O(d, "Trésor", "Trésor public tunisien")
Q(d, "près de 24 300 MDT", 2.43e10, "TND", "approx", "service de la dette", TUN, "2026")
R(d, "entre 78 et 80 %", 78, 80, "%", "encours", TUN, "2026")
O(d, "ministère de l'Economie et de la Planification", "Ministère de l'Économie et de la Planification")
O(d, "FMI", "Fonds monétaire international")
D(d, "depuis 2022", "2022", "year")
Q(d, "1,6 %", 1.6, "%", "exact", "croissance", TUN, "2025")
D(d, "cette année", "2025", "relative")
Q(d, "3,2 %", 3.2, "%", "exact", "croissance", TUN, "2026")
D(d, "l'an prochain", "2026", "relative")
O(d, "commission des finances et du budget",
  "Commission des finances et du budget de l'Assemblée des représentants du peuple")
O(d, "ARP", "Assemblée des représentants du peuple", n=2)
D(d, "lundi 27 octobre", "2025-10-27", "day")
D(d, "au plus tard le 10 décembre", "2025-12-10", "day")
O(d, "Union générale tunisienne du travail")
O(d, "UGTT", "Union générale tunisienne du travail")
Q(d, "au moins 7 %", 7, "%", "at_least", "revalorisation", "Union générale tunisienne du travail", None)

# ==========================================================================
# pa05 — Tunisie, prix et inflation (published 2025-03-07, a Friday)
# ==========================================================================
d = "pa05_tn-prix"
RAMADAN_TN = "2025-03-01/2025-03-29"
D(d, "7 mars 2025", "2025-03-07", "day")
D(d, "Ramadan", RAMADAN_TN, "range", n=0)
Q(d, "5,7 %", 5.7, "%", "exact", "inflation", TUN, "2025-02", n=0)
O(d, "Institut national de la statistique")
O(d, "INS", "Institut national de la statistique")
D(d, "mercredi 5 mars", "2025-03-05", "day")
Q(d, "5,7 %", 5.7, "%", "exact", "inflation", TUN, "2025-02", n=1)
D(d, "février", "2025-02", "month", n=0)
Q(d, "6 %", 6, "%", "exact", "inflation", TUN, "2025-01")
D(d, "janvier", "2025-01", "month")
Q(d, "7,5 %", 7.5, "%", "exact", "inflation", TUN, "2024-02")
D(d, "un an plus tôt", "2024-02", "relative")
Q(d, "7,9 %", 7.9, "%", "exact", "prix de l'alimentation", TUN, "2025-02")
R(d, "entre 38 et 45 dinars le kilo", 38, 45, "TND/kg", "prix", None, None)
D(d, "Ramadan", RAMADAN_TN, "range", n=1)
O(d, "ministère du Commerce et du Développement des exportations",
  "Ministère du Commerce et du Développement des exportations")
Q(d, "25 000 tonnes", 2.5e7, "kg", "exact", "pomme de terre", TUN, "2025-03")
Q(d, "quelque 120 millions d'œufs", 1.2e8, "count", "approx", "œuf", TUN, "2025-03")
Q(d, "1 350 millimes le litre", 1.35, "TND/l", "exact", "prix", TUN, None)
Q(d, "un demi-litre", 0.5, "l", "exact", "bouteille", None, None)
Q(d, "650 millimes", 0.65, "TND", "at_most", "prix", TUN, None)   # "ne doit pas dépasser"
Q(d, "Plus de 4 200 infractions", 4200, "count", "more_than", "infraction", TUN, "2025-03")
D(d, "depuis le 1er mars", "2025-03-01", "day")
OLIVE = "2024-11/2025-02"
Q(d, "1 820 MDT", 1.82e9, "TND", "exact", "recette", TUN, OLIVE)
D(d, "entre novembre et février", OLIVE, "range")
D(d, "2024-2025", "2024/2025", "range")
Q(d, "12 %", 12, "%", "exact", "recette", TUN, OLIVE)
Q(d, "40 %", 40, "%", "exact", "volume", TUN, OLIVE)
Q(d, "110 000 tonnes", 1.1e8, "kg", "exact", "volume", TUN, OLIVE)
O(d, "Office national de l'huile")
O(d, "ONH", "Office national de l'huile")
Q(d, "16,5 dinars le kilogramme", 16.5, "TND/kg", "exact", "prix", TUN, OLIVE)
Q(d, "plus de 26 dinars", 26, "TND/kg", "more_than", "prix", TUN, "2023-11/2024-02")  # per kg inherited
D(d, "un an auparavant", "2023-11/2024-02", "relative")
O(d, "Banque centrale", BCT)
Q(d, "8 %", 8, "%", "exact", "taux directeur", BCT, None)
D(d, "fin mars", "2025-03", "month")

# ==========================================================================
# pa06 — Maroc, Cour des comptes / ONEE (published 2025-02-19, a Wednesday)
# ==========================================================================
d = "pa06_ma-onee-cour"
O(d, "Cour des comptes", n=0)
O(d, "ONEE", ONEE, n=0)
Q(d, "68 MMDH", 6.8e10, "MAD", "exact", "endettement", ONEE, "2023-12")
D(d, "2023-2024", "2023/2024", "range")
D(d, "mardi", "2025-02-18", "relative", ctx="présenté mardi")
O(d, "Parlement", "Parlement du Maroc")
O(d, "Cour des comptes", n=1)
O(d, "Office national de l'électricité et de l'eau potable", ONEE)
O(d, "ONEE", ONEE, n=1)
Q(d, "68 milliards de dirhams", 6.8e10, "MAD", "exact", "dette", ONEE, "2023-12")
D(d, "fin 2023", "2023-12", "month")
Q(d, "61,4 MMDH", 6.14e10, "MAD", "exact", "dette", ONEE, "2019")
D(d, "2019", "2019", "year")
Q(d, "10 MMDH", 1e10, "MAD", "more_than", "perte", ONEE, None)   # "dépassent"
Q(d, "115,4 milliards de dirhams", 1.154e11, "MAD", "exact", "programme", MAR, "2020/2027")
Q(d, "143 MMDH", 1.43e11, "MAD", "exact", "programme", MAR, "2020/2027")
Q(d, "13 stations", 13, "count", "exact", "station", MAR, None)
Q(d, "quatre", 4, "count", "exact", "station", MAR, "2023-12-31", ctx="seules quatre")
D(d, "31 décembre 2023", "2023-12-31", "day")
Q(d, "192 millions de m3", 1.92e11, "l", "exact", "capacité", MAR, "2023-12-31")
Q(d, "jusqu'à 35 %", 35, "%", "at_most", "perte", ONEE, None)
Q(d, "240 Mm3", 2.4e11, "l", "exact", "eau potable", ONEE, None)
O(d, "Cour", "Cour des comptes", ctx="la Cour note")
Q(d, "40,4 %", 40.4, "%", "exact", "part des énergies renouvelables", MAR, None)
Q(d, "6,8 points", 6.8, "pp", "exact", "part des énergies renouvelables", MAR, None)
D(d, "depuis 2020", "2020", "year")
Q(d, "11 900 MW", 1.19e10, "W", "exact", "parc", MAR, None)
R(d, "de 15 à 20 centimes", 0.15 / 1000, 0.20 / 1000, "MAD/Wh", "prix de revient", ONEE, None)
O(d, "Etat", "État marocain")
Q(d, "environ 5 MDH", 5e6, "MAD", "approx", "contribution", MAR, None)
O(d, "commission des finances et du développement économique",
  "Commission des finances et du développement économique de la Chambre des représentants")
O(d, "Chambre des représentants")
O(d, "Office", ONEE, ctx="général de l'Office")
D(d, "le mardi suivant", "2025-02-25", "relative")
O(d, "Cour", "Cour des comptes", ctx="La Cour recommande")
O(d, "ONEE", ONEE, n=2)
D(d, "avant fin 2025", "2025-12", "month")

# ==========================================================================
# pa07 — Maroc, investissement et emploi (published 2025-07-10, a Thursday)
# ==========================================================================
d = "pa07_ma-investissement"
Q(d, "191 projets", 191, "count", "exact", "projet", CNI, "2025-07-07", n=0)
Q(d, "369 MMDH", 3.69e11, "MAD", "exact", "projet", CNI, "2025-07-07")
O(d, "Commission nationale des investissements")
D(d, "lundi", "2025-07-07", "relative")
Q(d, "191 projets", 191, "count", "exact", "projet", CNI, "2025-07-07", n=1)
Q(d, "369 milliards de dirhams", 3.69e11, "MAD", "exact", "projet", CNI, "2025-07-07")
Q(d, "près de 180 000 emplois", 180000, "count", "approx", "emploi", CNI, None)
Q(d, "61 %", 61, "%", "exact", "emploi", CNI, None)
O(d, "Hanlong Battery")
R(d, "entre 12 et 13 MMDH", 1.2e10, 1.3e10, "MAD", "coût", "Hanlong Battery", None)
Q(d, "500 MW", 5e8, "W", "exact", "parc", "Atlas Wind Power", None)
O(d, "Atlas Wind Power")
O(d, "OCP", "Office chérifien des phosphates")
D(d, "12 mai 2025", "2025-05-12", "day")
O(d, "Agence marocaine de développement des investissements et des exportations")
O(d, "AMDIE", "Agence marocaine de développement des investissements et des exportations")
O(d, "Kessler Automotive")
Q(d, "1 200 ingénieurs", 1200, "count", "exact", "ingénieur", "Kessler Automotive", None)
O(d, "Haut-Commissariat au Plan")
O(d, "HCP", "Haut-Commissariat au Plan")
T2 = "2025-04/2025-06"
Q(d, "12,8 %", 12.8, "%", "exact", "taux de chômage", MAR, T2)
D(d, "deuxième trimestre 2025", T2, "range")
Q(d, "0,3 point", 0.3, "pp", "exact", "taux de chômage", MAR, T2)
Q(d, "35,8 %", 35.8, "%", "exact", "taux de chômage", MAR, T2)
Q(d, "plus d'un jeune sur quatre", 25, "%", "more_than", "jeune", MAR, T2)
Q(d, "environ 1,5 million de personnes", 1.5e6, "count", "approx", "personne", MAR, T2)
D(d, "mars 2023", "2023-03", "month")
O(d, "commission", CNI, ctx="la commission a validé")
Q(d, "quelque 250 projets", 250, "count", "approx", "projet", CNI, None)
O(d, "gouvernement", "Gouvernement du Maroc", ctx="Le gouvernement vise")
Q(d, "1,4 million d'emplois", 1.4e6, "count", "exact", "emploi", MAR, "2030")
D(d, "d'ici 2030", "2030", "year")
Q(d, "deux tiers", 200 / 3, "%", "exact", "part de l'investissement privé", MAR, "2035")
D(d, "à l'horizon 2035", "2035", "year")
Q(d, "environ un tiers", T3, "%", "approx", "part de l'investissement privé", MAR, None)
Q(d, "93 %", 93, "%", "exact", "PME", MAR, None)
D(d, "depuis le 1er janvier 2025", "2025-01-01", "day")
Q(d, "10 %", 10, "%", "exact", "prime", MAR, "2025-01-01")

# ==========================================================================
# pa08 — Maroc, carburants (published 2025-05-02, a Friday)
# ==========================================================================
d = "pa08_ma-carburants"
D(d, "1er-Mai", "2025-05-01", "day")
D(d, "jeudi 1er mai", "2025-05-01", "day")
D(d, "fête du Travail", "2025-05-01", "day")
Q(d, "10,65 DH", 10.65, "MAD/l", "exact", "prix", None, "2025-05-01")       # "le litre de gasoil"
Q(d, "35 centimes", 0.35, "MAD/l", "exact", "prix", None, "2025-05-01")
Q(d, "autour de 12,90 DH/litre", 12.9, "MAD/l", "approx", "prix", None, "2025-05-01")
Q(d, "sous la barre des 10 dirhams", 10, "MAD/l", "less_than", "prix", None, "2025-05-01")
Q(d, "USD612 la tonne", 0.612, "USD/kg", "exact", "prix", None, "2025-04-28")
D(d, "28 avril", "2025-04-28", "day")
Q(d, "plus de 700 dollars", 0.7, "USD/kg", "more_than", "prix", None, "2025-01")
D(d, "janvier", "2025-01", "month", ctx="dollars en janvier")
Q(d, "sous les 65 dollars le baril", 65 / BBL, "USD/l", "less_than", "prix", None, None)
Q(d, "1,8 %", 1.8, "%", "exact", "dirham", MAR, "2025")
D(d, "depuis janvier", "2025-01", "month")
O(d, "Bank Al-Maghrib")
O(d, "Conseil de la concurrence")
R(d, "entre 1,2 et 1,6 DH par litre", 1.2, 1.6, "MAD/l", "marge", None, "2025-01/2025-03")
D(d, "premier trimestre", "2025-01/2025-03", "range")
Q(d, "0,9 DH", 0.9, "MAD/l", "exact", "marge", None, None)
D(d, "2015", "2015", "year")
Q(d, "7,4 millions de m3", 7.4e9, "l", "exact", "gasoil", MAR, "2024")
D(d, "2024", "2024", "year")
Q(d, "près de 6,2 millions de tonnes", 6.2e9, "kg", "approx", "gasoil", MAR, "2024")
Q(d, "38 %", 38, "%", "exact", "gasoil", MAR, "2024")
Q(d, "dix principaux distributeurs", 10, "count", "exact", "distributeur", None, None)
O(d, "Afriquia SMDC")
O(d, "TotalEnergies Marketing Maroc")
O(d, "Shell")
Q(d, "plus de 80 %", 80, "%", "more_than", "part de marché", None, None)
O(d, "Conseil", "Conseil de la concurrence", ctx="Le Conseil publiera")
D(d, "mercredi 14", "2025-05-14", "day")
O(d, "Fédération nationale du transport routier")
Q(d, "2 500 dirhams", 2500, "MAD", "exact", "aide", MAR, None)
D(d, "2022", "2022", "year")

# ==========================================================================
# pa09 — Sénégal, Cour des comptes / dette (published 2025-02-14, a Friday)
# ==========================================================================
d = "pa09_sn-dette"
BCEAO = "Banque centrale des États de l'Afrique de l'Ouest"
COMFIN_SN = "Commission des finances et du contrôle budgétaire de l'Assemblée nationale du Sénégal"
D(d, "14/02/2025", "2025-02-14", "day")
O(d, "Cour des comptes", n=0)
Q(d, "99,7 %", 99.7, "%", "exact", "dette", SEN, "2023-12", n=0)
O(d, "Cour des comptes", n=1)
D(d, "entre 2019 et mars 2024", "2019/2024-03", "range")
D(d, "mercredi", "2025-02-12", "relative")
Q(d, "18 558,9 milliards de FCFA", 1.85589e13, "XOF", "exact", "encours", SEN, "2023-12")
D(d, "fin 2023", "2023-12", "month")
Q(d, "99,7 %", 99.7, "%", "exact", "encours", SEN, "2023-12", n=1)
Q(d, "74,4 %", 74.4, "%", "exact", "encours", SEN, "2023-12")
D(d, "2023", "2023", "year", ctx="budgétaire de 2023")
Q(d, "12,3 %", 12.3, "%", "exact", "déficit", SEN, "2023")
Q(d, "7,4 points", 7.4, "pp", "exact", "déficit", SEN, "2023")
Q(d, "4,9 %", 4.9, "%", "exact", "déficit", SEN, "2023")
Q(d, "quelque 2 517 milliards de F CFA", 2.517e12, "XOF", "approx", "dépense", SEN, "2019/2024-03")
Q(d, "654 milliards", 6.54e11, "XOF", "exact", "compte de dépôt", SEN, "2019/2024-03")
O(d, "Trésor", "Trésor public du Sénégal")
R(d, "entre 25 et 30 %", 25, 30, "%", "service de la dette", SEN, "2025")
D(d, "2025", "2025", "year", ctx="budgétaires en 2025")
O(d, "ministère des Finances et du Budget", "Ministère des Finances et du Budget")
O(d, "Fonds monétaire international")
O(d, "FMI", "Fonds monétaire international")
D(d, "17/02", "2025-02-17", "day")
D(d, "octobre 2024", "2024-10", "month")
Q(d, "près de 1,8 milliard de dollars", 1.8e9, "USD", "approx", "décaissement", "Fonds monétaire international", None)
O(d, "gouvernement", "Gouvernement du Sénégal")
Q(d, "jusqu'à 350 milliards de francs CFA", 3.5e11, "XOF", "at_most", "emprunt", SEN, "2025-01/2025-03")
O(d, "Agence UMOA-Titres")
D(d, "premier trimestre", "2025-01/2025-03", "range")
O(d, "BCEAO", BCEAO)
Q(d, "3,5 %", 3.5, "%", "exact", "taux directeur", BCEAO, None)
O(d, "Assemblée nationale", "Assemblée nationale du Sénégal")
D(d, "lundi 24 février", "2025-02-24", "day")
O(d, "commission des finances", COMFIN_SN)
Q(d, "au moins trois audits", 3, "count", "at_least", "audit", COMFIN_SN, None)
O(d, "Senelec", "Société nationale d'électricité du Sénégal")
O(d, "Port autonome de Dakar")

# ==========================================================================
# pa10 — Sénégal, budget de la santé (published 2025-12-18, a Thursday)
# ==========================================================================
d = "pa10_sn-sante"
CMU = "Agence de la couverture maladie universelle"
PNA = "Pharmacie nationale d'approvisionnement"
Q(d, "285 milliards de FCFA", 2.85e11, "XOF", "exact", "budget", SEN, "2026")
D(d, "2026", "2026", "year", n=0)
O(d, "Assemblée nationale", "Assemblée nationale du Sénégal")
D(d, "samedi", "2025-12-13", "relative")
O(d, "ministère de la Santé et de l'Action sociale", "Ministère de la Santé et de l'Action sociale")
D(d, "2026", "2026", "year", n=1)
Q(d, "285,4 milliards de FCFA", 2.854e11, "XOF", "exact", "budget", SEN, "2026")
Q(d, "9 %", 9, "%", "exact", "budget", SEN, "2026")
D(d, "2025", "2025", "year", n=0)                       # loi de finances initiale 2025
O(d, "Etat", "État du Sénégal")
Q(d, "6,8 %", 6.8, "%", "exact", "part de la santé", SEN, "2026")
Q(d, "15 %", 15, "%", "exact", "part de la santé", None, None)
Q(d, "112 milliards", 1.12e11, "XOF", "exact", "dépense de personnel", SEN, "2026")
Q(d, "deux mille cinq cents agents de santé", 2500, "count", "exact", "agent", SEN, "2026")
Q(d, "huit cents sages-femmes", 800, "count", "exact", "sage-femme", SEN, "2026")
Q(d, "96 milliards", 9.6e10, "XOF", "exact", "investissement", SEN, "2026")
Q(d, "41 milliards", 4.1e10, "XOF", "exact", "hôpital", SEN, "2026")
Q(d, "300 lits", 300, "count", "exact", "lit", SEN, None)
O(d, "Agence de la couverture maladie universelle", CMU)
O(d, "Agence CMU", CMU)
Q(d, "30 milliards de francs CFA", 3e10, "XOF", "exact", "dotation", CMU, "2026")
Q(d, "22 milliards", 2.2e10, "XOF", "exact", "dotation", CMU, "2025")
D(d, "2025", "2025", "year", n=1)
Q(d, "plus de 40 milliards", 4e10, "XOF", "more_than", "dette", CMU, None)
Q(d, "autour de 53 %", 53, "%", "approx", "taux de couverture", SEN, None)
O(d, "Agence nationale de la statistique et de la démographie")
O(d, "ANSD", "Agence nationale de la statistique et de la démographie")
D(d, "Noël", "2025-12-25", "day")
D(d, "nouvel an", "2026-01-01", "day")
O(d, "Pharmacie nationale d'approvisionnement", PNA)
O(d, "PNA", PNA)
Q(d, "trois mois", 3 * MO, "s", "exact", "stock", PNA, None)
Q(d, "25 000 FCFA", 25000, "XOF", "exact", "garde", SEN, "2026-01-01")
D(d, "dès le 1er janvier", "2026-01-01", "day")
O(d, "And Gueusseum")

# ==========================================================================
# pa11 — Cameroun, Eneo (published 2025-09-05, a Friday)
# ==========================================================================
d = "pa11_cm-eneo"
O(d, "Eneo", ENEO, ctx="Electricité : Eneo")
Q(d, "180 milliards de FCFA", 1.8e11, "XAF", "exact", "arriéré", CMR, "2025-06-30", n=0)
O(d, "Etat", "État du Cameroun", n=0)
O(d, "Eneo Cameroon", ENEO)
O(d, "Etat", "État du Cameroun", n=1)
Q(d, "180 milliards de FCFA", 1.8e11, "XAF", "more_than", "impayé", CMR, "2025-06-30", n=1)  # "franchi la barre des"
D(d, "30 juin 2025", "2025-06-30", "day")
D(d, "mercredi 3 septembre", "2025-09-03", "day")
D(d, "juillet et août", "2025-07/2025-08", "range")
D(d, "2024", "2024", "year")                            # exercice 2024
Q(d, "27 milliards", 2.7e10, "XAF", "exact", "perte", ENEO, "2024")
Q(d, "1 380 MW", 1.38e9, "W", "exact", "demande de pointe", CMR, None)
Q(d, "1 250 MW", 1.25e9, "W", "exact", "production", CMR, None)
Q(d, "sept turbines", 7, "count", "exact", "turbine", None, None)
D(d, "mars", "2025-03", "month")
Q(d, "près de 30 %", 30, "%", "approx", "électricité", None, None)
D(d, "les six premiers mois de l'année", "2025-01/2025-06", "relative")
O(d, "Eneo", ENEO, ctx="Eneo a vendu")
Q(d, "4 120 GWh", 4.12e12, "Wh", "exact", "vente", ENEO, "2025-01/2025-06")
Q(d, "4,5 %", 4.5, "%", "exact", "vente", ENEO, "2025-01/2025-06")
Q(d, "50 FCFA le kWh", 0.05, "XAF/Wh", "exact", "tarif", ENEO, None)
Q(d, "moins de 110 kWh", 1.1e5, "Wh", "less_than", "consommation", None, None)
Q(d, "85 FCFA/kWh", 0.085, "XAF/Wh", "more_than", "coût de production", ENEO, None)  # "dépasse"
O(d, "Agence de régulation du secteur de l'électricité")
O(d, "Arsel", "Agence de régulation du secteur de l'électricité")
O(d, "ministère de l'Eau et de l'Energie", "Ministère de l'Eau et de l'Énergie")
O(d, "Minee", "Ministère de l'Eau et de l'Énergie")
Q(d, "60 milliards", 6e10, "XAF", "exact", "règlement", CMR, "2025")
D(d, "avant la fin de l'exercice 2025", "2025-12", "month")
O(d, "BEAC", "Banque des États de l'Afrique centrale")
O(d, "Banque mondiale")
Q(d, "200 millions de dollars", 2e8, "USD", "exact", "prêt", "Banque mondiale", None)
O(d, "Eneo", ENEO, ctx="Eneo, dont")
O(d, "Actis")
Q(d, "51 %", 51, "%", "exact", "capital", "Actis", None)
Q(d, "95 milliards de FCFA", 9.5e10, "XAF", "exact", "investissement", ENEO, "2025/2027")
D(d, "2025-2027", "2025/2027", "range")
Q(d, "1 200 km", 1.2e6, "m", "exact", "ligne", ENEO, "2025/2027")
Q(d, "150 000 compteurs", 150000, "count", "exact", "compteur", ENEO, "2025/2027")

# ==========================================================================
# pa12 — Cameroun, cacao et café (published 2024-07-10, a Wednesday)
# ==========================================================================
d = "pa12_cm-cacao"
ONCC = "Office national du cacao et du café"
CICC = "Conseil interprofessionnel du cacao et du café"
Q(d, "5 000 FCFA", 5000, "XAF/kg", "more_than", "prix", None, "2024-07")   # "le kilo franchit les"
R(d, "entre 4 800 et 5 200 FCFA", 4800, 5200, "XAF/kg", "prix", None, "2024-07-01/2024-07-07")
D(d, "la semaine dernière", "2024-07-01/2024-07-07", "relative")
Q(d, "1 500 FCFA le kilo", 1500, "XAF/kg", "exact", "prix", None, "2023-07")
D(d, "l'an dernier", "2023", "relative")
O(d, "Office national du cacao et du café", ONCC)
O(d, "ONCC", ONCC)
D(d, "lundi", "2024-07-08", "relative")
Q(d, "6 900 livres sterling", 6.9, "GBP/kg", "exact", "prix", None, "2024-07-08")   # "la tonne"
D(d, "2023-2024", "2023/2024", "range")
D(d, "fin juillet", "2024-07", "month")
C = "2023/2024"
Q(d, "255 000 tonnes", 2.55e8, "kg", "exact", "exportation", CMR, C)
Q(d, "environ 8 %", 8, "%", "approx", "exportation", CMR, C)
Q(d, "600 milliards de FCFA", 6e11, "XAF", "more_than", "recette", CMR, C)   # "dépassant"
Q(d, "quelque 600 000 hectares", 6e9, "m2", "approx", "verger", CMR, None)
Q(d, "un tiers", T3, "%", "exact", "plantation", CMR, None)
Q(d, "plus de trente ans", 30 * Y, "s", "more_than", "plantation", None, None)
O(d, "Conseil interprofessionnel du cacao et du café", CICC)
O(d, "CICC", CICC)
D(d, "du samedi 13 au lundi 15 juillet", "2024-07-13/2024-07-15", "range")
Q(d, "50 millions de plants", 5e7, "count", "exact", "plant", CICC, "2030")
D(d, "d'ici 2030", "2030", "year")
Q(d, "sous les 20 000 tonnes", 2e7, "kg", "less_than", "production", CMR, C)
Q(d, "près de 60 000 tonnes", 6e7, "kg", "approx", "production", CMR, "2009")
D(d, "il y a quinze ans", "2009", "relative")
O(d, "gouvernement", "Gouvernement du Cameroun")
Q(d, "10 %", 10, "%", "exact", "droit de sortie", CMR, "2024")
D(d, "2024", "2024", "year", ctx="finances 2024")
Q(d, "moitié", 50, "%", "exact", "droit de sortie", CMR, None)
O(d, "Agrocam Export")
D(d, "jusqu'au 31 décembre", "2024-12-31", "day")

# ==========================================================================
# pa13 — Côte d'Ivoire, LF 2026 (published 2025-10-09, a Thursday; typographic apostrophes)
# ==========================================================================
d = "pa13_ci-lf2026"
D(d, "2026", "2026", "year", n=0)
Q(d, "17 350 milliards de FCFA", 1.735e13, "XOF", "exact", "budget", CIV, "2026")
O(d, "Conseil des ministres", n=0)
O(d, "Conseil des ministres", n=1)
D(d, "mercredi", "2025-10-08", "relative")
O(d, "Présidence de la République", "Présidence de la République de Côte d'Ivoire")
O(d, "Etat", "État de Côte d'Ivoire")
D(d, "2026", "2026", "year", n=1)
Q(d, "17 350,4 milliards de FCFA", 1.73504e13, "XOF", "exact", "budget", CIV, "2026")
Q(d, "13,2 %", 13.2, "%", "exact", "budget", CIV, "2026")
D(d, "2025", "2025", "year")
Q(d, "5 942 milliards", 5.942e12, "XOF", "exact", "investissement", CIV, "2026")
Q(d, "2 310 milliards", 2.31e12, "XOF", "exact", "service de la dette", CIV, "2026")
O(d, "gouvernement", "Gouvernement de Côte d'Ivoire", n=0)
Q(d, "6,5 %", 6.5, "%", "exact", "croissance", CIV, "2026")
Q(d, "3 %", 3, "%", "exact", "déficit", CIV, "2026")
O(d, "Union économique et monétaire ouest-africaine")
O(d, "UEMOA", "Union économique et monétaire ouest-africaine")
Q(d, "8 870 milliards de F CFA", 8.87e12, "XOF", "exact", "recette", CIV, "2026")
Q(d, "14,1 %", 14.1, "%", "exact", "pression fiscale", CIV, "2026")
Q(d, "13,4 %", 13.4, "%", "exact", "pression fiscale", CIV, "2024")
D(d, "2024", "2024", "year")
O(d, "gouvernement", "Gouvernement de Côte d'Ivoire", n=1)
R(d, "de 15 à 16 %", 15, 16, "%", "pression fiscale", CIV, "2028")
D(d, "d'ici 2028", "2028", "year")
Q(d, "6 140 milliards", 6.14e12, "XOF", "exact", "secteur social", CIV, "2026")
Q(d, "plus du tiers", T3, "%", "more_than", "secteur social", CIV, "2026")
Q(d, "2 210 milliards", 2.21e12, "XOF", "exact", "éducation", CIV, "2026")
Q(d, "environ 890 milliards", 8.9e11, "XOF", "approx", "santé", CIV, "2026")
Q(d, "22 500 postes", 22500, "count", "exact", "poste", CIV, "2026")
Q(d, "sept mille enseignants", 7000, "count", "exact", "enseignant", CIV, "2026")
O(d, "Assemblée nationale", "Assemblée nationale de Côte d'Ivoire")
D(d, "avant le 15 octobre", "2025-10-15", "day")
O(d, "Sénat", "Sénat de Côte d'Ivoire")
O(d, "Fonds monétaire international")
Q(d, "3,5 milliards de dollars", 3.5e9, "USD", "exact", "programme", "Fonds monétaire international", None)
D(d, "2026", "2026", "year", n=2)
D(d, "mardi", "2025-10-07", "relative")
O(d, "Banque africaine de développement")
O(d, "BAD", "Banque africaine de développement")
R(d, "entre 3 et 4 milliards d'euros", 3e9, 4e9, "EUR", "besoin de financement", CIV, "2026")

# ==========================================================================
# pa14 — Côte d'Ivoire, économie du football (published 2025-12-29, a Monday)
# ==========================================================================
d = "pa14_ci-football"
ASEC = "Association sportive des employés de commerce Mimosas"
LPF = "Ligue professionnelle de football"
FIF = "Fédération ivoirienne de football"
CIE = "Compagnie ivoirienne d'électricité"
CAF = "Confédération africaine de football"
S = "2025/2026"
D(d, "2025-2026", S, "range")
D(d, "samedi", "2025-12-27", "relative", ctx="interrompue samedi")
D(d, "Noël", "2025-12-25", "day")
O(d, "ASEC Mimosas", ASEC)
O(d, "Africa Sports", "Africa Sports National")
Q(d, "18 500 spectateurs", 18500, "count", "exact", "spectateur", None, "2025-12-27")
Q(d, "2 300 spectateurs", 2300, "count", "exact", "affluence", LPF, S)
O(d, "Ligue professionnelle de football", LPF)
O(d, "LPF", LPF)
Q(d, "16 clubs", 16, "count", "exact", "club", None, S)
R(d, "entre 6 et 7 milliards de FCFA", 6e9, 7e9, "XOF", "budget", None, S)
Q(d, "près de la moitié", 50, "%", "approx", "budget", ASEC, S)
O(d, "ASEC", ASEC, ctx="seul ASEC")
O(d, "Fédération ivoirienne de football", FIF)
O(d, "FIF", FIF)
Q(d, "150 millions de F CFA", 1.5e8, "XOF", "exact", "subvention", FIF, None)
O(d, "Canal+")
Q(d, "1,2 milliard de francs CFA", 1.2e9, "XOF", "exact", "contrat", "Canal+", None)
D(d, "jusqu'en 2028", "2028", "year")
O(d, "Compagnie ivoirienne d'électricité", CIE)
O(d, "CIE", CIE)
Q(d, "85 millions de FCFA", 8.5e7, "XOF", "exact", "éclairage", CIE, S)
R(d, "de 1 000 à 5 000 FCFA", 1000, 5000, "XOF", "billet", None, None)
Q(d, "240 millions", 2.4e8, "XOF", "at_most", "recette", None, "2024/2025")   # "n'ont pas dépassé"
D(d, "la saison dernière", "2024/2025", "relative")
O(d, "CAF", CAF)
Q(d, "USD4 millions", 4e6, "USD", "exact", "prime", CAF, None)
Q(d, "environ 2,25 milliards de FCFA", 2.25e9, "XOF", "approx", "prime", CAF, None)
O(d, "ministère des Sports", "Ministère des Sports")
Q(d, "3 milliards", 3e9, "XOF", "exact", "fonds", CIV, "2026-01/2026-03")
D(d, "premier trimestre 2026", "2026-01/2026-03", "range")
D(d, "samedi 10 janvier", "2026-01-10", "day")
D(d, "nouvel an", "2026-01-01", "day")
Q(d, "60 000 places", 60000, "count", "exact", "place", None, None)
D(d, "avant février", "2026-02", "month")
Q(d, "450 millions de FCFA", 4.5e8, "XOF", "exact", "travaux", None, None)

# ==========================================================================
# pa15 — France, hôpital et Ondam (published 2025-10-28, a Tuesday; NBSP typography)
# ==========================================================================
d = "pa15_fr-hopital"
CNAM = "Caisse nationale de l'assurance maladie"
FHF = "Fédération hospitalière de France"
O(d, "Cour des comptes", n=0)
Q(d, "3,5 milliards d'euros", 3.5e9, "EUR", "exact", "déficit", None, "2024", n=0)
D(d, "lundi", "2025-10-27", "relative")
O(d, "Cour des comptes", n=1)
Q(d, "3,5 milliards d'euros", 3.5e9, "EUR", "exact", "déficit", None, "2024", n=1)
D(d, "2024", "2024", "year")
Q(d, "1,9 milliard", 1.9e9, "EUR", "exact", "déficit", None, "2023")
D(d, "l'année précédente", "2023", "relative")
Q(d, "près de 65 %", 65, "%", "approx", "dépense de personnel", None, "2024")
Q(d, "4,6 %", 4.6, "%", "exact", "dépense de personnel", None, "2024")
Q(d, "plus de 13 milliards d'euros", 1.3e10, "EUR", "more_than", "revalorisation", FRA, None)
D(d, "2026", "2026", "year")
D(d, "à partir de ce mardi", "2025-10-28", "relative")
O(d, "Assemblée nationale")
Q(d, "270,4 milliards d'euros", 2.704e11, "EUR", "exact", "ondam", FRA, "2026")
Q(d, "1,6 %", 1.6, "%", "exact", "ondam", FRA, "2026")
R(d, "entre 4 et 4,5 %", 4, 4.5, "%", "tendance", FRA, "2026")
O(d, "Caisse nationale de l'assurance maladie", CNAM)
O(d, "Cnam", CNAM)
Q(d, "3,9 milliards d'économies", 3.9e9, "EUR", "exact", "économie", CNAM, "2026")
Q(d, "1,1 milliard", 1.1e9, "EUR", "exact", "économie", CNAM, "2026")
O(d, "Fédération hospitalière de France", FHF)
O(d, "FHF", FHF)
Q(d, "jusqu'à 20 000 postes", 20000, "count", "at_most", "poste", None, None)
D(d, "Toussaint", "2025-11-01", "day")
D(d, "du vendredi 31 octobre au dimanche 2 novembre", "2025-10-31/2025-11-02", "range")
O(d, "commission des affaires sociales", "Commission des affaires sociales du Sénat")
O(d, "Sénat")
D(d, "5 novembre", "2025-11-05", "day")

# ==========================================================================
# pa16 — France, Black Friday (published 2025-11-27, a Thursday)
# ==========================================================================
d = "pa16_fr-blackfriday"
FEVAD = "Fédération du e-commerce et de la vente à distance"
BCE = "Banque centrale européenne"
DGCCRF = "Direction générale de la concurrence, de la consommation et de la répression des fraudes"
BF = "2025-11-28/2025-12-01"
D(d, "Black Friday", "2025-11-28", "day")
Q(d, "5,2 milliards d'euros", 5.2e9, "EUR", "exact", "vente", FRA, BF, n=0)
O(d, "Fédération du e-commerce et de la vente à distance", FEVAD)
O(d, "Fevad", FEVAD)
Q(d, "5,2 milliards d'euros", 5.2e9, "EUR", "exact", "vente", FRA, BF, n=1)
D(d, "entre le vendredi 28 novembre et le lundi 1er décembre", BF, "range")
Q(d, "8 %", 8, "%", "exact", "vente", FRA, BF)
D(d, "l'an dernier", "2024", "relative")
Q(d, "68 euros", 68, "EUR", "exact", "panier", FRA, BF)
Q(d, "65 euros", 65, "EUR", "exact", "panier", FRA, "2024")
D(d, "2024", "2024", "year")
O(d, "Fnac Darty")
Q(d, "EUR449,99", 449.99, "EUR", "exact", "console", "Fnac Darty", None)
Q(d, "499,99 euros", 499.99, "EUR", "exact", "console", "Fnac Darty", None)
Q(d, "EUR2,99", 2.99, "EUR", "at_least", "jeu", "Fnac Darty", None)   # "démarrent à"
Q(d, "USD1,23", 1.23, "USD", "exact", "titre", None, None)
Q(d, "USD1,16", 1.16, "USD/EUR", "exact", "euro", None, None)
O(d, "Banque centrale européenne", BCE)
O(d, "BCE", BCE)
O(d, "Cdiscount")
Q(d, "jusqu'à 70 %", 70, "%", "at_most", "remise", "Cdiscount", None)
Q(d, "12 000 références", 12000, "count", "exact", "référence", "Cdiscount", None)
O(d, "Amazon")
Q(d, "24 heures", 24 * 3600, "s", "exact", "livraison", "Amazon", None)
Q(d, "quelque 3 millions d'articles", 3e6, "count", "approx", "article", "Amazon", None)
O(d, "Insee", "Institut national de la statistique et des études économiques")
D(d, "mercredi", "2025-11-26", "relative")
Q(d, "0,9 %", 0.9, "%", "exact", "inflation", FRA, "2025-10")
D(d, "octobre", "2025-10", "month")
Q(d, "1,8 %", 1.8, "%", "exact", "prix", FRA, "2025-10")
D(d, "jusqu'à Noël", "2025-12-25", "day")
Q(d, "527 euros", 527, "EUR", "exact", "budget", FRA, "2025")
O(d, "Deloitte")
O(d, "Direction générale de la concurrence, de la consommation et de la répression des fraudes", DGCCRF)
O(d, "DGCCRF", DGCCRF)
Q(d, "30 jours", 30 * DAY, "s", "exact", None, None, None)


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
