"""The claimx command: inputs, formats, errors and exit codes, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimx.io.cli import app

runner = CliRunner()
ARTICLE = (
    "Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029, a annoncé l'AMDIE mardi.\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "b2.txt").write_text("Le budget atteint 11 milliards de dirhams.\n", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"doc": "a1", "published": "2025-07-23"}\n', encoding="utf-8"
    )
    return docs


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_folder_writes_jsonl_with_meta_dates(claimx_nlp: Any, corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = _lines(result.stdout)
    assert {line["doc"] for line in lines} == {"a1", "b2"}
    q = next(x for x in lines if x["type"] == "quantity" and x["doc"] == "a1")
    assert (q["text"], q["value"], q["qualifier"], q["when"]) == (
        "plus de 500 ingénieurs",
        500.0,
        "more_than",
        "2029",
    )
    mardi = next(x for x in lines if x["type"] == "date" and x["text"] == "mardi")
    assert mardi["value"] == "2025-07-22"  # resolved with meta.jsonl's publication date


def test_cli_extract_meta_outlet_gives_the_country(claimx_nlp: Any, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "La loi de finances prévoit des recettes de 50 milliards de dinars.\n"
    (docs / "tn.txt").write_text(text, encoding="utf-8")
    (docs / "dz.txt").write_text(text, encoding="utf-8")
    (docs / "none.txt").write_text(text, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"doc": "tn", "published": null, "source": "Tunis Hebdo", "url": null}\n'
        '{"doc": "dz", "published": null, "source": null, "url": "https://www.elwatan-dz.com/a"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(docs), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    units = {x["doc"]: x["unit"] for x in _lines(result.stdout) if x["type"] == "quantity"}
    assert units == {"tn": "TND", "dz": "DZD", "none": "count"}


def test_cli_extract_published_option_overrides_meta(claimx_nlp: Any, corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus / "a1.txt"), "--published", "2025-07-30"])
    mardi = next(x for x in _lines(result.stdout) if x["text"] == "mardi")
    assert mardi["value"] == "2025-07-29"


def test_cli_extract_stdin(claimx_nlp: Any) -> None:
    result = runner.invoke(app, ["extract", "-"], input="Le taux atteint 27%.")
    assert result.exit_code == 0
    (line,) = [x for x in _lines(result.stdout) if x["type"] == "quantity"]
    assert line["doc"] == "stdin" and line["value"] == 27.0 and line["unit"] == "%"


def test_cli_extract_missing_file_reports_and_continues(claimx_nlp: Any, corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus / "absent.txt"), str(corpus / "b2.txt")])
    assert result.exit_code == 1
    assert "absent.txt: no such file" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert any(x["doc"] == "b2" for x in _lines(result.stdout))


def test_cli_extract_latin1_is_decoded_and_binary_fails_cleanly(
    claimx_nlp: Any, tmp_path: Path
) -> None:
    (tmp_path / "latin1.txt").write_bytes(
        "Le coût du projet atteint 12 millions d'euros, a précisé le ministère.".encode("latin-1")
    )
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "latin1.txt"), str(tmp_path / "bin.txt")]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "bin.txt: binary" in errors[0]
    assert "latin1.txt: not UTF-8: read as" in result.stderr
    (line,) = [x for x in _lines(result.stdout) if x["type"] == "quantity"]
    assert line["text"] == "12 millions d'euros" and line["value"] == 12e6


def test_cli_extract_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1 and "no .txt, .md or .html file" in result.stderr


@pytest.mark.parametrize("bad", [["--published", "23/07/2025"], ["--format", "xml"]])
def test_cli_extract_bad_options_are_usage_errors(corpus: Path, bad: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(corpus), *bad])
    assert result.exit_code == 2


def test_cli_extract_csv_has_one_header(claimx_nlp: Any, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["extract", str(corpus), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert (
        rows[0].startswith("doc,type,start,end,text")
        and sum(r.startswith("doc,") for r in rows) == 1
    )


def test_cli_extract_table_format_shows_figures(claimx_nlp: Any, corpus: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(corpus / "b2.txt"), "--format", "table"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0 and "11 milliards" in result.stdout


def test_cli_schema_prints_the_union(claimx_nlp: Any) -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert {"Quantity", "DateMention", "OrgMention"} <= set(schema["$defs"])


def test_cli_help_shows_examples() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "claimx extract" in result.stdout


def test_cli_extract_empty_and_figureless_inputs_are_reported(
    claimx_nlp: Any, tmp_path: Path
) -> None:
    (tmp_path / "vide.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "calme.txt").write_text("Rien à signaler pour le moment.", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "vide.txt"), str(tmp_path / "calme.txt")]
    )
    assert result.exit_code == 0  # an empty file is said, not a failure
    assert "note: " in result.stderr and "vide.txt: empty: no record" in result.stderr
    assert "calme.txt: no figure" in result.stderr
    assert "2 documents read" not in result.stderr and "1 document read" in result.stderr
