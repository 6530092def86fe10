"""Any input: encodings, BOMs, line ends, HTML, odd files and numbers, through `claimx extract`.

The table is tests/cases/inputs.yaml; the inputs are generated here from it. Offsets are code
points into the decoded text (BOM removed, line ends untouched), for files and stdin alike.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimx.errors import InputError
from claimx.io.cli import app
from claimx.io.inputs import decode, html_text

from conftest import load_cases

runner = CliRunner()
CASES = load_cases("inputs.yaml")


def _text(spec: dict[str, Any]) -> str:
    """The true text of a generated input: what its records' offsets point into."""
    text = spec.get("text", "")
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    text *= spec.get("repeat", 1)
    if "digits" in spec:
        text = "Il a gagné " + "9" * spec["digits"] + text
    if "prefix_repeat" in spec:
        char, n = spec["prefix_repeat"]
        text = char * n + "\n" + text
    if "suffix_repeat" in spec:
        char, n = spec["suffix_repeat"]
        text += char * n + "\n"
    return text


def _bytes(spec: dict[str, Any]) -> bytes:
    if "bytes" in spec:
        return bytes.fromhex(spec["bytes"])
    data = _text(spec).encode(spec.get("encoding", "utf-8"))
    return codecs.BOM_UTF8 + data if spec.get("bom") else data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} in the JSONL")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_inputs_table(claimx_nlp: Any, tmp_path: Path, case: dict[str, Any]) -> None:
    texts: dict[str, str] = {}
    for rel, spec in (case.get("files") or {}).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(_bytes(spec))
        if "bytes" not in spec:  # doc ids: the path under the folder given, without suffix
            parts = Path(rel).with_suffix("").parts
            for k in range(len(parts)):
                texts.setdefault("/".join(parts[k:]), _text(spec))
    stdin = None
    if "stdin" in case:
        stdin = _bytes(case["stdin"])
        texts["stdin"] = _text(case["stdin"])
    args = [a.replace("{dir}", str(tmp_path)) for a in case["args"]]
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == case["exit"], result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for needle in case.get("stderr", []):
        assert needle in result.stderr
    for needle in case.get("absent", []):
        assert needle not in result.stderr
    assert "read," in result.stderr.splitlines()[-1]  # the summary line comes last
    lines = [json.loads(x, parse_constant=_no_constant) for x in result.stdout.splitlines()]
    for rec in lines:
        text = texts[rec["doc"]]
        assert text[rec["start"] : rec["end"]] == rec["text"]
    found = {(r["text"], r["value"]) for r in lines if r["type"] == "quantity"}
    for surface, value in case.get("values", []):
        assert (surface, value) in found
    if "docs" in case:
        assert {r["doc"] for r in lines} == set(case["docs"])


PAGE = """<!doctype html><html><head><title>Recrutements</title>
<script>ga('create','UA-123456-7','auto');alert(2);</script><script>alert(1)</script></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Le groupe recrute</h1>
<p>Le salon a réuni 150&nbsp;000 personnes à Casablanca, selon les organisateurs de
l'événement, qui se tient chaque année au mois de juillet depuis 2015.</p>
<p>Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029, a annoncé l'AMDIE.</p>
</article><footer>UA-123456-7</footer></body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "page.htm"])
def test_inputs_html_records_point_into_the_article_text(
    claimx_nlp: Any, tmp_path: Path, name: str
) -> None:
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path / name), "--format", "jsonl", "--include-text"]
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines[0]["type"] == "text" and lines[0]["text"] == html_text(PAGE)
    text = lines[0]["text"]
    assert "alert" not in text and "UA-123456" not in text
    for rec in lines[1:]:
        assert text[rec["start"] : rec["end"]] == rec["text"]
    values = {(r["text"], r["value"]) for r in lines[1:] if r["type"] == "quantity"}
    assert ("150 000 personnes", 150000.0) in values
    assert not any(r.get("canonical") == "Union africaine" for r in lines)


def test_inputs_html_option_reads_stdin_as_html(claimx_nlp: Any) -> None:
    result = runner.invoke(app, ["extract", "-", "--html", "-f", "jsonl"], input=PAGE)
    assert result.exit_code == 0
    assert any(json.loads(x)["text"] == "150 000 personnes" for x in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (codecs.BOM_UTF8 + "a\r\nb".encode(), None, "a\r\nb"),
        ("é\r\n".encode("utf-16"), None, "é\r\n"),
        ("é\r\n".encode("utf-32"), None, "é\r\n"),
        ("coût".encode("latin-1"), "latin-1", "coût"),
        (codecs.BOM_UTF8 + "x".encode(), "utf-8", "x"),
    ],
)
def test_inputs_decode_removes_the_bom_and_keeps_line_ends(
    data: bytes, encoding: str | None, text: str
) -> None:
    assert decode(data, encoding) == (text, None)


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"\x00\x01\x02\x03", None, "binary"),
        (b"%PDF-1.4\x00\x01", None, "binary"),
        ("coût".encode("latin-1"), "utf-8", "not utf-8 text"),
        (b"abc", "no-such-codec", "unknown encoding"),
    ],
)
def test_inputs_decode_errors_are_one_clear_message(
    data: bytes, encoding: str | None, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, encoding)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab é€’«»0123456789,.%\r\n\t")), min_size=1, max_size=200
    ),
    bom=st.booleans(),
)
def test_inputs_decode_utf8_gives_the_text_back(text: str, bom: bool) -> None:
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode()
    assert decode(data)[0] == text.removeprefix("\ufeff")


def test_inputs_output_is_atomic_and_write_errors_are_one_line(
    claimx_nlp: Any, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Le taux atteint 27 %.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    missing = runner.invoke(app, ["extract", str(tmp_path / "absent.txt"), "-o", str(out)])
    assert missing.exit_code == 1
    ok = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert ok.exit_code == 0 and "27 %" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]  # no temp left
    full = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", "/dev/full"])
    assert full.exit_code == 1
    assert "cannot write /dev/full" in str(full.exception) or "/dev/full" in full.stderr


@pytest.mark.parametrize("command", ["extract", "reconcile"])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_inputs_help_has_no_python_types(command: str, flag: str) -> None:
    result = runner.invoke(app, [command, flag])
    assert result.exit_code == 0
    for python in ("<list[str]>", "<str>", "<path>", "{paths}", "{PATH"):
        assert python not in result.stdout
    assert "PATH..." in result.stdout
