"""Every packaged data file has a typed loader that reads real content, and a broken file is
reported with its name and the key at fault, never as a bare KeyError."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from claimx import datafiles
from claimx.datafiles.dates import DatesFile
from claimx.datafiles.figures import UnitsFile
from claimx.datafiles.orgs import OrgsTable
from claimx.datafiles.reading import expand_references, validate
from claimx.errors import DataFileError


def test_datafiles_every_file_has_a_loader() -> None:
    assert set(datafiles.data_file_names()) == set(datafiles.LOADERS)


@pytest.mark.parametrize("name", datafiles.data_file_names())
def test_datafiles_every_file_loads_frozen(name: str) -> None:
    loaded = datafiles.LOADERS[name]()
    first = next(iter(type(loaded).model_fields))
    assert getattr(loaded, first)  # the first section of every file holds entries
    with pytest.raises(Exception, match="frozen"):
        setattr(loaded, first, None)


def _unit(symbol: str) -> tuple[str, str, float]:
    entry = next(u for u in datafiles.load_units().units if symbol in u.symbols)
    return entry.unit, entry.dimension, entry.factor


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [("MW", ("W", "power", 1e6)), ("km", ("m", "length", 1e3)), ("%", ("%", "percentage", 1))],
)
def test_datafiles_units_read_as_numbers(symbol: str, expected: tuple[str, str, float]) -> None:
    assert _unit(symbol) == expected


def test_datafiles_real_content() -> None:
    currencies = {c.code: c for c in datafiles.load_currencies().currencies}
    assert "dirhams" in currencies["MAD"].words and "DH" in currencies["MAD"].symbols
    assert datafiles.load_scales().words["milliards"] == 1e9
    assert "environ" in datafiles.load_qualifiers().after["approx"]
    assert datafiles.load_qualifiers().ranges.joiners_after == {"et": "entre"}
    assert datafiles.load_number_words().tens["vingt"] == 20
    assert datafiles.load_dates().months["janvier"] == 1
    assert "no" in datafiles.load_dates().lexicons["AMOUNT_BEFORE"]  # not YAML's false
    assert datafiles.load_orgs_places().default_country == "Maroc"
    assert datafiles.load_units().pound_mass.factor == pytest.approx(0.4536, abs=1e-4)
    orgs = {row.canonical: row for row in datafiles.load_orgs().rows}
    assert "AMDIE" in orgs[
        "Agence Marocaine de Développement des Investissements et des Exportations"
    ].aliases.split("|")
    groups = {g.name: g.lemmas for g in datafiles.load_synonyms().groups}
    assert "ingénieur" in groups["recrutement"]
    assert {t.base for t in datafiles.load_fx_rates().tables} == {"EUR"}
    assert "M" in datafiles.load_sentences().abbreviations
    assert "selon" in datafiles.load_actors().source_markers
    assert "ministry" in datafiles.load_actors().state_kinds
    assert "contre" in datafiles.load_horizons().comparison_markers
    assert "dirham" in datafiles.load_subjects().not_subjects
    assert "coûter" in datafiles.load_subjects().verb_nouns["coût"]
    assert datafiles.load_matching().subject.differ["other"] < 0


def test_datafiles_missing_file_is_named() -> None:
    with pytest.raises(DataFileError, match="nope.yaml"):
        datafiles.load_yaml("nope.yaml")


def _units_raw() -> dict[str, Any]:
    return copy.deepcopy(datafiles.load_yaml("units.yaml"))


def test_datafiles_missing_key_names_file_and_key() -> None:
    raw = _units_raw()
    del raw["units"][3]["dimension"]
    with pytest.raises(DataFileError, match=r"'units.yaml': units\[3\]\.dimension: Field required"):
        validate("units.yaml", UnitsFile, raw)


def test_datafiles_wrong_type_names_file_and_key() -> None:
    raw = _units_raw()
    raw["units"][0]["factor"] = "a lot"
    with pytest.raises(DataFileError, match=r"'units.yaml': units\[0\]\.factor"):
        validate("units.yaml", UnitsFile, raw)


def test_datafiles_unknown_key_is_an_error() -> None:
    raw = _units_raw()
    raw["unit_words"] = ["typo"]
    with pytest.raises(DataFileError, match=r"'units.yaml': unit_words: Extra inputs"):
        validate("units.yaml", UnitsFile, raw)


def test_datafiles_yaml_false_is_not_a_word() -> None:
    raw = copy.deepcopy(datafiles.load_yaml("dates.yaml"))
    raw["lexicons"]["AMOUNT_BEFORE"].append(False)  # an unquoted `no` in YAML
    with pytest.raises(DataFileError, match=r"lexicons\.AMOUNT_BEFORE\[\d+\]"):
        validate("dates.yaml", DatesFile, raw)


def test_datafiles_tsv_error_names_the_row() -> None:
    rows = [dict(r) for r in datafiles.load_tsv("orgs.tsv")]
    del rows[1]["kind"]
    with pytest.raises(DataFileError, match=r"'orgs.tsv': row 3\.kind"):
        validate("orgs.tsv", OrgsTable, rows)


@pytest.mark.parametrize(
    ("source", "expected"),
    [("{A}-{B}", "x-(?:y)"), ("\\d{2,4}{A}", "\\d{2,4}x"), ("no reference", "no reference")],
)
def test_datafiles_expand_references(source: str, expected: str) -> None:
    assert expand_references(source, {"A": "x", "B": "(?:y)"}, "f.yaml", "pattern p") == expected


def test_datafiles_unknown_reference_names_file_and_entry() -> None:
    with pytest.raises(DataFileError, match=r"'f.yaml': pattern 'p' uses unknown \{C\}"):
        expand_references("{A}{C}", {"A": "x"}, "f.yaml", "pattern 'p'")
