#!/usr/bin/env python3
"""Build meta.jsonl and gold.jsonl of the press-b development corpus (schema v1, GOLD_FORMAT.md).

    python3 build_gold.py          # rewrites meta.jsonl and gold.jsonl beside this file
    python3 build_gold.py --check  # also lists digits and capitalised words left unannotated

Every annotation names its surface text; when the surface occurs more than once in the
document, either `n` (0-based occurrence index, counted with str.find over the raw text,
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

GOLD: list[dict] = []
DOC = None                   # current document, set by doc()


def doc(name: str) -> None:
    global DOC
    assert name in TEXTS, name
    DOC = name


def locate(surface: str, n: int | None = None, ctx: str | None = None) -> tuple[int, int]:
    text = TEXTS[DOC]
    if ctx is not None:
        first = text.find(ctx)
        if first < 0 or text.find(ctx, first + 1) >= 0:
            raise SystemExit(f"{DOC}: context missing or not unique: {ctx!r}")
        inner = ctx.find(surface)
        if inner < 0 or ctx.find(surface, inner + 1) >= 0:
            raise SystemExit(f"{DOC}: surface {surface!r} not once in context {ctx!r}")
        start = first + inner
    else:
        hits, i = [], text.find(surface)
        while i >= 0:
            hits.append(i)
            i = text.find(surface, i + 1)
        if not hits:
            raise SystemExit(f"{DOC}: surface not found: {surface!r}")
        if n is None:
            if len(hits) > 1:
                raise SystemExit(f"{DOC}: surface {surface!r} occurs {len(hits)} times: give n or ctx")
            n = 0
        if n >= len(hits):
            raise SystemExit(f"{DOC}: surface {surface!r} has no occurrence {n}")
        start = hits[n]
    end = start + len(surface)
    assert text[start:end] == surface
    return start, end


def Q(surface, value, unit, dim, qual, subject, org, when, n=None, ctx=None, low=None, high=None):
    """A quantity.  For a range pass value=None, low=, high= and qual='range'."""
    start, end = locate(surface, n, ctx)
    if value is None:
        assert low is not None and high is not None and qual == "range", surface
    else:
        assert low is None and high is None and qual != "range", surface
    clean = lambda x: None if x is None else (int(x) if float(x).is_integer() and abs(x) < 1e15 else float(f"{x:.12g}"))
    value, low, high = clean(value), clean(low), clean(high)
    GOLD.append({"doc": DOC, "type": "quantity", "start": start, "end": end, "text": surface,
                 "value": value, "low": low, "high": high, "unit": unit, "dimension": dim,
                 "qualifier": qual, "subject": subject, "org": org, "when": when})


def D(surface, value, gran, n=None, ctx=None):
    start, end = locate(surface, n, ctx)
    assert gran in ("day", "month", "year", "range", "relative"), gran
    GOLD.append({"doc": DOC, "type": "date", "start": start, "end": end, "text": surface,
                 "value": value, "granularity": gran})


def O(surface, canonical=None, n=None, ctx=None):
    start, end = locate(surface, n, ctx)
    GOLD.append({"doc": DOC, "type": "org", "start": start, "end": end, "text": surface,
                 "canonical": canonical or surface})


def R(surface, low, high, unit, dim, subject, org, when, n=None, ctx=None):
    """A range quantity."""
    Q(surface, None, unit, dim, "range", subject, org, when, n=n, ctx=ctx, low=low, high=high)


M, B = 1e6, 1e9
CI, CM, SN, MA, DZ, TN, FR = "Côte d'Ivoire", "Cameroun", "Sénégal", "Maroc", "Algérie", "Tunisie", "France"
FMI = "Fonds monétaire international"

# ==========================================================================
# Côte d'Ivoire (XOF)
# ==========================================================================
doc("ci01-lfr2025")                                  # published Thursday 2025-06-19
O("Assemblée nationale")
Q("462 milliards de FCFA", 462 * B, "XOF", "money", "exact", "rallonge", CI, "2025")
D("2025", "2025", "year")                            # "l'exercice 2025": year of a finance law
D("mardi", "2025-06-17", "relative")
O("Commission des affaires économiques et financières")
O("CAEF", "Commission des affaires économiques et financières")
O("État", "État de Côte d'Ivoire")
Q("15 975,3 milliards de FCFA", 15975.3 * B, "XOF", "money", "exact", "budget", CI, "2025")
Q("16 437,6 milliards", 16437.6 * B, "XOF", "money", "exact", "budget", CI, "2025")
Q("2,9 %", 2.9, "%", "percentage", "exact", "hausse", CI, "2025")
Q("462,3 milliards de francs CFA", 462.3 * B, "XOF", "money", "exact", "rallonge", CI, "2025")
Q("185 milliards", 185 * B, "XOF", "money", "exact", "filet social", CI, "2025")
Q("une soixantaine de milliards", 60 * B, "XOF", "money", "approx", "subvention", CI, "2025")
Q("5 208 milliards", 5208 * B, "XOF", "money", "exact", "dépense d'investissement", CI, "2025")
Q("4 960 milliards", 4960 * B, "XOF", "money", "exact", "dépense d'investissement", CI, "2025")
D("18 décembre 2024", "2024-12-18", "day")
O("gouvernement", "Gouvernement de Côte d'Ivoire")
Q("8 912,4 milliards de FCFA", 8912.4 * B, "XOF", "money", "exact", "recette fiscale", CI, "2025")
Q("3,2 %", 3.2, "%", "percentage", "exact", "déficit", CI, "2025")
Q("0,8 point", 0.8, "pp", "percentage", "exact", "baisse", CI, "2025")
D("2024", "2024", "year", n=1)                       # "par rapport à 2024"
O("Fonds monétaire international")
O("FMI", FMI)
D("début avril", "2025-04", "month")
Q("385 millions de dollars", 385 * M, "USD", "money", "exact", "tranche", FMI, "2025-04")
O("Trésor", "Trésor public")
Q("jusqu'à 1 800 milliards de FCFA", 1800 * B, "XOF", "money", "at_most", "titre", CI, "2025")
O("UMOA", "Union monétaire ouest-africaine", n=0)
O("UMOA-Titres", "Agence UMOA-Titres")
O("BCEAO", "Banque centrale des États de l'Afrique de l'Ouest")
O("Primature", "Primature de Côte d'Ivoire")
Q("42 articles", 42, "count", "count", "exact", "article", None, None)
# "l'article 27": an article number, not a quantity
D("la semaine prochaine", "2025-06-23/2025-06-29", "relative")
O("Sénat")
D("avant la fin juin", "2025-06", "month")
Q("3 000 kilomètres de routes", 3e6, "m", "length", "exact", "route", CI, "2021/2025")
D("depuis 2021", "2021", "year")

doc("ci02-cacao")                                    # published Thursday 2025-10-02
Q("2 650 FCFA le kilogramme", 2650, "XOF/kg", "other", "exact", "prix", CI, "2025/2026")
O("gouvernement", "Gouvernement de Côte d'Ivoire")
D("hier", "2025-10-01", "relative")
D("2025-2026", "2025/2026", "range")
D("jeudi 2 octobre", "2025-10-02", "day")
Q("2 650 FCFA", 2650, "XOF/kg", "other", "exact", "prix", CI, "2025/2026", n=1)
Q("2 100 F CFA", 2100, "XOF/kg", "other", "exact", "prix", CI, "2025-04/2025-09")
D("d'avril à septembre", "2025-04/2025-09", "range")
Q("plus de 26 %", 26, "%", "percentage", "more_than", "revalorisation", CI, "2025/2026")
O("Conseil des ministres")
O("Conseil du café-cacao", "Conseil du Café-Cacao")
O("CCC", "Conseil du Café-Cacao", n=0)
R("entre 1,8 et 1,95 million de tonnes", 1.8e9, 1.95e9, "kg", "mass", "récolte", CI, "2025/2026")
D("2024-2025", "2024/2025", "range")
Q("Près de 900 000 planteurs", 900000, "count", "count", "approx", "planteur", CI, "2025/2026")
Q("environ 1,3 million de tonnes", 1.3e9, "kg", "mass", "approx", "vente", "Conseil du Café-Cacao", "2025/2026")
Q("5 900 dollars la tonne", 5.9, "USD/kg", "other", "exact", "prix", "Conseil du Café-Cacao", "2025/2026")
O("Cargill")
O("Barry Callebaut")
O("SACO", "Société Africaine de Cacao")
D("l'année dernière", "2024", "relative")
Q("plus de 720 000 tonnes de fèves", 7.2e8, "kg", "mass", "more_than", "fève", None, "2024")
Q("près de deux tiers", 200 / 3, "%", "percentage", "approx", "capacité", None, "2024")
Q("14,6 %", 14.6, "%", "percentage", "exact", "droit unique de sortie", CI, None)
Q("au moins 60 %", 60, "%", "percentage", "at_least", "prix", None, None)
O("CCC", "Conseil du Café-Cacao", n=1)
Q("une quinzaine de contrôles", 15, "count", "count", "approx", "contrôle", "Conseil du Café-Cacao", "2025-12-25")
D("d'ici Noël", "2025-12-25", "day")
O("Cocobod", "Ghana Cocoa Board")
Q("58 000 cédis la tonne", 58, "GHS/kg", "other", "exact", "prix", "Ghana Cocoa Board", "2025/2026")

doc("ci03-mobilemoney")                              # published Thursday 2025-09-11
ARTCI = "Autorité de régulation des télécommunications/TIC de Côte d'Ivoire"
Q("la barre des 50 000 milliards de FCFA", 5e13, "XOF", "money", "more_than", "transaction", CI, "2024", n=0)
O(ARTCI)
O("ARTCI", ARTCI, n=0)
D("09/09", "2025-09-09", "day")
Q("la barre des 50 000 milliards de FCFA", 5e13, "XOF", "money", "more_than", "transaction", CI, "2024", n=1)
D("2024", "2024", "year")
Q("18 %", 18, "%", "percentage", "exact", "progression", CI, "2024")
Q("31,4 millions", 31.4e6, "count", "count", "exact", "compte", CI, "2024")
Q("31,7 millions d'habitants", 31.7e6, "count", "count", "exact", "habitant", CI, "2024")
O("Institut national de la statistique")
O("INS", "Institut national de la statistique")
O("Orange Côte d'Ivoire")
Q("41 %", 41, "%", "percentage", "exact", "compte", "Orange Côte d'Ivoire", "2024")
O("Wave", "Wave Mobile Money")
Q("27 %", 27, "%", "percentage", "exact", "compte", "Wave Mobile Money", "2024")
O("MTN Côte d'Ivoire", n=0)
O("Moov Africa", "Moov Africa Côte d'Ivoire")
D("2021", "2021", "year")
Q("1 %", 1, "%", "percentage", "exact", "transfert", "Wave Mobile Money", None, ctx="facturé à 1 %")
Q("1 645 milliards de FCFA", 1645 * B, "XOF", "money", "exact", "chiffre d'affaires", None, "2024")
Q("312 milliards", 312 * B, "XOF", "money", "exact", "investissement", None, "2024")
Q("une soixantaine", 60 * B, "XOF", "money", "approx", "investissement", None, "2024")
O("Orange", "Orange Côte d'Ivoire", ctx="Orange annonce")
Q("1 200 nouveaux sites", 1200, "count", "count", "exact", "site", "Orange Côte d'Ivoire", "2026")
D("d'ici fin 2026", "2026", "year")
D("12 mai 2025", "2025-05-12", "day")                # "Le 12 mai 2025 l'ARTCI avait infligé ..."
O("ARTCI", ARTCI, n=1)
Q("1,2 milliard de FCFA", 1.2 * B, "XOF", "money", "exact", "amende", ARTCI, "2025-05-12")
O("MTN Côte d'Ivoire", n=1)
Q("0,5 %", 0.5, "%", "percentage", "exact", "taxe", CI, "2025")
D("2025", "2025", "year", ctx="loi de finances 2025")
Q("près de 41 milliards", 41 * B, "XOF", "money", "approx", "recette", CI, "2025-01/2025-06")
O("Trésor public")
D("premier semestre", "2025-01/2025-06", "relative")
O("Cour suprême")
# "le 1313" (toll-free number) and "Spark 20" (model name): not quantities; "4G": a technology name
O("ministère de la Transition numérique et de la Digitalisation",
  "Ministère de la Transition numérique et de la Digitalisation")
D("du jeudi 18 au vendredi 19 septembre", "2025-09-18/2025-09-19", "range")
R("de 45 000 à 60 000 FCFA", 45000, 60000, "XOF", "money", "prix", None, None)

# ==========================================================================
# Cameroun (XAF)
# ==========================================================================
doc("cm01-dette")                                    # published Thursday 2025-03-20
CAA = "Caisse autonome d'amortissement"
MINFI = "Ministère des Finances du Cameroun"
CEMAC = "Communauté économique et monétaire de l'Afrique centrale"
Q("EUR650 millions", 650 * M, "EUR", "money", "exact", "eurobond", CM, "2025-03-17", n=0)
O(CAA)
O("CAA", CAA, n=0)
D("lundi", "2025-03-17", "relative")
Q("EUR650 millions", 650 * M, "EUR", "money", "exact", "euro-obligation", CM, "2025-03-17", n=1)
Q("sept ans", 7 * YEAR, "s", "duration", "exact", "maturité", CM, None)
Q("8,25 %", 8.25, "%", "percentage", "exact", "coupon", CM, None)
Q("près de 2 milliards d'euros", 2 * B, "EUR", "money", "approx", "carnet d'ordres", CM, "2025-03-17")
Q("plus de 300 %", 300, "%", "percentage", "more_than", "taux de sursouscription", CM, "2025-03-17")
O("Reuters")
Q("environ 426 milliards de FCFA", 426 * B, "XAF", "money", "approx", "fonds", CM, "2025-03-17")
D("2021", "2021", "year")
# "BTP": an abbreviation of a sector, not an organisation
O("CAA", CAA, n=1)
Q("13 486 milliards de FCFA", 13486 * B, "XAF", "money", "exact", "encours", CM, "2024-12")
D("fin décembre 2024", "2024-12", "month")
Q("43,8 %", 43.8, "%", "percentage", "exact", "encours", CM, "2024-12")
Q("42,1 %", 42.1, "%", "percentage", "exact", "encours", CM, "2023-12")
D("un an plus tôt", "2023-12", "relative")
Q("les deux tiers", 200 / 3, "%", "percentage", "exact", "dette extérieure", CM, "2024-12")
D("premier trimestre 2025", "2025-01/2025-03", "range")
Q("612 milliards", 612 * B, "XAF", "money", "exact", "service de la dette", CM, "2025-01/2025-03")
Q("198 milliards d'intérêts", 198 * B, "XAF", "money", "exact", "intérêt", CM, "2025-01/2025-03")
O("Fonds monétaire international")
O("FMI", FMI)
D("16 janvier", "2025-01-16", "day")
# "huitième revue": ordinal; "Facilité élargie de crédit": a lending programme, not an organisation
Q("USD74 millions", 74 * M, "USD", "money", "exact", "décaissement", FMI, "2025-01-16")
O("Banque des États de l'Afrique centrale")
O("BEAC", "Banque des États de l'Afrique centrale")
Q("4,5 %", 4.5, "%", "percentage", "exact", "taux directeur", "Banque des États de l'Afrique centrale", None)
O("ministère des Finances", MINFI)
O("Minfi", MINFI)
Q("45 %", 45, "%", "percentage", "exact", "endettement", CM, "2027")
D("d'ici 2027", "2027", "year")
Q("70 %", 70, "%", "percentage", "exact", "seuil", CEMAC, None)
O("CEMAC", CEMAC)
O("Groupement inter-patronal du Cameroun")
O("Gicam", "Groupement inter-patronal du Cameroun")
O("État", "État du Cameroun", ctx="intérieurs de l'État")
R("entre 800 et 900 milliards", 800 * B, 900 * B, "XAF", "money", "arriéré", CM, None)
Q("plus de 1 200 PME", 1200, "count", "count", "more_than", "PME", None, None)

doc("cm02-eneo")                                     # published Tuesday 2025-07-08
ARSEL = "Agence de régulation du secteur de l'électricité"
ENEO = "Eneo Cameroon"
CAMWATER = "Cameroon Water Utilities Corporation"
SONATREL = "Société nationale de transport de l'électricité"
MINEE = "Ministère de l'Eau et de l'Énergie"
D("1er août", "2025-08-01", "day", n=0)
D("dès le mois prochain", "2025-08", "relative")
O(ARSEL)
O("Arsel", ARSEL)
D("vendredi", "2025-07-04", "relative")
Q("jusqu'à 110 kWh", 110e3, "Wh", "energy", "at_most", "tranche sociale", ENEO, "2025-08-01")
# "passe de 50 à 55 FCFA le kWh": an old and a new price, not a range
Q("50", 0.05, "XAF/Wh", "other", "exact", "tarif", ENEO, None, ctx="passe de 50 à 55")
Q("55 FCFA le kWh", 0.055, "XAF/Wh", "other", "exact", "tarif", ENEO, "2025-08-01")
Q("99 FCFA", 0.099, "XAF/Wh", "other", "exact", "tarif", ENEO, "2025-08-01")
O(ENEO)
Q("7,5 %", 7.5, "%", "percentage", "exact", "hausse", ENEO, "2025-08-01")
D("depuis 2012", "2012", "year")
O("État", "État du Cameroun")
Q("plus de 300 milliards de FCFA", 300 * B, "XAF", "money", "more_than", "dette", CM, None)
Q("420 MW", 420e6, "W", "power", "exact", "capacité", None, None)
Q("quelque 1 900 MW", 1900e6, "W", "power", "approx", "puissance", CM, None)
Q("8 700 GWh", 8.7e12, "Wh", "energy", "exact", "production", CM, "2024")
D("2024", "2024", "year")
Q("30 %", 30, "%", "percentage", "more_than", "perte", ENEO, "2024")   # "dépassent encore 30 %"
O(CAMWATER)
O("Camwater", CAMWATER)
Q("364 FCFA le m3", 0.364, "XAF/l", "other", "exact", "tarif", CAMWATER, "2025-08-01")
Q("au-delà de 10 m3", 10 * M3, "l", "volume", "more_than", "consommation", None, None)
Q("160 000 nouveaux branchements", 160000, "count", "count", "exact", "branchement", CAMWATER, "2027")
D("d'ici 2027", "2027", "year")
Q("96 millions de dollars", 96 * M, "USD", "money", "exact", "prêt", "Banque mondiale", None)
O("Banque mondiale")
O(SONATREL)
O("Sonatrel", SONATREL)
Q("580 km de lignes", 580e3, "m", "length", "exact", "ligne", SONATREL, None)
O("Ligue camerounaise des droits des consommateurs")
D("1er août", "2025-08-01", "day", n=1)
O("ministère de l'Eau et de l'Énergie", MINEE)
O("Minee", MINEE)
D("d'ici la fin du mois", "2025-07", "relative")
# "+237 699 00 00 00": a phone number, not a quantity

doc("cm03-coton")                                    # published Thursday 2025-11-13
SODECOTON = "Société de développement du coton du Cameroun"
CNPCC = "Confédération nationale des producteurs de coton du Cameroun"
O("Sodecoton", SODECOTON, n=0)
Q("380 000 tonnes", 3.8e8, "kg", "mass", "exact", "production", SODECOTON, "2025/2026", n=0)
D("2025-2026", "2025/2026", "range")
O(SODECOTON)
O("Sodecoton", SODECOTON, n=1)
D("lundi 3 novembre", "2025-11-03", "day")
Q("315 FCFA le kilogramme", 315, "XAF/kg", "other", "exact", "prix", SODECOTON, "2025/2026")
Q("300 FCFA", 300, "XAF/kg", "other", "exact", "prix", SODECOTON, "2024/2025")
D("la saison dernière", "2024/2025", "relative")
R("entre 360 000 et 380 000 tonnes", 3.6e8, 3.8e8, "kg", "mass", "production", SODECOTON, "2025/2026")
Q("environ 255 000 ha", 255000 * HA, "m2", "area", "approx", "superficie", SODECOTON, "2025/2026")
Q("plus de 230 000 producteurs", 230000, "count", "count", "more_than", "producteur", SODECOTON, "2025/2026")
D("2024-2025", "2024/2025", "range")
Q("318 500 tonnes", 3.185e8, "kg", "mass", "exact", "production", SODECOTON, "2024/2025")
D("septembre 2024", "2024-09", "month")
Q("près de 12 000 hectares", 12000 * HA, "m2", "area", "approx", "superficie", None, "2024-09")
Q("1 150 kilos à l'hectare", 1150 / HA, "kg/m2", "other", "exact", "rendement", SODECOTON, "2024/2025")
O("État", "État du Cameroun", n=0)
Q("18,5 milliards de FCFA", 18.5 * B, "XAF", "money", "exact", "enveloppe", CM, "2025/2026")
Q("50 %", 50, "%", "percentage", "exact", "subvention", CM, "2025/2026")
Q("50 kg", 50, "kg", "mass", "exact", "sac", None, None)
O(CNPCC)
O("CNPC-C", CNPCC)
Q("au moins 350 FCFA", 350, "XAF/kg", "other", "at_least", "prix", CNPCC, "2025/2026")
O("Sodecoton", SODECOTON, n=2)
O("État", "État du Cameroun", n=1)
Q("59 %", 59, "%", "percentage", "exact", "capital", CM, None)
O("Geocoton")
Q("une quarantaine d'agronomes", 40, "count", "count", "approx", "agronome", SODECOTON, "2025/2026")
Q("600 saisonniers", 600, "count", "count", "exact", "saisonnier", SODECOTON, "2025/2026")
Q("neuf usines d'égrenage", 9, "count", "count", "exact", "usine", SODECOTON, None)
D("avant Noël", "2025-12-25", "day")
Q("150 000 tonnes de fibre", 1.5e8, "kg", "mass", "exact", "fibre", SODECOTON, "2025/2026")

# ==========================================================================
# Sénégal (XOF)
# ==========================================================================
doc("sn01-cour-comptes")                             # published Wednesday 2025-05-28
AGEROUTE = "Agence des travaux et de gestion des routes"
SENELEC = "Société nationale d'électricité du Sénégal"
DGCPT = "Direction générale de la comptabilité publique et du Trésor"
ANSD = "Agence nationale de la statistique et de la démographie"
O("Cour des comptes", n=0)
Q("147 milliards de FCFA", 147 * B, "XOF", "money", "exact", "dépense", None, "2021/2023")
D("hier", "2025-05-27", "relative")
O("Présidence de la République", "Présidence de la République du Sénégal")
O("Cour des comptes", n=1)
Q("23 entités publiques", 23, "count", "count", "exact", "entité", "Cour des comptes", None)
D("2021-2023", "2021/2023", "range")
Q("près de 147 milliards de F CFA", 147 * B, "XOF", "money", "approx", "dépense", None, "2021/2023")
Q("38,6 milliards", 38.6 * B, "XOF", "money", "exact", "dépense", AGEROUTE, "2021/2023")
O(AGEROUTE)
O("Ageroute", AGEROUTE)
Q("2 914 milliards de francs CFA", 2914 * B, "XOF", "money", "exact", "encours", SN, "2023")
D("fin 2023", "2023", "year")
Q("41 %", 41, "%", "percentage", "exact", "progression", SN, "2020/2023")
D("fin 2020", "2020", "year")
O(SENELEC)
O("Senelec", SENELEC)
Q("plus du tiers", 100 / 3, "%", "percentage", "more_than", "encours", SENELEC, "2023")
Q("onze dossiers", 11, "count", "count", "exact", "dossier", "Cour des comptes", None)
O("Pool judiciaire financier")
O("PJF", "Pool judiciaire financier")
Q("4,2 milliards", 4.2 * B, "XOF", "money", "exact", "restitution", None, None)
O("Trésor", "Trésor public", n=0)
O("ministère des Finances et du Budget", "Ministère des Finances et du Budget du Sénégal")
Q("17", 17, "count", "count", "exact", "recommandation", SN, None, ctx="de 17 des 62")
Q("62 recommandations", 62, "count", "count", "exact", "recommandation", "Cour des comptes", None)
O(DGCPT)
O("DGCPT", DGCPT)
O("Mazars")
D("d'ici le 30 juin", "2025-06-30", "day")
O("Assemblée nationale")
D("du lundi 16 au vendredi 20 juin", "2025-06-16/2025-06-20", "range")
O("Fonds monétaire international")
D("l'année dernière", "2024", "relative")
O(ANSD)
O("ANSD", ANSD)
Q("20 337 milliards de FCFA", 20337 * B, "XOF", "money", "exact", "PIB", SN, "2024")
D("2024", "2024", "year")

doc("sn02-tabaski")                                  # published Tuesday 2025-06-03
BCEAO = "Banque centrale des États de l'Afrique de l'Ouest"
D("Tabaski", "2025-06-07", "day", n=0)               # the text gives the day: "samedi 7 juin"
D("Tabaski", "2025-06-07", "day", n=1)
D("samedi 7 juin", "2025-06-07", "day")
R("entre 175 000 et 250 000 FCFA", 175000, 250000, "XOF", "money", "prix", None, "2025")
R("150 000 à 200 000 FCFA", 150000, 200000, "XOF", "money", "prix", None, "2024")
D("l’an dernier", "2024", "relative")
Q("1,5 million de francs CFA", 1.5e6, "XOF", "money", "more_than", "prix", None, "2025")  # "dépassent"
O("ministère de l’Élevage et des Productions animales", "Ministère de l'Élevage et des Productions animales")
Q("850 000 têtes", 850000, "count", "count", "exact", "tête", SN, "2025")
Q("une vingtaine de milliers", 20000, "count", "count", "approx", "tête", SN, "2025")
D("31 mai", "2025-05-31", "day")
Q("612 400 moutons", 612400, "count", "count", "exact", "mouton", SN, "2025-05-31")
O("État", "État du Sénégal", ctx="l’État a suspendu")
D("jusqu’au 15 juin", "2025-06-15", "day")
O("Conseil national de la consommation")
Q("410 F CFA le kilogramme", 410, "XOF/kg", "other", "exact", "prix", SN, "2025")
Q("1 100 FCFA le litre", 1100, "XOF/l", "other", "exact", "prix", SN, "2025")
Q("650 F le kilo", 650, "XOF/kg", "other", "exact", "prix", SN, "2025")
Q("quart de litre", 0.25, "l", "volume", "exact", "lait", None, None)
Q("environ 300 FCFA", 300, "XOF", "money", "approx", "lait", None, None)
O(ANSD)
O("ANSD", ANSD)
Q("1,1 %", 1.1, "%", "percentage", "exact", "inflation", SN, "2025-04")
D("avril", "2025-04", "month")
Q("0,8 %", 0.8, "%", "percentage", "exact", "inflation", SN, "2025-03")
D("mars", "2025-03", "month")
Q("2,3 points de pourcentage", 2.3, "pp", "percentage", "exact", "écart", SN, "2025")
D("depuis janvier", "2025-01", "month")
O("Banque centrale des États de l’Afrique de l’Ouest", BCEAO)
O("BCEAO", BCEAO)
R("entre 1 et 3 %", 1, 3, "%", "percentage", "inflation", "Union économique et monétaire ouest-africaine", "2025")
D("cette année", "2025", "relative")
O("UEMOA", "Union économique et monétaire ouest-africaine")

# ==========================================================================
# Maroc (MAD)
# ==========================================================================
doc("ma01-plf2026")                                  # published Thursday 2025-10-23
DGI = "Direction générale des impôts"
HCP = "Haut-Commissariat au Plan"
D("2026", "2026", "year", n=0)                       # "PLF 2026": year of a finance law
Q("134 MMDH", 134 * B, "MAD", "money", "exact", "investissement", MA, "2026")
Q("28 000 postes budgétaires", 28000, "count", "count", "exact", "poste", MA, "2026", n=0)
D("2026", "2026", "year", n=1)                       # "pour l'année 2026"
D("lundi 20 octobre", "2025-10-20", "day")
O("Chambre des représentants")
Q("134 milliards de dirhams", 134 * B, "MAD", "money", "exact", "investissement", MA, "2026")
Q("24 milliards", 24 * B, "MAD", "money", "exact", "infrastructure", MA, "2026")
Q("17,5 milliards", 17.5 * B, "MAD", "money", "exact", "stade", MA, "2026")
# "Coupe du monde 2030": a year inside an event name, neither date nor quantity
Q("192 MMDH", 192 * B, "MAD", "money", "exact", "dépense de personnel", MA, "2026")
Q("28 000 postes budgétaires", 28000, "count", "count", "exact", "poste", MA, "2026", n=1)
Q("près de la moitié", 50, "%", "percentage", "approx", "poste", MA, "2026")
Q("36 milliards de DH", 36 * B, "MAD", "money", "exact", "enveloppe", MA, "2026")
Q("16 %", 16, "%", "percentage", "exact", "hausse", MA, "2026")
Q("3 milliards de dirhams", 3 * B, "MAD", "money", "exact", "programme d'insertion", MA, "2026")
Q("quelque 1,5 million de jeunes", 1.5e6, "count", "count", "approx", "jeune", MA, "2026")
# "NEET": an abbreviation, not an organisation
O("gouvernement", "Gouvernement du Maroc")
Q("4,6 %", 4.6, "%", "percentage", "exact", "croissance", MA, "2026")
Q("3 %", 3, "%", "percentage", "exact", "déficit", MA, "2026", ctx="à 3 % du PIB")
Q("3,5 %", 3.5, "%", "percentage", "exact", "déficit", MA, "2025")
D("2025", "2025", "year", n=0)                       # "prévu pour 2025"
Q("118 400 MDH", 118400 * M, "MAD", "money", "exact", "TVA", MA, "2026")
Q("40 000 dirhams", 40000, "MAD", "money", "exact", "seuil d'exonération", MA, "2026")
O(DGI)
O("DGI", DGI)
Q("5 milliards de recettes", 5 * B, "MAD", "money", "exact", "recette", DGI, "2026")
O("Bank Al-Maghrib")
D("septembre", "2025-09", "month")
Q("2,25 %", 2.25, "%", "percentage", "exact", "taux directeur", "Bank Al-Maghrib", "2025-09")
O(HCP)
O("HCP", HCP)
Q("0,3 %", 0.3, "%", "percentage", "exact", "inflation", MA, "2025-07/2025-09")
D("troisième trimestre 2025", "2025-07/2025-09", "range")
Q("12,8 %", 12.8, "%", "percentage", "exact", "taux de chômage", MA, "2025-07/2025-09")
O("Commission des finances et du développement économique",
  "Commission des finances et du développement économique de la Chambre des représentants")
D("à partir du mardi 28 octobre", "2025-10-28", "day")
D("avant le 20 novembre", "2025-11-20", "day")
# "l'article 48", "loi organique n° 130-13": article and law numbers, not quantities

doc("ma02-football")                                 # published Thursday 2025-04-10
FRMF = "Fédération royale marocaine de football"
SONARGES = "Société nationale de réalisation et de gestion des stades"
CRCC = "China Railway Construction Corporation"
WAC = "Wydad Athletic Club"
O("FRMF", FRMF, n=0)
Q("1,1 milliard de dirhams", 1.1 * B, "MAD", "money", "exact", "budget", FRMF, "2025/2026")
D("mardi", "2025-04-08", "relative")
O(FRMF)
O("FRMF", FRMF, n=1)
Q("1,1 milliard de DH", 1.1 * B, "MAD", "money", "exact", "budget", FRMF, "2025/2026")
D("2025-2026", "2025/2026", "range")
Q("22 %", 22, "%", "percentage", "exact", "hausse", FRMF, "2025/2026")
D("l'exercice précédent", "2024/2025", "relative")
Q("Près de 40 %", 40, "%", "percentage", "approx", "enveloppe", FRMF, "2025/2026")
O("SNRT", "Société nationale de radiodiffusion et de télévision")
Q("180 MDH", 180 * M, "MAD", "money", "exact", "droit de diffusion", FRMF, None)
D("Depuis l'Aïd el-Fitr", "2025-03-31", "day")    # Aïd el-Fitr 1446 was Monday 31 March 2025 in Morocco
Q("115 000 places", 115000, "count", "count", "exact", "place", SONARGES, None)
Q("environ 5 milliards de dirhams", 5 * B, "MAD", "money", "approx", "coût", SONARGES, None)
O(SONARGES)
O("Sonarges", SONARGES)
Q("Une vingtaine d'entreprises", 20, "count", "count", "approx", "entreprise", None, None)
O(CRCC)
Q("1,2 MMDH", 1.2 * B, "MAD", "money", "exact", "contrat", CRCC, None)
O("Wydad Casablanca", WAC)
Q("environ 27 millions de dirhams", 27 * M, "MAD", "money", "approx", "recette", WAC, "2025")
# "Coupe du monde des clubs": an event, not an organisation
D("du 14 juin au 13 juillet", "2025-06-14/2025-07-13", "range")
D("janvier", "2025-01", "month")
O("Wydad", WAC, n=1)
Q("3,5 millions d'euros", 3.5 * M, "EUR", "money", "exact", "salaire", WAC, None)
O("Raja", "Raja Club Athletic")
# "3-1": a match score, not a quantity
D("2 mars", "2025-03-02", "day")
Q("48 MDH", 48 * M, "MAD", "money", "exact", "déficit", "Raja Club Athletic", None)
# "le numéro 10": a shirt number, not a quantity
O("Lions de l'Atlas", "Équipe du Maroc de football")

# ==========================================================================
# Algérie (DZD)
# ==========================================================================
doc("dz01-lfc2025")                                  # published Wednesday 2025-07-02
MFDZ = "Ministère des Finances (Algérie)"
ONS = "Office national des statistiques"
APN = "Assemblée populaire nationale"
D("2025", "2025", "year", n=0)                       # "LFC 2025"
Q("17 400 Mds DA", 17400 * B, "DZD", "money", "exact", "dépense", DZ, "2025")
O("Conseil des ministres")
D("dimanche", "2025-06-29", "relative")
D("2025", "2025", "year", n=1)                       # "pour 2025"
Q("17 400 milliards de dinars", 17400 * B, "DZD", "money", "exact", "dépense", DZ, "2025")
Q("16 794 milliards", 16794 * B, "DZD", "money", "exact", "dépense", DZ, "2025")
Q("près de 606 milliards de DA", 606 * B, "DZD", "money", "approx", "rallonge", DZ, "2025")
Q("312 Mds DA", 312 * B, "DZD", "money", "exact", "dépense d'équipement", DZ, "2025")
Q("8 250 milliards de dinars", 8250 * B, "DZD", "money", "exact", "déficit", DZ, "2025")
Q("plus de 20 %", 20, "%", "percentage", "more_than", "déficit", DZ, "2025")
Q("60 dollars le baril", 60 / BBL, "USD/l", "other", "exact", "cours", DZ, "2025")
Q("70 dollars", 70 / BBL, "USD/l", "other", "exact", "cours", DZ, "2025")
Q("135 DA pour un dollar", 135, "DZD/USD", "other", "exact", "taux de change", DZ, "2025")
# "revalorisée de 15 000 à 18 000 DA": an old and a new amount, not a range
Q("15 000", 15000, "DZD", "money", "exact", "allocation chômage", DZ, None, ctx="de 15 000 à 18 000")
Q("18 000 DA", 18000, "DZD", "money", "exact", "allocation chômage", DZ, "2025-05-01")
D("à compter du 1er mai", "2025-05-01", "day")
Q("40 000 enseignants contractuels", 40000, "count", "count", "exact", "enseignant", DZ, "2025")
Q("47 DA le litre", 47, "DZD/l", "other", "exact", "prix", DZ, "2025")
Q("29,01 DA", 29.01, "DZD/l", "other", "exact", "prix", DZ, "2025")
O("ministère des Finances", MFDZ)
Q("4 %", 4, "%", "percentage", "exact", "inflation", DZ, "2025")
D("2025", "2025", "year", n=2)                       # "en 2025"
Q("4,05 %", 4.05, "%", "percentage", "exact", "inflation", DZ, "2024")
D("l'année dernière", "2024", "relative")
O(ONS)
O("ONS", ONS)
O("Banque d'Algérie")
Q("68 milliards de dollars", 68 * B, "USD", "money", "exact", "réserve de change", "Banque d'Algérie", "2025")
Q("environ 14 mois d'importations", 14 * MONTH, "s", "duration", "approx", "importation", DZ, "2025")
O(APN)
O("APN", APN)
D("la semaine prochaine", "2025-07-07/2025-07-13", "relative")
O("Conseil de la nation")
D("avant le 20 juillet", "2025-07-20", "day")

doc("dz02-sonatrach")                                # published Monday 2025-02-17
SINOPEC = "China Petroleum & Chemical Corporation"
FERAAL = "Société nationale du fer et de l'acier"
CSCEC = "China State Construction Engineering Corporation"
O("Sonatrach", n=0)
Q("1,3 milliard de dollars", 1.3 * B, "USD", "money", "exact", "contrat", "Sonatrach", None)
O("Sonatrach", n=1)
D("hier", "2025-02-16", "relative")
Q("trois contrats", 3, "count", "count", "exact", "contrat", "Sonatrach", None)
O("Eni")
O("ExxonMobil", "Exxon Mobil Corporation")
O("Sinopec", SINOPEC, n=0)
Q("USD1,3 milliard", 1.3 * B, "USD", "money", "exact", "investissement", "Sonatrach", None)
# "MoU": an abbreviation (memorandum of understanding), not an organisation
O("Equinor")
D("jeudi 20", "2025-02-20", "day")
Q("jusqu'à 500 millions de barils", 500 * M * BBL, "l", "volume", "at_most", "réserve", "Sonatrach", None)
O("Sinopec", SINOPEC, n=1)
Q("2,4 milliards de yuans", 2.4 * B, "CNY", "money", "exact", "financement", SINOPEC, None)
Q("21,5 milliards de m3", 21.5 * B * M3, "l", "volume", "exact", "gaz", "Sonatrach", "2024")
D("2024", "2024", "year")
Q("près de 50 milliards de mètres cubes", 50 * B * M3, "l", "volume", "approx", "exportation", "Sonatrach", "2024")
D("l'an dernier", "2024", "relative")
Q("175 millions de barils", 175 * M * BBL, "l", "volume", "exact", "brut", "Sonatrach", "2024")
Q("47 milliards de dollars", 47 * B, "USD", "money", "exact", "chiffre d'affaires", "Sonatrach", "2024")
O(FERAAL)
O("Feraal", FERAAL)
Q("4 000 tonnes de minerai", 4e6, "kg", "mass", "exact", "minerai", FERAAL, None)
Q("3,5 milliards de tonnes", 3.5e12, "kg", "mass", "exact", "réserve", FERAAL, None)
Q("950 km", 950e3, "m", "length", "exact", "ligne", DZ, "2026")
D("d'ici fin 2026", "2026", "year")
O(CSCEC)
O("CSCEC", CSCEC)

# ==========================================================================
# Tunisie (TND)
# ==========================================================================
doc("tn01-inflation")                                # published Tuesday 2025-08-26
BCT = "Banque centrale de Tunisie"
CGC = "Caisse générale de compensation"
UGTT = "Union générale tunisienne du travail"
UTICA = "Union tunisienne de l'industrie, du commerce et de l'artisanat"
Q("5,3 %", 5.3, "%", "percentage", "exact", "inflation", TN, "2025-07", n=0)
D("juillet", "2025-07", "month", n=0)
O("Institut national de la statistique")
O("INS", "Institut national de la statistique")
D("hier", "2025-08-25", "relative")
Q("5,3 %", 5.3, "%", "percentage", "exact", "inflation", TN, "2025-07", n=1)
D("juillet 2025", "2025-07", "month")
Q("5,4 %", 5.4, "%", "percentage", "exact", "inflation", TN, "2025-06")
D("juin", "2025-06", "month", n=0)
Q("7 %", 7, "%", "percentage", "exact", "inflation", TN, "2024-07")
D("un an plus tôt", "2024-07", "relative")
Q("6,8 %", 6.8, "%", "percentage", "exact", "prix", TN, "2025-07")
Q("+14 %", 14, "%", "percentage", "exact", "viande", TN, "2025-07")
Q("45 dinars", 45, "TND/kg", "other", "more_than", "prix", None, None)   # "dépasse les 45 dinars"
Q("30 œufs", 30, "count", "count", "exact", "œuf", None, None)
Q("environ 14,5 dinars", 14.5, "TND", "money", "approx", "plateau", None, None)
R("entre 15 et 18 DT", 15, 18, "TND/l", "other", "prix", None, None)
Q("190 millimes", 0.19, "TND", "money", "exact", "prix", TN, None)
Q("1,350 dinar le litre", 1.35, "TND/l", "other", "exact", "prix", TN, None)   # Tunisian comma: 1 dinar 350 millimes
O(BCT)
O("BCT", BCT)
D("mars", "2025-03", "month")
Q("50 points de base", 0.5, "pp", "percentage", "exact", "taux directeur", BCT, "2025-03")
Q("7,5 %", 7.5, "%", "percentage", "exact", "taux directeur", BCT, "2025-03")
O(CGC)
O("CGC", CGC)
Q("3 791 MDT", 3791 * M, "TND", "money", "exact", "budget", CGC, "2025")
D("2025", "2025", "year", n=1)                       # "loi de finances 2025"
Q("2 300 millions de dinars", 2300 * M, "TND", "money", "exact", "céréale", CGC, "2025")
O("État", "État tunisien")
D("juin", "2025-06", "month", n=1)                  # "a obtenu en juin un prêt"
Q("USD500 millions", 500 * M, "USD", "money", "exact", "prêt", "Banque africaine d'import-export", "2025-06")
O("Banque africaine d'import-export")
O("Afreximbank", "Banque africaine d'import-export")
O("Office des céréales")
D("premier semestre", "2025-01/2025-06", "relative")
Q("1,9 million de tonnes de blé", 1.9e9, "kg", "mass", "exact", "blé", "Office des céréales", "2025-01/2025-06")
O(UGTT)
O("UGTT", UGTT)
D("1er mai", "2025-05-01", "day")
R("de 10 à 15 %", 10, 15, "%", "percentage", "hausse", UGTT, None)
O(UTICA)
O("Utica", UTICA)
D("début septembre", "2025-09", "month")
D("lundi 15 septembre", "2025-09-15", "day")

doc("tn02-dessalement")                              # published Wednesday 2025-11-05
SONEDE = "Société nationale d'exploitation et de distribution des eaux"
JICA = "Agence japonaise de coopération internationale"
BAD = "Banque africaine de développement"
STEG = "Société tunisienne de l'électricité et du gaz"
Q("710 MDT", 710 * M, "TND", "money", "exact", "contrat", SONEDE, None)
O(SONEDE)
O("Sonede", SONEDE, n=0)
D("jeudi dernier", "2025-10-30", "relative")
O("Acciona")
O("Soroubat")
Q("710 millions de dinars", 710 * M, "TND", "money", "exact", "contrat", SONEDE, None)
Q("200 000 m3", 200000 * M3, "l", "volume", "exact", "capacité", SONEDE, "2027")   # "par jour": rate dropped
Q("près de 1,2 million d'habitants", 1.2e6, "count", "count", "approx", "habitant", SONEDE, "2027")
D("à partir de la fin 2027", "2027", "year")
O(JICA)
O("JICA", JICA)
Q("24 milliards de yens", 24 * B, "JPY", "money", "exact", "prêt", JICA, None)
O(BAD)
O("BAD", BAD)
Q("EUR85 millions", 85 * M, "EUR", "money", "exact", "financement", BAD, None)
Q("42 kilomètres de conduites", 42e3, "m", "length", "exact", "conduite", SONEDE, None)
Q("deux réservoirs", 2, "count", "count", "exact", "réservoir", SONEDE, None)
Q("50 000 m3", 50000 * M3, "l", "volume", "exact", "réservoir", SONEDE, None)
Q("jusqu'à 800 ouvriers", 800, "count", "count", "at_most", "ouvrier", None, None)
Q("environ 3,5 kWh par mètre cube", 3.5, "Wh/l", "other", "approx", "consommation", SONEDE, None)
Q("10 MW", 10e6, "W", "power", "exact", "centrale", STEG, None)
O(STEG)
O("STEG", STEG)
O("Sonede", SONEDE, n=1)
D("1er juillet", "2025-07-01", "day")
Q("0,890 dinar", 0.89 / M3, "TND/l", "other", "exact", "prix", SONEDE, "2025-07-01")
R("de 21 à 40 m3", 21 * M3, 40 * M3, "l", "volume", "tranche", SONEDE, None)
O("ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche",
  "Ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche")
Q("27,4 %", 27.4, "%", "percentage", "exact", "taux de remplissage", TN, "2025-11-03")
D("03/11", "2025-11-03", "day")
Q("31 %", 31, "%", "percentage", "exact", "taux de remplissage", TN, "2024-11-03")
D("la même date l'an dernier", "2024-11-03", "relative")
Q("3,6 points", 3.6, "pp", "percentage", "exact", "recul", TN, "2025-11-03")

# ==========================================================================
# France (EUR)
# ==========================================================================
doc("fr01-finances-publiques")                       # published Wednesday 2025-10-15
NB = "\u202f"
HCFP = "Haut Conseil des finances publiques"
AFT = "Agence France Trésor"
O("Cour des comptes", n=0)
Q(f"3{NB}416 milliards d'euros", 3416 * B, "EUR", "money", "exact", "dette", FR, "2025-06", n=0)
O(HCFP)
O("HCFP", HCFP)
O("Cour des comptes", n=1)
D("2026", "2026", "year", n=0)                       # "projet de loi de finances pour 2026"
D("mardi 14 octobre", "2025-10-14", "day")
O("Conseil des ministres")
O("gouvernement", "Gouvernement de la France")
Q("4,7 %", 4.7, "%", "percentage", "exact", "déficit", FR, "2026")
D("l'an prochain", "2026", "relative")
Q("5,4 %", 5.4, "%", "percentage", "exact", "déficit", FR, "2025")
D("2025", "2025", "year", n=0)                       # "attendu en 2025"
Q("quelque 30 milliards d'euros", 30 * B, "EUR", "money", "approx", "économie", FR, "2026")
Q("près de 14 milliards", 14 * B, "EUR", "money", "approx", "économie", FR, "2026")
O("État", "État français")
O("Insee", "Institut national de la statistique et des études économiques")
Q(f"3{NB}416 milliards d'euros", 3416 * B, "EUR", "money", "exact", "dette", FR, "2025-06", n=1)
D("fin juin 2025", "2025-06", "month")
Q("115,6 %", 115.6, "%", "percentage", "exact", "dette", FR, "2025-06")
Q("70 milliards d'euros", 70 * B, "EUR", "money", "more_than", "charge d'intérêts", FR, "2026")  # "dépasser"
D("2026", "2026", "year", n=1)                       # "en 2026"
D("avant 2030", "2030", "year")
O(AFT)
O("AFT", AFT)
Q("310 milliards d'euros", 310 * B, "EUR", "money", "exact", "programme d'émission", AFT, "2026")
Q("autour de 3,5 %", 3.5, "%", "percentage", "approx", "taux", FR, None)
O("Fitch", "Fitch Ratings")
D("septembre", "2025-09", "month")
# "AA-", "A+": credit ratings, not quantities
O("commission des finances de l'Assemblée nationale",
  "Commission des finances, de l'économie générale et du contrôle budgétaire de l'Assemblée nationale")
D("la semaine prochaine", "2025-10-20/2025-10-26", "relative")
O("Sénat")
D("après la Toussaint", "2025-11-01", "day")
# "l'article 47 de la Constitution": an article number
O("Parlement")
Q("70 jours", 70 * DAY, "s", "duration", "exact", "délai", "Parlement", None)
Q(f"plus de 2{NB}500 amendements", 2500, "count", "count", "more_than", "amendement", None, None)

doc("fr02-prix")                                     # published Thursday 2025-12-04
INSEE = "Institut national de la statistique et des études économiques"
CRE = "Commission de régulation de l'énergie"
EDF = "Électricité de France"
Q("0,9 %", 0.9, "%", "percentage", "exact", "inflation", FR, "2025-11", n=0)
D("novembre", "2025-11", "month", n=0)
O("Insee", INSEE, n=0)
O(INSEE)
O("Insee", INSEE, n=1)
D("vendredi 28 novembre", "2025-11-28", "day")
Q("0,9 %", 0.9, "%", "percentage", "exact", "prix", FR, "2025-11", n=1)
D("novembre", "2025-11", "month", n=2)               # "sur un an en novembre"
Q("0,8 %", 0.8, "%", "percentage", "exact", "prix", FR, "2025-10")
D("octobre", "2025-10", "month")
Q("0,2 %", 0.2, "%", "percentage", "exact", "prix", FR, "2025-11")
Q("1,62 euro", 1.62, "EUR/l", "other", "exact", "prix", None, "2025-11-24/2025-11-30")
D("la semaine dernière", "2025-11-24/2025-11-30", "relative")
Q("1,71 euro", 1.71, "EUR/l", "other", "exact", "prix", None, "2024-12-04")
D("il y a un an", "2024-12-04", "relative")
O("ministère de la Transition écologique", "Ministère de la Transition écologique")
D("1er février", "2026-02-01", "day")
Q("environ 15 %", 15, "%", "percentage", "approx", "tarif", EDF, "2026-02-01")
O("Commission de régulation de l’énergie", CRE)
O("CRE", CRE)
Q("0,20 euro", 0.20 / 1000, "EUR/Wh", "other", "exact", "tarif", EDF, "2026-02-01")
O("EDF", EDF)
Q("20,4 millions de clients", 20.4e6, "count", "count", "exact", "client", EDF, None)
Q("250 grammes", 0.25, "kg", "mass", "exact", "baguette", None, None)
Q("1,03 euro", 1.03, "EUR", "money", "exact", "prix", None, None)
D("Noël", "2025-12-25", "day")
O("Familles rurales")
Q("142 euros", 142, "EUR", "money", "exact", "panier", None, None)
Q("quatre personnes", 4, "count", "count", "exact", "personne", None, None)
Q("1,8 %", 1.8, "%", "percentage", "exact", "hausse", None, None)
Q("1,50 euro", 1.5, "EUR", "money", "exact", "café", None, None)
Q("près de quatre livres sterling", 4, "GBP", "money", "approx", "café", None, None)
Q("dix shekels", 10, "ILS", "money", "exact", "café", None, None)
O("Les Échos")
O("Banque de France")
Q("1,3 %", 1.3, "%", "percentage", "exact", "inflation", FR, "2026")
D("2026", "2026", "year")
O("CGT", "Confédération générale du travail")
Q("3 %", 3, "%", "percentage", "exact", "hausse", "Confédération générale du travail", "2026-01-01",
  ctx="Smic de 3 %")
D("1er janvier", "2026-01-01", "day")
O("gouvernement", "Gouvernement de la France")
R("entre 1 et 1,2 %", 1, 1.2, "%", "percentage", "revalorisation", FR, "2026-01-01")
Q("11,88 euros", 11.88, "EUR", "money", "exact", "Smic", FR, "2024-11-01")
D("depuis le 1er novembre 2024", "2024-11-01", "day")


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
