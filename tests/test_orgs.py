"""Tests for claimx.orgs.find: organisation mentions and their canonical names."""

from __future__ import annotations

import re

import pytest
from conftest import load_cases
from spacy.language import Language

from claimx.datafiles import load_tsv
from claimx.orgs.find import OrgReading, find_orgs, fold, fold_accents, main_actor
from claimx.orgs.folding import Search
from claimx.textpatterns import trie_alternation

CASES = load_cases("orgs.yaml") + load_cases("orgs_press.yaml")
KINDS = {
    "ministry",
    "central_bank",
    "statistics",
    "agency",
    "company",
    "international",
    "government",
    "media",
    "other",
}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_orgs_find_orgs_table(nlp: Language, case: dict[str, object]) -> None:
    doc = nlp(case["text"])
    found = find_orgs(doc)
    assert [[o.text, o.canonical] for o in found] == case["expect"]
    for org in found:
        assert doc.text[org.start : org.end] == org.text


@pytest.mark.parametrize(
    "text",
    [
        "La Caisse de dépôt et de gestion (CDG) cède ses parts. La CDG reste actionnaire.",
        "Le FGD (Fonds de garantie des dépôts) indemnise les clients; le FGD a payé.",
    ],
)
def test_orgs_find_orgs_offsets_sorted_disjoint(nlp: Language, text: str) -> None:
    found = find_orgs(nlp(text))
    assert len(found) >= 3
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start


@pytest.mark.parametrize(
    ("text", "acronym", "canonical"),
    [
        (
            "L'Agence nationale de promotion de l'investissement (APIX) a reçu 40 dossiers. "
            "L'APIX en a validé 25.",
            "APIX",
            "Agence nationale de promotion de l'investissement",
        ),
        (
            "Le SNEP (Syndicat national des éleveurs de poulets) alerte. Le SNEP demande une aide.",
            "SNEP",
            "Syndicat national des éleveurs de poulets",
        ),
    ],
)
def test_orgs_defined_acronym_resolves_later_mentions(
    nlp: Language, text: str, acronym: str, canonical: str
) -> None:
    bare = [o for o in find_orgs(nlp(text)) if o.text == acronym]
    assert [o.canonical for o in bare] == [canonical, canonical]
    assert [o.start for o in bare] == [text.find(acronym), text.rfind(acronym)]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Le gouvernement a relevé le SMIG de 5 %.", "Gouvernement du Maroc"),
        ("Au Sénégal, le gouvernement a relevé le salaire minimum.", "Gouvernement du Sénégal"),
    ],
)
def test_orgs_bare_government_takes_main_country(nlp: Language, text: str, canonical: str) -> None:
    found = find_orgs(nlp(text))
    assert [(o.text, o.canonical) for o in found] == [("gouvernement", canonical)]


@pytest.mark.parametrize(
    ("orgs", "expected"),
    [
        ([], None),
        (
            [
                OrgReading(10, 15, "AMDIE", "AMDIE full"),
                OrgReading(900, 908, "Onepoint", "Onepoint"),
                OrgReading(950, 958, "Onepoint", "Onepoint"),
                OrgReading(990, 998, "Onepoint", "Onepoint"),
            ],
            "Onepoint",
        ),
        (
            [
                OrgReading(10, 13, "BAM", "Bank Al-Maghrib"),
                OrgReading(900, 903, "HCP", "Haut-Commissariat au Plan"),
                OrgReading(950, 953, "HCP", "Haut-Commissariat au Plan"),
            ],
            "Bank Al-Maghrib",
        ),
        (
            [
                OrgReading(500, 503, "OCP", "Groupe OCP"),
                OrgReading(600, 604, "ONEE", "ONEE full"),
            ],
            "Groupe OCP",
        ),
    ],
)
def test_orgs_main_actor_weighs_lead_and_count(
    orgs: list[OrgReading], expected: str | None
) -> None:
    assert main_actor(orgs) == expected


@pytest.mark.parametrize("text", ["Éducation’s  «Hamás»\u00a0ŒUVRE İstanbul", "Bank Al‑Maghrib"])
def test_orgs_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(fold_accents(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "accents", "folded"),
    [
        ("Éducation’s ŒUVRE", "Education's ŒUVRE", "education's œuvre"),
        ("İstanbul\u00a0Al‑Maghrib", "Istanbul Al-Maghrib", "istanbul al-maghrib"),
        ("ΟΔΟΣ Σ. aΣb", "ΟΔΟΣ Σ. aΣb", "οδοσ σ. aσb"),
    ],
)
def test_orgs_fold_maps_each_character_alone(text: str, accents: str, folded: str) -> None:
    assert fold_accents(text) == accents
    assert fold(text) == folded == "".join(fold(c) for c in text)


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["ONE", "ONEE", "ONCF", "OC"], "L'ONEE, l'ONCF et l'ONE: OCP, OC."),
        (["Maroc", "Maroc Telecom", "Mar"], "Maroc Telecom domine au Maroc en mars; Mar."),
        (["de la", "de l'", "de", "des"], "de la Banque, de l'Office, des ports, de"),
    ],
)
def test_orgs_alternation_trie_matches_longest_first(words: list[str], text: str) -> None:
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for tail in (r"(?!\w)", ""):
        expected = [m.span() for m in re.finditer(rf"(?<!\w)(?:{flat}){tail}", text)]
        trie = trie_alternation(words)
        found = [m.span() for m in re.finditer(rf"(?<!\w)(?:{trie}){tail}", text)]
        assert found == expected and found


@pytest.mark.parametrize(
    ("test", "body", "text", "starts"),
    [
        (r"\b", r"[Gg]ouvernement", "Legouvernement: le gouvernement et Gouvernement.", [19, 35]),
        (r"(?<![\w&])", r"(?:OCP|ONEE)(?![\w&])", "GOCP, OCP&, l'ONEE, ONEE2, ONEE", [14, 27]),
    ],
)
def test_orgs_search_probe_finds_the_regex_matches(
    test: str, body: str, text: str, starts: list[int]
) -> None:
    search = Search.compile(test, body)
    assert search.probe is not None
    expected = [m.span() for m in re.finditer(test + body, text)]
    assert [m.span() for m in search.finditer(text)] == expected
    assert [start for start, _ in expected] == starts


@pytest.mark.parametrize("column", ["kind", "country"])
def test_orgs_lexicon_rows_are_valid(column: str) -> None:
    rows = load_tsv("orgs.tsv")
    assert len(rows) >= 150
    for row in rows:
        value = row[column]
        assert value in KINDS if column == "kind" else (value == "intl" or len(value) == 2)


SOURCE_CASES = load_cases("orgs_sources.yaml")


@pytest.mark.parametrize(
    "case", SOURCE_CASES, ids=[f"{'+'.join(c['sources']) or 'none'}" for c in SOURCE_CASES]
)
def test_orgs_find_orgs_per_source(nlp: Language, case: dict[str, object]) -> None:
    found = find_orgs(nlp(case["text"]), frozenset(case["sources"]))
    assert [[o.text, o.canonical] for o in found] == case["expect"]


@pytest.mark.parametrize("sources", [frozenset({"spacy"}), frozenset({"lexicon", "regex"})])
def test_orgs_find_orgs_rejects_unknown_source(nlp: Language, sources: frozenset[str]) -> None:
    with pytest.raises(ValueError, match="unknown organisation sources"):
        find_orgs(nlp("La BAD prête."), sources)
