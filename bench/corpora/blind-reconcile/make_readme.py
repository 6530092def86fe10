import json, sys, os
sys.path.insert(0, '.')
import build_gold as B
from collections import defaultdict, Counter

gold=[json.loads(l) for l in open('gold.jsonl')]
cl=[json.loads(l) for l in open('clusters.jsonl')]
tr=[json.loads(l) for l in open('traps.jsonl')]
wc={d: len(open(f'docs/{d}.txt').read().split()) for d in B.META}
nq=sum(g['type']=='quantity' for g in gold); nd=sum(g['type']=='date' for g in gold); no=sum(g['type']=='org' for g in gold)
verd=Counter(c['verdict'] for c in cl)
mem=sum(len(c['members']) for c in cl); links=sum(len(c['members'])*(len(c['members'])-1)//2 for c in cl)
multi=sum(len({m['doc'] for m in c['members']})>1 for c in cl)
tk=Counter(t['trap'] for t in tr); tl=sum(t['link_pairs'] for t in tr)

STORIES = [
 ("s01-port-ma", "Maroc: extension du port de Safi (Agence nationale des ports)",
  "4,8 milliards de dirhams / 4 800 MDH / près de 5 milliards de DH; breakwater part 'dont 1,9 milliard' (currency inherited) and 1 900 MDH next to a 1 900 m quay; 12 Mt capacity by 2028 (lead horizon) vs 5,3 Mt traffic in 2024 and 20 Mt at 2035; BEI loan beside the ANP."),
 ("s02-engrais-ma", "Maroc: complexe d'engrais de l'OCP à Laâyoune",
  "13 milliards de dirhams with a bracketed USD conversion / 13 MMDH / 13 milliards de DH; SFI and BAD loans (two lenders, one borrower); jobs 1 400 vs 4 100 (digit swap, conflict); 'dont 4 milliards' desalination part; OCP 2024 exports quoted via the Office des changes; Moroccan phosphate reserves via the USGS (actor Maroc)."),
 ("s03-eolien-dz", "Algérie: appel d'offres de Sonelgaz pour trois parcs éoliens",
  "600 MW / 600 mégawatts / 0,6 GW by 2028; Timimoun 250 MW as a part; cost 110 Mds DA / 110 milliards de dinars (soit environ 820 millions de dollars) vs 11 milliards (scale error, conflict); national 15 000 MW target by 2035 stated via the ministry (actor Algérie) vs quelque 700 MW at end 2024; communiqué date (16 février) and a 2020 policy date that are not horizons."),
 ("s04-microcredit-tn", "Tunisie: programme public de microcrédits géré par la BTS",
  "300 millions de dinars / 300 MDT / près de 300 millions; 40 000 / plus de 40.000 / quarante mille beneficiaries by end 2026 (different nouns: promoteurs, bénéficiaires, microentrepreneurs); BTS contribution 120 MDT as a part with another actor; interest rate 5 % vs 8 % (conflict); 60 % vs 'plus de la moitié' women; 18 000 loans in 2024 (crédits / projets). One doc has `published: null`."),
 ("s05-hopitaux-sn", "Sénégal: plan de construction d'hôpitaux régionaux",
  "280 milliards de FCFA / 280 Mds FCFA (environ 427 millions d'euros) / près de 300 milliards; four vs five hospitals (conflict); BID loan 150 milliards (currency inherited) vs State financing 130 milliards; 1 200 beds in total vs 300 per hospital vs environ 9 000 beds nationally (ANSD); 2 000 health workers vs 1 100 recruited in 2023; Conseil des ministres date is not a horizon."),
 ("s06-rail-ci", "Côte d'Ivoire: ligne ferroviaire Abidjan–San Pedro",
  "1 480 milliards de FCFA / près de 1 500 milliards / 1 480 Mds FCFA (soit environ 2,26 milliards d'euros); 340 km vs 430 km (digit swap, conflict); 12 / douze gares; 4 Mt freight at 2030 vs 7 Mt in 2035; San Pedro port traffic (another actor); Afreximbank loan as a part; adoption date 5 mars 2025."),
 ("s07-mobilemoney-cm", "Cameroun: nouveaux plafonds mobile money de la BEAC",
  "daily ceiling 3 millions de FCFA / jusqu'à 3 000 000 FCFA / trois millions de francs CFA from 1 July 2025 (XAF); monthly ceiling 10 millions; former ceiling 1 million vs 500 000 (conflict); 22 millions / plus de 20 millions accounts in 2024 (actor Cameroun, source BEAC); MTN 11 millions vs Orange 9 millions."),
 ("s08-smic-fr", "France: revalorisation du Smic au 1er janvier 2026",
  "increase 2,1 % vs +1,2 % (digit swap, conflict); hourly 12,13 euros / 12,13 €; gross monthly 1 839,76 euros / environ 1 840 euros vs net environ 1 457 €; 3,1 millions / plus de 3 millions employees (Dares as source); previous +2 % on 1 Nov 2024; German minimum wage 13,90 euros (actor Allemagne); decree/announcement dates are not horizons."),
]
TESTS = {
 "s01-invest": "compatible (hedge, different number): 4,8 milliards de dirhams (title+body) / 4 800 MDH (title+body) / Près de 5 milliards de DH",
 "s01-digue-cout": "agree: 1,9 milliard (currency inherited from 'dont') / 1 900 MDH",
 "s01-digue-long": "agree: 2,4 km / 2 400 mètres",
 "s01-quai": "agree: 1 900 mètres / 1,9 km",
 "s01-cap-2028": "agree: 12 millions de tonnes / 12 Mt; 'd'ici 2028' vs 'À l'horizon 2028' vs 'alors' (lead horizon)",
 "s01-trafic-2024": "compatible (bound): 5,3 millions de tonnes / plus de 5 millions de tonnes ('en 2024' vs 'L'an dernier')",
 "s01-emplois": "agree (both hedged, different nouns): Environ 2 500 emplois directs / Quelque 2 500 personnes",
 "s02-invest": "compatible (USD conversion in brackets): 13 milliards de dirhams (title+body) / environ 1,3 milliard de dollars / 13 MMDH (x2) / 13 milliards de DH",
 "s02-capacite": "agree: un million de tonnes / 1 million de tonnes / un million de tonnes (capacité / production)",
 "s02-pret-sfi": "agree: 300 millions de dollars (x3)",
 "s02-pret-bad": "agree: 250 millions de dollars (x2; concours / financement)",
 "s02-emplois": "conflict: 1 400 emplois directs / 1 400 personnes vs 4 100 emplois directs",
 "s03-parcs": "agree: trois parcs éoliens (title+body, x2 docs) / 3 parcs éoliens",
 "s03-capacite": "agree: 600 MW (x2) / 600 mégawatts (x2) / 0,6 GW",
 "s03-timimoun": "agree: 250 MW (x2)",
 "s03-cout": "conflict: 110 Mds DA / 110 milliards de dinars (+ environ 820 millions de dollars) vs 11 milliards de dinars (title+body)",
 "s03-emplois": "agree (hedged): environ 2 000 emplois / Environ 2 000 postes",
 "s03-cible-2035": "agree: 15 000 MW (x2), actor Algérie though announced by the ministry",
 "s04-enveloppe": "agree (one side hedged): 300 millions de dinars (x2) / 300 MDT (x2) / près de 300 millions de dinars (x2)",
 "s04-cible-2026": "compatible (bound): 40 000 promoteurs / 40 000 petits promoteurs / plus de 40.000 bénéficiaires / quarante mille microentrepreneurs",
 "s04-bts": "agree: 120 millions de dinars / 120 MDT",
 "s04-plafond": "agree: jusqu'à 20 000 dinars / jusqu'à 20 mille dinars",
 "s04-taux": "conflict: 5 % vs 8 % (title+body)",
 "s04-femmes": "compatible (bound in words): 60 % / plus de la moitié",
 "s04-credits-2024": "agree: 18 000 crédits / 18 000 projets",
 "s05-cout": "compatible (EUR conversion, hedge): 280 milliards de FCFA (x2) / 280 Mds FCFA / environ 427 millions d'euros / près de 300 milliards de FCFA",
 "s05-hopitaux": "conflict: quatre hôpitaux (x2) / 4 hôpitaux vs cinq hôpitaux",
 "s05-pret-bid": "agree: 150 milliards (currency inherited) / 150 milliards de francs CFA",
 "s05-lits": "agree: 1 200 lits (x2)",
 "s05-recrutement": "agree: 2 000 agents de santé / 2 000 personnels",
 "s06-cout": "compatible (hedge, EUR conversion after 'soit'): 1 480 milliards de FCFA (x2) / près de 1 500 milliards de FCFA / 1 480 Mds FCFA / environ 2,26 milliards d'euros",
 "s06-longueur": "conflict: 340 km vs 430 km",
 "s06-gares": "agree: 12 gares / douze gares (title+body)",
 "s06-fret-2030": "agree: 4 millions de tonnes / 4 Mt",
 "s06-voyageurs": "agree: 2,5 millions de voyageurs / 2,5 millions de passagers",
 "s07-plafond-jour": "compatible (bound vs value): 3 millions de FCFA (x2) / jusqu'à 3 000 000 FCFA / trois millions de francs CFA (x2)",
 "s07-plafond-mois": "agree: 10 millions de FCFA (x2)",
 "s07-ancien-plafond": "conflict: 1 million vs 500 000 (title, currency inherited) / 500 000 FCFA",
 "s07-comptes": "compatible (bound): 22 millions de comptes (x2) / plus de 20 millions de comptes",
 "s07-transactions": "agree: 18 000 milliards de FCFA / 18 000 Mds FCFA",
 "s07-mtn": "agree: 11 millions (noun inherited) / 11 millions de comptes",
 "s08-hausse": "conflict: 2,1 % (x3) vs +1,2 % / 1,2 %",
 "s08-horaire": "agree: 12,13 euros / 12,13 € (title+body)",
 "s08-mensuel-brut": "compatible (rounding with hedge): 1 839,76 euros / environ 1 840 euros (title+body)",
 "s08-salaries": "compatible (bound): 3,1 millions de salariés / Plus de 3 millions de salariés",
}
assert set(TESTS)==set(c['cluster'] for c in cl)
out=[]
w=out.append
w("# blind-reconcile — a development corpus for cross-article reconciliation\n")
w("Eight French news \"stories\": three short articles by different (fictional) outlets about the same")
w("announcement, on economy and policy in Morocco (2 stories), Algeria, Tunisia, Senegal, Côte d'Ivoire,")
w("Cameroon and France. Facts, outlets and sentences are invented for this corpus; nothing is copied from")
w("real outlets or from `reconcile-dev`. Annotated blind (from `../../GOLD_FORMAT.md` only, without reading the")
w("tool's code). Made for developing reconciliation (which figures state the same fact, and the verdict")
w("agree / compatible / conflict); the mention gold is complete too (every quantity, date and org).\n")
w("Score: `python3 ../../bench/score.py --corpus . --pred PRED.jsonl` and")
w("`python3 ../../bench/score.py --corpus . --clusters CLUSTERS.jsonl` (the latter also counts trap pairs")
w("that a prediction links, which must be 0).\n")
w("## Files\n")
w("- `docs/<story>_<outlet>.txt` — raw article text (UTF-8; some outlets use typographic apostrophes, some start with a dateline such as `Publié le 14/05/2025` or `Casablanca, le 16 mai 2025 -`).")
w("- `meta.jsonl` — `{\"doc\", \"published\", \"source\", \"url\": null}`; relative dates are resolved against `published` (one doc, `s04-microcredit-tn_sfaxeco`, has `published: null`).")
w("- `gold.jsonl` — every quantity (value/low/high/unit/dimension/qualifier/subject/org/when), date and org mention.")
w("- `clusters.jsonl` — gold clusters (`cluster`, `verdict`, `fact`, `members` = gold quantity spans); only facts stated at least twice (a title repeating the body counts).")
w("- `traps.jsonl` — pairs of figures (or clusters) that look alike but must NOT be linked; `a`/`b` are cluster ids, or ids of figures stated once (listed below); `link_pairs` is how many false gold links a system would create by merging them.")
w("- `build_gold.py` — the annotation source: every mention listed by surface text (+ occurrence index), offsets computed with `str.find` and checked; regenerates `gold.jsonl`, `clusters.jsonl`, `traps.jsonl`, `meta.jsonl`.\n")
w("## Counts\n")
w(f"- {len(B.META)} docs in 8 stories; {min(wc.values())}–{max(wc.values())} words per doc")
w(f"- gold mentions: {nq} quantities, {nd} dates, {no} orgs")
w(f"- clusters: {len(cl)} ({verd['agree']} agree, {verd['compatible']} compatible, {verd['conflict']} conflict); {multi} span several docs; {mem} members, {links} gold links")
w(f"- trap pairs: {len(tr)} (" + ", ".join(f"{k} {v}" for k,v in sorted(tk.items())) + f"), {tl} forbidden links in all")
w(f"- quantities in no cluster (stated once): {nq-mem}\n")
w("## Conventions used (beyond GOLD_FORMAT.md)\n")
w("- Verdict is decided on the values only: same stated value (also when one side is hedged, `près de 300 millions` / `300 MDT`, or horizons are worded differently) is `agree`; a bound (`plus de`, `jusqu'à`), a different rounding, an approximate different number, or a currency conversion stated by the source is `compatible`; two values that cannot both be true for the same actor, subject and time are `conflict`.")
w("- `org` is the actor: state programmes carry the country (Maroc, Algérie, Tunisie, Sénégal, Côte d'Ivoire, Cameroun, France) even when a ministry announces them; company / agency figures carry the organisation (Agence nationale des ports, Groupe OCP, Société nationale de l'électricité et du gaz for Sonelgaz, BTS, Port autonome de San Pedro, MTN Cameroon, Orange Cameroun); loans carry the lender (SFI, BAD, BEI, BID, Afreximbank). Sources (Office des changes, USGS, INS, ANSD, Dares, Insee, BEAC for national account counts) are not actors. The mobile-money ceilings are the BEAC's (the regulator that sets them). The German minimum wage carries `Allemagne`; the employers' extra cost of the Smic has `org: null`.")
w("- Cameroon's FCFA is `XAF`; Senegal's and Côte d'Ivoire's are `XOF`. Algerian dinars `DZD`, Tunisian dinars `TND`. Tonnes are `kg` (12 Mt -> 1.2e10), m3 are `l`, durations in `s` (year = 31 557 600 s). Smic amounts are `EUR` (the hourly/monthly basis is in the wording, not the unit). Fractions in words: `deux tiers` 66.67 %, `un tiers` 33.33 %, `plus de la moitié` 50 % more_than.")
w("- A currency inherited from context (`dont 1,9 milliard`, `contre 1 million auparavant`, `au lieu de 500 000`) is annotated with that currency; a noun inherited from context (`en revendique 11 millions` [comptes]) gives the subject.")
w("- `when` is the time the figure refers to, also when only the lead gives it (a horizon in the lead governs later target figures: capacities, counts of parks/hospitals/stations, beneficiaries); costs, loans and job counts with no explicit time have `when: null`; the new mobile-money ceilings and the Smic figures take their effective date (`2025-07-01`, `2026-01-01`); former values (`auparavant`, `jusqu'ici`) have `when: null`. Communiqué, adoption and publication dates are dates, never a figure's `when`.")
w("- A title figure is a separate gold mention and a member of its cluster; its subject follows the body's wording for the same figure where the title has no head noun.")
w("- `deuxième trimestre 2025` is a range date `2025-04/2025-06`.\n")
w("## Stories, clusters and traps\n")
byc={c['cluster']:c for c in cl}
singles_used=[]
for sid,title,blurb in STORIES:
    docs=[d for d in B.META if d.startswith(sid+"_")]
    w(f"### {sid} — {title}\n")
    w(blurb+"  Docs: " + ", ".join(f"`{d}` ({B.META[d][1]}, {B.META[d][0]}, {wc[d]} w)" for d in docs) + "\n")
    w("| cluster | verdict | members | tests |")
    w("|---|---|---|---|")
    for c in cl:
        if c['cluster'].startswith(sid.split('-')[0]+'-'):
            w(f"| `{c['cluster']}` | {c['verdict']} | {len(c['members'])} | {TESTS[c['cluster']]} |")
    w("\nTraps (must not be linked):\n")
    for t in tr:
        pre=sid.split('-')[0]+'-'
        if t['a'].startswith(pre) and t['b'].startswith(pre):
            w(f"- **{t['trap']}**: `{t['a']}` vs `{t['b']}` — {t['note']}")
            for x,sp in ((t['a'],t['a_span']),(t['b'],t['b_span'])):
                if x not in byc: singles_used.append((x,sp))
    w("")
w("### Cross-story traps\n")
w("Reconciliation runs over the whole corpus, so equal numbers in unrelated stories must stay apart:\n")
for t in tr:
    if t['a'][:3]!=t['b'][:3]:
        w(f"- **{t['trap']}**: `{t['a']}` vs `{t['b']}` — {t['note']}")
w("\n## Figures stated once used in traps\n")
w("These ids are not clusters; each names one gold quantity span.\n")
w("| id | doc | text |")
w("|---|---|---|")
seen=set()
for x,sp in singles_used:
    if x in seen: continue
    seen.add(x)
    w(f"| `{x}` | `{sp['doc']}` | {sp['text']} |")
w("\n## Situations covered\n")
for v,lab in (("agree","agree, same value written differently"),("compatible","compatible (rounding, bound vs value, hedge, stated conversion)"),("conflict","conflict (misreported figure for the same fact, actor and horizon)")):
    w(f"- {lab}: " + ", ".join(f"`{c['cluster']}`" for c in cl if c['verdict']==v))
for k in sorted(tk):
    w(f"- trap `{k}`: " + ", ".join(f"`{t['a']}`/`{t['b']}`" for t in tr if t['trap']==k))
open('README.md','w').write("\n".join(out)+"\n")
