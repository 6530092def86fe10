#!/usr/bin/env python3
"""Build gold.jsonl, clusters.jsonl, traps.jsonl and meta.jsonl for blind-reconcile.

Every annotation is listed by its surface text (plus an occurrence index when the surface
repeats in the doc); offsets are computed with str.find and checked. Docs that use typographic
apostrophes get their surfaces converted automatically (' -> ’). Canonical names keep
straight apostrophes.
"""
import json
import os
import re
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")
Y = 31557600  # seconds in a (Julian) year, as in reconcile-dev
H = 3600

# ---------------------------------------------------------------- meta
META = OrderedDict([
    ("s01-port-ma_tangerpost", ("2025-05-14", "Tanger Post")),
    ("s01-port-ma_finmaroc", ("2025-05-15", "Finances Maroc")),
    ("s01-port-ma_atlaseco", ("2025-05-16", "Atlas Éco")),
    ("s02-engrais-ma_finmaroc", ("2025-06-10", "Finances Maroc")),
    ("s02-engrais-ma_tangerpost", ("2025-06-11", "Tanger Post")),
    ("s02-engrais-ma_atlaseco", ("2025-06-12", "Atlas Éco")),
    ("s03-eolien-dz_algerfin", ("2025-02-18", "Alger Finance")),
    ("s03-eolien-dz_constantine", ("2025-02-19", "Le Quotidien de Constantine")),
    ("s03-eolien-dz_watani", ("2025-02-20", "El Watani Éco")),
    ("s04-microcredit-tn_tunisaff", ("2025-09-23", "Tunis Affaires")),
    ("s04-microcredit-tn_sahel", ("2025-09-24", "La Presse du Sahel")),
    ("s04-microcredit-tn_sfaxeco", (None, "Sfax Économie")),
    ("s05-hopitaux-sn_senbiz", ("2025-04-07", "Sénégal Business")),
    ("s05-hopitaux-sn_saintlouis", ("2025-04-08", "Le Soleil de Saint-Louis")),
    ("s05-hopitaux-sn_casinfos", ("2025-04-09", "Casamance Infos")),
    ("s06-rail-ci_ivoireco", ("2025-03-06", "Ivoire Éco")),
    ("s06-rail-ci_plateau", ("2025-03-07", "Le Plateau Financier")),
    ("s06-rail-ci_bouake", ("2025-03-10", "Bouaké Matin")),
    ("s07-mobilemoney-cm_doualaeco", ("2025-06-24", "Douala Économie")),
    ("s07-mobilemoney-cm_yaounde", ("2025-06-25", "Le Quotidien de Yaoundé")),
    ("s07-mobilemoney-cm_camerbiz", ("2025-06-26", "Cameroun Business")),
    ("s08-smic-fr_jdi", ("2025-12-17", "Le Journal de l'Industrie")),
    ("s08-smic-fr_hexagone", ("2025-12-18", "Éco Hexagone")),
    ("s08-smic-fr_depeche", ("2025-12-19", "La Dépêche économique")),
])

# ---------------------------------------------------------------- canonical org names
ANP = "Agence nationale des ports"
OCP = "Groupe OCP"
BEI = "Banque européenne d'investissement"
MEE = "Ministère de l'Équipement et de l'Eau"
SFI = "Société financière internationale"
BAD = "Banque africaine de développement"
BM = "Banque mondiale"
ODC = "Office des changes"
USGS = "United States Geological Survey"
SONELGAZ = "Société nationale de l'électricité et du gaz"
MEM = "Ministère de l'Énergie et des Mines"
CEREFE = "Commissariat aux énergies renouvelables et à l'efficacité énergétique"
GOV_TN = "Gouvernement de la Tunisie"
ETAT_TN = "État de Tunisie"
BTS = "Banque tunisienne de solidarité"
MEP = "Ministère de l'Économie et de la Planification"
CDM = "Conseil des ministres"
INS = "Institut national de la statistique"
GOV_SN = "Gouvernement du Sénégal"
ETAT_SN = "État du Sénégal"
BID = "Banque islamique de développement"
MSAS = "Ministère de la Santé et de l'Action sociale"
ANSD = "Agence nationale de la statistique et de la démographie"
MT = "Ministère des Transports"
PASP = "Port autonome de San Pedro"
GOV_CI = "Gouvernement de Côte d'Ivoire"
ETAT_CI = "État de Côte d'Ivoire"
AFREX = "Banque africaine d'import-export"
BEAC = "Banque des États de l'Afrique centrale"
MTN = "MTN Cameroon"
ORANGE = "Orange Cameroun"
MINFI = "Ministère des Finances"
GOV_CM = "Gouvernement du Cameroun"
MTS = "Ministère du Travail et des Solidarités"
DARES = "Direction de l'animation de la recherche, des études et des statistiques"
GES = "Groupe d'experts sur le Smic"
GOV_FR = "Gouvernement de la France"
INSEE = "Institut national de la statistique et des études économiques"
MEDEF = "Mouvement des entreprises de France"
CPME = "Confédération des petites et moyennes entreprises"

MA, DZ, TN, SN, CI, CM, FR = "Maroc", "Algérie", "Tunisie", "Sénégal", "Côte d'Ivoire", "Cameroun", "France"


# ---------------------------------------------------------------- annotation helpers
def Q(s, value, unit, dim, subject, org, when, qual="exact", n=0, cl=None, sid=None, low=None, high=None):
    return {"type": "quantity", "s": s, "n": n, "value": value, "low": low, "high": high, "unit": unit,
            "dimension": dim, "qualifier": qual, "subject": subject, "org": org, "when": when,
            "cl": cl, "sid": sid}


def D(s, value, gran, n=0):
    return {"type": "date", "s": s, "n": n, "value": value, "granularity": gran}


def O(s, canonical, n=0):
    return {"type": "org", "s": s, "n": n, "canonical": canonical}


M, C, P, L, MASS, W, DUR, VOL = "money", "count", "percentage", "length", "mass", "power", "duration", "volume"

ANN = OrderedDict()

# ================================================================ s01 port de Safi (Maroc)
ANN["s01-port-ma_tangerpost"] = [
    D("14/05/2025", "2025-05-14", "day"),
    Q("4,8 milliards de dirhams", 4.8e9, "MAD", M, "investissement", ANP, None, cl="s01-invest"),
    D("d'ici 2028", "2028", "year"),
    O("Agence nationale des ports", ANP),
    O("ANP", ANP),
    D("mardi", "2025-05-13", "relative"),
    D("d'ici 2028", "2028", "year", n=1),
    Q("4,8 milliards de dirhams", 4.8e9, "MAD", M, "investissement", ANP, None, n=1, cl="s01-invest"),
    Q("1,9 milliard", 1.9e9, "MAD", M, "digue", ANP, None, cl="s01-digue-cout"),
    Q("2,4 km", 2400, "m", L, "digue", ANP, None, cl="s01-digue-long"),
    Q("12 millions de tonnes", 1.2e10, "kg", MASS, "capacité", ANP, "2028", cl="s01-cap-2028"),
    Q("5,3 millions de tonnes", 5.3e9, "kg", MASS, "trafic", ANP, "2024", cl="s01-trafic-2024"),
    D("2024", "2024", "year"),
    Q("trois postes à quai", 3, "count", C, "poste à quai", ANP, None),
    Q("16 mètres", 16, "m", L, "profondeur", ANP, None),
    O("OCP", OCP),
    Q("Environ 2 500 emplois directs", 2500, "count", C, "emploi", ANP, None, qual="approx", cl="s01-emplois"),
    O("ANP", ANP, n=1),
    D("septembre", "2025-09", "month"),
]
ANN["s01-port-ma_finmaroc"] = [
    Q("4 800 MDH", 4.8e9, "MAD", M, "investissement", ANP, None, cl="s01-invest"),
    O("Agence nationale des ports", ANP),
    Q("4 800 MDH", 4.8e9, "MAD", M, "enveloppe", ANP, None, n=1, cl="s01-invest"),
    Q("1 900 MDH", 1.9e9, "MAD", M, "digue", ANP, None, cl="s01-digue-cout"),
    Q("1 900 mètres", 1900, "m", L, "quai", ANP, None, cl="s01-quai"),
    D("À l'horizon 2028", "2028", "year"),
    Q("12 Mt", 1.2e10, "kg", MASS, "capacité", ANP, "2028", cl="s01-cap-2028"),
    D("L'an dernier", "2024", "relative"),
    Q("plus de 5 millions de tonnes", 5e9, "kg", MASS, "trafic", ANP, "2024", qual="more_than", cl="s01-trafic-2024"),
    Q("6 %", 6, "%", P, "trafic", ANP, "2024"),
    O("ANP", ANP),
    Q("près des deux tiers", 66.67, "%", P, "phosphate", ANP, "2024", qual="approx"),
    O("ministère de l'Équipement et de l'Eau", MEE),
    Q("trois ans", 3 * Y, "s", DUR, "chantier", ANP, None),
]
ANN["s01-port-ma_atlaseco"] = [
    D("16 mai 2025", "2025-05-16", "day"),
    Q("Près de 5 milliards de DH", 5e9, "MAD", M, "investissement", ANP, None, qual="approx", cl="s01-invest"),
    O("Agence nationale des ports", ANP),
    Q("12 millions de tonnes", 1.2e10, "kg", MASS, "capacité", ANP, "2028", cl="s01-cap-2028"),
    D("d'ici 2028", "2028", "year"),
    Q("20 millions de tonnes", 2e10, "kg", MASS, "capacité", ANP, "2035", sid="s01-cap-2035"),
    D("à l'horizon 2035", "2035", "year"),
    Q("2 400 mètres", 2400, "m", L, "digue", ANP, None, cl="s01-digue-long"),
    Q("1,9 km", 1900, "m", L, "quai", ANP, None, cl="s01-quai"),
    Q("80 000 tonnes", 8e7, "kg", MASS, "navire", ANP, None),
    Q("Quelque 2 500 personnes", 2500, "count", C, "personne", ANP, None, qual="approx", cl="s01-emplois"),
    O("ANP", ANP),
    Q("150 millions d'euros", 1.5e8, "EUR", M, "prêt", BEI, None),
    O("Banque européenne d'investissement", BEI),
    O("BEI", BEI),
    O("OCP", OCP),
]

# ================================================================ s02 usine d'engrais OCP (Maroc)
ANN["s02-engrais-ma_finmaroc"] = [
    D("10/06/2025", "2025-06-10", "day"),
    O("OCP", OCP),
    Q("13 milliards de dirhams", 1.3e10, "MAD", M, "investissement", OCP, None, cl="s02-invest"),
    O("OCP", OCP, n=1),
    D("lundi", "2025-06-09", "relative"),
    Q("13 milliards de dirhams", 1.3e10, "MAD", M, "investissement", OCP, None, n=1, cl="s02-invest"),
    Q("environ 1,3 milliard de dollars", 1.3e9, "USD", M, "investissement", OCP, None, qual="approx", cl="s02-invest"),
    D("2027", "2027", "year"),
    Q("un million de tonnes", 1e9, "kg", MASS, "capacité", OCP, "2027", cl="s02-capacite"),
    Q("40 %", 40, "%", P, "capacité", OCP, "2027"),
    Q("300 millions de dollars", 3e8, "USD", M, "prêt", SFI, None, cl="s02-pret-sfi"),
    O("Société financière internationale", SFI),
    O("SFI", SFI),
    Q("250 millions de dollars", 2.5e8, "USD", M, "concours", BAD, None, cl="s02-pret-bad"),
    O("Banque africaine de développement", BAD),
    O("BAD", BAD),
    Q("1 400 emplois directs", 1400, "count", C, "emploi", OCP, None, cl="s02-emplois"),
    D("2024", "2024", "year"),
    O("OCP", OCP, n=2),
    Q("11,8 millions de tonnes", 1.18e10, "kg", MASS, "engrais", OCP, "2024", sid="s02-export-2024"),
    O("Office des changes", ODC),
]
ANN["s02-engrais-ma_tangerpost"] = [
    O("OCP", OCP),
    Q("13 MMDH", 1.3e10, "MAD", M, "coût", OCP, None, cl="s02-invest"),
    Q("13 MMDH", 1.3e10, "MAD", M, "coût", OCP, None, n=1, cl="s02-invest"),
    D("2027", "2027", "year"),
    Q("1 million de tonnes", 1e9, "kg", MASS, "capacité", OCP, "2027", cl="s02-capacite"),
    O("Banque africaine de développement", BAD),
    Q("250 millions de dollars", 2.5e8, "USD", M, "financement", BAD, None, cl="s02-pret-bad"),
    O("SFI", SFI),
    O("Banque mondiale", BM),
    Q("300 millions de dollars", 3e8, "USD", M, "prêt", SFI, None, cl="s02-pret-sfi"),
    O("OCP", OCP, n=1),
    Q("1 400 personnes", 1400, "count", C, "personne", OCP, None, cl="s02-emplois"),
    Q("4 millions de mètres cubes", 4e9, "l", VOL, "eau", OCP, None),
]
ANN["s02-engrais-ma_atlaseco"] = [
    O("OCP", OCP),
    D("12 juin 2025", "2025-06-12", "day"),
    O("OCP", OCP, n=1),
    Q("13 milliards de DH", 1.3e10, "MAD", M, "projet", OCP, None, cl="s02-invest"),
    Q("4 milliards", 4e9, "MAD", M, "station de dessalement", OCP, None, sid="s02-dessalement"),
    D("dès 2027", "2027", "year"),
    Q("un million de tonnes", 1e9, "kg", MASS, "production", OCP, "2027", cl="s02-capacite"),
    Q("4 100 emplois directs", 4100, "count", C, "emploi", OCP, None, cl="s02-emplois"),
    O("SFI", SFI),
    Q("300 millions de dollars", 3e8, "USD", M, "prêt", SFI, None, cl="s02-pret-sfi"),
    Q("environ 70 %", 70, "%", P, "réserve", MA, None, qual="approx"),
    O("Institut d'études géologiques des États-Unis", USGS),
    O("USGS", USGS),
]

# ================================================================ s03 éolien Sonelgaz (Algérie)
ANN["s03-eolien-dz_algerfin"] = [
    D("18/02/2025", "2025-02-18", "day"),
    O("Sonelgaz", SONELGAZ),
    Q("trois parcs éoliens", 3, "count", C, "parc", SONELGAZ, "2028", cl="s03-parcs"),
    Q("600 MW", 6e8, "W", W, "capacité", SONELGAZ, "2028", cl="s03-capacite"),
    O("Sonelgaz", SONELGAZ, n=1),
    D("dimanche", "2025-02-16", "relative"),
    Q("trois parcs éoliens", 3, "count", C, "parc", SONELGAZ, "2028", n=1, cl="s03-parcs"),
    Q("600 MW", 6e8, "W", W, "capacité", SONELGAZ, "2028", n=1, cl="s03-capacite"),
    D("d'ici 2028", "2028", "year"),
    Q("250 MW", 2.5e8, "W", W, "capacité", SONELGAZ, "2028", cl="s03-timimoun"),
    Q("110 Mds DA", 1.1e11, "DZD", M, "coût", SONELGAZ, None, cl="s03-cout"),
    Q("au moins 30 %", 30, "%", P, "taux d'intégration", SONELGAZ, None, qual="at_least"),
    Q("environ 2 000 emplois", 2000, "count", C, "emploi", SONELGAZ, None, qual="approx", cl="s03-emplois"),
    Q("15 000 MW", 1.5e10, "W", W, "capacité", DZ, "2035", cl="s03-cible-2035"),
    D("d'ici 2035", "2035", "year"),
    O("ministère de l'Énergie et des Mines", MEM),
]
ANN["s03-eolien-dz_constantine"] = [
    Q("600 mégawatts", 6e8, "W", W, "éolien", SONELGAZ, "2028", cl="s03-capacite"),
    D("à l'horizon 2028", "2028", "year"),
    O("Sonelgaz", SONELGAZ),
    Q("trois parcs éoliens", 3, "count", C, "parc", SONELGAZ, "2028", cl="s03-parcs"),
    Q("250 MW", 2.5e8, "W", W, "parc", SONELGAZ, "2028", cl="s03-timimoun"),
    Q("600 mégawatts", 6e8, "W", W, "puissance", SONELGAZ, "2028", n=1, cl="s03-capacite"),
    Q("110 milliards de dinars", 1.1e11, "DZD", M, "enveloppe", SONELGAZ, None, cl="s03-cout"),
    Q("environ 820 millions de dollars", 8.2e8, "USD", M, "enveloppe", SONELGAZ, None, qual="approx", cl="s03-cout"),
    D("fin 2024", "2024", "year"),
    Q("quelque 700 MW", 7e8, "W", W, "capacité", DZ, "2024", qual="approx", sid="s03-cap-2024"),
    O("Commissariat aux énergies renouvelables et à l'efficacité énergétique", CEREFE),
    O("CEREFE", CEREFE),
    D("30 avril 2025", "2025-04-30", "day"),
]
ANN["s03-eolien-dz_watani"] = [
    O("Sonelgaz", SONELGAZ),
    Q("11 milliards de dinars", 1.1e10, "DZD", M, "coût", SONELGAZ, None, cl="s03-cout"),
    D("20 février 2025", "2025-02-20", "day"),
    Q("3 parcs éoliens", 3, "count", C, "parc", SONELGAZ, "2028", cl="s03-parcs"),
    Q("0,6 GW", 6e8, "W", W, "capacité", SONELGAZ, "2028", cl="s03-capacite"),
    O("Sonelgaz", SONELGAZ, n=1),
    D("16 février", "2025-02-16", "day"),
    Q("11 milliards de dinars", 1.1e10, "DZD", M, "coût", SONELGAZ, None, n=1, cl="s03-cout"),
    D("2028", "2028", "year"),
    Q("Environ 2 000 postes", 2000, "count", C, "poste", SONELGAZ, None, qual="approx", cl="s03-emplois"),
    Q("15 000 MW", 1.5e10, "W", W, "capacité", DZ, "2035", cl="s03-cible-2035"),
    D("d'ici 2035", "2035", "year"),
    D("2020", "2020", "year"),
]

# ================================================================ s04 microcrédits (Tunisie)
ANN["s04-microcredit-tn_tunisaff"] = [
    D("23/09/2025", "2025-09-23", "day"),
    Q("300 millions de dinars", 3e8, "TND", M, "enveloppe", TN, None, cl="s04-enveloppe"),
    Q("40 000 promoteurs", 40000, "count", C, "promoteur", TN, "2026", cl="s04-cible-2026"),
    O("gouvernement", GOV_TN),
    D("lundi", "2025-09-22", "relative"),
    Q("300 millions de dinars", 3e8, "TND", M, "enveloppe", TN, None, n=1, cl="s04-enveloppe"),
    Q("40 000 petits promoteurs", 40000, "count", C, "promoteur", TN, "2026", cl="s04-cible-2026"),
    D("d'ici fin 2026", "2026", "year"),
    O("Banque tunisienne de solidarité", BTS),
    O("BTS", BTS),
    Q("120 millions de dinars", 1.2e8, "TND", M, "contribution", BTS, None, cl="s04-bts"),
    O("État", ETAT_TN),
    Q("jusqu'à 20 000 dinars", 20000, "TND", M, "prêt", TN, None, qual="at_most", cl="s04-plafond"),
    Q("5 %", 5, "%", P, "taux d'intérêt", TN, None, cl="s04-taux"),
    Q("60 %", 60, "%", P, "femme", TN, "2026", cl="s04-femmes"),
    O("ministère de l'Économie et de la Planification", MEP),
    Q("quelque 60 000 emplois", 60000, "count", C, "emploi", TN, None, qual="approx", sid="s04-emplois-60k"),
    D("2024", "2024", "year"),
    O("BTS", BTS, n=1),
    Q("18 000 crédits", 18000, "count", C, "crédit", BTS, "2024", cl="s04-credits-2024"),
    Q("95 MDT", 9.5e7, "TND", M, "crédit", BTS, "2024", sid="s04-montant-2024"),
]
ANN["s04-microcredit-tn_sahel"] = [
    Q("300 MDT", 3e8, "TND", M, "enveloppe", TN, None, cl="s04-enveloppe"),
    D("24 septembre 2025", "2025-09-24", "day"),
    O("Conseil des ministres", CDM),
    Q("300 MDT", 3e8, "TND", M, "enveloppe", TN, None, n=1, cl="s04-enveloppe"),
    Q("deux ans", 2 * Y, "s", DUR, "programme", TN, None),
    Q("plus de 40.000 bénéficiaires", 40000, "count", C, "bénéficiaire", TN, "2026", qual="more_than", cl="s04-cible-2026"),
    D("à l'horizon fin 2026", "2026", "year"),
    O("BTS", BTS),
    Q("jusqu'à 20 mille dinars", 20000, "TND", M, "prêt", TN, None, qual="at_most", cl="s04-plafond"),
    Q("15,7 %", 15.7, "%", P, "taux de chômage", TN, "2025-04/2025-06"),
    D("deuxième trimestre 2025", "2025-04/2025-06", "range"),
    O("Institut national de la statistique", INS),
    O("INS", INS),
    Q("289 associations", 289, "count", C, "association", TN, None),
]
ANN["s04-microcredit-tn_sfaxeco"] = [
    Q("près de 300 millions de dinars", 3e8, "TND", M, "budget", TN, None, qual="approx", cl="s04-enveloppe"),
    Q("8 %", 8, "%", P, "taux d'intérêt", TN, None, cl="s04-taux"),
    O("ministère de l'Économie et de la Planification", MEP),
    Q("près de 300 millions de dinars", 3e8, "TND", M, "budget", TN, None, qual="approx", n=1, cl="s04-enveloppe"),
    Q("quarante mille microentrepreneurs", 40000, "count", C, "microentrepreneur", TN, "2026", cl="s04-cible-2026"),
    D("d'ici la fin de 2026", "2026", "year"),
    Q("plus de la moitié", 50, "%", P, "femme", TN, "2026", qual="more_than", cl="s04-femmes"),
    O("Banque tunisienne de solidarité", BTS),
    Q("8 %", 8, "%", P, "taux d'intérêt", TN, None, n=1, cl="s04-taux"),
    O("BTS", BTS),
    Q("120 MDT", 1.2e8, "TND", M, "contribution", BTS, None, cl="s04-bts"),
    D("2024", "2024", "year"),
    Q("18 000 projets", 18000, "count", C, "projet", BTS, "2024", cl="s04-credits-2024"),
]

# ================================================================ s05 hôpitaux régionaux (Sénégal)
ANN["s05-hopitaux-sn_senbiz"] = [
    D("07/04/2025", "2025-04-07", "day"),
    Q("280 milliards de FCFA", 2.8e11, "XOF", M, "coût", SN, None, cl="s05-cout"),
    Q("quatre hôpitaux", 4, "count", C, "hôpital", SN, "2027", cl="s05-hopitaux"),
    O("gouvernement", GOV_SN),
    Q("quatre hôpitaux", 4, "count", C, "hôpital", SN, "2027", n=1, cl="s05-hopitaux"),
    D("d'ici 2027", "2027", "year"),
    Q("280 milliards de FCFA", 2.8e11, "XOF", M, "coût", SN, None, n=1, cl="s05-cout"),
    Q("150 milliards", 1.5e11, "XOF", M, "prêt", BID, None, cl="s05-pret-bid"),
    O("Banque islamique de développement", BID),
    O("BID", BID),
    O("État sénégalais", ETAT_SN),
    Q("130 milliards", 1.3e11, "XOF", M, "financement", SN, None, sid="s05-etat-130"),
    Q("1 200 lits", 1200, "count", C, "lit", SN, "2027", cl="s05-lits"),
    O("ministère de la Santé et de l'Action sociale", MSAS),
    Q("2 000 agents de santé", 2000, "count", C, "agent", SN, None, cl="s05-recrutement"),
]
ANN["s05-hopitaux-sn_saintlouis"] = [
    D("8 avril 2025", "2025-04-08", "day"),
    O("Conseil des ministres", CDM),
    O("Conseil des ministres", CDM, n=1),
    D("mercredi 2 avril", "2025-04-02", "day"),
    O("ministère de la Santé et de l'Action sociale", MSAS),
    Q("4 hôpitaux", 4, "count", C, "hôpital", SN, "2027", cl="s05-hopitaux"),
    D("d'ici 2027", "2027", "year"),
    Q("280 Mds FCFA", 2.8e11, "XOF", M, "investissement", SN, None, cl="s05-cout"),
    Q("environ 427 millions d'euros", 4.27e8, "EUR", M, "investissement", SN, None, qual="approx", cl="s05-cout"),
    O("Banque islamique de développement", BID),
    Q("150 milliards de francs CFA", 1.5e11, "XOF", M, "prêt", BID, None, cl="s05-pret-bid"),
    Q("300 lits", 300, "count", C, "lit", SN, "2027", sid="s05-lits-300"),
    Q("1 200 lits", 1200, "count", C, "lit", SN, "2027", cl="s05-lits"),
    O("Agence nationale de la statistique et de la démographie", ANSD),
    O("ANSD", ANSD),
    Q("environ 9 000 lits", 9000, "count", C, "lit", SN, None, qual="approx", sid="s05-lits-pays"),
]
ANN["s05-hopitaux-sn_casinfos"] = [
    D("09/04/2025", "2025-04-09", "day"),
    O("gouvernement", GOV_SN),
    Q("cinq hôpitaux", 5, "count", C, "hôpital", SN, "2027", cl="s05-hopitaux"),
    Q("près de 300 milliards de FCFA", 3e11, "XOF", M, "coût", SN, None, qual="approx", cl="s05-cout"),
    O("ministère de la Santé et de l'Action sociale", MSAS),
    Q("2 000 personnels", 2000, "count", C, "personnel", SN, None, cl="s05-recrutement"),
    Q("1 100 agents", 1100, "count", C, "agent", SN, "2023", sid="s05-recrutes-2023"),
    D("2023", "2023", "year"),
    D("juin", "2025-06", "month"),
    D("2027", "2027", "year"),
]

# ================================================================ s06 ligne Abidjan–San Pedro (Côte d'Ivoire)
ANN["s06-rail-ci_ivoireco"] = [
    D("06/03/2025", "2025-03-06", "day"),
    Q("1 480 milliards de FCFA", 1.48e12, "XOF", M, "coût", CI, None, cl="s06-cout"),
    D("mercredi", "2025-03-05", "relative"),
    O("Conseil des ministres", CDM),
    Q("340 km", 340000, "m", L, "ligne", CI, None, cl="s06-longueur"),
    Q("12 gares", 12, "count", C, "gare", CI, "2030", cl="s06-gares"),
    D("à l'horizon 2030", "2030", "year"),
    Q("1 480 milliards de FCFA", 1.48e12, "XOF", M, "coût", CI, None, n=1, cl="s06-cout"),
    O("ministère des Transports", MT),
    Q("4 millions de tonnes", 4e9, "kg", MASS, "marchandise", CI, "2030", cl="s06-fret-2030"),
    Q("2,5 millions de voyageurs", 2.5e6, "count", C, "voyageur", CI, "2030", cl="s06-voyageurs"),
    O("Port autonome de San Pedro", PASP),
    Q("6,1 millions de tonnes", 6.1e9, "kg", MASS, "trafic", PASP, "2024", sid="s06-port-2024"),
    D("2024", "2024", "year"),
]
ANN["s06-rail-ci_plateau"] = [
    D("7 mars 2025", "2025-03-07", "day"),
    O("gouvernement ivoirien", GOV_CI),
    Q("près de 1 500 milliards de FCFA", 1.5e12, "XOF", M, "chantier", CI, None, qual="approx", cl="s06-cout"),
    Q("430 km", 430000, "m", L, "tracé", CI, None, cl="s06-longueur"),
    D("À l'horizon 2030", "2030", "year"),
    Q("4 Mt", 4e9, "kg", MASS, "fret", CI, "2030", cl="s06-fret-2030"),
    Q("7 Mt", 7e9, "kg", MASS, "fret", CI, "2035", sid="s06-fret-2035"),
    D("2035", "2035", "year"),
    O("ministère des Transports", MT),
    Q("35 %", 35, "%", P, "participation", CI, None),
    O("État", ETAT_CI),
    D("5 mars 2025", "2025-03-05", "day"),
]
ANN["s06-rail-ci_bouake"] = [
    Q("douze gares", 12, "count", C, "gare", CI, "2030", cl="s06-gares"),
    O("Conseil des ministres", CDM),
    D("5 mars", "2025-03-05", "day"),
    Q("douze gares", 12, "count", C, "gare", CI, "2030", n=1, cl="s06-gares"),
    Q("1 480 Mds FCFA", 1.48e12, "XOF", M, "coût", CI, None, cl="s06-cout"),
    Q("environ 2,26 milliards d'euros", 2.26e9, "EUR", M, "coût", CI, None, qual="approx", cl="s06-cout"),
    Q("400 milliards de FCFA", 4e11, "XOF", M, "prêt", AFREX, None, sid="s06-pret-afrexim"),
    O("Afreximbank", AFREX),
    Q("2,5 millions de passagers", 2.5e6, "count", C, "passager", CI, "2030", cl="s06-voyageurs"),
    D("à partir de 2030", "2030", "year"),
    Q("6 000 emplois", 6000, "count", C, "emploi", CI, None),
    Q("un tiers", 33.33, "%", P, "emploi", CI, None),
    D("janvier 2026", "2026-01", "month"),
    O("ministère des Transports", MT),
]

# ================================================================ s07 mobile money (Cameroun, BEAC)
ANN["s07-mobilemoney-cm_doualaeco"] = [
    D("24/06/2025", "2025-06-24", "day"),
    Q("3 millions de FCFA", 3e6, "XAF", M, "plafond", BEAC, "2025-07-01", cl="s07-plafond-jour"),
    O("Banque des États de l'Afrique centrale", BEAC),
    O("BEAC", BEAC),
    Q("3 millions de FCFA", 3e6, "XAF", M, "plafond", BEAC, "2025-07-01", n=1, cl="s07-plafond-jour"),
    Q("1 million", 1e6, "XAF", M, "plafond", BEAC, None, cl="s07-ancien-plafond"),
    Q("10 millions de FCFA", 1e7, "XAF", M, "plafond", BEAC, "2025-07-01", cl="s07-plafond-mois"),
    D("1er juillet 2025", "2025-07-01", "day"),
    Q("22 millions de comptes", 2.2e7, "count", C, "compte", CM, "2024", cl="s07-comptes"),
    D("fin 2024", "2024", "year"),
    O("BEAC", BEAC, n=1),
    O("MTN Cameroon", MTN),
    Q("11 millions", 1.1e7, "count", C, "compte", MTN, "2024", cl="s07-mtn"),
    O("Orange Cameroun", ORANGE),
]
ANN["s07-mobilemoney-cm_yaounde"] = [
    O("BEAC", BEAC),
    D("25 juin 2025", "2025-06-25", "day"),
    D("Dès le 1er juillet", "2025-07-01", "day"),
    Q("jusqu'à 3 000 000 FCFA", 3e6, "XAF", M, "transaction", BEAC, "2025-07-01", qual="at_most", cl="s07-plafond-jour"),
    O("Banque des États de l'Afrique centrale", BEAC),
    O("ministère des Finances", MINFI),
    Q("22 millions de comptes", 2.2e7, "count", C, "compte", CM, "2024", cl="s07-comptes"),
    Q("18 000 milliards de FCFA", 1.8e13, "XAF", M, "transaction", CM, "2024", cl="s07-transactions"),
    D("2024", "2024", "year"),
    O("MTN", MTN),
    Q("11 millions de comptes", 1.1e7, "count", C, "compte", MTN, "2024", cl="s07-mtn"),
    O("Orange", ORANGE),
    Q("9 millions", 9e6, "count", C, "compte", ORANGE, "2024", sid="s07-orange"),
]
ANN["s07-mobilemoney-cm_camerbiz"] = [
    Q("trois millions de francs CFA", 3e6, "XAF", M, "plafond", BEAC, "2025-07-01", cl="s07-plafond-jour"),
    Q("500 000", 5e5, "XAF", M, "plafond", BEAC, None, cl="s07-ancien-plafond"),
    D("26/06/2025", "2025-06-26", "day"),
    O("BEAC", BEAC),
    D("à compter du 1er juillet", "2025-07-01", "day"),
    Q("trois millions de francs CFA", 3e6, "XAF", M, "plafond", BEAC, "2025-07-01", n=1, cl="s07-plafond-jour"),
    Q("500 000 FCFA", 5e5, "XAF", M, "plafond", BEAC, None, cl="s07-ancien-plafond"),
    Q("10 millions de FCFA", 1e7, "XAF", M, "plafond", BEAC, "2025-07-01", cl="s07-plafond-mois"),
    Q("plus de 20 millions de comptes", 2e7, "count", C, "compte", CM, "2024", qual="more_than", cl="s07-comptes"),
    D("2024", "2024", "year"),
    Q("18 000 Mds FCFA", 1.8e13, "XAF", M, "transaction", CM, "2024", cl="s07-transactions"),
    O("BEAC", BEAC, n=1),
    O("gouvernement camerounais", GOV_CM),
    D("depuis 2022", "2022", "year"),
    Q("0,2 %", 0.2, "%", P, "taxe", CM, None),
]

# ================================================================ s08 Smic (France)
ANN["s08-smic-fr_jdi"] = [
    D("17/12/2025", "2025-12-17", "day"),
    Q("2,1 %", 2.1, "%", P, "smic", FR, "2026-01-01", cl="s08-hausse"),
    D("1er janvier 2026", "2026-01-01", "day"),
    O("ministère du Travail et des Solidarités", MTS),
    D("mardi", "2025-12-16", "relative"),
    Q("2,1 %", 2.1, "%", P, "salaire minimum", FR, "2026-01-01", n=1, cl="s08-hausse"),
    D("1er janvier 2026", "2026-01-01", "day", n=1),
    Q("12,13 euros", 12.13, "EUR", M, "smic", FR, "2026-01-01", cl="s08-horaire"),
    Q("1 839,76 euros", 1839.76, "EUR", M, "smic", FR, "2026-01-01", cl="s08-mensuel-brut"),
    Q("35 heures", 35 * H, "s", DUR, "temps plein", FR, None),
    O("Dares", DARES),
    Q("3,1 millions de salariés", 3.1e6, "count", C, "salarié", FR, "2026-01-01", cl="s08-salaries"),
    Q("17 %", 17, "%", P, "salarié", FR, "2026-01-01"),
    O("groupe d'experts sur le Smic", GES),
]
ANN["s08-smic-fr_hexagone"] = [
    Q("12,13 €", 12.13, "EUR", M, "smic", FR, "2026-01-01", cl="s08-horaire"),
    D("janvier", "2026-01", "month"),
    D("18 décembre 2025", "2025-12-18", "day"),
    O("gouvernement", GOV_FR),
    D("mardi", "2025-12-16", "relative"),
    Q("2,1 %", 2.1, "%", P, "smic", FR, "2026-01-01", cl="s08-hausse"),
    D("1er janvier 2026", "2026-01-01", "day"),
    Q("12,13 €", 12.13, "EUR", M, "salaire", FR, "2026-01-01", n=1, cl="s08-horaire"),
    Q("environ 1 457 €", 1457, "EUR", M, "smic", FR, "2026-01-01", qual="approx", sid="s08-net"),
    Q("2 %", 2, "%", P, "smic", FR, "2024-11-01", sid="s08-hausse-2024"),
    D("1er novembre 2024", "2024-11-01", "day"),
    Q("1,6 %", 1.6, "%", P, "inflation", FR, "2025-11"),
    D("novembre", "2025-11", "month", n=1),
    O("Insee", INSEE),
    Q("13,90 euros", 13.9, "EUR", M, "salaire minimum", "Allemagne", "2025-01-01", sid="s08-allemagne"),
    D("1er janvier 2025", "2025-01-01", "day"),
    O("Medef", MEDEF),
]
ANN["s08-smic-fr_depeche"] = [
    Q("+1,2 %", 1.2, "%", P, "smic", FR, "2026-01-01", cl="s08-hausse"),
    D("1er janvier", "2026-01-01", "day"),
    Q("environ 1 840 euros", 1840, "EUR", M, "smic", FR, "2026-01-01", qual="approx", cl="s08-mensuel-brut"),
    D("19 décembre 2025", "2025-12-19", "day"),
    Q("1,2 %", 1.2, "%", P, "salaire minimum", FR, "2026-01-01", n=1, cl="s08-hausse"),
    D("1er janvier 2026", "2026-01-01", "day"),
    O("ministère du Travail et des Solidarités", MTS),
    Q("environ 1 840 euros", 1840, "EUR", M, "smic", FR, "2026-01-01", qual="approx", n=1, cl="s08-mensuel-brut"),
    Q("151,67 heures", 151.67 * H, "s", DUR, "travail", FR, None),
    Q("Plus de 3 millions de salariés", 3e6, "count", C, "salarié", FR, "2026-01-01", qual="more_than", cl="s08-salaries"),
    O("Confédération des petites et moyennes entreprises", CPME),
    O("CPME", CPME),
    Q("1,3 milliard d'euros", 1.3e9, "EUR", M, "surcoût", None, None),
]

# ---------------------------------------------------------------- clusters
CLUSTERS = OrderedDict([
    ("s01-invest", ("compatible", "ANP: investment for the Safi port extension (4.8 bn MAD; 'près de 5 milliards')")),
    ("s01-digue-cout", ("agree", "ANP: cost of the main breakwater (part of the investment)")),
    ("s01-digue-long", ("agree", "ANP: length of the main breakwater")),
    ("s01-quai", ("agree", "ANP: length of the new quay")),
    ("s01-cap-2028", ("agree", "ANP: Safi port capacity by 2028")),
    ("s01-trafic-2024", ("compatible", "ANP: Safi port traffic in 2024")),
    ("s01-emplois", ("agree", "ANP: direct jobs during the works")),
    ("s02-invest", ("compatible", "OCP: investment in the Laâyoune fertiliser complex (MAD, with USD conversion)")),
    ("s02-capacite", ("agree", "OCP: annual capacity of the new plant from 2027")),
    ("s02-pret-sfi", ("agree", "SFI: loan to OCP for the plant")),
    ("s02-pret-bad", ("agree", "BAD: financing for the plant")),
    ("s02-emplois", ("conflict", "OCP: direct jobs of the plant (1 400 vs 4 100)")),
    ("s03-parcs", ("agree", "Sonelgaz: number of wind farms in the tender")),
    ("s03-capacite", ("agree", "Sonelgaz: total capacity of the three wind farms by 2028")),
    ("s03-timimoun", ("agree", "Sonelgaz: capacity of the Timimoun farm (part of the total)")),
    ("s03-cout", ("conflict", "Sonelgaz: cost of the wind programme (110 vs 11 milliards de dinars)")),
    ("s03-emplois", ("agree", "Sonelgaz: jobs during construction")),
    ("s03-cible-2035", ("agree", "Algérie: national renewable capacity target by 2035")),
    ("s04-enveloppe", ("agree", "Tunisie: envelope of the microcredit programme")),
    ("s04-cible-2026", ("compatible", "Tunisie: beneficiaries targeted by end 2026")),
    ("s04-bts", ("agree", "BTS: its own contribution to the programme")),
    ("s04-plafond", ("agree", "Tunisie: maximum loan per beneficiary")),
    ("s04-taux", ("conflict", "Tunisie: interest rate of the microcredits (5 % vs 8 %)")),
    ("s04-femmes", ("compatible", "Tunisie: share of women among beneficiaries (60 % vs plus de la moitié)")),
    ("s04-credits-2024", ("agree", "BTS: loans granted in 2024")),
    ("s05-cout", ("compatible", "Sénégal: cost of the regional hospitals plan (FCFA, EUR conversion, hedge)")),
    ("s05-hopitaux", ("conflict", "Sénégal: number of regional hospitals (4 vs 5)")),
    ("s05-pret-bid", ("agree", "BID: loan for the hospitals plan")),
    ("s05-lits", ("agree", "Sénégal: total beds of the new hospitals")),
    ("s05-recrutement", ("agree", "Sénégal: health workers to recruit")),
    ("s06-cout", ("compatible", "Côte d'Ivoire: cost of the Abidjan–San Pedro line (FCFA, EUR conversion, hedge)")),
    ("s06-longueur", ("conflict", "Côte d'Ivoire: length of the line (340 vs 430 km)")),
    ("s06-gares", ("agree", "Côte d'Ivoire: number of stations")),
    ("s06-fret-2030", ("agree", "Côte d'Ivoire: annual rail freight at 2030")),
    ("s06-voyageurs", ("agree", "Côte d'Ivoire: annual passengers from 2030")),
    ("s07-plafond-jour", ("compatible", "BEAC: new daily mobile-money ceiling from 1 July 2025")),
    ("s07-plafond-mois", ("agree", "BEAC: new monthly ceiling")),
    ("s07-ancien-plafond", ("conflict", "BEAC: former daily ceiling (1 million vs 500 000 FCFA)")),
    ("s07-comptes", ("compatible", "Cameroun: mobile-money accounts at end 2024")),
    ("s07-transactions", ("agree", "Cameroun: value of mobile-money transactions in 2024")),
    ("s07-mtn", ("agree", "MTN Cameroon: mobile-money accounts claimed")),
    ("s08-hausse", ("conflict", "France: Smic increase on 1 January 2026 (2,1 % vs 1,2 %)")),
    ("s08-horaire", ("agree", "France: gross hourly Smic from 1 January 2026")),
    ("s08-mensuel-brut", ("compatible", "France: gross monthly Smic from 1 January 2026 (1 839,76 / environ 1 840)")),
    ("s08-salaries", ("compatible", "France: employees affected by the increase")),
])

# ---------------------------------------------------------------- traps (a, b: cluster ids or single-figure ids)
TRAPS = [
    ("total_part", "s01-invest", "s01-digue-cout", "4.8 bn MAD investment, 'dont 1,9 milliard' for the breakwater"),
    ("same_number", "s01-digue-cout", "s01-quai", "1 900 MDH breakwater cost vs 1 900 mètres of quay, same doc"),
    ("past_vs_target", "s01-cap-2028", "s01-trafic-2024", "12 Mt capacity by 2028 vs 5,3 Mt traffic in 2024"),
    ("two_horizons", "s01-cap-2028", "s01-cap-2035", "12 Mt by 2028 vs 20 Mt by 2035"),
    ("two_actors", "s02-pret-sfi", "s02-pret-bad", "SFI loan 300 M USD vs BAD financing 250 M USD"),
    ("total_part", "s02-invest", "s02-dessalement", "13 bn MAD project, 'dont 4 milliards' for desalination"),
    ("same_subject_other_fact", "s02-capacite", "s02-export-2024", "1 Mt plant capacity vs 11,8 Mt OCP exports in 2024"),
    ("total_part", "s03-capacite", "s03-timimoun", "600 MW for three farms vs 250 MW for Timimoun alone"),
    ("past_vs_target", "s03-cible-2035", "s03-cap-2024", "15 000 MW target by 2035 vs quelque 700 MW at end 2024"),
    ("same_subject_other_fact", "s03-capacite", "s03-cible-2035", "600 MW tender (Sonelgaz, 2028) vs 15 000 MW national target (Algérie, 2035)"),
    ("total_part", "s04-enveloppe", "s04-bts", "300 MDT programme vs 120 MDT contributed by the BTS"),
    ("past_vs_target", "s04-cible-2026", "s04-credits-2024", "40 000 beneficiaries by 2026 vs 18 000 loans in 2024"),
    ("same_number", "s04-femmes", "s04-emplois-60k", "60 % women vs quelque 60 000 jobs, same doc"),
    ("same_subject_other_fact", "s04-enveloppe", "s04-montant-2024", "300 MDT envelope vs 95 MDT lent by the BTS in 2024"),
    ("total_part", "s05-cout", "s05-pret-bid", "280 bn FCFA cost, 'dont 150 milliards' BID loan"),
    ("two_actors", "s05-pret-bid", "s05-etat-130", "BID 150 bn vs State 130 bn FCFA"),
    ("past_vs_target", "s05-recrutement", "s05-recrutes-2023", "2 000 health workers to recruit vs 1 100 recruited in 2023"),
    ("same_subject_other_fact", "s05-lits", "s05-lits-pays", "1 200 new beds vs environ 9 000 beds in the country"),
    ("total_part", "s05-lits", "s05-lits-300", "1 200 beds in total vs 300 per hospital"),
    ("two_horizons", "s06-fret-2030", "s06-fret-2035", "4 Mt freight at 2030 vs 7 Mt in 2035"),
    ("two_actors", "s06-fret-2030", "s06-port-2024", "4 Mt rail freight vs 6,1 Mt San Pedro port traffic in 2024"),
    ("total_part", "s06-cout", "s06-pret-afrexim", "1 480 bn FCFA cost vs 400 bn FCFA Afreximbank loan"),
    ("same_subject_other_fact", "s07-plafond-jour", "s07-plafond-mois", "3 M FCFA daily vs 10 M FCFA monthly ceiling"),
    ("past_vs_target", "s07-plafond-jour", "s07-ancien-plafond", "new 3 M FCFA ceiling vs former ceiling"),
    ("two_actors", "s07-mtn", "s07-orange", "MTN 11 M accounts vs Orange 9 M accounts"),
    ("total_part", "s07-comptes", "s07-mtn", "22 M accounts in the country vs 11 M claimed by MTN"),
    ("past_vs_target", "s08-hausse", "s08-hausse-2024", "Smic +2,1 % on 1 Jan 2026 vs +2 % on 1 Nov 2024"),
    ("two_actors", "s08-horaire", "s08-allemagne", "12,13 € Smic (France) vs 13,90 € minimum wage (Allemagne)"),
    ("same_subject_other_fact", "s08-mensuel-brut", "s08-net", "1 839,76 € gross vs environ 1 457 € net monthly Smic"),
    ("same_subject_other_fact", "s08-horaire", "s08-mensuel-brut", "12,13 € hourly vs 1 839,76 € monthly Smic"),
    # cross-story
    ("same_number", "s03-emplois", "s05-recrutement", "environ 2 000 jobs (Algérie, wind) vs 2 000 health workers (Sénégal)"),
    ("same_number", "s04-enveloppe", "s02-pret-sfi", "300 millions de dinars (Tunisie) vs 300 millions de dollars (SFI loan, Maroc)"),
]


# ---------------------------------------------------------------- build
def find_nth(text, s, n):
    i = -1
    for _ in range(n + 1):
        i = text.find(s, i + 1)
        if i < 0:
            return -1
    return i


def main():
    gold, members, singles = [], defaultdict(list), {}
    for doc, anns in ANN.items():
        text = open(os.path.join(DOCS_DIR, doc + ".txt"), encoding="utf-8").read()
        typo = "’" in text and "'" not in text
        spans = []
        for a in anns:
            s = a["s"].replace("'", "’") if typo else a["s"]
            st = find_nth(text, s, a["n"])
            assert st >= 0, (doc, s, a["n"])
            en = st + len(s)
            assert text[st:en] == s
            for (x, y, t) in spans:
                assert en <= x or st >= y, ("overlap", doc, s, t)
            spans.append((st, en, s))
            rec = {"doc": doc, "type": a["type"], "start": st, "end": en, "text": s}
            if a["type"] == "quantity":
                for k in ("value", "low", "high", "unit", "dimension", "qualifier", "subject", "org", "when"):
                    rec[k] = a[k]
                if a["cl"]:
                    members[a["cl"]].append({"doc": doc, "start": st, "end": en, "text": s})
                if a["sid"]:
                    assert a["sid"] not in singles, a["sid"]
                    singles[a["sid"]] = {"doc": doc, "start": st, "end": en, "text": s}
            elif a["type"] == "date":
                rec["value"] = a["value"]
                rec["granularity"] = a["granularity"]
            else:
                rec["canonical"] = a["canonical"]
            gold.append(rec)
    gold.sort(key=lambda r: (list(ANN).index(r["doc"]), r["start"]))

    assert set(members) == set(CLUSTERS), set(members) ^ set(CLUSTERS)
    for cid, ms in members.items():
        assert len(ms) >= 2, cid

    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
        for doc, (pub, src) in META.items():
            f.write(json.dumps({"doc": doc, "published": pub, "source": src, "url": None}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "clusters.jsonl"), "w", encoding="utf-8") as f:
        for cid, (verdict, fact) in CLUSTERS.items():
            ms = sorted(members[cid], key=lambda m: (list(ANN).index(m["doc"]), m["start"]))
            f.write(json.dumps({"cluster": cid, "verdict": verdict, "fact": fact,
                                "members": [{"doc": m["doc"], "start": m["start"], "end": m["end"]} for m in ms]},
                               ensure_ascii=False) + "\n")

    def first(x):
        if x in members:
            return sorted(members[x], key=lambda m: (list(ANN).index(m["doc"]), m["start"]))[0], len(members[x])
        return singles[x], 1

    with open(os.path.join(HERE, "traps.jsonl"), "w", encoding="utf-8") as f:
        for trap, a, b, note in TRAPS:
            sa, na = first(a)
            sb, nb = first(b)
            f.write(json.dumps({"trap": trap, "a": a, "b": b, "note": note, "a_span": sa, "b_span": sb,
                                "link_pairs": na * nb}, ensure_ascii=False) + "\n")

    # ------------------------------------------------ review aids
    unused = set(singles) - {x for t in TRAPS for x in t[1:3]}
    if unused:
        print("WARNING single ids not used in traps:", unused)
    print("numbers not covered by a gold span:")
    for doc in ANN:
        text = open(os.path.join(DOCS_DIR, doc + ".txt"), encoding="utf-8").read()
        cov = [(r["start"], r["end"]) for r in gold if r["doc"] == doc]
        for m in re.finditer(r"\d+|\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|million|milliard|moitié|tiers|quart)s?\b", text, re.I):
            if not any(x <= m.start() < y for x, y in cov):
                if m.group(0).lower() in ("un", "une"):
                    continue
                print("  ", doc, m.start(), repr(text[max(0, m.start() - 25):m.end() + 25]))
    nq = sum(r["type"] == "quantity" for r in gold)
    nd = sum(r["type"] == "date" for r in gold)
    no = sum(r["type"] == "org" for r in gold)
    print(f"docs {len(ANN)}  quantities {nq}  dates {nd}  orgs {no}")
    verdicts = defaultdict(int)
    for v, _ in CLUSTERS.values():
        verdicts[v] += 1
    nmem = sum(len(m) for m in members.values())
    links = sum(len(m) * (len(m) - 1) // 2 for m in members.values())
    multi = sum(len({x["doc"] for x in m}) > 1 for m in members.values())
    print(f"clusters {len(CLUSTERS)} {dict(verdicts)}  multi-doc {multi}  members {nmem}  links {links}")
    tk = defaultdict(int)
    for t in TRAPS:
        tk[t[0]] += 1
    tl = 0
    for trap, a, b, _ in TRAPS:
        tl += first(a)[1] * first(b)[1]
    print(f"traps {len(TRAPS)} {dict(sorted(tk.items()))}  forbidden links {tl}")
    print("quantities in no cluster:", nq - nmem)
    for doc in ANN:
        text = open(os.path.join(DOCS_DIR, doc + ".txt"), encoding="utf-8").read()
        print(f"  {doc}: {len(text.split())} w")


if __name__ == "__main__":
    main()
