"""Reconciliation rules on hand-made records, then on article pairs run through extraction."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reconcile_cases import CASES, build_records
from typer.testing import CliRunner

from claimx.io.cli import app
from claimx.pipeline.api import extract_batch
from claimx.reconciliation import Fact, Reconciliation, reconcile
from claimx.reconciliation.fx import stated_rate, table_rate
from claimx.reconciliation.intervals import value_interval
from claimx.reconciliation.keys import same_horizon, subject_key
from claimx.records import DateMention, OrgMention, Quantity


def fact_of(result: Reconciliation, q: Quantity) -> Fact:
    return next(f for f in result if any((m.doc, m.start) == (q.doc, q.start) for m in f.members))


@pytest.mark.parametrize("case", CASES["records"], ids=lambda c: c["name"])
def test_reconcile_records_cluster_and_verdict(case: dict[str, Any]) -> None:
    records = build_records(case["figures"])
    result = reconcile(records)
    assert sum(len(f.members) for f in result) == len(records)
    grouped: set[int] = set()
    for expected in case["facts"]:
        fact = fact_of(result, records[expected["members"][0]])
        got = sorted(i for i, q in enumerate(records) if fact_of(result, q) is fact)
        assert got == sorted(expected["members"])
        assert fact.verdict == expected["verdict"], fact.explanation
        for words in expected["explain"]:
            assert words in fact.explanation
        grouped.update(got)
    for i, q in enumerate(records):
        if i not in grouped:
            assert fact_of(result, q).single, f"figure {i} {q.text!r} should stand alone"


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [
        ("1,2 milliard de dollars", 1.2e9, "exact", 1.15e9, 1.25e9),
        ("500 ingénieurs", 500, "exact", 499.5, 500.5),
        ("45 000 talents", 45000, "exact", 44999.5, 45000.5),
        ("plus de 500 ingénieurs", 500, "more_than", 499.5, math.inf),
        ("jusqu'à 70 %", 70, "at_most", -math.inf, 70.5),
        ("environ 600 exposants", 600, "approx", 539.5, 660.5),
        ("plus de 1.500 milliards de dollars", 1.5e12, "more_than", 1.4995e12, math.inf),
        ("un milliard de dirhams", 1e9, "exact", 0.5e9, 1.5e9),
    ],
)
def test_intervals_value_interval_from_precision_and_qualifier(
    text: str, value: float, qualifier: str, low: float, high: float
) -> None:
    """Without a reach, a bound is open on its far side."""
    unit, dimension = ("%", "percentage") if "%" in text else ("count", "count")
    q = Quantity(
        doc="d",
        start=0,
        end=len(text),
        text=text,
        value=value,
        unit=unit,
        dimension=dimension,
        qualifier=qualifier,  # type: ignore[arg-type]
    )
    got = value_interval(q)
    assert got.low == pytest.approx(low) and got.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [
        ("plus de 60 milliards de FCFA", 60e9, "more_than", 59.5e9, 90e9),
        ("au moins 500 ingénieurs", 500, "at_least", 499.5, 750),
        ("moins de 15 %", 15, "less_than", 10, 15.5),
        ("jusqu'à 3 000 emplois", 3000, "at_most", 2000, 3000.5),
    ],
)
def test_intervals_bound_reaches_half_its_value(
    text: str, value: float, qualifier: str, low: float, high: float
) -> None:
    """With the reach of data/matching.yaml (0.5), "plus de 60 milliards" allows 60 to 90
    milliards: a bound is written near the value it hedges."""
    from claimx.reconciliation.evidence import weights

    unit, dimension = ("%", "percentage") if "%" in text else ("count", "count")
    q = Quantity(
        doc="d", start=0, end=len(text), text=text, value=value, unit=unit,
        dimension=dimension, qualifier=qualifier,  # type: ignore[arg-type]
    )
    got = value_interval(q, bound_reach=weights().bound_reach)
    assert got.low == pytest.approx(low) and got.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [
        (["Chambre des comptes", "Chambre des comptes de la Cour suprême"], "chambre des comptes",
         "chambre des comptes de la cour supreme"),
        (["Banque centrale", "Banque Centrale de Tunisie"], "banque centrale",
         "banque centrale de tunisie"),
        # a name read too far still leaves the short form to the shortest complete one
        (["Chambre des comptes", "Chambre des comptes de la Cour suprême",
          "Chambre des comptes de la Cour suprême sur le Fonds"], "chambre des comptes",
         "chambre des comptes de la cour supreme"),
        # two central banks: the short form names neither
        (["Banque centrale", "Banque centrale de Tunisie", "Banque centrale des États de l'Afrique de l'Ouest"],
         "banque centrale", None),
        # one word is no name of its own
        (["Office", "Office national de l'eau potable"], "office", None),
    ],
)
def test_reconcile_short_name_is_the_longer_name_of_the_batch(
    names: list[str], short: str, full: str | None
) -> None:
    from claimx.reconciliation.keys import org_aliases

    orgs = [OrgMention(doc="d", start=0, end=len(n), text=n, canonical=n) for n in names]
    assert org_aliases(orgs).get(short) == full


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2029", "2025/2029", True),
        ("2025/2029", "2029", True),
        ("2025", "2025-07-22", True),
        ("2026", "2030", False),
        ("2024/2026", "2025/2026", False),
        ("2024/2026", "2024", False),
    ],
)
def test_reconcile_same_horizon(a: str, b: str, same: bool) -> None:
    assert same_horizon(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ingénieur", "profil", True),
        ("ingénieurs", "emploi qualifié", True),
        ("Emplois", "poste", True),
        ("talent", "diplômé", False),
        ("chiffre d’affaires", "CA", True),
        ("marge", "marché", False),
    ],
)
def test_reconcile_subject_key_synonyms(a: str, b: str, same: bool) -> None:
    assert (subject_key(a) == subject_key(b)) is same


def test_fx_stated_rate_needs_adjacent_conversion() -> None:
    sentence = "Le Maroc a alloué 11 milliards de dirhams (1,2 milliard de dollars) au plan."
    far = "Le Maroc a alloué 11 milliards de dirhams au plan et 1,2 milliard de dollars au réseau."
    for text, expected in ((sentence, 1.2e9 / 11e9), (far, None)):
        a, b = build_records(
            [
                {
                    "doc": "a",
                    "sentence": text,
                    "text": "11 milliards de dirhams",
                    "value": 11e9,
                    "unit": "MAD",
                    "dimension": "money",
                },
                {
                    "doc": "a",
                    "sentence": text,
                    "text": "1,2 milliard de dollars",
                    "value": 1.2e9,
                    "unit": "USD",
                    "dimension": "money",
                },
            ]
        )
        rate = stated_rate(a, b, text, 0)
        if expected is None:
            assert rate is None
        else:
            assert rate is not None and rate.origin == "source"
            assert rate.per_unit == pytest.approx(expected)


@pytest.mark.parametrize(
    ("when", "table_date"), [(None, "2025-07-01"), ("2024", "2024-07-01"), ("2019", "2023-07-03")]
)
def test_fx_table_rate_closest_dated_table(when: str | None, table_date: str) -> None:
    rate = table_rate("EUR", "MAD", when)
    assert rate is not None and rate.origin == "table" and rate.date == table_date
    assert 10 < rate.per_unit < 11.5
    assert table_rate("MAD", "XYZ", when) is None


def test_reconcile_keeps_single_figures_and_skips_other_records() -> None:
    records = build_records(
        [
            {
                "doc": "a",
                "sentence": "Dakhla accueillera un centre de 500 mégawatts.",
                "text": "500 mégawatts",
                "value": 5e8,
                "unit": "W",
                "dimension": "power",
                "subject": "centre",
            },
        ]
    )
    dated = DateMention(doc="a", start=0, end=4, text="2030", value="2030", granularity="year")
    result = reconcile([records + [dated]])
    assert [f.single for f in result] == [True]
    assert result.facts[0].members[0].text == "500 mégawatts"


def test_reconcile_jsonl_is_the_clusters_format() -> None:
    case = next(c for c in CASES["records"] if c["name"] == "bound_and_value")
    lines = reconcile(build_records(case["figures"])).to_jsonl().splitlines()
    first = json.loads(lines[0])
    assert first["verdict"] == "compatible"
    assert set(first) == {"cluster", "verdict", "fact", "key", "explanation", "members"}
    member = first["members"][0]
    assert member["text"] == "plus de 500 ingénieurs" and member["high"] == 750.0  # reach 0.5
    assert member["evidence"]["text"].startswith("Le projet vise")


def test_reconcile_orders_conflicts_first() -> None:
    figures = [
        fig
        for name in ("same_value", "genuine_conflict", "rounding")
        for fig in next(c for c in CASES["records"] if c["name"] == name)["figures"]
    ]
    verdicts = [f.verdict for f in reconcile(build_records(figures))]
    assert verdicts == ["conflict", "compatible", "agree"]


# --------------------------------------------------------------------------- through extraction


def _locate(records: list[Quantity], docs: dict[str, str], ref: str) -> Quantity:
    doc, text = ref.split(":", 1)
    start = docs[doc].index(text)
    end = start + len(text)
    hits = [q for q in records if q.doc == doc and q.start < end and start < q.end]
    assert hits, f"extraction found no figure at {ref!r}"
    return hits[0]


@pytest.mark.parametrize("case", CASES["articles"], ids=lambda c: c["name"])
def test_reconcile_articles_through_extraction(case: dict[str, Any]) -> None:
    published = {d: date.fromisoformat(p) for d, p in case.get("published", {}).items()}
    items = [(doc, text, published.get(doc)) for doc, text in case["docs"].items()]
    records = [m for batch in extract_batch(items) for m in batch if isinstance(m, Quantity)]
    result = reconcile(records)
    for expected in case["facts"]:
        members = [_locate(records, case["docs"], ref) for ref in expected["members"]]
        fact = fact_of(result, members[0])
        assert all(fact_of(result, q) is fact for q in members), fact.explanation
        assert fact.verdict == expected["verdict"], fact.explanation
    for left, right in case.get("apart", []):
        a, b = (_locate(records, case["docs"], ref) for ref in (left, right))
        assert fact_of(result, a) is not fact_of(result, b)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("json", '"verdict": "conflict"'),
        ("html", '<span class="badge conflict">Conflit</span>'),
        ("table", "Conflit"),
    ],
)
def test_reconcile_cli_writes_each_format(tmp_path: Path, fmt: str, expected: str) -> None:
    case = next(c for c in CASES["articles"] if c["name"] == "genuine_conflict")
    paths = []
    for doc, text in case["docs"].items():
        (tmp_path / f"{doc}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{doc}.txt"))
    out = tmp_path / f"facts.{fmt}"
    args = ["reconcile", *paths, str(tmp_path / "absent.txt"), "--format", fmt, "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1  # the absent input is reported, the others reconciled
    written = out.read_text(encoding="utf-8")
    assert expected in written and "200 000 jeunes" in written


def test_reconcile_acronym_in_one_article_is_the_full_name_of_another() -> None:
    """"STEG" in one article and "Société tunisienne de l'électricité et du gaz (STEG)" in
    another are one actor: the org mentions of the batch map the acronym to the full name."""
    full = "Société tunisienne de l'électricité et du gaz"
    a_text = f"La {full} (STEG) investira 1,2 milliard de dinars d'ici 2027."
    b_text = "La STEG investira 1,2 milliard de dinars d'ici 2027."
    records: list[object] = []
    for doc, text, org in (("a", a_text, full), ("b", b_text, "STEG")):
        start = text.index("1,2 milliard de dinars")
        end = start + len("1,2 milliard de dinars")
        records.append(
            Quantity(
                doc=doc, start=start, end=end, text=text[start:end], value=1.2e9, unit="TND",
                dimension="money", subject="investissement", org=org, org_source="sentence",
                when="2027",
            )
        )
        s = text.index("STEG")
        records.append(OrgMention(doc=doc, start=s, end=s + 4, text="STEG", canonical=full))
    result = reconcile(records)
    assert [len(f.members) for f in result] == [2]
    assert result.facts[0].verdict == "agree"
